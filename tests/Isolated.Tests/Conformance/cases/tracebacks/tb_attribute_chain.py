# conformance: stderr
# Markers under attribute accesses: a failing link in a chain, method chains written over
# several lines (the position starts at the failing attribute's line), attribute stores.
import sys


class Node:
    def __init__(self, child=None):
        self.child = child

    def next(self):
        return self.child


def show(fn):
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())


def middle_link():
    root = Node(Node(None))
    return root.child.child.child


def method_chain():
    root = Node(Node())
    return (root
            .next()
            .next()
            .next())


def store_attr():
    x = 5
    x.field = 1


def load_on_none():
    value = None
    size = value.size + 1
    return size


show(middle_link)
show(method_chain)
show(store_attr)
show(load_on_none)
root = Node()
print(root.child.missing)
