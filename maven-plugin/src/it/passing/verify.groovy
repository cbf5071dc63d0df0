// The policy's tests ran and left a Surefire-style report for CI servers.
def report = new File(basedir, 'target/surefire-reports/TEST-proviso.shop.xml')
assert report.isFile() : "no JUnit report at ${report}"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests == '2'
assert suite.@failures == '0'
assert suite.testcase*.@name*.text() == ['orders may use the email', 'no marketing on purchases']
def log = new File(basedir, 'build.log').text
assert log.contains('policy check passed: 0 errors, 0 warnings in 1 policy file')
assert log.contains('PASS orders may use the email  shop.policy:14')
assert log.contains('policy "shop": 2 passed, 0 failed')
