# expect: ok
class E(Exception):
    def __str__(s): return str(s)
try:
    raise E()
except E as e:
    try: str(e)
    except RecursionError: print("rec")
