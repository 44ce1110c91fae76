# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.futures.InterpreterPoolExecutor
# documentation (no CPython 3.14 on this machine to generate it): an exception raised by a task
# is raised by Future.result() and by iterating map().
from concurrent.futures import InterpreterPoolExecutor


def parse_int(text):
    return int(text)


def checked_div(a, b):
    if b == 0:
        raise ZeroDivisionError(f"cannot divide {a} by zero")
    return a // b


class ValidationError(Exception):
    pass


def validate(record):
    if "id" not in record:
        raise ValidationError(f"missing id in {sorted(record)}")
    return record["id"]


if __name__ == "__main__":
    with InterpreterPoolExecutor(max_workers=2) as pool:
        futs = [pool.submit(parse_int, s) for s in ["1", "22", "x3", "4"]]
        for f in futs:
            try:
                print("ok", f.result())
            except ValueError as e:
                print("ValueError:", e)
        bad = pool.submit(checked_div, 10, 0)
        exc = bad.exception()
        print(type(exc).__name__, exc)
        results = pool.map(checked_div, [10, 20, 30], [2, 0, 3])
        try:
            for r in results:
                print("map gave", r)
        except ZeroDivisionError as e:
            print("map raised:", e)
        try:
            pool.submit(validate, {"name": "x"}).result()
        except ValidationError as e:
            print("ValidationError:", e)
        print("valid id:", pool.submit(validate, {"id": 7}).result())
        print("pool still usable:", pool.submit(checked_div, 9, 3).result())
    print("finished")
