# expect: ValueError
# The int max str digits limit (4300) guards str(int) and int(str).
str(10**100000)
