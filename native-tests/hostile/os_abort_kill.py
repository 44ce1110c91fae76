# expect: ok
# os.abort would kill the host's process (SIGABRT): Isolated does not offer it. If it is ever
# added, it must follow os._exit's rule in a subinterpreter that may not exec.
import os
if hasattr(os, 'abort'):
    os.abort()
