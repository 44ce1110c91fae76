import sys
def check(values):
    for v in values:
        if v < 0:
            print("negative value found:", v)
            quit(3)
        print("ok", v)
check([1, 2, -5, 4])
