# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.futures.InterpreterPoolExecutor
# documentation (no CPython 3.14 on this machine to generate it): a word-count map/reduce where
# each chunk is counted in a worker interpreter and the partial Counters are merged in main.
from collections import Counter
from concurrent.futures import InterpreterPoolExecutor

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us"""


def count_words(chunk):
    import re
    from collections import Counter
    return Counter(w.lower() for w in re.findall(r"[A-Za-z]+", chunk))


def merge(parts):
    total = Counter()
    for p in parts:
        total.update(p)
    return total


if __name__ == "__main__":
    lines = TEXT.splitlines()
    with InterpreterPoolExecutor(max_workers=4) as pool:
        partials = list(pool.map(count_words, lines))
    print([type(p).__name__ for p in partials])
    total = merge(partials)
    print(total.most_common(5))
    print(sum(total.values()), len(total))
    print(total == count_words(TEXT))
