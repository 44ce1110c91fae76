# expect: RecursionError
class A:
    def __getattribute__(s, n): return super().__getattribute__(n) if n=="q" else getattr(s, n)
A().x
