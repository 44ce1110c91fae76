# A tiny stack VM with an assembler, labels, calls and a disassembler.
from enum import Enum, auto


class Op(Enum):
    PUSH = auto()
    POP = auto()
    ADD = auto()
    SUB = auto()
    MUL = auto()
    DUP = auto()
    SWAP = auto()
    JMP = auto()
    JZ = auto()
    CALL = auto()
    RET = auto()
    PRINT = auto()
    HALT = auto()
    LOAD = auto()
    STORE = auto()


def assemble(source):
    labels = {}
    code = []
    lines = [l.split("#")[0].strip() for l in source.strip().splitlines()]
    lines = [l for l in lines if l]
    for line in lines:
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        else:
            parts = line.split()
            code.append([Op[parts[0].upper()]] + parts[1:])
    program = []
    for op, *args in code:
        arg = None
        if args:
            a = args[0]
            arg = labels[a] if a in labels else (int(a) if a.lstrip("-").isdigit() else a)
        program.append((op, arg))
    return program


def run(program, trace=False):
    stack, calls, memory, out = [], [], {}, []
    pc = 0
    steps = 0
    while True:
        op, arg = program[pc]
        steps += 1
        if trace:
            print(f"  {pc:3} {op.name:6} {'' if arg is None else arg!s:5} {stack}")
        pc += 1
        match op:
            case Op.PUSH: stack.append(arg)
            case Op.POP: stack.pop()
            case Op.ADD: b = stack.pop(); stack.append(stack.pop() + b)
            case Op.SUB: b = stack.pop(); stack.append(stack.pop() - b)
            case Op.MUL: b = stack.pop(); stack.append(stack.pop() * b)
            case Op.DUP: stack.append(stack[-1])
            case Op.SWAP: stack[-1], stack[-2] = stack[-2], stack[-1]
            case Op.JMP: pc = arg
            case Op.JZ:
                if stack.pop() == 0:
                    pc = arg
            case Op.CALL: calls.append(pc); pc = arg
            case Op.RET: pc = calls.pop()
            case Op.PRINT: out.append(stack.pop())
            case Op.LOAD: stack.append(memory.get(arg, 0))
            case Op.STORE: memory[arg] = stack.pop()
            case Op.HALT: return out, steps, memory
            case _: raise RuntimeError(f"bad op {op}")


FACT = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 3
    call square
    print
    halt
square:          # ( x -- x*x )
    dup
    mul
    ret
"""

prog = assemble(FACT)
for i, (op, arg) in enumerate(prog[:6]):
    print(i, op, arg)
out, steps, mem = run(prog)
print("output:", out, "steps:", steps, "memory:", sorted(mem.items()))
small = assemble("push 2\npush 3\nswap\nsub\nprint\nhalt")
print(run(small, trace=True))
print(Op.ADD, repr(Op.ADD), Op.ADD.value, Op(3), Op["MUL"].name, len(Op))
print([op.name for op in Op if op.value > 12])
