<#-- @ftlvariable name="" type="dev.keel.core.init.NewProject" -->
<#-- keel-template-version: 1 -->
# Your settings; they override Keel's defaults in resources/keel/application-defaults.yaml.
spring:
  application:
    name: ${artifactId}
server:
  port: 8080
