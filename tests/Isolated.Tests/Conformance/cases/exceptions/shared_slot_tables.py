# Builtin exception classes that override no slot share their base's slot table (memory per
# interpreter); overriding, later assignment and subclassing must still behave per class.

class Quiet(ValueError):
    def __str__(self):
        return 'quiet'

print(str(ValueError('v')), str(Quiet('x')), repr(Quiet('x')))
print(str(TypeError('t')), str(Exception('e')), str(LookupError('l')))
print(str(KeyError('k')), str(IndexError('i')), str(OSError(2, 'nope')))

class Loud(TypeError):
    pass

class Louder(Loud):
    pass

print(str(Loud('a')), str(Louder('b')))
Loud.__str__ = lambda self: 'LOUD ' + self.args[0]
print(str(Loud('a')), str(Louder('b')), str(TypeError('c')))
del Loud.__str__
print(str(Loud('a')), str(Louder('b')))

Loud.__init__ = lambda self, *a: Exception.__init__(self, 'init', *a)
print(Louder('z').args, TypeError('z').args)

for cls in (ValueError, TypeError, Exception, ArithmeticError, ZeroDivisionError):
    try:
        cls.__str__ = lambda self: 'patched'
    except TypeError as e:
        print(type(e).__name__, e)
print(str(ZeroDivisionError('still')))

class Num(ArithmeticError):
    def __add__(self, other):
        return 'added'
    def __eq__(self, other):
        return True
    __hash__ = None

print(Num() + 1, Num() == 3, ArithmeticError() == ArithmeticError())
try:
    ArithmeticError() + 1
except TypeError as e:
    print(e)
try:
    hash(Num())
except TypeError as e:
    print(e)
print(hash(ArithmeticError()) != 0 or True)
