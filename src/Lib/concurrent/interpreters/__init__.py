"""Multiple interpreters in one process (PEP 734), on Isolated's fully isolated interpreters.

Each interpreter has its own GIL, modules and objects; nothing is shared. Code crosses as
source text (or a function, sent by reference or by its source), data as "shareable" values
(None, bool, int, float, str, bytes, tuples of those, and queues), which the other interpreter
receives as its own objects. str and bytes payloads cross without being copied.
"""

import sys as _sys
import _weakref
import _interpreters

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed', 'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull', 'QueueEmptyError', 'QueueFullError',
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
]


def _dedent(text):
    """textwrap.dedent without importing textwrap (and re) into every interpreter: lines of only
    spaces and tabs become empty, then the indentation common to the other lines is removed."""
    lines = [line if line.strip(' \t') else '' for line in text.split('\n')]
    prefix = None
    for line in lines:
        if not line:
            continue
        indent = line[:len(line) - len(line.lstrip(' \t'))]
        if prefix is None:
            prefix = indent
        else:
            n = 0
            while n < len(prefix) and n < len(indent) and prefix[n] == indent[n]:
                n += 1
            prefix = prefix[:n]
        if not prefix:
            break
    cut = len(prefix or '')
    return '\n'.join(line[cut:] for line in lines)


class InterpreterError(Exception):
    """A cross-interpreter operation failed."""


class InterpreterNotFoundError(InterpreterError):
    """An interpreter was not found (it was closed, or never existed)."""


class NotShareableError(TypeError, ValueError):
    """The object cannot be sent to another interpreter.

    CPython 3.14 derives it from TypeError (3.13's low-level module from ValueError); it is both
    here so that code written for either catches it."""


class QueueError(RuntimeError):
    """A queue operation failed."""


class QueueNotFoundError(QueueError):
    """The queue does not exist."""


def _queue_bases():
    # QueueEmpty/QueueFull are also queue.Empty/queue.Full, as PEP 734 says.
    try:
        import queue
    except Exception:   # the queue module is optional here; its own imports may fail
        return (), ()
    return (queue.Empty,), (queue.Full,)


_EMPTY_BASES, _FULL_BASES = _queue_bases()


class QueueEmpty(QueueError, *_EMPTY_BASES):
    """Raised from get_nowait() when the queue is empty, and from get() when it times out."""


class QueueFull(QueueError, *_FULL_BASES):
    """Raised from put_nowait() when the queue is full, and from put() when it times out."""


# The library reference of 3.14 names them QueueEmptyError / QueueFullError, PEP 734 and 3.14's
# code QueueEmpty / QueueFull: both spellings are the same classes.
QueueEmptyError = QueueEmpty
QueueFullError = QueueFull


class ItemInterpreterDestroyed(QueueError):
    """The interpreter that put this item has ended (unbounditems=UNBOUND_ERROR)."""


class _UnboundItem:
    """Sentinels for items whose interpreter has ended."""

    __slots__ = ('_name',)

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


UNBOUND = _UnboundItem('concurrent.interpreters._queues.UNBOUND')
UNBOUND_ERROR = _UnboundItem('UNBOUND_ERROR')
UNBOUND_REMOVE = _UnboundItem('UNBOUND_REMOVE')

_interpreters._register_exceptions(InterpreterError, InterpreterNotFoundError, NotShareableError,
                                   QueueEmpty, QueueFull, ItemInterpreterDestroyed, QueueNotFoundError)
_interpreters.UNBOUND = UNBOUND
_interpreters.UNBOUND_ERROR = UNBOUND_ERROR
_interpreters.UNBOUND_REMOVE = UNBOUND_REMOVE

_UNBOUND_MODES = {
    UNBOUND: _interpreters.UNBOUND_MODE_UNBOUND,
    UNBOUND_ERROR: _interpreters.UNBOUND_MODE_ERROR,
    UNBOUND_REMOVE: _interpreters.UNBOUND_MODE_REMOVE,
}


def _unbound_mode(unbounditems):
    try:
        return _UNBOUND_MODES[unbounditems]
    except (KeyError, TypeError):
        raise NotImplementedError(f'unsupported unbound replacement op {unbounditems!r}') from None


