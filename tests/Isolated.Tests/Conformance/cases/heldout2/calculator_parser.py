# A recursive-descent calculator with variables, functions and good error messages (compilers homework).
import math
import re

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%(),=^]))")

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

def tokenize(text):
    pos, out = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ParseError(f"unexpected character {text[pos:].lstrip()[0]!r}", pos)
        kind = m.lastgroup
        out.append((kind, m.group(kind), m.start(kind)))
        pos = m.end()
    out.append(("end", "", len(text)))
    return out

FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round}

class Parser:
    def __init__(self, text, env):
        self.toks = tokenize(text)
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok[1] != value:
            raise ParseError(f"expected {value!r} but found {tok[1] or 'end of input'!r}", tok[2])
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1][1] == "=":
            name = self.take()[1]
            self.take("=")
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        self.take("")
        return value

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op, _, pos = self.take()
            r = self.factor()
            if op != "*" and r == 0:
                raise ParseError("division by zero", pos)
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v

    def factor(self):
        if self.peek()[1] in ("-", "+"):
            op = self.take()[1]
            v = self.factor()
            return -v if op == "-" else v
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        kind, val, pos = self.take()
        if kind == "num":
            return float(val) if any(c in val for c in ".eE") else int(val)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if val not in FUNCS:
                    raise ParseError(f"unknown function {val!r}", pos)
                return FUNCS[val](*args)
            if val in self.env:
                return self.env[val]
            raise ParseError(f"undefined variable {val!r}", pos)
        if val == "(":
            v = self.expr()
            self.take(")")
            return v
        raise ParseError(f"unexpected {val or 'end of input'!r}", pos)

env = {"pi": math.pi}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x = 10 / 4", "y = x * 2 + 1", "max(x, y, 3) - min(1, 2)",
         "sqrt(16) + abs(-3)", "round(pi * 100) / 100", "10 % 4 + 7 % 2.5", "1e3 + 2.5E-1", "z + 1", "3 / (2 - 2)",
         "4 + * 5", "(1 + 2", "foo(1)", "2 $ 3", "", "a = b = 1", "1.5 ** -2", "17 / 4 * 4"]
for line in lines:
    try:
        print(f"{line!r:28} => {Parser(line, env).statement()!r}")
    except ParseError as e:
        print(f"{line!r:28} !! {e}")
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(f"{line!r:28} !! {type(e).__name__}: {e}")
print(sorted((k, round(v, 4)) for k, v in env.items()))
