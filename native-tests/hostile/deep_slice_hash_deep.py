# expect: RecursionError,TypeError
s = 1
for i in range(200000):
    s = (slice(s),)
hash(s)
