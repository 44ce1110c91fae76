# signal: Python handlers run in the main thread; a handler that raises interrupts the caller.
import signal

got = []
print(signal.signal(signal.SIGURG, lambda signum, frame: got.append(signum)))
signal.raise_signal(signal.SIGURG)
print(got)
print(signal.getsignal(signal.SIGURG) is not signal.SIG_DFL)


def fail(signum, frame):
    raise RuntimeError("handler raised for " + signal.Signals(signum).name)


signal.signal(signal.SIGURG, fail)
try:
    signal.raise_signal(signal.SIGURG)
except RuntimeError as e:
    print(e)
print(signal.signal(signal.SIGURG, signal.SIG_DFL) is fail)
print(signal.Signals.SIGTERM, signal.Signals(2).name, signal.strsignal(signal.SIGKILL))
try:
    signal.signal(0, signal.SIG_IGN)
except ValueError as e:
    print(e)
try:
    signal.signal(signal.SIGURG, 5)
except TypeError as e:
    print(e)
