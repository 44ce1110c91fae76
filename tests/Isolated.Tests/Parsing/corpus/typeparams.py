def f[T](x: T) -> T: pass
def g[T: int, *Ts, **P](): pass
class C[T]: pass
class D[T: (int, str), U](Base[T]): pass
def h[T,](): pass
