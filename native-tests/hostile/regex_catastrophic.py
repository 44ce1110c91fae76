# expect: terminated
# valgrind: run
# budget-ms: 300
import re
re.match(r'(a+)+$', 'a' * 64 + 'b')
