# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it): the "Basic usage" walk-through of the
# documentation as a reader types it in, no __main__ guard, plus the flushes a piped stdout needs
# (each interpreter has its own sys.stdout buffer).
import sys
from concurrent import interpreters

interp = interpreters.create()

# Run in the current OS thread.

interp.exec('print("spam!", flush=True)')

interp.exec("""if True:
    print('spam!', flush=True)
    """)

from textwrap import dedent
interp.exec(dedent("""
    print('spam!', flush=True)
    """))

def run(arg):
    return arg

res = interp.call(run, 'spam!')
print(res, flush=True)

def run():
    print('spam!', flush=True)

interp.call(run)

# Run in new OS thread.

t = interp.call_in_thread(run)
t.join()

def shout(word, times=1):
    return (word.upper() + " ") * times

print(interp.call(shout, "eggs", times=2).strip(), flush=True)
print(len(interpreters.list_all()), interp.whence, flush=True)
interp.close()
