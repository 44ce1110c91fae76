# dict, list and str work: building, indexing, joining.
def run(n):
    d = {}
    words = []
    for i in range(n):
        key = "k" + str(i % 1000)
        d[key] = d.get(key, 0) + 1
        if i % 100 == 0:
            words.append(key)
    items = sorted(d.items())
    text = ",".join(words)
    return len(items), len(text), sum(d.values())

print(run(500_000))
