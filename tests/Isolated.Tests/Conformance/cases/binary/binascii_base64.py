import binascii, base64
for s in [b'YW=J', b'=YWJj', b'YWJj=', b'YWJj==', b'YW==Jj', b'YWJ', b'Y', b'YWJjZ', b'YW Jj', b'YW=', b'YWI=x', b'YWI==', 'YWJj', b'YW\nJj\n']:
  for strict in (False, True):
    try: print(s, strict, binascii.a2b_base64(s, strict_mode=strict))
    except Exception as e: print(s, strict, type(e).__name__, e)
for f in [lambda: binascii.unhexlify(b'abc'), lambda: binascii.unhexlify(b'zz'), lambda: binascii.a2b_base64('é'), lambda: binascii.b2a_hex('x'), lambda: binascii.a2b_uu(b'\x7fabc'), lambda: binascii.b2a_uu(b'x'*46), lambda: binascii.a2b_uu(b'!abcdef')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(binascii.b2a_uu(b'hello'), binascii.b2a_uu(b'', backtick=True), binascii.b2a_uu(b'\x00\x00', backtick=True), binascii.a2b_uu(b'%:&5L;&\\\n'), binascii.a2b_uu(b''), binascii.a2b_uu(b' '))
print(binascii.hexlify(b'abc', '-'), binascii.hexlify(memoryview(b'abcd'), b':', 2), binascii.crc_hqx(b'abc', 0), binascii.crc32(b'abc'), binascii.crc32(b'abc', 5), binascii.crc32(b'x'*1000, 2**40+3), binascii.crc_hqx(b'hello', 0xffff))
print(binascii.b2a_base64(b'abc', newline=False), binascii.b2a_base64(b''), binascii.unhexlify('4142'), binascii.a2b_hex(b'ABcd'))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(base64.b64encode(b'hello world'), base64.b64decode(b'aGVsbG8gd29ybGQ='), base64.urlsafe_b64encode(b'\xff\xfe\xfd'), base64.b32encode(b'abcde'), base64.b32decode(b'MFRGGZDF'), base64.b16encode(b'\x01\xff'), base64.a85encode(b'hello'), base64.b85encode(b'hello'), base64.b85decode(base64.b85encode(b'hello')), base64.encodebytes(b'x'*100), base64.standard_b64decode('YWJj'))
