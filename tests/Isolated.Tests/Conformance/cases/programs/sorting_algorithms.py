# Classic sorting algorithms compared against sorted().
import random


def bubble(a):
    a = list(a)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a


def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return (quick([x for x in a if x < pivot]) + [x for x in a if x == pivot]
            + quick([x for x in a if x > pivot]))


def heap_sort(a):
    a = list(a)
    n = len(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a


def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]


def shell(a):
    a = list(a)
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            t, j = a[i], i
            while j >= gap and a[j - gap] > t:
                a[j] = a[j - gap]
                j -= gap
            a[j] = t
        gap //= 2
    return a


rng = random.Random(42)
data = [rng.randint(-50, 50) for _ in range(40)]
print("input:", data)
expected = sorted(data)
print("sorted:", expected)
for fn in (bubble, insertion, merge_sort, quick, heap_sort, counting, shell):
    res = fn(data)
    print(f"{fn.__name__:10} ok={res == expected} first5={res[:5]}")
for case in ([], [1], [2, 1], [3, 3, 3], list(range(10, 0, -1))):
    print(case, [fn(case) == sorted(case) for fn in (bubble, merge_sort, quick, heap_sort, shell)])
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words), quick(words) == sorted(words))
rng.shuffle(words)
print(words)
print(sorted(words, key=lambda w: (-len(w), w)))
print(rng.sample(range(100), 5), rng.choice("abcdef"), round(rng.random(), 6))
print(rng.choices(["a", "b", "c"], weights=[1, 5, 10], k=8))
print(round(rng.uniform(1, 2), 6), round(rng.gauss(0, 1), 6), rng.randrange(0, 100, 7))