class _ExcType:
    """What is known of an exception's class in another interpreter: its names."""

    def __init__(self, name, qualname, module):
        self.__name__ = name
        self.__qualname__ = qualname
        self.__module__ = module

    def __repr__(self):
        return (f'namespace(__name__={self.__name__!r}, __qualname__={self.__qualname__!r}, '
                f'__module__={self.__module__!r})')


class ExcInfo:
    """A snapshot of an exception raised in another interpreter (it never crosses as an object):
    type (its __name__, __qualname__ and __module__), msg, formatted ("Type: msg") and
    errdisplay (the whole traceback, as printed)."""

    def __init__(self, type, msg, formatted, errdisplay):
        self.type = type
        self.msg = msg
        self.formatted = formatted
        self.errdisplay = errdisplay

    def __repr__(self):
        return (f'namespace(type={self.type!r}, msg={self.msg!r}, formatted={self.formatted!r}, '
                f'errdisplay={self.errdisplay!r})')


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during execution in another interpreter.

    Raised from Interpreter.exec() and Interpreter.call()."""

    def __init__(self, excinfo):
        msg = excinfo.formatted
        if not msg:
            msg = (f'{excinfo.type.__name__}: {excinfo.msg}' if excinfo.type and excinfo.msg
                   else excinfo.type.__name__ or excinfo.msg)
        super().__init__(msg)
        self.excinfo = excinfo

    def __str__(self):
        base = super().__str__()
        display = getattr(self.excinfo, 'errdisplay', None)
        if not display:
            return base
        return f'{base}\n\nUncaught in the interpreter:\n\n{display}'


def _failure(info):
    name, qualname, module, msg, formatted, errdisplay = info
    return ExecutionFailed(ExcInfo(_ExcType(name, qualname, module), msg, formatted, errdisplay))


def is_shareable(obj):
    """Whether obj can be sent to another interpreter as is."""
    return _interpreters.is_shareable(obj)


def create():
    """A new interpreter, with its own GIL, modules and objects. It ends when closed, or when
    the last Interpreter object for it (in any interpreter) is gone, as in CPython 3.14."""
    xi = _sys.modules.get('concurrent.interpreters._crossinterp')
    if xi is not None and xi.loading_main:
        raise InterpreterError(
            "an interpreter was created while the main script was being run as <fake __main__> to "
            "find a function or class it defines; put the main script's own code under "
            "`if __name__ == '__main__':` (as multiprocessing requires)")
    return Interpreter(_interpreters.create(reqrefs=True), _whence=_WHENCE_STDLIB, _ownsref=True)


def list_all():
    """All live interpreters of the process."""
    found = []
    for id, whence in _interpreters.list_all():
        try:
            found.append(Interpreter(id, _whence=whence))
        except InterpreterNotFoundError:
            pass   # it ended meanwhile (its last Interpreter object was collected)
    return found


def get_current():
    """The interpreter this code runs in."""
    id, whence = _interpreters.get_current()
    return Interpreter(id, _whence=whence)


def get_main():
    """The main interpreter."""
    id, whence = _interpreters.get_main()
    return Interpreter(id, _whence=whence)


_WHENCE_STDLIB = '_interpreters module'

# The one Interpreter object of this interpreter per id, held weakly: id -> weakref.
_known = {}
# The weak references whose callbacks drop the reference an Interpreter object holds on an
# interpreter made by create(): id -> [weakref, ...]. They run at a safe point of this
# interpreter after the object is collected.
_owners = {}


def _released(ref, id):
    # Runs as a pending call, possibly while another one for the same id is half done: no step
    # here may fail on what that one changed.
    try:
        _interpreters.decref(id)
    except InterpreterNotFoundError:
        pass
    refs = _owners.get(id)
    if refs is not None:
        for i, r in enumerate(refs):
            if r is ref:
                del refs[i]
                break
        if not refs:
            _owners.pop(id, None)
    known = _known.get(id)
    if known is not None and known() is None:
        _known.pop(id, None)


class Interpreter:
    """A single interpreter in this process."""

    __slots__ = ('_id', '_whence', '__weakref__')

    def __new__(cls, id, /, _whence=None, _ownsref=None):
        # There is only one object per interpreter (while it is referenced).
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        id = int(id)
        known = _known.get(id)
        self = known() if known is not None else None
        if self is not None:
            return self
        if _whence is None:
            _whence = _interpreters.whence(id)   # InterpreterNotFoundError, ValueError for -1
        if _ownsref is None:
            _ownsref = _whence == _WHENCE_STDLIB
        self = super().__new__(cls)
        self._id = id
        self._whence = _whence
        if _ownsref:
            _interpreters.incref(id)
            ref = _weakref.ref(self, lambda r, id=id: _released(r, id))
            _owners.setdefault(id, []).append(ref)
        _known[id] = _weakref.ref(self)
        return self

    def __repr__(self):
        return f'{type(self).__name__}({self._id})'

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        return isinstance(other, Interpreter) and other._id == self._id

    def __reduce__(self):
        return (type(self), (self._id,))

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return self._whence

    def is_running(self):
        """Whether the interpreter is executing code in its __main__ right now."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Ends the interpreter. Raises InterpreterError while it is running."""
        _interpreters.destroy(self._id)

    def prepare_main(self, ns=None, /, **kwargs):
        """Binds objects as globals of the interpreter's __main__. Shareable objects cross as
        they are, others as pickle data."""
        ns = dict(ns, **kwargs) if ns is not None else kwargs
        info = _interpreters.set___main___attrs(self._id, ns)
        if info is not None:
            raise _failure(info)

    def exec(self, code, /, dedent=True):
        """Runs code (source text, or a function without arguments) in the interpreter's
        __main__, in this thread. Raises ExecutionFailed if it raises. Source text is dedented
        first as textwrap.dedent does (CPython's documentation of exec), unless dedent is false."""
        if dedent and isinstance(code, str):
            code = _dedent(code)
        info = _interpreters.exec(self._id, code)
        if info is not None:
            raise _failure(info)

    def call(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) in the interpreter, in this thread, and returns the
        result. Functions without state (no closure, no globals but builtins) cross as code;
        other callables, arguments and the result cross as shareable values or by pickle, so a
        closure cannot be called. Raises ExecutionFailed if the call raises."""
        return self._call(callable, args, kwargs)

    def _call(self, callable, args, kwargs):
        res, info = _interpreters.call(self._id, callable, args, kwargs)
        if info is not None:
            raise _failure(info)
        return res

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) in the interpreter, in a new thread, which is returned
        started. The result is discarded; an exception goes to threading.excepthook."""
        import threading
        t = threading.Thread(target=self._call, args=(callable, args, kwargs))
        t.start()
        return t

    # Host controls (Isolated's extension; the C API's PyIsolated_* functions).

    def interrupt(self):
        """Raises KeyboardInterrupt in the code the interpreter is running (if any)."""
        return _interpreters.interrupt(self._id, False)

    def terminate(self):
        """Stops the code the interpreter is running: only its finally blocks run; no except
        clause can catch the termination. The interpreter stays usable."""
        return _interpreters.interrupt(self._id, True)

    def set_budget(self, ticks=0, ms=0):
        """Limits each call into the interpreter to `ticks` eval-breaker ticks and `ms`
        milliseconds of wall time (0 = unlimited); past it the call is terminated."""
        _interpreters.set_budget(self._id, ticks, ms)

    def set_memory_limit(self, nbytes):
        """Caps the memory the interpreter may hold (0 = no cap); past it, MemoryError."""
        _interpreters.set_memory_limit(self._id, nbytes)

    def memory_usage(self):
        """The bytes counted against the memory cap."""
        return _interpreters.memory_usage(self._id)


Queue = _interpreters.Queue


def create_queue(maxsize=0, *, unbounditems=UNBOUND):
    """A new cross-interpreter queue. Items must be shareable; unbounditems says what becomes of
    the items of an interpreter that ends (UNBOUND, UNBOUND_ERROR or UNBOUND_REMOVE)."""
    return _interpreters.create_queue(maxsize, unbounditems=_unbound_mode(unbounditems))
