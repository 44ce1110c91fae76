"""Cross-interpreter queues: the names CPython 3.14 keeps in concurrent.interpreters._queues.

The queue itself is Isolated's C# type (_interpreters.Queue); this module gathers the queue API
where 3.14's code and tests look for it.
"""

import _interpreters
from . import (
    Queue, QueueError, QueueNotFoundError, QueueEmpty, QueueFull, QueueEmptyError, QueueFullError,
    ItemInterpreterDestroyed,
    UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE, create_queue as create,
)

__all__ = [
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
    'create', 'list_all',
    'Queue',
    'QueueError', 'QueueNotFoundError', 'QueueEmpty', 'QueueFull', 'QueueEmptyError', 'QueueFullError',
    'ItemInterpreterDestroyed',
]


def list_all():
    """The queues that exist (a queue exists while an interpreter holds a Queue object for it or
    it is an item of another queue)."""
    return _interpreters.list_queues()
