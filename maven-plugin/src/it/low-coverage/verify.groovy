def log = new File(basedir, 'build.log').text
assert log.contains('policy "shop": 2 passed, 0 failed, but rule coverage 50.0% is below the minimum 100.0%')
