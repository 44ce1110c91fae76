# conformance: stderr
# An uncaught IndentationError is displayed with one caret, whatever its end_offset (a
# SyntaxError shows its whole range).
try:
    exec("x = (1,\n  2 3)\n")
except SyntaxError as e:
    import sys
    sys.excepthook(type(e), e, None)
exec("for item in range(3):\nprint(item)\n")
