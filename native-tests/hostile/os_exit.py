# expect: terminated
# valgrind: run
# message: os._exit
# An isolated subinterpreter (allow_exec=0) may not end the host's process: os._exit stops the
# calling code as a termination instead.
import os
try:
    os._exit(7)
except BaseException:
    pass
print('not reached')
while True:
    pass
