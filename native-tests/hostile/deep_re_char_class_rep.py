# expect: ok
import re
print(bool(re.match("(a*)*b", "a" * 25 + "b")))
