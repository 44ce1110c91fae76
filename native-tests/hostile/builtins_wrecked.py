# expect: ok
# valgrind: run
# Emptying this interpreter's builtins module must not touch the host's or the witness's.
import builtins, sys
catch = Exception
for name in list(vars(builtins)):
    if name != '__name__':
        try:
            delattr(builtins, name)
        except catch:
            pass
