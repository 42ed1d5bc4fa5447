// build.log holds both Maven runs: the first writes every file, the second finds every input unchanged and skips.
def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.contains('Keel: ') && it.contains(' operations, ') }
assert summaries.size() == 2 : "expected one summary line per run, got ${summaries}"

def first = summaries[0] =~ /Keel: 3 operations, 2 schemas; files (\d+) written, 0 unchanged, 0 removed in \d+ ms/
assert first.find() : "first run: ${summaries[0]}"
int written = first.group(1) as int
assert written > 0

def second = summaries[1] =~ /Keel: 3 operations, 2 schemas; files 0 written, (\d+) unchanged, 0 removed in \d+ ms \(inputs unchanged since the last run, nothing regenerated\)/
assert second.find() : "second run rewrote files: ${summaries[1]}"
assert (second.group(1) as int) == written
return true
