import traceback
def f():
    raise ValueError("inside f")
try:
    f()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(lines[0], end="")
    print(lines[-1], end="")
    print(len(lines))
