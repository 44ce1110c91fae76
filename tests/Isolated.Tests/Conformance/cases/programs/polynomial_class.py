# A Polynomial class: arithmetic, evaluation (Horner), derivative/integral with Fractions, long division, roots by Newton.
from fractions import Fraction
from itertools import zip_longest


class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @property
    def degree(self):
        return len(self.c) - 1 if self.c != [0] else -1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        return Poly(*(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0)))

    __radd__ = __add__

    def __neg__(self):
        return Poly(*(-a for a in self.c))

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly(-o))

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        r = Poly(1)
        for _ in range(n):
            r = r * self
        return r

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __divmod__(self, d):
        num = [Fraction(x) for x in self.c]
        q = [Fraction(0)] * max(1, len(num) - len(d.c) + 1)
        while len(num) >= len(d.c) and any(num):
            shift = len(num) - len(d.c)
            f = num[-1] / d.c[-1]
            q[shift] = f
            for i, b in enumerate(d.c):
                num[i + shift] -= f * b
            num.pop()
        return Poly(*q), Poly(*num)

    def deriv(self):
        return Poly(*[i * a for i, a in enumerate(self.c)][1:]) if len(self.c) > 1 else Poly(0)

    def integ(self):
        return Poly(0, *(Fraction(a, i + 1) for i, a in enumerate(self.c)))

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree >= 0:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(("-" if a < 0 else "+") + coef + var)
        s = "".join(terms) or "0"
        return s[1:] if s.startswith("+") else s


def newton(p, x0, steps=30):
    d = p.deriv()
    x = x0
    for _ in range(steps):
        x = x - p(x) / d(x)
    return round(x, 10)


p = Poly(-6, 11, -6, 1)
q = Poly(1, 1)
print(p, "|", q, "|", p + q, "|", p - 3, "|", p * q, "|", q ** 3, "|", -q)
print(p(0), p(1), p(4), [p(x) for x in range(5)], p.degree, Poly(0).degree, Poly(0, 0))
print(p.deriv(), p.deriv().deriv(), p.integ(), p.integ().deriv() == Poly(*[Fraction(c) for c in p.c]))
quo, rem = divmod(p, Poly(-1, 1))
print(quo, "|", rem, "|", divmod(Poly(1, 0, 1), Poly(1, 1)))
print(sorted({newton(p, x0) for x0 in (0.0, 1.6, 2.4, 5.0)}), newton(Poly(-2, 0, 1), 1.0))
print(2 * q + 1, 3 + q, (q ** 2)(Fraction(1, 2)), Poly(1, 2) == Poly(1, 2, 0))
