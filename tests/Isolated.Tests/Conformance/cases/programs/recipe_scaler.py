# Recipe scaling with Fractions: parsing mixed numbers, unit conversion, pretty fractions, shopping list aggregation.
from fractions import Fraction
from collections import defaultdict
import re

RECIPES = {
    "pancakes (4)": ["1 1/2 cup flour", "3 1/2 tsp baking powder", "1 tbsp sugar", "1 1/4 cup milk", "1 egg", "3 tbsp butter"],
    "cookies (24)": ["2 1/4 cup flour", "1 tsp baking soda", "1 cup butter", "3/4 cup sugar", "2 egg", "2 cup chocolate chips"],
}
TO_TSP = {"tsp": 1, "tbsp": 3, "cup": 48}


def parse_qty(text):
    total = Fraction(0)
    for part in text.split():
        total += Fraction(part)
    return total


def parse(line):
    m = re.match(r"([\d/ ]+?)\s+(?:(tsp|tbsp|cup)\s+)?(.+)", line)
    return parse_qty(m[1]), m[2], m[3]


def pretty(q):
    whole, rest = divmod(q, 1)
    parts = ([str(whole)] if whole else []) + ([f"{rest.numerator}/{rest.denominator}"] if rest else [])
    return " ".join(parts) or "0"


def best_unit(tsp):
    for unit in ("cup", "tbsp", "tsp"):
        q = tsp / TO_TSP[unit]
        if q >= Fraction(1, 4) or unit == "tsp":
            return q, unit


for name, lines in RECIPES.items():
    base = int(re.search(r"\((\d+)\)", name)[1])
    for servings in (base // 2, base * 3):
        factor = Fraction(servings, base)
        print(f"{name} x{factor} -> {servings}:")
        for line in lines:
            q, unit, what = parse(line)
            print(f"   {pretty(q * factor):>7} {unit or '':4} {what}")
shopping = defaultdict(Fraction)
counts = defaultdict(Fraction)
for lines in RECIPES.values():
    for line in lines:
        q, unit, what = parse(line)
        if unit:
            shopping[what] += q * TO_TSP[unit]
        else:
            counts[what] += q
for what, tsp in sorted(shopping.items()):
    q, unit = best_unit(tsp)
    print(f"{what:16} {pretty(q):>7} {unit}  ({float(tsp):.1f} tsp)")
print(dict(counts), pretty(Fraction(7, 3)), pretty(Fraction(3, 4)), pretty(Fraction(5)))
