def log = new File(basedir, 'build.log').text
assert log.contains("warning[W401]: category 'device' is declared but no rule uses it")
assert log.contains('policy check failed (failOnWarnings): 0 errors, 1 warning in 1 policy file')
