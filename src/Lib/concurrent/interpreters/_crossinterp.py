"""The pickle fallback of concurrent.interpreters (PEP 734).

Objects that are not shareable cross between interpreters as pickle data: the sending
interpreter calls dumps(), the receiving one loads(). Functions and classes pickle by reference
(module and name). Those of the main script (module ``__main__``) are looked up in the
receiving interpreter's ``__main__`` first; when it lacks them, the main script is run there
once as a hidden module named ``<fake __main__>`` (so ``if __name__ == '__main__':`` blocks are
skipped and that interpreter's own ``__main__`` is left alone), as CPython 3.14 does.
"""

import sys

# The hidden module the main script runs as (CPython 3.14's name for it).
_FAKE_MAIN = '<fake __main__>'
_MAIN_NAMES = ('__main__', '__mp_main__', _FAKE_MAIN)

# True while this interpreter runs the main script as <fake __main__>: a script without an
# `if __name__ == '__main__':` guard would otherwise create interpreters without end.
loading_main = False


def _main_file():
    for name in _MAIN_NAMES:
        path = getattr(sys.modules.get(name), '__file__', None)
        if path:
            return path
    return None


def dumps(obj):
    """(pickle data, the main script's path or None) for obj."""
    import pickle
    return pickle.dumps(obj, pickle.HIGHEST_PROTOCOL), _main_file()


def reference(obj):
    """(module, qualname, main script path) naming obj -- a function, class or builtin found
    under that name in its module, as pickle saves such objects -- or None."""
    module = getattr(obj, '__module__', None)
    if module is None:
        # A builtin function names its module through __self__.
        owner = getattr(obj, '__self__', None)
        module = owner.__name__ if isinstance(owner, type(sys)) else None
    qualname = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
    if not isinstance(module, str) or not isinstance(qualname, str) or '<' in qualname:
        return None
    try:
        found = _lookup(sys.modules[module], qualname)
    except (KeyError, AttributeError):
        return None
    if found is not obj:
        return None
    return module, qualname, _main_file() if module in _MAIN_NAMES else None


def resolve(module, qualname, main_file=None):
    """The object reference() named, in this interpreter."""
    if module in _MAIN_NAMES:
        try:
            return _lookup(sys.modules.get('__main__'), qualname)
        except AttributeError:
            return _lookup(_load_main(main_file), qualname)
    __import__(module)
    return _lookup(sys.modules[module], qualname)


def _load_main(path):
    module = sys.modules.get(_FAKE_MAIN)
    if module is not None:
        return module
    if not path:
        raise AttributeError("the main module has no file to load its definitions from")
    import types
    module = types.ModuleType(_FAKE_MAIN)
    module.__file__ = path
    module.__builtins__ = __builtins__
    with open(path, 'rb') as f:
        code = compile(f.read(), path, 'exec')
    global loading_main
    sys.modules[_FAKE_MAIN] = module
    loading_main = True
    try:
        exec(code, module.__dict__)
    except BaseException:
        del sys.modules[_FAKE_MAIN]
        raise
    finally:
        loading_main = False
    return module


def _lookup(obj, qualname):
    for part in qualname.split('.'):
        obj = getattr(obj, part)
    return obj


def loads(data, main_file=None):
    """The object pickled by dumps() in another interpreter."""
    import io
    import pickle

    class Unpickler(pickle.Unpickler):
        def find_class(self, module, name):
            if module in _MAIN_NAMES:
                return resolve(module, name, main_file)
            return super().find_class(module, name)

    return Unpickler(io.BytesIO(data)).load()


def call_capturing(results, func, args, kwargs):
    """func(*args, **kwargs), run in a worker interpreter of InterpreterPoolExecutor: an
    exception it raises is also put on the results queue (pickled), so that the pool can raise
    the original exception, with the ExecutionFailed summary as its cause (CPython 3.14)."""
    try:
        return func(*args, **(kwargs or {}))
    except BaseException as exc:
        try:
            results.put(exc)
        except Exception:
            print('exception is not shareable:', file=sys.stderr)
            import traceback
            traceback.print_exception(exc)
            results.put(None)
        raise
