<#-- @ftlvariable name="" type="dev.keel.core.emit.resources.ApplicationDefaults" -->
<#-- keel-template-version: 3 -->
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
      # Milliseconds: waiting for a free connection, checking one, and a connection's longest life.
      connection-timeout: 5000
      validation-timeout: 2000
      max-lifetime: 1800000
  lifecycle:
    # Graceful shutdown: requests in flight get this long to finish before the server stops.
    timeout-per-shutdown-phase: 30s
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
    # A client that connects but sends no request line within this is dropped.
    connection-timeout: 20s
management:
  endpoints:
    web:
      # Actuator at /health and /metrics (Prometheus text), nothing else exposed.
      base-path: /
      exposure:
        include: health,prometheus
      path-mapping:
        prometheus: metrics
  endpoint:
    health:
      # Details (database, Redis, disk) for callers whose token has role admin; status for everyone.
      show-details: when-authorized
      show-components: when-authorized
      roles: ADMIN
      probes:
        enabled: true
      validate-group-membership: false
      group:
        liveness:
          include: livenessState
        readiness:
          include: readinessState,db,redis
  metrics:
    tags:
      application: ${applicationName}
keel:
  data:
    # jOOQ's JDBC query timeout for every statement of the generated data layer.
    query-timeout: 30s
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
springdoc:
  # The contract is the documentation: Swagger UI shows it as written. springdoc's own /v3/api-docs stays on
  # (its UI is switched off with it) but is not public.
  swagger-ui:
    path: /docs
    url: /openapi.yaml
