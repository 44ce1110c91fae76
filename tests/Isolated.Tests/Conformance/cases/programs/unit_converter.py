# A unit converter with a registry, Fractions for exact factors, temperature special cases, and parsing "5 km in mi".
from fractions import Fraction
import re

FACTORS = {
    "length": {"m": Fraction(1), "km": Fraction(1000), "cm": Fraction(1, 100), "mm": Fraction(1, 1000),
               "in": Fraction(254, 10000), "ft": Fraction(3048, 10000), "yd": Fraction(9144, 10000), "mi": Fraction(1609344, 1000)},
    "mass": {"g": Fraction(1), "kg": Fraction(1000), "lb": Fraction(45359237, 100000), "oz": Fraction(45359237, 1600000)},
    "time": {"s": Fraction(1), "min": Fraction(60), "h": Fraction(3600), "day": Fraction(86400)},
}
KIND = {u: k for k, units in FACTORS.items() for u in units}
TEMPS = {"C", "F", "K"}


def to_kelvin(v, unit):
    return {"C": v + Fraction(27315, 100), "F": (v - 32) * Fraction(5, 9) + Fraction(27315, 100), "K": v}[unit]


def from_kelvin(k, unit):
    return {"C": k - Fraction(27315, 100), "F": (k - Fraction(27315, 100)) * Fraction(9, 5) + 32, "K": k}[unit]


def convert(value, src, dst):
    value = Fraction(value)
    if src in TEMPS and dst in TEMPS:
        return from_kelvin(to_kelvin(value, src), dst)
    if src not in KIND or dst not in KIND:
        raise KeyError(f"unknown unit: {src if src not in KIND else dst}")
    if KIND[src] != KIND[dst]:
        raise ValueError(f"cannot convert {KIND[src]} to {KIND[dst]}")
    return value * FACTORS[KIND[src]][src] / FACTORS[KIND[dst]][dst]


QUERY = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*([A-Za-z]+)\s+(?:in|to)\s+([A-Za-z]+)\s*$")


def answer(q):
    m = QUERY.match(q)
    if not m:
        return f"cannot parse {q!r}"
    v, src, dst = m.groups()
    try:
        r = convert(v, src, dst)
    except (KeyError, ValueError) as e:
        return f"error: {e}"
    exact = f" (= {r})" if r.denominator != 1 and r.denominator < 1000 else ""
    return f"{v} {src} = {float(r):.6g} {dst}{exact}"


for q in ["5 km in mi", "1 mi to ft", "12 in to cm", "100 C in F", "-40 F to C", "0 K in C", "2.5 h in min",
          "1 lb in oz", "3 kg to g", "1 day in s", "5 kg in m", "7 parsecs in m", "hello", "98.6 F in C"]:
    print(answer(q))
print(convert(1, "ft", "in"), convert(1, "yd", "ft"), convert(1, "mi", "yd"), convert(16, "oz", "lb"))
table = [(u, float(convert(1, "m", u))) for u in FACTORS["length"]]
for u, v in sorted(table, key=lambda t: t[1]):
    print(f"1 m = {v:>12.6f} {u}")
