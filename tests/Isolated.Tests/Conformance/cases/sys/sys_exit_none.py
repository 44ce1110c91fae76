import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("caught", e.code)
raise SystemExit
