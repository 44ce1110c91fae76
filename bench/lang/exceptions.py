# Exceptions raised and caught in a loop.
class Oops(Exception):
    pass

def fail(i):
    if i % 2:
        raise Oops(i)
    raise KeyError(i)

def run(n):
    caught = 0
    for i in range(n):
        try:
            fail(i)
        except Oops:
            caught += 1
        except KeyError:
            caught += 2
    return caught

print(run(300_000))
