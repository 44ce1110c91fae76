# SystemExit handling inside a program: sys.exit with codes/messages caught, atexit ordering, finally on exit, final exit code 3.
import sys
import atexit


def cleanup(name):
    print(f"atexit: {name}")


atexit.register(cleanup, "first registered")
atexit.register(cleanup, "second registered")
atexit.register(lambda: print("atexit: lambda"))
for arg in [0, 1, "message", None, (2,)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("code", e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    try:
        sys.exit(7)
    finally:
        print("finally runs during exit")
except SystemExit:
    pass
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e), issubclass(KeyboardInterrupt, Exception))


def unregistered():
    print("should not print")


atexit.register(unregistered)
atexit.unregister(unregistered)
print("exiting with 3")
sys.stdout.flush()
sys.exit(3)
