"""Temporary file paths for the io conformance cases: a fresh directory from tempfile when os is
available, else a unique name under /tmp (left behind: nothing can remove it without os)."""
try:
    import os
    import tempfile
except Exception:  # os needs modules that may not exist yet
    os = None

_dirs = []


def path(name):
    if os is not None:
        d = tempfile.mkdtemp()
        _dirs.append(d)
        return d + "/" + name
    return "/tmp/isolated-io-%x-%s" % (id(object()), name)


def hide(text, p):
    """text with the directory part of p replaced by D (for printing error messages)."""
    return str(text).replace(p.rsplit("/", 1)[0], "D")


def cleanup():
    if os is None:
        return
    import shutil
    for d in _dirs:
        shutil.rmtree(d, ignore_errors=True)
