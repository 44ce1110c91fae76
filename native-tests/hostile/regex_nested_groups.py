# expect: RecursionError,OverflowError,MemoryError
import re
re.compile('(' * 100000 + 'a' + ')' * 100000)
