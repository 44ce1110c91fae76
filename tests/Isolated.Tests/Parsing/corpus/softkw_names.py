match = 1
case = 2
_ = 3
match.x = 1
match[0] = 2
match(x)
match * 2
print(match, case, _)
