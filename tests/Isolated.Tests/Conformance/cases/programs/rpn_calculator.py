# Shunting-yard conversion from infix to RPN and an RPN evaluator with error handling.
import operator
import math

OPS = {"+": (1, "L", operator.add), "-": (1, "L", operator.sub), "*": (2, "L", operator.mul),
       "/": (2, "L", operator.truediv), "^": (3, "R", operator.pow), "%": (2, "L", operator.mod)}
FUNCS = {"sin": math.sin, "sqrt": math.sqrt, "log": math.log10}


def tokenize(expr):
    out, num = [], ""
    for ch in expr.replace(" ", ""):
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        out.append(ch)
    if num:
        out.append(num)
    merged = []
    for t in out:
        if t.isalpha() and merged and merged[-1].isalpha():
            merged[-1] += t
        else:
            merged.append(t)
    return merged


def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if t[0].isdigit():
            out.append(t)
        elif t in FUNCS:
            stack.append(t)
        elif t in OPS:
            p, assoc, _ = OPS[t]
            while stack and stack[-1] in OPS and (OPS[stack[-1]][0] > p or (OPS[stack[-1]][0] == p and assoc == "L")):
                out.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise SyntaxError("mismatched ')'")
            stack.pop()
            if stack and stack[-1] in FUNCS:
                out.append(stack.pop())
        else:
            raise SyntaxError(f"bad token {t!r}")
    while stack:
        t = stack.pop()
        if t == "(":
            raise SyntaxError("mismatched '('")
        out.append(t)
    return out


def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t in OPS:
            if len(st) < 2:
                raise ValueError("stack underflow")
            b, a = st.pop(), st.pop()
            st.append(OPS[t][2](a, b))
        elif t in FUNCS:
            st.append(FUNCS[t](st.pop()))
        else:
            st.append(float(t) if "." in t else int(t))
    if len(st) != 1:
        raise ValueError(f"leftover stack {st}")
    return st[0]


for e in ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "2 ^ 3 ^ 2", "(1 + 2) * (3 + 4)", "10 % 4 + 0.5", "sqrt(16) + log(1000)",
          "7 / 0", "(1 + 2", "1 + 2)", "2 * * 3", "3 # 4", "100 / 8 / 2"]:
    try:
        rpn = to_rpn(tokenize(e))
        print(f"{e:32} {' '.join(rpn):28} = {eval_rpn(rpn)!r}")
    except (SyntaxError, ValueError, ZeroDivisionError) as ex:
        print(f"{e:32} error {type(ex).__name__}: {ex}")
