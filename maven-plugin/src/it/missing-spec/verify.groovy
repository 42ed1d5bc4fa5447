// A spec path that names no file fails the build with one clear, located line and no stack trace.
def log = new File(basedir, 'build.log').text
def spec = new File(basedir, 'src/main/openapi/openapi.yaml').path

assert log.contains("${spec}: error: file not found; <spec> (property keel.spec) must name the OpenAPI contract")
assert log.contains("Keel stopped in stage 'check plugin parameters' with 1 error; nothing was written")
def traces = log.readLines().findAll { it.contains('\tat ') || it =~ /^\s*at [a-z][\w$]*\.[\w$.]+\(/ }
assert traces.isEmpty() : "the build log shows a stack trace:\n${traces.join('\n')}"
assert !new File(basedir, 'target/generated-sources/keel').exists()
return true
