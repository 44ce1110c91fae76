"""InterpreterPoolExecutor: CPython 3.14's executor whose workers are interpreters.

Each worker is a thread of this interpreter that owns one interpreter of its own (created when
the thread starts, closed when it ends) and runs the submitted calls in it with
Interpreter.call(). Calls therefore run in parallel, each interpreter having its own GIL. What a
call needs crosses as concurrent.interpreters sends it: functions without state as code,
functions and classes of modules by reference (those of the main script by loading the script in
the worker, as module <fake __main__>), arguments and results as shareable values or pickle data.
An exception raised by a call is raised again as itself (it crosses back by pickle), with a
concurrent.interpreters.ExecutionFailed for its cause, whose text ends with the original
traceback; an exception that cannot be pickled comes back as that ExecutionFailed.
"""

import itertools
import os
import threading
import weakref

from concurrent import interpreters
from concurrent.interpreters import ExecutionFailed, _crossinterp
from . import thread as _thread

__all__ = ['InterpreterPoolExecutor', 'BrokenInterpreterPool', 'ExecutionFailed']


class BrokenInterpreterPool(_thread.BrokenThreadPool):
    """Raised when a worker interpreter failed initializing."""


# The interpreter of each worker thread, and the queue its calls' exceptions come back on.
_worker_state = threading.local()


def _call_in_worker(fn, args, kwargs):
    state = _worker_state
    try:
        # An empty kwargs crosses as None: a dict would be pickled for nothing.
        return state.interp.call(_crossinterp.call_capturing, state.results, fn, args, kwargs or None)
    except ExecutionFailed as wrapper:
        # The original exception, when it could be pickled, is on the queue already.
        try:
            exc = state.results.get_nowait()
        except interpreters.QueueEmpty:
            exc = None
        if exc is None:
            raise
        raise exc from wrapper


def _run_worker(executor_ref, work_queue, initializer, initargs):
    interp = interpreters.create()
    _worker_state.interp = interp
    _worker_state.results = interpreters.create_queue()
    try:
        initialize = None
        if initializer is not None:
            def initialize(*initargs):
                try:
                    _call_in_worker(initializer, initargs, {})
                except BaseException:
                    # Fail the pending calls now: the worker loop only logs the error, and
                    # logging must not be what stands between a failure and the futures.
                    executor = executor_ref()
                    if executor is not None:
                        executor._initializer_failed()
                    raise
        # ThreadPoolExecutor's worker loop, with every call going to this thread's interpreter.
        _thread._worker(executor_ref, work_queue, initialize, initargs)
    finally:
        _worker_state.interp = _worker_state.results = None
        try:
            interp.close()
        except interpreters.InterpreterError:
            pass   # still running code started by a call; main's finalization ends it


class InterpreterPoolExecutor(_thread.ThreadPoolExecutor):
    """An Executor running calls in a pool of at most max_workers interpreters, each on its own
    thread. initializer(*initargs) runs in each worker interpreter when it starts; if it fails,
    the pool is broken (BrokenInterpreterPool)."""

    _new_pool_number = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        super().__init__(max_workers,
                         thread_name_prefix or f'InterpreterPoolExecutor-{self._new_pool_number()}',
                         initializer, initargs)

    def submit(self, fn, /, *args, **kwargs):
        if not callable(fn):
            raise TypeError(f'expected a callable, got {fn!r}')
        if self._broken:
            raise BrokenInterpreterPool(self._broken)
        return super().submit(_call_in_worker, fn, args, kwargs)
    submit.__doc__ = _thread.ThreadPoolExecutor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker takes the new item; otherwise start one more worker, up to the limit.
        if self._idle_semaphore.acquire(timeout=0):
            return
        if len(self._threads) >= self._max_workers:
            return

        def wake_workers(_, work_queue=self._work_queue):
            work_queue.put(None)   # the executor was collected: let the workers exit

        worker = threading.Thread(
            name=f'{self._thread_name_prefix}_{len(self._threads)}', target=_run_worker,
            args=(weakref.ref(self, wake_workers), self._work_queue, self._initializer, self._initargs))
        worker.start()
        self._threads.add(worker)
        _thread._threads_queues[worker] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A worker initializer failed, the interpreter pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except _thread.queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenInterpreterPool(self._broken))

