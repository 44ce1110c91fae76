import _io as io, iotemp
p = iotemp.path("c.txt")
with open(p, "w") as f:
    f.write("data")
print(f.closed)
try:
    f.write("more")
except ValueError as e:
    print("ValueError", e)
try:
    with f:
        pass
except ValueError as e:
    print("ValueError", e)
with open(p) as f:
    pass
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    next(iter(f))
except ValueError as e:
    print("ValueError", e)
f.close()
print(f.closed)
with open(p, "rb") as f:
    pass
iotemp.attempt(f.read)
iotemp.attempt(f.peek)
iotemp.attempt(f.readline)
try:
    f.fileno()
except ValueError as e:
    print("ValueError", e)
class Boom(Exception):
    pass
try:
    with open(p) as g:
        raise Boom
except Boom:
    print("boom", g.closed)
with io.StringIO("s") as s:
    print(s.read())
print(s.closed)
iotemp.cleanup()
