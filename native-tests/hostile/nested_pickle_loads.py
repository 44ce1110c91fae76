# expect: ok
# Unpickling is iterative in CPython: a deeply nested pickle loads (and its repr fails cleanly).
import pickle
data = b'\x80\x04' + b']' * 100000 + b'a' * 99999 + b'.'
l = pickle.loads(data)
depth = 0
while l:
    l = l[0]
    depth += 1
assert depth == 99999, depth
