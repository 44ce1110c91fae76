# EAFP vs LBYL idioms: dict/attribute/int parsing with try/except, StopIteration-driven loops, for-else search, guard clauses.
config = {"port": "8080", "debug": "yes", "workers": "four"}


def get_int(d, key, default=0):
    try:
        return int(d[key])
    except KeyError:
        return default
    except ValueError:
        print(f"  warning: {key}={d[key]!r} is not an int")
        return default


print(get_int(config, "port"), get_int(config, "workers", 1), get_int(config, "timeout", 30))


def lbyl(d, key):
    if key in d and d[key].isdigit():
        return int(d[key])
    return None


print(lbyl(config, "port"), lbyl(config, "debug"), lbyl(config, "nope"))


class Obj:
    a = 1


for name in ("a", "b"):
    try:
        print(name, getattr(Obj, name))
    except AttributeError as e:
        print(name, "missing:", e)
it = iter([3, 5, 8, 10, 13])
while True:
    try:
        x = next(it)
    except StopIteration:
        print("exhausted")
        break
    if x % 2 == 0:
        print("first even", x)
for n in [9, 15, 21]:
    if n % 7 == 0:
        print("found multiple of 7:", n)
        break
else:
    print("no multiple of 7")


def process(order):
    if not order:
        return "empty order"
    if order.get("paid") is not True:
        return "unpaid"
    try:
        total = sum(i["qty"] * i["price"] for i in order["items"])
    except (KeyError, TypeError) as e:
        return f"bad item: {type(e).__name__} {e}"
    return f"total {total:.2f}"


for o in [{}, {"paid": False}, {"paid": True, "items": [{"qty": 2, "price": 1.5}]}, {"paid": True, "items": [{"qty": 1}]},
          {"paid": True, "items": [{"qty": None, "price": 2}]}]:
    print(process(o))
values = ["1", "2.5", "x", "3e2", "", "0x10"]
parsed = []
for v in values:
    for conv in (int, float, lambda s: int(s, 0)):
        try:
            parsed.append(conv(v))
            break
        except ValueError:
            continue
    else:
        parsed.append(None)
print(parsed)
