# expect: ok
# terminate-before-end: yes
# Threads that keep spawning threads, all ended when the host terminates the interpreter.
import _thread, time
def spawn(n):
    if n < 30:
        _thread.start_new_thread(spawn, (n + 1,))
    while True:
        time.sleep(0.01)
_thread.start_new_thread(spawn, (0,))
time.sleep(0.1)
