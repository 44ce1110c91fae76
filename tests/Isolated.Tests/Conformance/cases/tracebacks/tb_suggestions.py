# conformance: stderr
# sys.__excepthook__ adds "Did you mean" / "Did you forget to import" as CPython's printer does.
import sys


def show():
    sys.__excepthook__(*sys.exc_info())


def names():
    blech = 1
    try:
        bluch
    except NameError as e:
        print("NameError.name:", e.name)
        show()
    try:
        sys.maxsiz
    except AttributeError as e:
        print("AttributeError.name:", e.name, e.obj is sys)
        show()
    return blech


def forgotten_import():
    try:
        math
    except NameError:
        show()


names()
forgotten_import()
