// The example extension (src/it/extension-example, installed by the invoker's setup run) marks every model
// record Serializable and lists the operations in a file of its own.
def generated = new File(basedir, 'target/generated-sources/keel')
def log = new File(basedir, 'build.log').text
assert log.contains('Keel: extension dev.keel.example.SerializableModelsExtension')
def note = new File(generated, 'java/com/example/notes/model/Note.java').text
assert note.contains('public record Note(') && note.contains('implements Serializable')
assert note.contains('import java.io.Serializable;')
def controller = new File(generated, 'java/com/example/notes/api/NotesController.java').text
assert !controller.contains('Serializable')
def operations = new File(generated, 'resources/META-INF/keel-operations.txt')
assert operations.isFile()
assert operations.readLines().contains('POST /notes createNote')
return true
