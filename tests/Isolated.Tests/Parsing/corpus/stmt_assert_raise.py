assert x
assert x, "msg"
raise
raise E
raise E from F
raise E() from None
