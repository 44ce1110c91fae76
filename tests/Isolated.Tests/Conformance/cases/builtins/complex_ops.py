# complex: arithmetic, repr, parsing, abs, conjugate, pow, comparisons.
import math

def check(src):
    try:
        r = eval(src)
    except Exception as e:
        print(f"{src} !! {type(e).__name__}: {e}")
    else:
        print(f"{src} -> {r!r}")

for src in [
    "1 + 2j", "(1 + 2j) * (3 - 4j)", "(1 + 2j) / (3 - 4j)", "(1 + 2j) ** 2", "(1 + 2j) ** 0.5", "1j ** 2",
    "(2 + 0j) ** 10", "0j ** 0", "0j ** 1j", "0j ** -1", "(1+1j) ** -2", "(-1) ** 0.5", "2 ** 1j",
    "abs(3 + 4j)", "abs(complex(float('inf'), float('nan')))", "(3 + 4j).conjugate()", "(3 + 4j).real", "(3 + 4j).imag",
    "complex(1.5)", "complex()", "complex(0, 0)", "complex(-0.0, -0.0)", "complex(1, -0.0)", "-0j", "-(0j)",
    "repr(complex(0.0, 1.0))", "repr(complex(-0.0, 1.0))", "repr(complex(1e20, 1e-20))", "repr(1e300j * 1e10)",
    "str(complex(float('nan'), 1))", "repr(complex(1, float('inf')))", "repr(2.5j)", "repr(1 + 0j)",
    "(1 + 2j) == (1 + 2j)", "(1 + 0j) == 1", "1j == 1", "hash(1 + 0j) == hash(1)", "hash(2j)",
    "(1 + 2j) < (2 + 3j)", "1j // 2", "1j % 2", "divmod(1j, 2)", "(1 + 2j) / 0", "1 / 0j",
    "complex('1+2j') + complex('3-1j')", "complex('1.5e3-2.5e-2j')", "complex('(1)')", "complex('1+')",
    "complex('1j+2')", "complex(' 1 ')", "complex('1', '2')", "complex(1j, 1j)", "complex('infj')",
    "round(1 + 2j)", "int(1 + 2j)", "float(1j)", "bool(0j)", "bool(1e-300j)",
    "sum([1j, 2, 3.5])", "(1+2j).__reduce__() if hasattr(1j, '__reduce__') else 0",
    "format(1+2j, '.2f')", "f'{3-4j:^20}'", "f'{3-4j!r:>10}'",
    "1j.__class__.__name__", "isinstance(1j, complex)", "type(1j + 1).__name__",
]:
    check(src)

class C(complex):
    pass
c = C(1, 2)
print(c, type(c + 1).__name__, type(-c).__name__, c.conjugate(), type(c.conjugate()).__name__)

# Roots of a quadratic
def roots(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))
for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2)]:
    print(coeffs, roots(*coeffs))
# Mandelbrot membership
rows = []
for y in range(-5, 6):
    row = ""
    for x in range(-20, 8):
        z, c = 0j, complex(x / 10, y / 5)
        for _ in range(30):
            z = z * z + c
            if abs(z) > 2:
                row += "."
                break
        else:
            row += "#"
    rows.append(row)
print("\n".join(rows))
