import struct
tests = [("<b",200),("b",200),("<B",-1),("B",300),("<h",70000),("h",70000),("<H",-1),("H",-1),("<i",2**31),("i",2**31),("<I",-1),("I",-1),("<l",2**31),("l",2**63),("<L",-1),("L",-1),("<q",2**63),("q",2**63),("<Q",-1),("Q",-1),("n",2**63),("N",-1),("P",-1),("<i","x"),("<i",1.5),("<f","x"),("<f",1e300),("<e",1e10),("c",b"ab"),("c",1),("s",1),("p","x"),("?",[]),("<d",2**2000)]
for f,v in tests:
    try: print(f, struct.pack(f,v))
    except Exception as e: print(f, type(e).__name__, e)
for args in [("<ii",1),("<i",1,2),("x",1)]:
    try: struct.pack(*args)
    except Exception as e: print(args, type(e).__name__, e)
for f in ["<q","<n","y","3","ii3","<P","@P","99999999999999999999i","i"*0]:
    try: print(f, struct.calcsize(f))
    except Exception as e: print(f, type(e).__name__, e)
for fn,args in [(struct.unpack,("<i",b"abc")),(struct.unpack_from,("<i",b"abcdef",4)),(struct.unpack_from,("<i",b"abcdef",-10)),(struct.unpack_from,("<i",b"abcdef",-2)),(struct.iter_unpack,("<i",b"abcdef")),(struct.iter_unpack,("",b"")),(struct.pack_into,("<i",bytearray(4),2,1)),(struct.pack_into,("<i",bytearray(4),-10,1)),(struct.pack_into,("<i",b"abcd",0,1)),(struct.unpack,(1,b"")),(struct.unpack,("<i","abcd"))]:
    try: print(fn(*args))
    except Exception as e: print(type(e).__name__, e)
s=struct.Struct("<i")
try: struct.pack("<i", 2**100)
except Exception as e: print(type(e).__name__, e)
class I:
    def __index__(self): return 5
print(struct.pack("<i", I()), struct.pack("?", []), struct.pack("?", "x"))
print(struct.unpack("<e", b"\x00\x3c"), struct.pack("<e", 1.5), struct.pack("5p", b"abcdefgh"), struct.unpack("5p", b"\x09abcd"))
print(struct.pack("@bi", 1, 2), struct.pack("@ib", 1, 2), struct.calcsize("@bq"), struct.calcsize("@q0b"), struct.calcsize("bxxh"))
s = struct.Struct("<i")
print(s.format, s.size, struct.Struct(b">hq").format, struct.Struct("@bq").size)
buf = bytearray(12)
struct.pack_into("<hi", buf, 2, -3, 70000); print(buf, struct.unpack_from("<hi", buf, 2), struct.unpack_from("<hi", buf, offset=-10))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")), struct.iter_unpack("<H", b"\x01\x00\x02\x00").__length_hint__())
print(struct.pack(">?xhbBiIqQfde", True, -2, -3, 250, -5, 4000000000, -2**63, 2**64 - 1, 1.5, -2.25, 0.5))
print(struct.unpack(">?xhbBiIqQfde", struct.pack(">?xhbBiIqQfde", True, -2, -3, 250, -5, 4000000000, -2**63, 2**64 - 1, 1.5, -2.25, 0.5)))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("0s", b"x"), struct.unpack("3s2c", b"abcde"), struct.calcsize("2h3x 5i"))
print(struct.pack("!Ll", 1, -1), struct.pack("=Nn".replace("N", "L").replace("n", "l"), 1, 2), struct.calcsize("@hQ"), struct.calcsize("=hQ"))
print(struct.unpack("<e", struct.pack("<e", 65504.0)), struct.pack(">e", -0.0), struct.unpack("<f", struct.pack("<f", 0.1)))
struct._clearcache()
class S(struct.Struct):
    pass
print(S("<h").pack(5), isinstance(S("<h"), struct.Struct))
