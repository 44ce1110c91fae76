"""A plain module."""
value = 10
def double(x):
    return 2 * x
_private = "hidden"
