# expect: RecursionError
class R:
    def __repr__(self):
        return '%r' % [self]
repr(R())
