import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow}
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "//": 2, "%": 2, "**": 3}

def tokenize(expr):
    tokens, i = [], 0
    while i < len(expr):
        c = expr[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            text = expr[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif expr[i:i + 2] in ("**", "//"):
            tokens.append(expr[i:i + 2])
            i += 2
        elif c in "+-*/%()":
            tokens.append(c)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    return tokens

def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            while stack and stack[-1] != "(" and (PREC[stack[-1]] > PREC[t] or
                                                  (PREC[stack[-1]] == PREC[t] and t != "**")):
                out.append(stack.pop())
            stack.append(t)
    while stack:
        out.append(stack.pop())
    return out

def evaluate(expr):
    stack = []
    for t in to_rpn(tokenize(expr)):
        if isinstance(t, str):
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[t](a, b))
        else:
            stack.append(t)
    return stack[0]

for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "7 // 2 + 7 % 3", "10 / 4", "1.5 * 4",
          "((2))", "100 - 3 - 4", "2 * (3 + 4) * 5"]:
    print(f"{e:20} = {evaluate(e)!r:8} rpn={to_rpn(tokenize(e))}")
for bad in ["1 / 0", "2 $ 3", "5 % 0"]:
    try:
        print(evaluate(bad))
    except Exception as ex:
        print(type(ex).__name__, ex)
