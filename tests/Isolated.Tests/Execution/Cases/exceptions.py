def thrower(kind):
    if kind == 1:
        raise ValueError('bad value')
    if kind == 2:
        raise KeyError('k')
    return 'ok'
for k in range(3):
    try:
        r = thrower(k)
    except ValueError as e:
        print('ValueError', e)
    except (KeyError, IndexError) as e:
        print('lookup', repr(e))
    else:
        print('else', r)
    finally:
        print('finally', k)
def finally_return():
    try:
        return 'try'
    finally:
        print('in finally')
print(finally_return())
def finally_override():
    try:
        return 1
    finally:
        return 2
print(finally_override())
def loop_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop_finally())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('caused') from z
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise TypeError
except TypeError as e:
    print('bare class', repr(e))
def reraiser():
    try:
        raise KeyError('x')
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    print('reraised', e)
e = None
try:
    raise OSError(2, 'nope')
except OSError as err:
    pass
try:
    err
except NameError as ne:
    print('name cleared:', ne)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyError(42)
except Exception as e:
    print(type(e).__name__, e, e.code)
def tb_lines():
    try:
        x = 1
        y = 0
        return x / y
    except ZeroDivisionError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        return lines
print(tb_lines())
import sys
try:
    raise ValueError('v')
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exception())
print(sys.exception())
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError(1)
    finally:
        print('cleanup runs')
except ValueError:
    print('outer caught')
def nested_handlers():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise IndexError('b')
        except IndexError as inner:
            return repr(inner.__context__)
print(nested_handlers())
