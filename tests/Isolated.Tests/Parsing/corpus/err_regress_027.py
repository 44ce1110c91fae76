with open(x) as f, open(y) as g:
    pass
with (open(x) as f:
    pass
