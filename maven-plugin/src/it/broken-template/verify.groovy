def log = new File(basedir, 'build.log').text
assert log.contains("application-defaults.yaml.ftl:5: error: column 13: unknown variable 'applicationTitle'; the model ApplicationDefaults has applicationName, poolSize, maxRequestBody")
assert !new File(basedir, 'target/generated-sources/keel/java').exists() : 'files were written despite the error'
return true
