# Error handling patterns: retry with backoff, else/finally ordering, re-raise, exception translation, cleanup, warnings.
import warnings
import traceback


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def flaky(fail_times):
    state = {"calls": 0}

    def call():
        state["calls"] += 1
        if state["calls"] <= fail_times:
            raise TransientError(f"attempt {state['calls']} failed")
        return f"ok after {state['calls']}"
    return call


def retry(fn, attempts=3):
    delays = []
    for i in range(attempts):
        try:
            return fn(), delays
        except TransientError as e:
            delays.append(2 ** i)
            last = e
    raise PermanentError(f"gave up after {attempts}") from last


print(retry(flaky(2)))
try:
    retry(flaky(5))
except PermanentError as e:
    print(e, "| cause:", e.__cause__)


def order(x):
    log = []
    try:
        log.append("try")
        if x == "raise":
            raise ValueError("boom")
        if x == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(order("ok"), order("raise"), order("return"))


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


print(finally_overrides())


def parse_int(s):
    try:
        return int(s)
    except ValueError:
        raise


for s in ["1", "x"]:
    try:
        print(parse_int(s))
    except ValueError as e:
        print("re-raised:", e)


class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key


def load(cfg):
    try:
        port = int(cfg["port"])
    except KeyError as e:
        raise ConfigError(e.args[0], "missing") from None
    except ValueError as e:
        raise ConfigError("port", "not a number") from e
    if not 0 < port < 65536:
        raise ConfigError("port", f"{port} out of range")
    return port


for cfg in [{"port": "80"}, {}, {"port": "http"}, {"port": "70000"}]:
    try:
        print("port", load(cfg))
    except ConfigError as e:
        print("ConfigError", e.key, "|", e, "|", type(e.__cause__).__name__, e.__suppress_context__)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("careful")
    warnings.warn(UserWarning("explicit"))
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("RuntimeWarning raised:", e)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines) > 3, lines[-1].strip(), any("During handling" in l for l in lines))
errors = []
for item in [1, 0, "a", None, 4]:
    try:
        errors.append(round(10 / item, 2))
    except ZeroDivisionError:
        errors.append("div0")
    except TypeError as e:
        errors.append(type(e).__name__)
print(errors)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(repr(e), e.args)
