<#-- @ftlvariable name="" type="dev.keel.core.emit.resources.ApplicationDefaults" -->
<#-- keel-template-version: 1 -->
# Keel's defaults for ${applicationName}, generated from the contract. They have the lowest precedence:
# the application's own application.yaml, profiles and environment variables override every key.
spring:
  application:
    name: ${applicationName}
  mvc:
    problemdetails:
      enabled: false
  jackson:
    datatype:
      json-node:
        # PATCH bodies are read as a tree first: keep decimals exact.
        use-big-decimal-for-floats: true
  datasource:
    # KEEL_DB_URL unset: an embedded PostgreSQL is started instead.
<#noparse>
    url: ${KEEL_DB_URL:}
    username: ${KEEL_DB_USER:}
    password: ${KEEL_DB_PASSWORD:}
</#noparse>
    hikari:
      maximum-pool-size: ${poolSize}
      minimum-idle: 2
      connection-timeout: 5000
  data:
    redis:
      # KEEL_REDIS_URL unset: an embedded Redis is started instead.
<#noparse>
      url: ${KEEL_REDIS_URL:}
</#noparse>
      timeout: 2s
server:
  shutdown: graceful
  error:
    include-stacktrace: never
    include-message: never
    include-binding-errors: never
    include-exception: false
  tomcat:
    max-swallow-size: 2MB
keel:
  http:
    max-request-body: ${maxRequestBody}
  problems:
    type-base: about:blank
  cache:
    # Reads of the generated services: Caffeine in each instance, then Redis shared by every instance.
    enabled: true
    ttl: 10m
    local:
      enabled: true
      max-entries: 10000
      ttl: 30s
    redis:
      timeout: 200ms
      retry-interval: 5s
