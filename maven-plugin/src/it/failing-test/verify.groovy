def report = new File(basedir, 'target/surefire-reports/TEST-proviso.shop.xml')
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests == '2'
assert suite.@failures == '1'
def failed = suite.testcase.find { it.@name == 'no marketing on purchases' }
assert failed.failure.text().contains('shop.policy:21')
def log = new File(basedir, 'build.log').text
assert log.contains('FAIL ')
assert log.contains('policy "shop": 1 passed, 1 failed')
