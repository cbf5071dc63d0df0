def log = new File(basedir, 'build.log').text
assert log.contains('policy diff against HEAD: 1 use changed')
assert log.contains('opens contact.phone for marketing.email (for every subject): deny by default -> allow with audit')
assert log.contains('1 use is opened or widened (failOnOpens)')
def report = new File(basedir, 'target/proviso-diff.txt').text
assert report.contains('opens contact.phone for marketing.email')
