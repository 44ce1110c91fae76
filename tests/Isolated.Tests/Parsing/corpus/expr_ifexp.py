a = b if c else d
b = (x if y else z if w else v)
c = lambda: a if b else c
