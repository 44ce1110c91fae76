import _io as io


class Utf8:
    """An incremental UTF-8 decoder written out (no codecs module needed)."""
    def __init__(self):
        self.pending = b""

    def decode(self, data, final=False):
        data = self.pending + data
        try:
            self.pending = b""
            return data.decode()
        except UnicodeDecodeError as e:
            if final:
                raise
            self.pending = data[e.start:]
            return data[:e.start].decode()

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("c", final=True)))
print(d.newlines)
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r\ny\rz\n", final=True)), d.newlines)
print(d.getstate())
d.reset()
print(d.newlines)
dec = io.IncrementalNewlineDecoder(Utf8(), translate=True)
print(repr(dec.decode(b"caf\xc3")), repr(dec.decode(b"\xa9\r\n", final=True)))
