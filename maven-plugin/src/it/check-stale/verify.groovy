def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/db/migration')

// 1 and 2: generated, then checked clean.
assert new File(migrations, 'V1__keel_create_schema.sql').isFile()
assert new File(basedir, 'src/main/resources/keel/contract-snapshot.json').isFile()
assert log.contains('Keel: committed migrations and contract snapshot are up to date')

// 3: the missing migration, as a unified diff, with the command that fixes it; nothing written by check.
assert log.contains('committed file is out of date with the contract and DDL') : 'no stale report'
assert log =~ /V2__keel_\w+\.sql/
assert log.contains('--- /dev/null')
assert log.contains('+ALTER TABLE')
assert log.contains('Run `mvn keel:generate`')
assert migrations.list().toList() == ['V1__keel_create_schema.sql']

// 4: the removed operation, with its JSON pointer.
assert log.contains('breaking change: operation deleteTask (DELETE /tasks/{id}) was removed [#/paths/~1tasks~1{id}/delete]')
assert log.contains('the contract has 1 breaking change since the committed snapshot')
return true
