def log = new File(basedir, 'build.log').text
assert log.contains('Keel dry run: would write java/com/example/notes/model/Note.java')
assert log =~ /Keel dry run: 3 operations, 2 schemas; files \d+ would be written, 0 unchanged, 0 would be removed; nothing was written/
assert !new File(basedir, 'target/generated-sources/keel').exists() : 'a dry run wrote the output directory'
assert !new File(basedir, 'src/main/resources').exists() : 'a dry run wrote the contract snapshot'
return true
