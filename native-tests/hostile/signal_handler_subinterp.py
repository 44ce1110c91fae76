# expect: ValueError
# valgrind: run
# message: main thread of the main interpreter
import signal
signal.signal(signal.SIGINT, lambda *a: None)
