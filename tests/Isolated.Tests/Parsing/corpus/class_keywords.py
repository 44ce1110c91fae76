class A(metaclass=M): pass
class B(A, *c, k=1, **d): pass
