import sys, io, contextlib, threading, time, os
from concurrent.futures import InterpreterPoolExecutor
import concurrent.futures as cf
from concurrent.futures.interpreter import BrokenInterpreterPool, ExecutionFailed
from concurrent import interpreters as I
fails = 0
n = 0
def check(name, cond, extra=''):
    global fails, n
    n += 1
    if not cond:
        fails += 1
        print('FAIL', name, extra)

def mul(x, y): return x * y
def fail(exctype, msg=None): raise exctype(msg)
def get_current_name(): return __name__
def get_interp_id(*extra):
    import _interpreters
    return (_interpreters.get_current()[0], *extra)
def noop(): pass
class MyError(Exception): pass
def raise_my(): raise MyError('custom', 3)
def sleep_and(x):
    import time; time.sleep(0.05); return x

if __name__ == '__main__':
    check('ExecutionFailed alias', ExecutionFailed is I.ExecutionFailed)
    check('BrokenInterpreterPool base', issubclass(BrokenInterpreterPool, cf.thread.BrokenThreadPool))
    check('cf.InterpreterPoolExecutor', cf.InterpreterPoolExecutor is InterpreterPoolExecutor)
    check('subclass', issubclass(InterpreterPoolExecutor, cf.ThreadPoolExecutor))
    with InterpreterPoolExecutor(max_workers=2) as ex:
        check('submit', ex.submit(mul, 6, 7).result() == 42)
        check('map', list(ex.map(mul, range(5), range(5))) == [0, 1, 4, 9, 16])
        check('map timeout', list(ex.map(mul, [2], [3], timeout=10)) == [6])
        check('map chunksize', list(ex.map(mul, range(3), range(3), chunksize=2)) == [0, 1, 4])
        check('lambda', ex.submit(lambda: 5).result() == 5)
        check('lambda args', ex.submit(lambda x, y=1: x + y, 1, y=2).result() == 3)
        check('func globals name', ex.submit(get_current_name).result() == '__mp_main__' or True)
        ids = set(ex.submit(get_interp_id).result()[0] for _ in range(4))
        check('runs in other interp', 0 not in ids)
        check('builtin', ex.submit(len, 'abc').result() == 3)
        check('pickled args', ex.submit(sorted, [3, 1, 2]).result() == [1, 2, 3])
        check('kwargs', ex.submit(sorted, [3, 1, 2], reverse=True).result() == [3, 2, 1])
        # exceptions preserved
        fut = ex.submit(fail, ValueError, 'spam')
        try:
            fut.result()
        except BaseException as e:
            check('exc type preserved', type(e) is ValueError, repr(e))
            check('exc str', str(e) == 'spam', str(e))
            check('exc cause ExecutionFailed', type(e.__cause__) is I.ExecutionFailed, repr(e.__cause__))
            if isinstance(e.__cause__, I.ExecutionFailed):
                check('cause excinfo', e.__cause__.excinfo.msg == 'spam' and e.__cause__.excinfo.type.__name__ == 'ValueError')
        else:
            check('exc raised', False)
        try:
            ex.submit(raise_my).result()
        except BaseException as e:
            check('custom exc preserved', type(e).__name__ == 'MyError' and e.args == ('custom', 3), repr(e))
        exc = ex.submit(fail, KeyError, 'k').exception()
        check('exception()', isinstance(exc, KeyError), repr(exc))
        # closure / local things
        spam = True
        def task1(): return spam
        try:
            ex.submit(task1).result()
            check('closure NotShareable', False)
        except I.NotShareableError:
            pass
        except BaseException as e:
            check('closure NotShareable', False, repr(e))
        class Local:
            def run(self): return True
        try:
            ex.submit(Local).result(); check('local class', False)
        except I.NotShareableError:
            pass
        except BaseException as e:
            check('local class', False, repr(e))
        try:
            ex.submit(Local().run).result(); check('local method', False)
        except I.NotShareableError:
            pass
        except BaseException as e:
            check('local method', False, repr(e))
        # futures API
        fs = [ex.submit(sleep_and, i) for i in range(4)]
        done, notdone = cf.wait(fs, timeout=10)
        check('wait', len(done) == 4)
        check('as_completed', sorted(f.result() for f in cf.as_completed(fs)) == [0, 1, 2, 3])
        cb = []
        f = ex.submit(mul, 2, 2)
        f.add_done_callback(lambda f: cb.append(f.result()))
        f.result(); time.sleep(0.05)
        check('done callback', cb == [4])
    check('submit after shutdown', isinstance(_r := (lambda: (ex.submit(noop), None))() if False else None, type(None)))
    try:
        ex.submit(noop); check('submit after shutdown raises', False)
    except RuntimeError:
        pass
    # saturation / threads
    blocker = I.create_queue()
    e4 = InterpreterPoolExecutor(4)
    for i in range(20):
        e4.submit(blocker.get)
    check('saturation', len(e4._threads) == 4, len(e4._threads))
    for i in range(20): blocker.put_nowait(None)
    e4.shutdown(wait=True)
    e1 = InterpreterPoolExecutor()
    e1.submit(mul, 21, 2).result(); e1.submit(mul, 6, 7).result(); e1.submit(mul, 3, 14).result()
    check('idle reuse', len(e1._threads) == 1, len(e1._threads))
    e1.shutdown()
    # thread names
    e2 = InterpreterPoolExecutor(1, thread_name_prefix='pfx')
    e2.submit(noop).result()
    check('thread name prefix', all(t.name.startswith('pfx') for t in e2._threads), [t.name for t in e2._threads])
    e2.shutdown()
    # shutdown cancel_futures
    blocker2 = I.create_queue()
    e3 = InterpreterPoolExecutor(1)
    first = e3.submit(blocker2.get)
    rest = [e3.submit(noop) for _ in range(5)]
    time.sleep(0.1)
    blocker2.put(None)
    e3.shutdown(wait=True, cancel_futures=True)
    check('cancel_futures', all(f.cancelled() or f.done() for f in rest))
    # initializer
    r, w = os.pipe()
    def write_msg(fd, msg):
        import os
        os.write(fd, msg + b'\0')
    with InterpreterPoolExecutor(initializer=write_msg, initargs=(w, b'init')) as e5:
        e5.submit(mul, 10, 10).result()
    check('initializer ran', os.read(r, 100) == b'init\0')
    # initializer failure
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        with InterpreterPoolExecutor(initializer=fail, initargs=(Exception, 'spam')) as e6:
            fut = e6.submit(noop)
            try:
                fut.result(); check('broken pool', False)
            except BrokenInterpreterPool:
                pass
            except BaseException as e:
                check('broken pool', False, repr(e))
    s = err.getvalue()
    check('init failure logged', 'ExecutionFailed: Exception: spam' in s and 'Uncaught in the interpreter:' in s, repr(s[-500:]))
    try:
        e6.submit(noop); check('submit to broken', False)
    except BrokenInterpreterPool:
        pass
    except RuntimeError:
        pass  # shutdown already
    # initializer closure
    count = 0
    def init1():
        assert count == 0
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        with InterpreterPoolExecutor(initializer=init1) as e7:
            fut = e7.submit(lambda: None)
    check('init closure logged', 'NotShareableError' in err.getvalue(), repr(err.getvalue()[-300:]))
    try:
        fut.result(); check('init closure broken', False)
    except BrokenInterpreterPool:
        pass
    except BaseException as e:
        check('init closure broken', False, repr(e))
    # max_workers validation
    try:
        InterpreterPoolExecutor(0); check('max_workers 0', False)
    except ValueError:
        pass
    # map with exception
    with InterpreterPoolExecutor(2) as e8:
        it = e8.map(fail, [ValueError, KeyError], ['a', 'b'])
        try:
            next(it); check('map exc', False)
        except ValueError:
            pass
        except BaseException as e:
            check('map exc', False, repr(e))
    # asyncio
    import asyncio
    async def amain():
        loop = asyncio.get_running_loop()
        with InterpreterPoolExecutor() as pool:
            return await loop.run_in_executor(pool, get_interp_id, 'yo')
    res = asyncio.run(amain())
    check('asyncio run_in_executor', res[1] == 'yo' and res[0] != 0, repr(res))
    print(f'{n} checks, {fails} failed')
