# expect: TypeError
# valgrind: run
t = ValueError
for i in range(300000):
    t = (t,)
try:
    raise KeyError
except t:
    pass
