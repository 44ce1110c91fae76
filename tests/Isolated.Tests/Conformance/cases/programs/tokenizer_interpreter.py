# A tiny language: tokenizer, Pratt parser to an AST of dataclasses, and a tree-walking interpreter with functions.
import re
from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Call:
    name: str
    args: list


@dataclass
class Let:
    name: str
    value: object


@dataclass
class FuncDef:
    name: str
    params: list
    body: object


@dataclass
class If:
    cond: object
    then: object
    other: object


TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|(\w+)|(==|<=|>=|!=|[-+*/%(),=<>?:]))")
PREC = {"?": 1, "==": 2, "!=": 2, "<": 3, ">": 3, "<=": 3, ">=": 3, "+": 4, "-": 4, "*": 5, "/": 5, "%": 5}


def tokenize(src):
    pos, out = 0, []
    src = src.strip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"unexpected {src[pos]!r}")
        out.append(m.group(1) or m.group(2) or m.group(3))
        pos = m.end()
    return out


class Parser:
    def __init__(self, tokens):
        self.toks, self.i = tokens, 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def next(self):
        tok = self.peek()
        self.i += 1
        return tok

    def statement(self):
        if self.peek() == "let":
            self.next()
            name = self.next()
            self.expect("=")
            return Let(name, self.expr(0))
        if self.peek() == "def":
            self.next()
            name = self.next()
            self.expect("(")
            params = []
            while self.peek() != ")":
                params.append(self.next())
                if self.peek() == ",":
                    self.next()
            self.expect(")")
            self.expect("=")
            return FuncDef(name, params, self.expr(0))
        return self.expr(0)

    def expect(self, tok):
        got = self.next()
        if got != tok:
            raise SyntaxError(f"expected {tok!r}, got {got!r}")

    def expr(self, min_prec):
        left = self.atom()
        while (op := self.peek()) in PREC and PREC[op] > min_prec:
            self.next()
            if op == "?":
                then = self.expr(0)
                self.expect(":")
                left = If(left, then, self.expr(PREC["?"] - 1))
            else:
                left = BinOp(op, left, self.expr(PREC[op]))
        return left

    def atom(self):
        tok = self.next()
        if tok is None:
            raise SyntaxError("unexpected end")
        if tok == "(":
            e = self.expr(0)
            self.expect(")")
            return e
        if tok == "-":
            return BinOp("-", Num(0), self.atom())
        if tok[0].isdigit():
            return Num(float(tok) if "." in tok else int(tok))
        if self.peek() == "(":
            self.next()
            args = []
            while self.peek() != ")":
                args.append(self.expr(0))
                if self.peek() == ",":
                    self.next()
            self.expect(")")
            return Call(tok, args)
        return Var(tok)


OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "%": lambda a, b: a % b, "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
       "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b), "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b)}


def evaluate(node, env, funcs, depth=0):
    match node:
        case Num(value):
            return value
        case Var(name):
            if name not in env:
                raise NameError(f"unknown variable {name}")
            return env[name]
        case BinOp(op, left, right):
            return OPS[op](evaluate(left, env, funcs, depth), evaluate(right, env, funcs, depth))
        case If(cond, then, other):
            return evaluate(then if evaluate(cond, env, funcs, depth) else other, env, funcs, depth)
        case Let(name, value):
            env[name] = evaluate(value, env, funcs, depth)
            return env[name]
        case FuncDef(name, params, body):
            funcs[name] = (params, body)
            return f"<fn {name}/{len(params)}>"
        case Call("print", args):
            return " ".join(str(evaluate(a, env, funcs, depth)) for a in args)
        case Call(name, args):
            params, body = funcs[name]
            if len(args) != len(params):
                raise TypeError(f"{name} takes {len(params)} args, got {len(args)}")
            local = dict(zip(params, (evaluate(a, env, funcs, depth) for a in args)))
            if depth > 200:
                raise RecursionError("too deep")
            return evaluate(body, local, funcs, depth + 1)
    raise TypeError(f"bad node {node!r}")


env, funcs = {}, {}
program = ["let x = 4", "let y = x * (3 + 2) - 1", "y / 2", "def sq(n) = n * n", "sq(y) % 7",
           "def fact(n) = n <= 1 ? 1 : n * fact(n - 1)", "fact(10)", "def fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)",
           "fib(15)", "x == 4 ? 100 : 200", "print(x, y, sq(3))", "-x + 2", "z + 1", "sq(1, 2)", "let = 5", "3 $ 4",
           "def loop(n) = loop(n + 1)", "loop(0)"]
for line in program:
    try:
        ast = Parser(tokenize(line)).statement()
        print(f"{line:45} => {evaluate(ast, env, funcs)!r}")
    except (SyntaxError, NameError, TypeError, RecursionError) as e:
        print(f"{line:45} !! {type(e).__name__}: {e}")
print(Parser(tokenize("1 + 2 * 3")).expr(0))
print(sorted(env.items()), sorted(funcs))
