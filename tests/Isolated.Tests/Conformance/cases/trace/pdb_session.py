# pdb driven by a scripted stdin: break, continue, step, next, p, where, return, and bdb's
# breakpoint bookkeeping; trace.Trace(count=1) line counts.
import io
import os
import pdb
import sys


def compute(n):
    total = 0
    for i in range(n):
        total += i
    return total


def main():
    x = compute(3)
    y = x * 2
    return y


commands = [
    "break compute",
    "continue",
    "p n",
    "next",
    "next",
    "step",
    "p i, total",
    "where",
    "return",
    "p total",
    "next",
    "next",
    "p x",
    "continue",
]
out = io.StringIO()
debugger = pdb.Pdb(stdin=io.StringIO("\n".join(commands) + "\n"), stdout=out, nosigint=True, readrc=False)
debugger.use_rawinput = False
result = debugger.runcall(main)
here = os.path.dirname(os.path.abspath(__file__))
text = out.getvalue().replace(here + os.sep, "").replace(here, "")
for line in text.splitlines():
    # Frames of the debugger itself (bdb.py, pdb.py, <string>) vary by installation.
    if "bdb.py" in line or "pdb.py" in line or "<string>" in line:
        continue
    print(line.rstrip())
print("result:", result)
print("tracing left on:", sys.gettrace() is not None)

# trace.Trace counts executed lines.
import trace

tracer = trace.Trace(count=1, trace=0)
tracer.runfunc(compute, 4)
counts = tracer.results().counts
mine = sorted((line - compute.__code__.co_firstlineno, n) for (filename, line), n in counts.items()
              if filename == __file__ or filename.endswith("pdb_session.py"))
print("line counts:", mine)
