# FizzBuzz five ways plus generalised rules, with itertools, match, dict rules and a generator.
from itertools import cycle, count, islice


def classic(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out


def concat(n):
    return [("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)) or str(i) for i in range(1, n + 1)]


def cycles(n):
    fizz = cycle([""] * 2 + ["Fizz"])
    buzz = cycle([""] * 4 + ["Buzz"])
    return [f + b or str(i) for f, b, i in zip(fizz, buzz, range(1, n + 1))]


def matching(n):
    out = []
    for i in range(1, n + 1):
        match (i % 3, i % 5):
            case (0, 0):
                out.append("FizzBuzz")
            case (0, _):
                out.append("Fizz")
            case (_, 0):
                out.append("Buzz")
            case _:
                out.append(str(i))
    return out


def rules(n, table):
    def gen():
        for i in count(1):
            yield "".join(word for d, word in table.items() if i % d == 0) or str(i)
    return list(islice(gen(), n))


ref = classic(30)
print(" ".join(ref))
print(all(f(30) == ref for f in (concat, cycles, matching)), rules(30, {3: "Fizz", 5: "Buzz"}) == ref)
print(" ".join(rules(21, {2: "Foo", 3: "Bar", 7: "Baz"})))
print(sum(1 for x in classic(100) if x == "FizzBuzz"), classic(100).count("Fizz"), max(classic(100), key=len))
