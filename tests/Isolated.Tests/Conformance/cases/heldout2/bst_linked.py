# Data-structures homework: a binary search tree and a doubly linked list with the full protocol set.
class Node:
    __slots__ = ("key", "val", "left", "right")
    def __init__(self, key, val):
        self.key, self.val, self.left, self.right = key, val, None, None

class BST:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, val):
        if self.root is None:
            self.root = Node(key, val); self.size = 1; return
        n = self.root
        while True:
            if key == n.key:
                n.val = val; return
            side = "left" if key < n.key else "right"
            nxt = getattr(n, side)
            if nxt is None:
                setattr(n, side, Node(key, val)); self.size += 1; return
            n = nxt

    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)

    def __len__(self):
        return self.size

    def height(self, n=...):
        if n is ...:
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))

    def __repr__(self):
        return "BST({" + ", ".join(f"{k!r}: {self[k]!r}" for k in self) + "})"

class DLL:
    class _N:
        def __init__(self, v, prev=None, nxt=None):
            self.v, self.prev, self.next = v, prev, nxt
    def __init__(self, it=()):
        self.head = self.tail = None
        self.n = 0
        for x in it:
            self.append(x)
    def append(self, v):
        node = self._N(v, self.tail)
        if self.tail: self.tail.next = node
        else: self.head = node
        self.tail = node; self.n += 1
    def appendleft(self, v):
        node = self._N(v, None, self.head)
        if self.head: self.head.prev = node
        else: self.tail = node
        self.head = node; self.n += 1
    def remove(self, v):
        cur = self.head
        while cur:
            if cur.v == v:
                if cur.prev: cur.prev.next = cur.next
                else: self.head = cur.next
                if cur.next: cur.next.prev = cur.prev
                else: self.tail = cur.prev
                self.n -= 1
                return
            cur = cur.next
        raise ValueError(f"{v!r} not in list")
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.v
            cur = cur.next
    def __reversed__(self):
        cur = self.tail
        while cur:
            yield cur.v
            cur = cur.prev
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return DLL(list(self)[i])
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("DLL index out of range")
        for j, v in enumerate(self):
            if j == i: return v
    def __eq__(self, other):
        return isinstance(other, DLL) and list(self) == list(other)
    def __add__(self, other):
        return DLL([*self, *other])
    def __bool__(self): return self.n > 0
    def __repr__(self): return f"DLL({list(self)})"

t = BST([(k, k * k) for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]])
t[40] = "forty"
print(t, len(t), t.height())
print(list(t), 45 in t, 99 in t, t[65], sorted(t, reverse=True)[:3], max(t), sum(t))
try:
    t[99]
except KeyError as e:
    print("KeyError", e)
d = DLL("bcd")
d.appendleft("a"); d.append("e"); d.remove("c")
print(d, len(d), list(reversed(d)), d[1], d[-1], d[1:3], bool(DLL()), d == DLL("abde"), d + DLL("xy"))
for bad in (lambda: d.remove("z"), lambda: d[10]):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print("e" in d, d.index if hasattr(d, "index") else "no index", [x.upper() for x in d if x > "b"], dict(enumerate(d)), min(d), sorted(d, reverse=True))
it = iter(d)
print(next(it), next(it), list(it), list(it))
