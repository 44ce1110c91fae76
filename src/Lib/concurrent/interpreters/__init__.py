"""Multiple interpreters in one process (PEP 734), on Isolated's fully isolated interpreters.

Each interpreter has its own GIL, modules and objects; nothing is shared. Code crosses as
source text (or a function, sent by reference or by its source), data as "shareable" values
(None, bool, int, float, str, bytes, tuples of those, and queues), which the other interpreter
receives as its own objects. str and bytes payloads cross without being copied.
"""

import _interpreters

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed', 'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull',
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
]


class InterpreterError(Exception):
    """A cross-interpreter operation failed."""


class InterpreterNotFoundError(InterpreterError):
    """An interpreter was not found (it was closed, or never existed)."""


class NotShareableError(ValueError):
    """The object cannot be sent to another interpreter."""


class QueueError(RuntimeError):
    """A queue operation failed."""


def _queue_bases():
    # QueueEmpty/QueueFull are also queue.Empty/queue.Full, as PEP 734 says; the queue module is
    # imported lazily so that this module stays cheap to import.
    try:
        import queue
    except Exception:   # the queue module is optional here; its own imports may fail
        return (), ()
    return (queue.Empty,), (queue.Full,)


_EMPTY_BASES, _FULL_BASES = _queue_bases()


class QueueEmpty(QueueError, *_EMPTY_BASES):
    """Raised by Queue.get() when the queue stays empty."""


class QueueFull(QueueError, *_FULL_BASES):
    """Raised by Queue.put() when the queue stays full."""


class ItemInterpreterDestroyed(QueueError):
    """The interpreter that put this item has ended (unbounditems=UNBOUND_ERROR)."""


class _UnboundItem:
    """Sentinels for items whose interpreter has ended."""

    __slots__ = ('_name',)

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


UNBOUND = _UnboundItem('UNBOUND')
UNBOUND_ERROR = _UnboundItem('UNBOUND_ERROR')
UNBOUND_REMOVE = _UnboundItem('UNBOUND_REMOVE')

_interpreters._register_exceptions(InterpreterError, InterpreterNotFoundError, NotShareableError,
                                   QueueEmpty, QueueFull, ItemInterpreterDestroyed)
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
        raise ValueError(f'unsupported unbounditems {unbounditems!r}') from None


class _ExcType:
    """What is known of an exception's class in another interpreter: its names."""

    def __init__(self, name, qualname, module):
        self.__name__ = name
        self.__qualname__ = qualname
        self.__module__ = module

    def __repr__(self):
        return f"<class '{self.__module__}.{self.__qualname__}'>" if self.__module__ != 'builtins' \
            else f"<class '{self.__qualname__}'>"


