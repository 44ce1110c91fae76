"""Temporary file paths for the io conformance cases: a fresh directory from tempfile when os is
available, else a unique name under /tmp (left behind: nothing can remove it without os)."""
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
        prefix = "/tmp/isolated-io-%x-" % id(object())
    _prefixes[prefix + name] = prefix
    return prefix + name


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
