# expect: RecursionError,OverflowError,ok,re.error,error
import re
re.compile("(?=" * 5000 + "a" + ")" * 5000)
