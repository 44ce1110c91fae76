# _json's string scanner/encoders (CPython's messages and positions) and hmac.compare_digest.
import json
import _json
import hmac
import sysconfig

for doc in ['"abc', 'ab\x01c"', 'ab\\qc"', 'ab\\u12"', 'a\\ud834\\udd1e"', 'a\\ud834x"', '\u00e9\U0001f600x"', 'x\\uZZZZ"']:
    try:
        print(repr(_json.scanstring(doc, 0)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
print(_json.scanstring('a\x01b"', 0, False))
for bad in ((b"x", 0), ("x", 5), ("x", -1)):
    try:
        _json.scanstring(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(_json.encode_basestring_ascii('a"\\\n\x01\u00e9\U0001f600\x7f'))
print(ascii(_json.encode_basestring('a"\\\n\x01\u00e9\x7f')))
print(json.loads('{"k": ["v\\u00e9", 1.5, null, true]}'))
print(json.dumps({"k": "v\u00e9\n"}), json.dumps("\u00e9", ensure_ascii=False))

print(hmac.compare_digest(b"abc", bytearray(b"abc")), hmac.compare_digest("abc", "abd"))
for x, y in (("a", b"a"), (1, 2), ("\u00e9", "\u00e9")):
    try:
        hmac.compare_digest(x, y)
    except TypeError as e:
        print("TypeError:", e)
print(hmac.new(b"key", b"msg", "sha256").hexdigest())
print(type(sysconfig.get_config_var("CFLAGS")).__name__, sysconfig.get_config_var("VERSION"))
