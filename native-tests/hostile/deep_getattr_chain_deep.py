# expect: RecursionError
class P:
    def __init__(s, t): s.t = t
    def __getattr__(s, n): return getattr(s.t, n)
p = 1
for i in range(200000):
    p = P(p)
p.zzz
