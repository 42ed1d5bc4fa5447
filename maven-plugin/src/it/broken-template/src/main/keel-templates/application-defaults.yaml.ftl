<#-- @ftlvariable name="" type="dev.keel.core.emit.resources.ApplicationDefaults" -->
<#-- keel-template-version: 1 -->
spring:
  application:
    name: ${applicationTitle}
