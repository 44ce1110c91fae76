# expect: ValueError,RecursionError
import marshal
marshal.loads(b"(\x01\x00\x00\x00" * 200000 + b"N")
