# Doubly linked list, stack/queue on it, and an LRU cache built from a dict + linked list, with iteration and repr.
class Node:
    __slots__ = ("key", "val", "prev", "next")

    def __init__(self, key=None, val=None):
        self.key, self.val, self.prev, self.next = key, val, None, None


class DList:
    def __init__(self):
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.size = 0

    def push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node
        self.size += 1
        return node

    def unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
        self.size -= 1
        return node

    def pop_back(self):
        return self.unlink(self.tail.prev) if self.size else None

    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n
            n = n.next

    def __repr__(self):
        return " <-> ".join(f"{n.key}:{n.val}" for n in self) or "(empty)"


class LRUCache:
    def __init__(self, capacity):
        self.cap, self.map, self.list = capacity, {}, DList()
        self.hits = self.misses = 0

    def get(self, key):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return -1
        self.hits += 1
        self.list.push_front(self.list.unlink(node))
        return node.val

    def put(self, key, val):
        if key in self.map:
            self.list.unlink(self.map[key])
        elif len(self.map) == self.cap:
            old = self.list.pop_back()
            del self.map[old.key]
            print(f"  evict {old.key}")
        node = Node(key, val)
        self.map[key] = self.list.push_front(node)


c = LRUCache(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"]:
    parts = op.split()
    if parts[0] == "put":
        c.put(parts[1], int(parts[2]))
        print(op, "->", c.list)
    else:
        print(op, "->", c.get(parts[1]), "|", c.list)
print("hits", c.hits, "misses", c.misses, "size", c.list.size, sorted(c.map))
dl = DList()
for i in range(5):
    dl.push_front(Node(i, i * i))
print(dl, [n.key for n in dl][::-1], dl.pop_back().key, dl.size)
empty = DList()
print(empty, empty.pop_back())
