try:
    raise OSError(2, 'No such file or directory', 'x.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    {}['k']
except KeyError as e:
    print(repr(e), str(e))
def g():
    yield 1
    return 5
it = g(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)
e = ValueError('a', 1)
print(e.args, repr(e), str(e))
e.add_note('note1')
print(e.__notes__)
v = ValueError('wrapped')
v.__cause__ = ZeroDivisionError('z')
print(type(v.__cause__).__name__, v.__suppress_context__)
eg = ExceptionGroup('grp', [ValueError(1), TypeError(2)])
m, r = eg.split(ValueError)
print(repr(m), repr(r), str(eg))
print(SyntaxError('bad', ('f.py', 1, 2, 'x')).lineno)
print(ImportError('m', name='mod').name, AttributeError('x', name='n', obj=1).obj)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(3)
except Exception as e:
    print(e, e.code, e.args)
print(SystemExit(2).code, StopIteration(9).value)
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))
try:
    try:
        1/0
    except ZeroDivisionError as z:
        raise ValueError('wrapped') from z
except ValueError as v:
    print(type(v.__cause__).__name__, type(v.__context__).__name__, v.__suppress_context__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise TypeError(2)
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)
