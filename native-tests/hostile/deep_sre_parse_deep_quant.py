# expect: RecursionError,OverflowError,ok,error
import re
re.compile("(" * 2000 + ")" * 2000)
