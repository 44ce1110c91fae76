# Exception handlers that come after a finished (or suppressing) with block must see the right
# stack depth.
class W:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return isinstance(exc[1], KeyError)


with W() as f:
    pass
for m in (1, 2):
    try:
        1 / 0
    except ZeroDivisionError:
        print("caught", m)

with W():
    raise KeyError("suppressed")
try:
    [][1]
except IndexError as e:
    print("then", e)


def nested():
    total = 0
    for i in range(3):
        with W():
            with W():
                if i == 1:
                    raise KeyError(i)
                total += i
        try:
            raise ValueError(i)
        except ValueError as e:
            total += 10 * int(str(e))
    return total


print(nested())
try:
    with W():
        raise ValueError("passes through")
except ValueError as e:
    print("propagated", e)
