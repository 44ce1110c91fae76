# conformance: stderr
# Markers under subscripts: the brackets get ^, the subscripted value ~; nested subscripts,
# slices, dict lookups with expressions, and stores/deletes.
import sys


def show(fn):
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())


def list_index():
    items = [1, 2, 3]
    return items[10]


def nested_index():
    grid = [[1, 2], [3, 4]]
    return grid[1][5]


def dict_key():
    config = {"host": "x"}
    key = "po" + "rt"
    return config[key.upper()]


def store_subscript():
    t = (1, 2)
    t[0] = 5


def delete_subscript():
    d = {}
    del d["missing"]


def slice_type():
    n = 5
    return n[1:2]


show(list_index)
show(nested_index)
show(dict_key)
show(store_subscript)
show(delete_subscript)
show(slice_type)
matrix = {"a": {"b": 1}}
print(matrix["a"]["c"])
