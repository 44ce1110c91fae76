"""Temporary file paths for the io conformance cases: a fresh directory from tempfile when os is
available, else a fresh name under /tmp (left behind: nothing can remove it without os)."""
try:
    import os
    import tempfile
except Exception:  # os needs modules that may not exist yet
    os = None

_dirs = []
_prefixes = {}


def path(name):
    if os is not None:
        d = tempfile.mkdtemp()
        _dirs.append(d)
        prefix = d + "/"
    else:
        prefix = _claim_prefix()
    _prefixes[prefix + name] = prefix
    return prefix + name


def _claim_prefix():
    # Without os nothing can be removed, so claim a fresh number by creating its marker file
    # exclusively; files named after a claimed number were never used before.
    n = id(object())
    while True:
        try:
            open("/tmp/isolated-io-%x.claim" % n, "x").close()
            return "/tmp/isolated-io-%x-" % n
        except FileExistsError:
            n += 1


def hide(text, p):
    """text with the temporary part of p replaced by 'D/' (for printing names and messages)."""
    return str(text).replace(_prefixes[p], "D/")


def attempt(fn, *args, **kwargs):
    """Calls fn and prints the exception it raises (type and message) or its result."""
    try:
        return fn(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)


def cleanup():
    if os is None:
        return
    import shutil
    for d in _dirs:
        shutil.rmtree(d, ignore_errors=True)
