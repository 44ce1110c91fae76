# The io module itself (io.py over _io): its ABCs accept the _io classes.
import io
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.IOBase))
class Raw(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        b[:1] = b"z"
        return 1
print(Raw().read(1), isinstance(Raw(), io.IOBase))
print(io.open is open, io.SEEK_END, io.UnsupportedOperation.__name__)
