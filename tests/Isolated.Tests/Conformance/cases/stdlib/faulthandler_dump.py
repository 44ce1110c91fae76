# faulthandler: dump_traceback's format (to a file descriptor), enable/disable, argument errors,
# dump_traceback_later's header.
import faulthandler, os, sys, tempfile, time, threading

def read_fd(action):
    with tempfile.TemporaryFile() as f:
        action(f)
        f.seek(0)
        return f.read().decode()

def inner(f):
    faulthandler.dump_traceback(f, all_threads=False)
def outer(f):
    inner(f)
text = read_fd(outer)
print('\n'.join(line.replace(__file__, 'FILE') for line in text.splitlines()))

def current_only(f):
    faulthandler.dump_traceback(file=f.fileno())
text = read_fd(current_only)
lines = text.splitlines()
print(lines[0].startswith('Current thread 0x'), lines[0].endswith(' (most recent call first):'), len(lines[0]))
print('\n'.join(line.replace(__file__, 'FILE') for line in lines[1:]))

ev = threading.Event()
started = threading.Event()
def worker():
    started.set()
    ev.wait()
t = threading.Thread(target=worker)
t.start()
started.wait()
text = read_fd(lambda f: faulthandler.dump_traceback(f))
ev.set()
t.join()
blocks = text.split('\n\n')
print(len(blocks), [b.splitlines()[0].split(' 0x')[0] for b in blocks])
print(any(' in worker' in b for b in blocks), blocks[-1].splitlines()[-1].replace(__file__, 'FILE'))

print(faulthandler.is_enabled())
with tempfile.TemporaryFile() as f:
    faulthandler.enable(f)
    print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())

for thunk in [lambda: faulthandler.dump_traceback(-1), lambda: faulthandler.dump_traceback_later(0),
              lambda: faulthandler.dump_traceback_later(-1.5), lambda: faulthandler.dump_traceback_later('x'),
              lambda: faulthandler.dump_traceback(file=object())]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)

with tempfile.TemporaryFile() as f:
    faulthandler.dump_traceback_later(0.05, file=f)
    time.sleep(0.5)
    faulthandler.cancel_dump_traceback_later()
    f.seek(0)
    out = f.read().decode().splitlines()
    print(out[0], out[1].startswith('Thread 0x'))
faulthandler.cancel_dump_traceback_later()
print(hasattr(faulthandler, 'dump_traceback_later'), hasattr(faulthandler, 'cancel_dump_traceback_later'))