class ExcInfo:
    """A snapshot of an exception raised in another interpreter (it never crosses as an object)."""

    def __init__(self, type, msg, formatted):
        self.type = type
        self.msg = msg
        self.formatted = formatted

    @property
    def errdisplay(self):
        return self.formatted

    def __repr__(self):
        return f'ExcInfo(type={self.type!r}, msg={self.msg!r})'


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during execution in another interpreter."""

    def __init__(self, excinfo):
        msg = f'{excinfo.type.__name__}: {excinfo.msg}' if excinfo.msg else excinfo.type.__name__
        super().__init__(msg)
        self.excinfo = excinfo

    def __str__(self):
        base = super().__str__()
        if not self.excinfo.formatted:
            return base
        return f'{base}\n\nUncaught in the interpreter:\n\n{self.excinfo.formatted.rstrip()}'


def _failure(info):
    name, qualname, module, msg, formatted = info
    return ExecutionFailed(ExcInfo(_ExcType(name, qualname, module), msg, formatted))


def is_shareable(obj):
    """Whether obj can be sent to another interpreter as is."""
    return _interpreters.is_shareable(obj)


def create():
    """A new interpreter, with its own GIL, modules and objects."""
    return Interpreter(_interpreters.create())


def list_all():
    """All live interpreters of the process."""
    return [Interpreter(id) for id, _ in _interpreters.list_all()]


def get_current():
    """The interpreter this code runs in."""
    return Interpreter(_interpreters.get_current()[0])


def get_main():
    """The main interpreter."""
    return Interpreter(_interpreters.get_main()[0])


# One Interpreter object per id (dict operations are atomic under the GIL).
_known = {}


def _source_for(func):
    """Source that defines `func` in another interpreter's __main__ and the name it gets."""
    if not callable(func):
        raise TypeError(f'expected a callable, got {type(func).__name__}')
    module = getattr(func, '__module__', None)
    qualname = getattr(func, '__qualname__', None)
    if module and module != '__main__' and qualname and '<' not in qualname:
        # Importable: bound by reference.
        head, _, _ = qualname.partition('.')
        return f'import {module} as __mod\n__func = __mod.{qualname}\ndel __mod\n', '__func'
    code = getattr(func, '__code__', None)
    if code is None or getattr(func, '__closure__', None):
        raise NotShareableError(f'{func!r} cannot be sent to another interpreter '
                                '(it must be a module-level function, or one without a closure)')
    import inspect
    import textwrap
    try:
        source = textwrap.dedent(inspect.getsource(func))
    except (OSError, TypeError) as exc:
        raise NotShareableError(f'the source of {func!r} is not available: {exc}') from None
    return source + '\n', func.__name__


class Interpreter:
    """A single interpreter in this process."""

    __slots__ = ('_id', '__weakref__')

    def __new__(cls, id, /):
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        self = _known.get(id)
        if self is None:
            self = super().__new__(cls)
            self._id = id
            self = _known.setdefault(id, self)
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
        for id, whence in _interpreters.list_all():
            if id == self._id:
                return whence
        raise InterpreterNotFoundError(f'unrecognized interpreter ID {self._id}')

    def is_running(self):
        """Whether the interpreter is executing code right now."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Ends the interpreter. Raises InterpreterError while it is running."""
        _interpreters.destroy(self._id)
        _known.pop(self._id, None)

    def prepare_main(self, ns=None, /, **kwargs):
        """Binds shareable objects as globals of the interpreter's __main__."""
        values = dict(ns or {}, **kwargs)
        _interpreters.set___main___attrs(self._id, values)
        return self

    def exec(self, code, /):
        """Runs code (source text, or a function without arguments) in the interpreter's
        __main__, in this thread. Raises ExecutionFailed if it raises."""
        if not isinstance(code, str):
            source, name = _source_for(code)
            code = f'{source}{name}()\n'
        info = _interpreters.exec(self._id, code)
        if info is not None:
            raise _failure(info)

    def call(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) in the interpreter and returns its (shareable) result."""
        source, name = _source_for(callable)
        reply = create_queue()
        self.prepare_main(__isolated_call=(reply, args, tuple(kwargs.items())))
        info = _interpreters.exec(self._id, (
            f'{source}'
            f'__q, __a, __k = __isolated_call\n'
            f'del __isolated_call\n'
            f'__q.put({name}(*__a, **dict(__k)))\n'
            f'del __q, __a, __k\n'))
        if info is not None:
            raise _failure(info)
        return reply.get_nowait()

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) in the interpreter, in a new thread (returned, started)."""
        import threading
        t = threading.Thread(target=self.call, args=(callable, *args), kwargs=kwargs)
        t.start()
        return t


Queue = _interpreters.Queue


def create_queue(maxsize=0, *, unbounditems=UNBOUND):
    """A new cross-interpreter queue. Items must be shareable; unbounditems says what becomes of
    the items of an interpreter that ends (UNBOUND, UNBOUND_ERROR or UNBOUND_REMOVE)."""
    return _interpreters.create_queue(maxsize, unbounditems=_unbound_mode(unbounditems))
