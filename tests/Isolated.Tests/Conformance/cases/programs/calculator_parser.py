# A tokenizer and recursive-descent calculator with variables and functions.
import math
import re

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))")


class Token:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value

    def __repr__(self):
        return f"Token({self.kind!r}, {self.value!r})"


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad character {text[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num:
            tokens.append(Token("num", float(num) if "." in num else int(num)))
        elif name:
            tokens.append(Token("name", name))
        else:
            tokens.append(Token("op", op))
        pos = m.end()
    tokens.append(Token("end", None))
    return tokens


class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor}

    def __init__(self, env):
        self.env = env

    def parse(self, text):
        self.tokens = tokenize(text)
        self.i = 0
        if (self.tokens[0].kind == "name" and self.tokens[1].kind == "op"
                and self.tokens[1].value == "="):
            name = self.tokens[0].value
            self.i = 2
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        if self.peek().kind != "end":
            raise SyntaxError(f"unexpected {self.peek()!r}")
        return value

    def peek(self):
        return self.tokens[self.i]

    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok.value != value:
            raise SyntaxError(f"expected {value!r}, got {tok.value!r}")
        self.i += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value in ("**", "^"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return tok.value
        if tok.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[tok.value](*args)
            if tok.value not in self.env:
                raise NameError(f"undefined variable {tok.value!r}")
            return self.env[tok.value]
        if tok.value == "(":
            value = self.expr()
            self.take(")")
            return value
        raise SyntaxError(f"unexpected {tok!r}")


env = {"pi": math.pi}
p = Parser(env)
lines = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "10 / 4", "10 % 4",
    "x = 7", "y = x * 2 + 1", "sqrt(x * y + 7)", "max(1, x, y, 3)", "floor(pi * 100) / 100",
    "1 +", "3 $ 4", "z + 1", "(1 + 2", "min(4, 2.5)", ".5 + 1.", "abs(-3) * -(-2)",
]
for line in lines:
    try:
        print(f"{line:25} => {p.parse(line)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:25} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(tokenize("a=1+2.5")[:4])
