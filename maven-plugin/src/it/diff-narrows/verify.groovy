def log = new File(basedir, 'build.log').text
assert log.contains('policy diff against HEAD: 1 use changed')
assert log.contains('narrows contact.email for marketing.email (for every subject): allow with audit -> allow when consent(marketing.email) with audit')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/proviso-diff.txt').text.contains('narrows contact.email')
