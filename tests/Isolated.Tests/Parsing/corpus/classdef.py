class A: pass
class B(A): pass
class C(A, B, metaclass=M, **kw): pass
class D(): pass
class E(*bases): pass
class F:
    x = 1
    def m(self): return self.x
