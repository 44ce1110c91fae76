def f():
    """Docstring."""
    return 1

class C:
    """Class doc."""
    def m(self):
        'doc'
