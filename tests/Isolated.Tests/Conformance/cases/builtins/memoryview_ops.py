# memoryview: slicing, writing through, tolist, cast, release, formats, comparisons.
import array, struct

buf = bytearray(b'abcdefgh')
mv = memoryview(buf)
print(mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides)
print(mv[0], mv[-1], bytes(mv[2:5]), mv[::2].tobytes(), mv[::-1].tobytes())
mv[0] = ord('A')
mv[1:3] = b'BC'
print(buf)
print(mv.tolist()[:4], mv.hex(), mv.hex(':'), mv[1:4].hex())
sub = mv[2:6]
print(sub.obj is buf, len(sub), sub.tobytes(), sub.c_contiguous, sub.contiguous)
ro = memoryview(b'xyz')
print(ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    mv[0:2] = b'abc'
except ValueError as e:
    print("ValueError:", e)
ints = memoryview(buf).cast('I')
print(ints.format, ints.itemsize, len(ints), ints.shape)
print(ints.tolist() == list(struct.unpack('<2I', bytes(buf))))
arr = array.array('h', [1, -2, 3, -4])
am = memoryview(arr)
print(am.format, am.itemsize, am.tolist(), am[1], am[::2].tolist())
am[0] = 100
print(arr)
b2 = am.cast('B')
print(len(b2), b2.format, b2.tolist()[:4])
print(memoryview(b'abc') == b'abc', memoryview(b'abc') == memoryview(bytearray(b'abc')), memoryview(b'ab') != b'ac')
with memoryview(b'data') as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print("ValueError:", e)
print(repr(m)[:21])
mvf = memoryview(array.array('d', [1.5, 2.5]))
print(mvf.format, mvf.tolist(), mvf.cast('B').cast('d').tolist())
print(bytes(memoryview(b'hello')[1:4]), bytearray(memoryview(b'hi')), list(memoryview(b'\x01\x02')))
print(hash(memoryview(b'abc')) == hash(b'abc'))
try:
    hash(memoryview(bytearray(b'a')))
except ValueError as e:
    print("ValueError:", e)
print(memoryview(b'abcdef').toreadonly().readonly, memoryview(b'a' * 3).count if hasattr(memoryview, 'count') else 'no count')
print(struct.unpack_from('<H', memoryview(b'\x00\x01\x02'), 1), struct.pack_into is not None)
data = bytearray(8)
struct.pack_into('<HI', data, 1, 513, 0xdeadbeef)
print(data.hex())
for fmt in ['b', 'B', 'h', 'i', 'l', 'q', 'f', 'd', 'c', '?']:
    try:
        v = memoryview(bytes(8)).cast(fmt)
        print(fmt, v.itemsize, len(v), v[0])
    except Exception as e:
        print(fmt, type(e).__name__, e)
