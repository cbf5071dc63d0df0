def log = new File(basedir, 'build.log').text
assert log.contains("shop.policy:12:7: error[P101]: unknown data category 'contact.emial'")
assert log.contains("help: did you mean 'contact.email'?")
assert log.contains('policy check failed: 1 error, 0 warnings in 1 policy file')
assert !new File(basedir, 'target/surefire-reports').exists() : 'the tests of a broken policy ran'
