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

    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        self._len -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __contains__(self, value):
        return any(v == value for v in self)

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("index out of range")

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.push(0)
print(list(ll), 3 in ll, 9 in ll)
ll.reverse()
print(ll, ll[0], ll[-1])
print(ll.pop(), ll.pop(), ll)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
print(bool(empty), bool(ll), sum(ll), max(ll))
try:
    Node(1).other = 2
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(LinkedList("hello")))
