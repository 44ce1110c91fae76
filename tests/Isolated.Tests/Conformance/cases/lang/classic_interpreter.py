# A classic: a tokenizer, recursive-descent parser and tree-walking interpreter for a tiny language.
import re
from dataclasses import dataclass

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(==|!=|<=|>=|&&|\|\||[-+*/%()<>=!{};,]))")

def tokenize(src):
    pos, out = 0, []
    src = src.strip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise SyntaxError(f"bad character {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif name:
            out.append(("kw" if name in ("let", "while", "if", "else", "print", "fn", "return") else "name", name))
        else:
            out.append(("op", op))
        pos = m.end()
    out.append(("eof", None))
    return out

@dataclass
class Num: value: object
@dataclass
class Var: name: str
@dataclass
class BinOp: op: str; left: object; right: object
@dataclass
class Call: name: str; args: list

class Parser:
    def __init__(self, tokens):
        self.toks, self.i = tokens, 0
    def peek(self): return self.toks[self.i]
    def take(self, kind=None, value=None):
        tok = self.toks[self.i]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok
    def program(self):
        stmts = []
        while self.peek()[0] != "eof" and self.peek() != ("op", "}"):
            stmts.append(self.statement())
        return stmts
    def block(self):
        self.take("op", "{"); body = self.program(); self.take("op", "}")
        return body
    def statement(self):
        kind, val = self.peek()
        if val == "let":
            self.take(); name = self.take("name")[1]; self.take("op", "=")
            e = self.expr(); self.take("op", ";")
            return ("let", name, e)
        if val == "print":
            self.take(); e = self.expr(); self.take("op", ";")
            return ("print", e)
        if val == "while":
            self.take(); cond = self.expr(); return ("while", cond, self.block())
        if val == "if":
            self.take(); cond = self.expr(); then = self.block(); other = []
            if self.peek()[1] == "else":
                self.take(); other = self.block()
            return ("if", cond, then, other)
        if val == "fn":
            self.take(); name = self.take("name")[1]; self.take("op", "(")
            params = []
            while self.peek()[1] != ")":
                params.append(self.take("name")[1])
                if self.peek()[1] == ",": self.take()
            self.take("op", ")")
            return ("fn", name, params, self.block())
        if val == "return":
            self.take(); e = self.expr(); self.take("op", ";")
            return ("return", e)
        e = self.expr(); self.take("op", ";")
        return ("expr", e)
    PREC = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
    def expr(self, level=0):
        if level == len(self.PREC):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek()[0] == "op" and self.peek()[1] in self.PREC[level]:
            op = self.take()[1]
            left = BinOp(op, left, self.expr(level + 1))
        return left
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take(); return BinOp("-", Num(0), self.unary())
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "num": return Num(val)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take(); args = []
                while self.peek()[1] != ")":
                    args.append(self.expr())
                    if self.peek()[1] == ",": self.take()
                self.take("op", ")")
                return Call(val, args)
            return Var(val)
        if val == "(":
            e = self.expr(); self.take("op", ")"); return e
        raise SyntaxError(f"unexpected {val!r}")

class ReturnSignal(Exception):
    def __init__(self, value): self.value = value

OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "<": lambda a, b: a < b,
       ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b,
       "==": lambda a, b: a == b, "!=": lambda a, b: a != b}

def evaluate(node, env, funcs):
    match node:
        case Num(v): return v
        case Var(name):
            for scope in reversed(env):
                if name in scope: return scope[name]
            raise NameError(f"undefined variable {name}")
        case BinOp("&&", l, r): return evaluate(l, env, funcs) and evaluate(r, env, funcs)
        case BinOp("||", l, r): return evaluate(l, env, funcs) or evaluate(r, env, funcs)
        case BinOp(op, l, r): return OPS[op](evaluate(l, env, funcs), evaluate(r, env, funcs))
        case Call(name, args):
            params, body = funcs[name]
            frame = dict(zip(params, (evaluate(a, env, funcs) for a in args)))
            try:
                run(body, env + [frame], funcs)
            except ReturnSignal as r:
                return r.value
            return None

def run(stmts, env, funcs, out=print):
    for st in stmts:
        match st:
            case ("let", name, e): env[-1][name] = evaluate(e, env, funcs)
            case ("print", e): out(evaluate(e, env, funcs))
            case ("while", cond, body):
                while evaluate(cond, env, funcs): run(body, env, funcs)
            case ("if", cond, then, other):
                run(then if evaluate(cond, env, funcs) else other, env, funcs)
            case ("fn", name, params, body): funcs[name] = (params, body)
            case ("return", e): raise ReturnSignal(evaluate(e, env, funcs))
            case ("expr", e): evaluate(e, env, funcs)

SOURCE = """
let i = 0; let total = 0;
while i < 10 { let total = total + i * i; let i = i + 1; }
print total;
fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
print fib(15);
fn gcd(a, b) { while b != 0 { let t = b; let b = a % b; let a = t; } return a; }
print gcd(1071, 462);
print 7 / 2; print -3 * (2 + 1.5); print 1 < 2 && 3 > 4 || 5 == 5;
"""
tokens = tokenize(SOURCE)
print(len(tokens), tokens[:6])
program = Parser(tokens).program()
print(program[0])
run(program, [{}], {})
for bad in ["let = 3;", "print (1 + ;", "print 1 $ 2;", "print undefined;"]:
    try:
        run(Parser(tokenize(bad)).program(), [{}], {})
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, e)
