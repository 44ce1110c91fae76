# expect: ok
# A subinterpreter can read signal handlers but not install them (see signal_handler_subinterp).
import signal
assert signal.getsignal(signal.SIGINT) is not None
try:
    signal.set_wakeup_fd(-1)
except ValueError:
    pass
