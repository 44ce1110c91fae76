# Dynamic programming classics: knapsack with item reconstruction, LCS with diff output, edit distance, coin change, LIS.
from functools import lru_cache


def knapsack(items, cap):
    n = len(items)
    dp = [[0] * (cap + 1) for _ in range(n + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(n, 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return dp[n][cap], sorted(chosen)


items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10)]
print(knapsack(items, 200), knapsack(items, 50), knapsack([], 10))


def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    i = j = 0
    out = []
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(" " + a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            out.append("-" + a[i]); i += 1
        else:
            out.append("+" + b[j]); j += 1
    out += ["-" + x for x in a[i:]] + ["+" + x for x in b[j:]]
    return dp[0][0], out


print(lcs("ABCBDAB", "BDCABA"))
print(lcs("the cat sat".split(), "the dog sat down".split()))


@lru_cache(maxsize=None)
def edit(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))


print([(x, y, edit(x, y)) for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]])


def coin_change(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    how = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a], how[a] = best[a - c] + 1, c
    if best[amount] == INF:
        return None
    out = []
    while amount:
        out.append(how[amount])
        amount -= how[amount]
    return sorted(out, reverse=True)


print(coin_change([1, 5, 10, 25], 63), coin_change([1, 3, 4], 6), coin_change([2], 3), coin_change([7, 3], 0))


def lis(seq):
    import bisect
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[k] = x; idx[k] = i
        prev[i] = idx[k - 1] if k else None
    out, i = [], idx[-1] if idx else None
    while i is not None:
        out.append(seq[i]); i = prev[i]
    return out[::-1]


print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), lis([]))
