#!/usr/bin/env python3
"""Instructions spent inside VirtualMachine.Execute, per opcode, from a callgrind profile.

Run a program under callgrind with per-instruction counts, then give this script the profile:

    DOTNET_gcServer=0 valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file=prof \\
        build/bin/isolated prog.py
    tools/opcode_costs.py prof

Each machine instruction of Execute is attributed to the opcode whose jump-table target is the
nearest one before it (RyuJIT lays a handler's hot blocks mostly after its entry, so this is an
approximation; a handler's out-of-line blocks can land under a neighbour). The dispatch sequence
itself shows under the opcode whose handler precedes it in the code. Also prints the dispatch
count (executions of the switch's indirect jump) and the instructions of the hottest block.

Needs objdump and nm; reads build/lib/libisolated.so and its symbol file build/lib/.debug/.
"""
import argparse
import bisect
import collections
import os
import re
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SYMBOL = "Isolated_Isolated_Execution_VirtualMachine__Execute"


def symbol_range(symfile):
    out = subprocess.run(["nm", "-S", symfile], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3] == SYMBOL:
            return int(parts[0], 16), int(parts[1], 16)
    sys.exit(f"{SYMBOL} not found in {symfile}")


def instruction_costs(profile, name):
    """Self cost per instruction address of function `name` (addresses as loaded)."""
    costs = collections.Counter()
    names = {}
    inside = False
    addr = 0
    skip_next = False
    for line in open(profile):
        line = line.rstrip("\n")
        m = re.match(r"(c?fn)=\((\d+)\)(?: (.*))?", line)
        if m:
            if m.group(3):
                names[m.group(2)] = m.group(3)
            if m.group(1) == "fn":
                # Recursive activations show as Execute'2, Execute'3...: the same code.
                inside = names.get(m.group(2), "").split("'")[0] == name
            continue
        if re.match(r"c?(fl|fi|fe|ob)=", line) or line.startswith("cob="):
            continue
        if line.startswith("calls="):
            skip_next = True
            continue
        if not line or not (line[0] in "+-*" or line[0].isdigit()):
            continue
        parts = line.split()
        p = parts[0]
        if p.startswith("0x"):
            addr = int(p, 16)
        elif p[0] in "+-":
            delta = int(p[1:], 16) if p[1:].startswith("0x") else int(p[1:])
            addr = addr + delta if p[0] == "+" else addr - delta
        elif p != "*":
            addr = int(p)
        if skip_next:
            skip_next = False  # the inclusive cost of a call, not this function's own
            continue
        if inside and len(parts) > 1:
            costs[addr] += int(parts[-1])
    return costs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("profile")
    ap.add_argument("--lib", default=os.path.join(ROOT, "build", "lib", "libisolated.so"))
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    symfile = os.path.join(os.path.dirname(args.lib), ".debug", os.path.basename(args.lib) + ".dbg")
    start, size = symbol_range(symfile)
    costs = instruction_costs(args.profile, SYMBOL)
    if not costs:
        sys.exit(f"no per-instruction costs for {SYMBOL}: was the profile taken with --dump-instr=yes?")
    # The profile has load addresses; the first instruction of the function is its entry.
    load_bias = min(costs) - start
    dis = subprocess.run(["objdump", "-d", "--no-show-raw-insn", "-M", "intel",
                          f"--start-address={start}", f"--stop-address={start + size}", args.lib],
                         capture_output=True, text=True, check=True).stdout
    rows = []
    for line in dis.splitlines():
        m = re.match(r"\s*([0-9a-f]+):\s*(.*)", line)
        if m:
            a = int(m.group(1), 16)
            rows.append((a, costs.get(a + load_bias, 0), m.group(2)))

    # The switch: the most executed indirect `jmp reg`; before it, `lea rX,[rip+..] # table` then
    # `lea rY,[rip+..] # base`, with targets at base + int32 table[opcode].
    jumps = [i for i, (_, c, t) in enumerate(rows) if re.match(r"jmp\s+r\w+$", t)]
    if not jumps:
        sys.exit("no indirect jump found in Execute")
    j = max(jumps, key=lambda i: rows[i][1])
    leas = [re.search(r"#\s*([0-9a-f]+)", rows[i][2]) for i in range(j - 12, j)
            if rows[i][2].startswith("lea") and "rip" in rows[i][2]]
    leas = [int(m.group(1), 16) for m in leas if m]
    if len(leas) < 2:
        sys.exit("could not find the jump table of the dispatch")
    table, base = leas[-2], leas[-1]
    segments = []
    for line in subprocess.run(["readelf", "-lW", args.lib], capture_output=True, text=True).stdout.splitlines():
        p = line.split()
        if p and p[0] == "LOAD":
            segments.append((int(p[2], 16), int(p[1], 16), int(p[4], 16)))
    data = open(args.lib, "rb").read()
    offset = next(va_off for va_off in (table - v + o for v, o, s in segments if v <= table < v + s))
    opcodes = [m.group(1) for m in (re.match(r"\s+([A-Z]\w*)\s*[,=]", l) for l in
               open(os.path.join(ROOT, "src", "Isolated", "Execution", "OpCode.cs"))) if m]
    targets = {}
    for i, name in enumerate(opcodes):
        target = base + struct.unpack_from("<i", data, offset + 4 * i)[0]
        if start <= target < start + size:
            targets.setdefault(target, []).append(name)
    starts = sorted(targets)
    def region(a):
        k = bisect.bisect_right(starts, a) - 1
        return "/".join(targets[starts[k]]) if k >= 0 else "(entry)"

    dispatch_region = region(rows[j][0])
    per_opcode = collections.Counter()
    for a, c, _ in rows:
        name = region(a)
        per_opcode[name + " + the dispatch" if name == dispatch_region else name] += c
    total = sum(c for _, c, _ in rows)
    print(f"Execute: {total:,} instructions; dispatches (switch jump executed): {rows[j][1]:,}")
    for name, c in per_opcode.most_common(args.top):
        print(f"{c:>14,} {100 * c / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
