import struct
b = bytearray(struct.pack('<4I', 1, 2, 3, 0xffffffff))
m = memoryview(b).cast('I')
print(m.tolist(), len(m), m.itemsize, m.format, m.nbytes, m.shape, m.strides, m[1], m[-1], m[1:3].tolist(), m[::2].tolist(), m[::-1].tolist())
m[0] = 7; print(b[:4], m[0])
try: m[0] = -1
except Exception as e: print(type(e).__name__, e)
try: m[0] = 'x'
except Exception as e: print(type(e).__name__, e)
for f in ['H','h','i','q','Q','d','f','b','c','B','e','?','l','L','n','N']:
    mm = memoryview(bytes(range(16))).cast(f)
    print(f, mm.tolist()[:3], mm.itemsize, len(mm))
print(memoryview(b'abcd').cast('B', [4]).tolist(), memoryview(b'abcd').cast('c').tolist())
for bad in [lambda: memoryview(b'abc').cast('I'), lambda: memoryview(b'abcd').cast('I').cast('H'), lambda: memoryview(b'abcd').cast('x'), lambda: hash(memoryview(b'abcd').cast('I')), lambda: memoryview(b'abcdabcd')[::2].cast('I'), lambda: memoryview(b'abcd').cast('I', [2])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
x = memoryview(b'abcd').cast('I'); print(x == memoryview(b'abcd').cast('I'), x == b'abcd', x.cast('B').tolist(), x.tobytes(), bytes(x), list(x), x.hex())
d = memoryview(struct.pack('2d', 1.5, float('nan'))).cast('d'); print(d.tolist(), d == d)
m2 = memoryview(bytearray(8)).cast('H'); m2[1:3] = memoryview(struct.pack('2H', 5, 6)).cast('H'); print(m2.tolist())
import re
print(re.findall('[äöü]+', 'xäöüy'), re.compile('[\u0400-\u04ff]', re.I).findall('ЖжAb'))
