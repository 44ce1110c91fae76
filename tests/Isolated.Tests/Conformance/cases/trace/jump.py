# Assigning f_lineno from a 'line' event (a debugger's jump), and CPython 3.12's refusals.
import sys


def func():
    a = 1
    for i in range(2):
        a += 10
    try:
        a += 100
    except ValueError:
        a = -1
    b = a
    return b


def attempt(when, to):
    result = []

    def tracer(frame, event, arg):
        if frame.f_code is not func.__code__:
            return tracer
        if event == "line" and frame.f_lineno - func.__code__.co_firstlineno == when and not result:
            try:
                frame.f_lineno = func.__code__.co_firstlineno + to
                result.append("jumped")
            except ValueError as e:
                result.append(f"ValueError: {e}")
        return tracer

    sys.settrace(tracer)
    try:
        value = func()
    finally:
        sys.settrace(None)
    print(f"{when} -> {to}: {result[0] if result else 'no event'}; returned {value}")


attempt(4, 8)      # over the try
attempt(8, 5)      # backwards into the try
attempt(1, 3)      # into a for body
attempt(4, 7)      # into an except body
attempt(1, 100)    # past the end
attempt(1, -5)     # before the start
attempt(3, 2)      # out of the for body to the for line (the iterator is dropped)


def outside():
    frame = sys._getframe()
    try:
        frame.f_lineno = frame.f_lineno
    except ValueError as e:
        print("outside a tracer:", e)


outside()


def on_call(frame, event, arg):
    if frame.f_code is func.__code__ and event in ("call", "return"):
        try:
            frame.f_lineno = frame.f_lineno + 1
        except ValueError as e:
            print(f"from {event}:", e)
    if frame.f_code is func.__code__ and event == "line":
        try:
            frame.f_lineno = "x"
        except ValueError as e:
            if not getattr(on_call, "said", False):
                print("not an int:", e)
                on_call.said = True
    return on_call


sys.settrace(on_call)
func()
sys.settrace(None)
