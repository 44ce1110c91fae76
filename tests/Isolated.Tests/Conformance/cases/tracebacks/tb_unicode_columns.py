# conformance: stderr
# Columns are UTF-8 byte offsets in code positions; the markers must still line up with
# characters when the line holds non-ASCII text before the failing expression.
import sys


def show(fn):
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())


def accented():
    café = "crème"
    return {"clé": café}["naïve"] + café


def greek():
    λ = 2
    return "αβγ" + λ


show(accented)
show(greek)
données = {"ü": 1}
print("ok", données["ö"])
