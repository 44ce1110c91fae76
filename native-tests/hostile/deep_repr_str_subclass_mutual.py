# expect: RecursionError
class A:
    def __repr__(s): return str(s)
    def __str__(s): return repr(s)
print(A())
