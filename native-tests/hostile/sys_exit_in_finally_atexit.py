# expect: SystemExit
import atexit, sys
atexit.register(sys.exit, 5)
atexit.register(lambda: 1 / 0)
try:
    raise SystemExit(2)
finally:
    pass
