class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in reversed(list(iterable)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self._len
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("linked list index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self
    def __reversed__(self):
        return iter(list(self)[::-1])

ll = LinkedList([3, 1, 4, 1, 5, 9, 2, 6])
print(ll, len(ll), ll[0], ll[-1], ll[2:5], ll[::3], 9 in ll, 7 in ll)
print(list(reversed(ll)), ll.reverse(), sorted(ll), max(ll), sum(ll))
try:
    ll[100]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList(), bool(LinkedList()), bool(ll), list(zip(ll, "abc")))

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def is_empty(self):
        return not self
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.is_empty() or st.pop() != pairs[ch]:
                return False
    return st.is_empty()
for s in ["([]{})", "([)]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))
st = Stack([1, 2])
st.push(3)
print(st, st.peek(), type(st).__name__, isinstance(st, list), st + [4], type(st + [4]).__name__, st * 2, st[1:], type(st[1:]).__name__)

class Queue:
    def __init__(self):
        self._in, self._out = [], []
    def enqueue(self, x):
        self._in.append(x)
    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
q = Queue()
for i in range(5):
    q.enqueue(i)
print([q.dequeue() for _ in range(3)], len(q))
q.enqueue(99)
print([q.dequeue() for _ in range(len(q))])

class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(node, k):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = ins(node[1], k)
            elif k > node[0]:
                node[2] = ins(node[2], k)
            return node
        self.root = ins(self.root, k)
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n[1])
                yield n[0]
                yield from walk(n[2])
        return list(walk(self.root))
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.height())
class Trie:
    def __init__(self):
        self.children = {}
        self.end = False
    def insert(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
        node.end = True
    def words(self, prefix=""):
        if self.end:
            yield prefix
        for ch in sorted(self.children):
            yield from self.children[ch].words(prefix + ch)
    def starts_with(self, p):
        node = self
        for ch in p:
            if ch not in node.children:
                return []
            node = node.children[ch]
        return list(node.words(p))
tr = Trie()
for w in "car card care cart cat dog do door".split():
    tr.insert(w)
print(list(tr.words()), tr.starts_with("car"), tr.starts_with("do"), tr.starts_with("x"))
