# PEP 709 (3.12): list/set/dict comprehensions run inlined in their enclosing frame, so
# locals(), sys._getframe() and frame walks inside one see the enclosing frame.
import sys
import traceback


def show_caller():
    f = sys._getframe(1)
    return (f.f_code.co_name, f.f_back.f_code.co_name, sorted(f.f_locals))


def outer():
    def f():
        q = 1
        a, b = "A", "B"
        print([sorted(locals()) for x in range(2)])
        print({k: sorted(locals()) for k in "z"})
        print({len(locals()) for s in range(1)})
        print([show_caller() for x in range(1)])
        print([sys._getframe(1).f_code.co_name for x in range(1)])
        print([sys._getframe().f_code.co_name for x in range(1)])
        print([sorted(sys._getframe().f_locals) for x in range(1)])
        print([[sorted(locals()) for y in range(1)] for x in range(1)])
        [traceback.print_stack(file=sys.stdout, limit=3) for x in range(1)]
        x = 5
        print([x for x in range(2)], x)
        print([locals()["x"] for x in range(1)])
        print(sorted(locals()))

        def inner():
            return q

        print([sorted(locals()) for z in range(1)])
        # generator expressions are not inlined: they keep a frame of their own
        print(list(sorted(locals()) for g in range(1)))
        try:
            [1 / 0 for _ in range(1)]
        except ZeroDivisionError:
            traceback.print_exc(file=sys.stdout)

    f()


outer()


class K:
    a = 1
    xs = [1, 2]
    print([sorted(locals()) for i in range(1)])
    print([sys._getframe().f_code.co_name for i in range(1)])
    try:
        print([a for _ in xs])
    except NameError as e:
        print("NameError:", e)
    print([x * 2 for x in xs])


print([sorted(k for k in locals() if not k.startswith("__")) for _ in range(1)])
print([locals() is globals() for _ in range(1)])
print([sys._getframe().f_code.co_name for _ in range(1)])
print([sys._getframe().f_back for _ in range(1)])
