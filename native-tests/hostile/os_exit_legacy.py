# expect: ok
# config: legacy
# A legacy-config subinterpreter may exec, so os._exit there would end the process as in CPython:
# only check that it exists (calling it would end this test).
import os
assert callable(os._exit)
