// The plugin generated from notes.yaml, registered the output as a source root, and the result compiled.
def generated = new File(basedir, 'target/generated-sources/keel')
def classes = new File(basedir, 'target/classes')
def log = new File(basedir, 'build.log').text

['java/com/example/notes/api/NotesController.java',
 'java/com/example/notes/model/Note.java',
 'java/com/example/notes/model/NoteStatus.java'].each {
    assert new File(generated, it).isFile() : "Keel did not generate ${it}"
}
assert new File(generated, 'java/com/example/notes/model/Note.java').text.contains('record Note(')

['com/example/notes/api/NotesController.class',
 'com/example/notes/model/Note.class',
 'com/example/notes/model/NoteStatus.class'].each {
    assert new File(classes, it).isFile() : "${it} was not compiled: is <outputDirectory>/java a source root?"
}

// <outputDirectory>/resources is a resource directory: whatever Keel put there reaches target/classes.
def resources = new File(generated, 'resources')
if (resources.isDirectory()) {
    resources.eachFileRecurse(groovy.io.FileType.FILES) {
        def relative = resources.toPath().relativize(it.toPath()).toString()
        assert new File(classes, relative).isFile() : "resource ${relative} was not copied to target/classes"
    }
}

def summaries = log.readLines().findAll { it.contains('Keel: ') && it.contains(' operations, ') }
assert summaries.size() == 1 : "expected one summary line, got ${summaries}"
assert summaries[0] =~ /\[INFO\] Keel: 3 operations, 2 schemas; files [1-9]\d* written, 0 unchanged, 0 removed in \d+ ms/
assert !log.contains('[ERROR]')
return true
