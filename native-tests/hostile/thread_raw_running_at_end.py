# expect: ok
# valgrind: run
# A raw _thread thread still spinning when the host ends the interpreter (no terminate first):
# Py_EndInterpreter terminates it, waits for it and ends the interpreter.
import _thread, time
started = []
def spin():
    started.append(1)
    while True:
        try:
            time.sleep(0.001)
        except BaseException:
            pass
_thread.start_new_thread(spin, ())
while not started:
    time.sleep(0.001)
