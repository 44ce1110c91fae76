from fractions import Fraction as F

def det(m):
    m = [[F(x) for x in row] for row in m]
    n = len(m)
    sign = 1
    result = F(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            return F(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            sign = -sign
        result *= m[col][col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n):
                m[r][c] -= factor * m[col][c]
    return sign * result

def inverse(m):
    n = len(m)
    aug = [[F(x) for x in row] + [F(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        aug[col], aug[pivot] = aug[pivot], aug[col]
        pv = aug[col][col]
        aug[col] = [x / pv for x in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]

def fmt(m):
    cells = [[str(x) for x in row] for row in m]
    w = max(len(c) for row in cells for c in row)
    return "\n".join("[" + " ".join(c.rjust(w) for c in row) + "]" for row in cells)

A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
H = [[F(1, i + j + 1) for j in range(4)] for i in range(4)]
print(det(A), det(B), det(H), det([[1, 2], [2, 4]]), det([[0, 1], [1, 0]]))
print(fmt(inverse(A)))
print(fmt(inverse(B)))
print(fmt(inverse(H)))
prod = [[sum(a * b for a, b in zip(row, col)) for col in zip(*inverse(H))] for row in H]
print(all(prod[i][j] == (i == j) for i in range(4) for j in range(4)))

def solve(m, v):
    inv = inverse(m)
    return [sum(a * b for a, b in zip(row, v)) for row in inv]
print(solve([[3, 2, -1], [2, -2, 4], [-1, F(1, 2), -1]], [1, -2, 0]))
x = F(1)
for _ in range(8):
    x = (x + 2 / x) / 2
print(x, float(x), x.numerator.bit_length(), F(355, 113) - F(22, 7))
def bernoulli(n):
    A = [0] * (n + 1)
    for m in range(n + 1):
        A[m] = F(1, m + 1)
        for j in range(m, 0, -1):
            A[j - 1] = j * (A[j - 1] - A[j])
    return A[0]
for i in range(0, 20, 2):
    b = bernoulli(i)
    print(f"B({i:2}) = {b.numerator:>8} / {b.denominator}")
print(sum(F(1, 2 ** k) for k in range(1, 20)), F(3, 4).limit_denominator(1), F("3.1415926535").limit_denominator(1000))
print(F(1, 3) < 0.34, F(1, 3) == 1 / 3, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), F(2, 4), F(-3, -9), abs(F(-1, 3)), F(5, 3).__floor__(), F(7, 2) ** -2, F(4, 9) ** F(1, 2))
