# expect: KeyboardInterrupt
# interrupt-after-ms: 200
import re
re.match(r'(a+)+$', 'a' * 64 + 'b')
