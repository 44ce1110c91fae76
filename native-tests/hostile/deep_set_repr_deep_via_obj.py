# expect: RecursionError
class R:
    def __init__(s, c): s.c = c
    def __repr__(s): return "R" + repr({s.c})
r = 1
for i in range(200000):
    r = R(r)
repr(r)
