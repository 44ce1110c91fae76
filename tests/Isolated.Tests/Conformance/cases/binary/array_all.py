from array import array
import array as arraymod
for tc, v in [('b',200),('b',-200),('B',-1),('B',256),('h',2**15),('h',-2**15-1),('H',-1),('H',2**16),('i',2**31),('i',-2**31-1),('I',-1),('I',2**32),('l',2**63),('L',-1),('L',2**64),('q',2**63),('Q',-1),('Q',2**64),('i','x'),('f','x'),('u',1),('u','ab'),('i',1.5)]:
  try: array(tc,[v])
  except Exception as e: print(tc, v, type(e).__name__, e)
for f in [lambda: array('x'), lambda: array('i', 5), lambda: array('i').pop(), lambda: array('i',[1]).index(5), lambda: array('i',[1]).remove(5), lambda: array('i',[1]) + array('b'), lambda: array('i',[1])[5], lambda: array('i').frombytes(b'abc'), lambda: array('i', b'abc'), lambda: array('i',[1]).tounicode(), lambda: array('u','x').tolist(), lambda: array('i', 'abc')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
a = array('i', [1,2,3]); print(repr(a), repr(array('u','hi')), repr(array('d')), str(array('f',[1.5])), a.buffer_info()[1], a.itemsize, a.typecode)
print(arraymod.typecodes, arraymod.ArrayType is array)
for tc in arraymod.typecodes:
    x = array(tc, 'ab' if tc == 'u' else [1, 2, 3, 4, 5])
    x.append('c' if tc == 'u' else 6); x.extend(x[:2]); x.insert(0, x[-1]); x.insert(-100, x[1]); x.insert(100, x[2])
    y = array(tc, x.tobytes()); y.byteswap(); y.byteswap()
    print(tc, x.tolist(), len(x), x[1], x[-1], x[::2], x[::-1].tolist(), x.count(x[0]), x.index(x[2]), x == y, x < x + x, x.pop(), x.pop(0), x)
a = array('d', [1.5, 2.5, 3.5]); a[1] = 9; a[0:2] = array('d', [7, 8, 9]); del a[1]; print(a); del a[::2]; print(a)
b = array('h', range(10)); b[::3] = array('h', [0, 0, 0, 0]); print(b, b * 2, 3 * b[:2], array('h', [1]) in [b])
b += array('h', [5]); b *= 2; print(b, bytes(array('B', [65, 66])), memoryview(array('B', [1, 2])).tolist())
c = array('i', [3, 1, 2]); c.reverse(); c.remove(1); c.fromlist([7, 8]); print(c, list(c), 2 in c, 9 in c, sorted(c), c.__reduce_ex__(2)[1])
import pickle, copy; print(pickle.loads(pickle.dumps(c)), copy.copy(c), copy.deepcopy(c) == c)
u = array('u', 'héllo'); u.fromunicode('!'); print(u.tounicode(), u)
m = memoryview(bytearray(8)); import struct
try:
    arr = array('i', [1]); mv = memoryview(arr); arr.append(2)
except BufferError as e: print('BufferError', e)
