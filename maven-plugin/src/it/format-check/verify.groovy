def log = new File(basedir, 'build.log').text
assert log.contains('not formatted: ')
assert log.contains('1 of 1 policy file(s) would be reformatted; run mvn proviso:format')
// format-check changes nothing
assert new File(basedir, 'src/main/resources/policies/shop.policy').text.contains('allow   contact,behavior')
