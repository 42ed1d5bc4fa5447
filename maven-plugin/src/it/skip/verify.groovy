// Skipped: the build succeeds, says so, and neither writes output nor reads the (absent) contract.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Keel: skipped (keel.skip is true)')
assert !log.contains(' operations, ') : 'a skipped run printed a generation summary'
assert !new File(basedir, 'target/generated-sources/keel').exists()
return true
