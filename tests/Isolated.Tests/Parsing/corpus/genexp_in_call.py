sum(x for x in y)
f((x for x in y), z)
any(a for a in b if a)
