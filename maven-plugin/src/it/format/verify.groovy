def text = new File(basedir, 'src/main/resources/policies/shop.policy').text
assert text.contains('\nallow contact, behavior for fulfilment\n') : text
assert new File(basedir, 'build.log').text.contains('1 of 1 policy file(s) reformatted')
