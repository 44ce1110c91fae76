f = lambda x: (lambda y: x + y) if x else None
