# expect: ok
# valgrind: run
# Closing this interpreter's sys.stdout/stderr (and the fd-level streams' wrappers) must not
# close the host's or another interpreter's.
import sys
sys.stdout.close()
sys.stderr.close()
sys.__stdout__.close()
sys.__stderr__.close()
try:
    print('x')
except ValueError:
    pass
