# Controlling tracing: the local trace function returned by the global one, f_trace set from
# outside (as bdb's set_trace does), f_trace_lines, a tracer that raises (tracing is unset and
# the error propagates), the tracer itself running untraced, gettrace, threading.settrace.
import sys
import threading

events = []


def rel(frame):
    return frame.f_lineno - frame.f_code.co_firstlineno


def only_calls(frame, event, arg):
    events.append((event, frame.f_code.co_name))
    return None                                  # no local tracer: no line events


def target():
    a = 1
    return a


sys.settrace(only_calls)
target()
sys.settrace(None)
print("global only:", events)

# A separate local tracer.
events.clear()


def local(frame, event, arg):
    events.append(("local", event, rel(frame)))
    return local


def global_(frame, event, arg):
    events.append(("global", event, frame.f_code.co_name))
    return local if frame.f_code.co_name == "target" else None


sys.settrace(global_)
target()
sys.settrace(None)
print("global then local:", events)

# f_trace_lines = False: no line events, but return still reported.
events.clear()


def no_lines(frame, event, arg):
    if event == "call":
        frame.f_trace_lines = False
    events.append((event, frame.f_code.co_name))
    return no_lines


sys.settrace(no_lines)
target()
sys.settrace(None)
print("no lines:", events)

# Setting f_trace on the running frame and its caller (bdb.set_trace style).
events.clear()


def mark(frame, event, arg):
    events.append((event, frame.f_code.co_name, rel(frame)))
    return mark


def start_tracing():
    frame = sys._getframe().f_back
    frame.f_trace = mark
    sys.settrace(mark)


def traced_caller():
    x = 1
    start_tracing()
    y = 2
    return x + y


traced_caller()
sys.settrace(None)
print("set_trace style:", events)


# A tracer that raises: tracing stops, the exception reaches the traced code's caller.
def bad(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer failed")
    return bad


sys.settrace(bad)
try:
    target()
except RuntimeError as e:
    print("tracer error:", e, "| gettrace now:", sys.gettrace())


# The tracer runs untraced: functions it calls produce no events.
events.clear()


def helper():
    return 1


def calls_helper(frame, event, arg):
    helper()
    events.append((event, frame.f_code.co_name))
    return calls_helper


sys.settrace(calls_helper)
target()
sys.settrace(None)
print("untraced tracer:", events)

# threading.settrace: new threads start with the tracer.
seen = []


def thread_tracer(frame, event, arg):
    if event == "call":
        seen.append(frame.f_code.co_name)
    return None


def in_thread():
    target()


threading.settrace(thread_tracer)
t = threading.Thread(target=in_thread)
t.start()
t.join()
threading.settrace(None)
print("thread saw:", [n for n in seen if n in ("in_thread", "target")])
print("main thread tracer:", sys.gettrace())
