<#-- @ftlvariable name="" type="dev.keel.core.emit.deploy.Deployment" -->
<#-- keel-template-version: 1 -->
# Every environment variable ${applicationName} reads, found by Keel in the generated code and configuration.
# Copy to .env next to compose.yaml and fill in the secrets; never commit .env.
# compose.yaml points the database and Redis variables at its own services.
<#list variables as variable>

# ${variable.description}<#if variable.secret> (secret)</#if><#if variable.required> (required in a deployment)</#if>
${variable.name}=${variable.exampleValue}
</#list>
