// Both dangling $refs are reported in one run, each located by file, line and JSON pointer, without a stack trace.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()

def located = { int line, String target ->
    lines.any { it =~ /openapi\.yaml:${line}: error: .*${target}.*\[#\/paths\/~1items/ }
}
assert located(14, 'ItemPage') : "no located error for the \$ref to ItemPage on line 14 in:\n${log}"
assert located(28, 'Itme') : "no located error for the \$ref to Itme on line 28 in:\n${log}"

def traces = lines.findAll { it =~ /^\s*at [a-z][\w$]*\.[\w$.]+\(/ || it.contains('\tat ') }
assert traces.isEmpty() : "the build log shows a stack trace:\n${traces.join('\n')}"

assert !new File(basedir, 'target/generated-sources/keel').exists() : 'Keel wrote output for a broken contract'
return true
