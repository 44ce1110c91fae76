# expect: terminated
# terminate-after-ms: 200
import contextlib
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
while True:
    with Swallow(), contextlib.suppress(BaseException):
        while True:
            pass
