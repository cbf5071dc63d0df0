// The baseline is the policy committed in a fresh repository; the working tree then opens a use.
def git(String... args) {
  def command = ['git', '-c', 'user.name=it', '-c', 'user.email=it@example.invalid'] + args.toList()
  def process = command.execute(null, basedir)
  process.waitForProcessOutput(System.out, System.err)
  assert process.exitValue() == 0 : "git ${args.join(' ')} failed"
}
def policy = new File(basedir, 'src/main/resources/policies/shop.policy')
def committed = policy.text
git('init', '-q')
git('add', '.')
git('commit', '-q', '-m', 'baseline')
policy.text = committed.replace(
    'allow contact.email for marketing.email with audit',
    'allow contact.email, contact.phone for marketing.email with audit')
return true
