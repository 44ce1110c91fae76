# A CLI that returns exit codes through sys.exit from nested finally blocks.
import sys


def step(n):
    try:
        if n == 3:
            raise SystemExit(3)
        print("step", n)
    finally:
        print("cleanup", n)


def main():
    try:
        for i in range(5):
            step(i)
    except SystemExit as e:
        print("caught SystemExit", e.code, type(e.code).__name__)
    for code in [None, 0, "text", 7, True]:
        try:
            sys.exit(code)
        except SystemExit as e:
            print(repr(code), "->", repr(e.code), e.args)
    try:
        raise SystemExit(1, 2)
    except SystemExit as e:
        print("two args:", e.code)
    try:
        exit(5)
    except SystemExit as e:
        print("builtin exit:", e.code)
    return 42


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        print("final cleanup before exiting with", sys.exc_info()[1].code)
