import operator
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow, "%": operator.mod}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
        print(f"  {tok:>3}: {stack}")
    return stack[0]
print(rpn("3 4 2 * 1 5 - 2 3 ^ ^ / +"))

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
def to_rpn(infix):
    import re
    out, ops = [], []
    for tok in re.findall(r"\d+\.?\d*|[-+*/^%()]", infix):
        if tok[0].isdigit():
            out.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[tok] or (PREC[ops[-1]] == PREC[tok] and tok != "^")):
                out.append(ops.pop())
            ops.append(tok)
    while ops:
        out.append(ops.pop())
    return " ".join(out)
for e in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "(1+2)*(3+4)", "10 % 4 + 2 ^ 10", "2.5 * 4 - 1"]:
    r = to_rpn(e)
    print(e, "=>", r)
    val = 0
    stack = []
    for tok in r.split():
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    print("   =", stack[0])

def brainfuck(code, inp=""):
    tape, ptr, pc, out, ip = [0] * 300, 0, 0, [], 0
    jumps, stack = {}, []
    for i, ch in enumerate(code):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    steps = 0
    while pc < len(code):
        ch = code[pc]
        if ch == ">": ptr += 1
        elif ch == "<": ptr -= 1
        elif ch == "+": tape[ptr] = (tape[ptr] + 1) % 256
        elif ch == "-": tape[ptr] = (tape[ptr] - 1) % 256
        elif ch == ".": out.append(chr(tape[ptr]))
        elif ch == ",":
            tape[ptr] = ord(inp[ip]) if ip < len(inp) else 0
            ip += 1
        elif ch == "[" and tape[ptr] == 0: pc = jumps[pc]
        elif ch == "]" and tape[ptr] != 0: pc = jumps[pc]
        pc += 1
        steps += 1
    return "".join(out), steps
hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
print(brainfuck(hello))
print(brainfuck(",[.,]", "echo!"))
print(brainfuck("++++++[>++++++++<-]>+++.+.+."))
