# expect: ok
src = "<".join(["1"] * 100000)
print(eval(src))
