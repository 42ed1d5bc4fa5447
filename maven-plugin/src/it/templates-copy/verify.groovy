def copied = new File(basedir, 'keel-templates/application-defaults.yaml.ftl')
assert copied.isFile()
assert copied.text.contains('<#-- keel-template-version: ')
assert copied.text.contains('type="dev.keel.core.emit.resources.ApplicationDefaults"')
assert !new File(basedir, 'keel-templates/init').exists() : 'the init templates are not for overriding'
def log = new File(basedir, 'build.log').text
assert log.contains('Keel: kept ' + copied.path)
return true
