class cached(property):
    pass
class A:
    @cached
    def v(self):
        "doc v"
        return 5
print(A().v, type(A.__dict__['v']).__name__, A.v.__doc__)
def f(): "fdoc"
sm = staticmethod(f)
print(sm.__func__ is f, sm.__wrapped__ is f, sm.__doc__, sm.__name__, sm.__isabstractmethod__)
cm = classmethod(f)
print(cm.__func__ is f, cm.__name__)
class S:
    __slots__ = {'a': 'doc a', 'b': None}
print(sorted(k for k in S.__dict__ if not k.startswith('__')))
g = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(g).__name__, g.exceptions, g.message)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
eg = MyEG('m', [ValueError(1), TypeError(2)])
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(ValueError).__class__.__name__, eg.split(OSError))
try:
    eg.split(1)
except TypeError as e:
    print(e)
e = KeyError('k')
print(e.__reduce__(), e.with_traceback(None) is e)
class E2(Exception): pass
x = E2('a'); x.extra = 1
print(x.__reduce__(), x.__dict__)
print(OSError(13, 'denied').__class__.__name__, OSError('just msg').errno, str(OSError(13, 'denied')))
print(BlockingIOError(11, 'x', 5).characters_written)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(NameError.__mro__)
print(StopIteration().value, SystemExit().code, ImportError().msg, SyntaxError().msg)
