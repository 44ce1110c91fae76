# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it).
import sys
from concurrent import interpreters

# Each interpreter has its own sys.stdout buffer on the same file: flush before the other writes.

main = interpreters.get_main()
print("current is main:", interpreters.get_current() == main)
print("main whence:", main.whence)
print("main id is int:", isinstance(main.id, int))

interp = interpreters.create()
print("new whence:", interp.whence)
print("new id differs:", interp.id != main.id)
print("repr:", repr(interp) == f"Interpreter({interp.id})")
print("listed:", interp in interpreters.list_all(), main in interpreters.list_all())
print("running before exec:", interp.is_running())

interp.prepare_main(greeting="hello", count=3, pair=(1, "two"))
sys.stdout.flush()
interp.exec('words = [greeting] * count')
interp.exec('print("in subinterpreter:", words, pair, __name__, flush=True)')
# State in the subinterpreter's __main__ persists between exec() calls.
interp.exec('total = len(words) + pair[0]')
interp.exec('print("total:", total, flush=True)')
print("main has no 'words':", "words" not in globals(), flush=True)

other = interpreters.create()
try:
    other.exec('print(words)')
except interpreters.ExecutionFailed as e:
    print("other interpreter is separate:", e.excinfo.type.__name__, "-", e.excinfo.msg)

n_before = len(interpreters.list_all())
other.close()
print("closed one:", len(interpreters.list_all()) == n_before - 1)
try:
    other.exec('pass')
except interpreters.InterpreterNotFoundError:
    print("exec after close: InterpreterNotFoundError")
print("is InterpreterError:", issubclass(interpreters.InterpreterNotFoundError, interpreters.InterpreterError))
interp.close()
print("left:", len(interpreters.list_all()))
