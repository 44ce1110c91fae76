# conformance: stderr
# traceback.extract_stack / format_stack read the positions of frames that are still running
# (f_lasti), and extract_tb gives the columns of each entry.
import sys
import traceback


def leaf():
    return traceback.format_stack(limit=3)


def branch():
    lines = leaf()
    return lines


for line in branch():
    print(line, end="")

try:
    [1, 2][3]
except IndexError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.line)

code = compile("a = 1\nb = a + c\n", "snippet", "exec")
lines = list(code.co_lines())
print(lines[-1][2])
positions = [p for p in code.co_positions() if p[2] is not None]
print(any(p == (2, 2, 8, 9) for p in positions))

x = 1
y = "2"
if x < y:
    pass
