# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it).
import math
from concurrent import interpreters


def add(a, b=10):
    return a + b


def describe(*args, **kwargs):
    return (len(args), sorted(kwargs))


def make_record(name, score):
    return {"name": name, "score": score, "grade": "A" if score >= 90 else "B"}


def where_am_i():
    from concurrent import interpreters as i
    return i.get_current() == i.get_main()


def stateful_counter():
    import sys
    sys.counter_demo = getattr(sys, "counter_demo", 0) + 1
    return sys.counter_demo


if __name__ == "__main__":
    interp = interpreters.create()
    print(interp.call(add, 1, 2))
    print(interp.call(add, 5))
    print(interp.call(add, "ab", b="cd"))
    print(interp.call(describe, 1, 2, 3, x=1, y=2))
    print(interp.call(make_record, "ann", 95))
    print(interp.call(math.factorial, 20))
    print(interp.call(sorted, [3, 1, 2], reverse=True))
    print(interp.call(divmod, 17, 5))
    print(interp.call(str.upper, "shout"))
    print("runs in the subinterpreter:", interp.call(where_am_i) is False)
    print("and here in main:", where_am_i())
    print("state persists in that interpreter:", [interp.call(stateful_counter) for _ in range(3)])
    other = interpreters.create()
    print("another interpreter starts fresh:", other.call(stateful_counter))
    import sys
    print("main untouched:", hasattr(sys, "counter_demo"))
    result = interp.call(make_record, "bob", 70)
    result["score"] += 1
    print("result is a copy we own:", result)
    other.close()
    interp.close()
