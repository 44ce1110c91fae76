# expect: RecursionError
class B:
    def __bytes__(self): return bytes(self)
bytes(B())
