# recursive containers print with ... and deep nesting raises RecursionError, not a crash
a = [1]
a.append(a)
d = {"a": a}
d["d"] = d
print(a, d)
t = ([],)
t[0].append(t)
print(t)
s = []
s.append({"s": s})
print(s)
deep = []
cur = deep
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(deep)
except RecursionError as e:
    print("RecursionError")
x = [[[[1]]]]
print(x, str(x), repr(x) == str(x))
