# expect: RecursionError
class M(type):
    def __instancecheck__(c, o): return isinstance(o, c)
class C(metaclass=M): pass
isinstance(1, C)
