# s += t on long strs appends into a buffer shared by the strs of a chain: each str must keep
# its own text whatever is appended to its ancestors or descendants, and long chains must be
# linear (a quadratic chain of 400,000 appends would take minutes).

def build(n, piece):
    s = ''
    for _ in range(n):
        s += piece
    return s

s = build(400_000, 'x')
print(len(s), s[:3], s[-3:], s.count('x'))

# Forks: two strs appended to the same prefix, then the prefix itself read.
base = 'a' * 300
left = base + 'L'
right = base + 'R'
left2 = left + 'l'
print(len(base), base[-2:], left[-2:], right[-2:], left2[-3:])
print(base == 'a' * 300, left == 'a' * 300 + 'L', right == 'a' * 300 + 'R')
more = left + '!'          # left already has a successor (left2): a fresh buffer
print(more[-3:], left2[-3:], left[-2:])

# Hashes and dict keys equal those of the same text built at once.
key = build(50, 'k' * 7)
d = {('k' * 350): 1}
print(hash(key) == hash('k' * 350), d[key], key in d)

# Surrogates: lengths and indexing count code points.
t = 'b' * 300
u = t + '\U0001F600'
v = u + 'c'
print(len(t), len(u), len(v), v[-2] == '\U0001F600', v[-1])
w = t + 'z'
print(len(w), w[-1])
lone = t + '\ud800'
print(len(lone), repr(lone[-1]))

# Other operations on an appended str.
s2 = build(100, 'ab') + '-end'
print(s2.upper()[-6:], s2.find('-end'), s2.split('-')[1], s2.encode()[-4:], s2[::50])
print(str(s2) is s2, type(s2 + 'x').__name__)

# A str subclass: the result of + is an exact str; __add__ overrides win.
class S(str):
    def __add__(self, other):
        return 'S+' + str.__add__(self, other)[-3:]
p = S('q' * 300)
print(p + 'xyz', type('q' * 300 + S('r')).__name__)
acc = 'm' * 300
acc += S('n')
print(type(acc).__name__, acc[-2:])
