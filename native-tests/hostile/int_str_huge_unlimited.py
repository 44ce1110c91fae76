# expect: terminated
# budget-ms: 300
import sys
sys.set_int_max_str_digits(0)
while True:
    str(3**5000000)
