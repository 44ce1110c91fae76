# expect: terminated
# terminate-after-ms: 200
import re
while True:
    try:
        re.fullmatch(r'(x+x+)+y', 'x' * 5000)
    except BaseException:
        pass
