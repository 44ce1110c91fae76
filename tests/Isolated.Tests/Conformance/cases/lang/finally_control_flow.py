# finally with return/break/continue, and what gets lost or kept.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 2:
                break
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(loop_continue())
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
        print(log)
print(nested_finally())
def while_else():
    n = 0
    while n < 3:
        try:
            n += 1
            if n == 2:
                continue
        finally:
            print("  finally n =", n)
    else:
        print("  while-else ran")
while_else()
def for_else_break():
    for i in range(3):
        if i == 5:
            break
    else:
        return "no break"
    return "broke"
print(for_else_break())
def try_else():
    log = []
    try:
        log.append("try")
    except Exception:
        log.append("except")
    else:
        log.append("else")
        return log
    finally:
        log.append("finally")
print(try_else())
def exc_in_else():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise KeyError("from else")
try:
    exc_in_else()
except KeyError as e:
    print("KeyError:", e)
def finally_raises():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    finally_raises()
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  gen finally")
for v in gen_finally():
    print(" got", v)
def with_return():
    class CM:
        def __enter__(self): print("  enter"); return self
        def __exit__(self, *a): print("  exit", a[0]); return False
    with CM():
        return "from with"
print(with_return())
def deep(n):
    try:
        if n == 0:
            return "bottom"
        return deep(n - 1)
    finally:
        print("  unwind", n)
print(deep(3))
count = 0
def break_in_nested_try():
    global count
    for i in range(3):
        try:
            try:
                count += 1
                break
            finally:
                count += 10
        finally:
            count += 100
    return count
print(break_in_nested_try())
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals()
print(exc_var_cleared())
