def app = new File(basedir, 'task-board')
def log = new File(basedir, 'build.log').text
['pom.xml', 'README.md', 'src/main/openapi/openapi.yaml', 'src/main/sql/schema.sql',
 'src/main/resources/application.yaml'].each {
    assert new File(app, it).isFile() : "init did not write ${it}"
}
def pom = new File(app, 'pom.xml').text
assert pom.contains('<artifactId>task-board</artifactId>')
assert pom.contains('<basePackage>com.example.taskboard</basePackage>')
assert pom.contains('<artifactId>keel-maven-plugin</artifactId>')
assert log.contains('keel:init never overwrites a file, so it wrote nothing')
assert log.contains(new File(app, 'pom.xml').path + ': error: exists')
return true
