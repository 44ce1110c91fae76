# Exception chaining: __context__, __cause__, __suppress_context__, from None, add_note.
def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e}) notes={getattr(e, '__notes__', None)} suppress={e.__suppress_context__}")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(chain)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    print(show(e), type(e.__context__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("explicit") from z
except RuntimeError as e:
    print(show(e), e.__cause__ is e.__context__)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(show(e), type(e.__context__).__name__)
try:
    raise KeyError("a") from ValueError("b")
except KeyError as e:
    print(show(e), e.__context__)
e = ValueError("noted")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)
def nested():
    try:
        raise OSError("inner")
    finally:
        pass
try:
    try:
        nested()
    except OSError as e1:
        try:
            raise LookupError("middle")
        except LookupError as e2:
            raise AttributeError("outer")
except AttributeError as e:
    print(show(e))
try:
    try:
        raise ValueError("a")
    except ValueError as v:
        v2 = v
        raise v
except ValueError as e:
    print(e is v2, e.__context__)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraiser():
    try:
        raise IndexError("orig")
    except IndexError:
        try:
            raise
        finally:
            print("  finally during bare raise")
try:
    reraiser()
except IndexError as e:
    print("reraised", e, e.__context__)
err = None
try:
    raise ValueError("scoped")
except ValueError as err:
    pass
try:
    print(err)
except NameError as ne:
    print("NameError:", ne)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise MyErr(404, "not found")
except MyErr as e:
    print(e, e.args, repr(e), e.code)
print(repr(ValueError()), str(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(KeyError("k")), str(KeyError()))
e = Exception("tb")
print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise Exception
except Exception as ex:
    print(type(ex).__name__, ex.args, ex.__traceback__ is not None, ex.__traceback__.tb_lineno > 0)
import sys
try:
    raise ValueError("exc_info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, sys.exception() is v)
print(sys.exc_info(), sys.exception())
