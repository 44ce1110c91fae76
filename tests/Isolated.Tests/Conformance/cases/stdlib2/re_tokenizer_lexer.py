"""A tokenizer and a tiny expression evaluator built on re (named groups, finditer, lastgroup, errors with positions)."""
import re
from typing import NamedTuple

class Token(NamedTuple):
    kind: str
    value: str
    line: int
    column: int

KEYWORDS = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}
SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()<>=]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in SPEC))

def tokenize(code):
    line, line_start = 1, 0
    for mo in MASTER.finditer(code):
        kind, value = mo.lastgroup, mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value
        elif kind == "NEWLINE":
            line_start, line = mo.end(), line + 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line} col {column}")
        yield Token(kind, value, line, column)

program = """IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05;
ENDIF;"""
for tok in tokenize(program):
    print(tok)
try:
    list(tokenize("x := 3 $ 4"))
except RuntimeError as e:
    print("RuntimeError:", e)

def evaluate(expr, env):
    toks = re.findall(r"\s*(\d+\.?\d*|[A-Za-z]+|\*\*|[-+*/()])", expr)
    pos = 0
    def peek():
        return toks[pos] if pos < len(toks) else None
    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]
    def atom():
        t = take()
        if t == "(":
            v = add()
            take()
            return v
        if t == "-":
            return -atom()
        if re.fullmatch(r"\d+\.?\d*", t):
            return float(t)
        return env[t]
    def power():
        v = atom()
        if peek() == "**":
            take()
            return v ** power()
        return v
    def mul():
        v = power()
        while peek() in ("*", "/"):
            v = v * power() if take() == "*" else v / power()
        return v
    def add():
        v = mul()
        while peek() in ("+", "-"):
            v = v + mul() if take() == "+" else v - mul()
        return v
    return add()

for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x + y / 4", "price * (1 + rate)"]:
    print(f"{e:20} = {evaluate(e, {'x': 5, 'y': 10, 'price': 80, 'rate': 0.25})}")
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2][::-1], "hello there world"))
print(re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"))
print([m.span() for m in re.finditer(r"(?=(aa))", "aaaa")], re.findall(r"(?=(aa))", "aaaa"))
