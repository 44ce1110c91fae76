from fractions import Fraction as F

def solve(a, b):
    n = len(a)
    m = [row[:] + [bv] for row, bv in zip(a, b)]
    for col in range(n):
        piv = next((r for r in range(col, n) if m[r][col] != 0), None)
        if piv is None:
            raise ValueError("singular matrix")
        m[col], m[piv] = m[piv], m[col]
        p = m[col][col]
        m[col] = [x / p for x in m[col]]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [row[-1] for row in m]

A = [[F(2), F(1), F(-1)], [F(-3), F(-1), F(2)], [F(-2), F(1), F(2)]]
print(solve(A, [F(8), F(-11), F(-3)]))
H = [[F(1, i + j + 1) for j in range(4)] for i in range(4)]
x = solve(H, [F(1)] * 4)
print(x, sum(x))
print([str(v) for v in x])
try:
    solve([[F(1), F(2)], [F(2), F(4)]], [F(1), F(2)])
except ValueError as e:
    print("error:", e)

def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
print(det(H), 1 / det(H))
print(F(3, 4).limit_denominator(2), F(355, 113).limit_denominator(10), F('3.1415926535').limit_denominator(1000))
print(F(1, 3) ** 2, F(1, 3) ** -2, F(2) ** F(1, 2) if False else 'skip', round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 3))
print(F(-7, 3) // 2, F(-7, 3) % 2, divmod(F(7, 3), F(1, 2)), F(1, 3) < 0.34, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5))
print(F.from_float(0.1), F.from_decimal(__import__('decimal').Decimal('1.25')), F(0.75).as_integer_ratio(), F('  -12/18 '), F('1e-3'))
print(f"{str(F(1, 3)):>10}|{F(-5, 7)!r}|{F(22, 7).numerator}/{F(22, 7).denominator}")
