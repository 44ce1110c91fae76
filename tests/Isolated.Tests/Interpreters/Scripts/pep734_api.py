# concurrent.interpreters checked item by item against its documentation (CPython 3.14's
# Doc/library/concurrent.interpreters.rst) and the behaviours CPython 3.14's test_interpreters
# checks (test_api, test_queues), written from those texts. Each check prints FAIL with what it
# saw when it fails; the last line counts them.
import sys, pickle, threading, time, io, contextlib, os
from concurrent import interpreters as I
import concurrent.interpreters
fails = 0
n = 0
def check(name, cond, extra=''):
    global fails, n
    n += 1
    if not cond:
        fails += 1
        print('FAIL', name, extra)
def raises(exc, fn, *a, **k):
    try:
        fn(*a, **k)
    except exc as e:
        return e
    except BaseException as e:
        return ('wrong', type(e).__name__, str(e))
    return None
def ok_raises(name, exc, fn, *a, **k):
    r = raises(exc, fn, *a, **k)
    check(name, isinstance(r, BaseException), repr(r))
    return r
import queue
from concurrent.interpreters import _queues
def f_noargs():
    global from_func
    from_func = __name__
def ident(x): return x
def ret_shareable(): return (1, None)
def ret_list(): return [1, 2, 3]
def ret_unpickleable():
    x = 42
    return (lambda: x)
def full(a, b, /, c, d, *args, e, f, **kw): return (a, b, c, d, e, f, args, kw)
import types
def closure_maker(v):
    def inner(): return v
    return inner
class Spam:
    @staticmethod
    def noop(): pass
    @classmethod
    def from_values(cls, *v): return cls(v)
    def __init__(self, v): self.value = v
    def __call__(self, *a, **k): return (self.value, a, k)
    def __eq__(self, o): return isinstance(o, Spam) and o.value == self.value
    def run(self, *a, **k): return (self.value, a, k)
def get_global(name): return globals().get(name)
def set_global(name, v): globals()[name] = v
class SubBytes(bytes): pass
def fwd():
    while True:
        try:
            obj = q1.get(timeout=0.1); break
        except I.QueueEmpty:
            continue
    q2.put(obj)

if __name__ == '__main__':
    for name in ['get_current', 'get_main', 'create', 'list_all', 'is_shareable', 'Interpreter',
                 'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed', 'NotShareableError',
                 'create_queue', 'Queue', 'QueueEmpty', 'QueueFull']:
        check('has ' + name, hasattr(I, name))
        check('all ' + name, name in I.__all__)
    check('InterpreterError base', issubclass(I.InterpreterError, Exception))
    check('NotFound base', issubclass(I.InterpreterNotFoundError, I.InterpreterError))
    check('ExecutionFailed base', issubclass(I.ExecutionFailed, I.InterpreterError))
    check('NotShareableError TypeError', issubclass(I.NotShareableError, TypeError))
    check('QueueEmpty base', issubclass(I.QueueEmpty, queue.Empty))
    check('QueueFull base', issubclass(I.QueueFull, queue.Full))
    for name in ['UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE', 'create', 'list_all', 'Queue', 'QueueError',
                 'QueueNotFoundError', 'QueueEmpty', 'QueueFull', 'ItemInterpreterDestroyed']:
        check('_queues has ' + name, hasattr(_queues, name))
    check('_queues.Queue is Queue', _queues.Queue is I.Queue)
    check('_queues.create', _queues.create is I.create_queue)
    main = I.get_main()
    check('main id 0', main.id == 0)
    check('main is current', I.get_current() is main)
    check('get_main idempotent', I.get_main() is I.get_main())
    check('list_all initial', I.list_all() == [main], repr(I.list_all()))
    check('main whence', main.whence == 'runtime init', main.whence)
    check('main running', main.is_running() is True)
    check('repr', repr(main) == 'Interpreter(0)', repr(main))
    check('hash', hash(main) == hash(0))
    a = I.create()
    b = I.create()
    check('create type', type(a) is I.Interpreter)
    check('whence stdlib', a.whence == '_interpreters module', a.whence)
    check('list_all order', [i.id for i in I.list_all()] == [0, a.id, b.id])
    check('list_all identity', all(x is y for x, y in zip(I.list_all(), [main, a, b])))
    check('Interpreter(id) is', I.Interpreter(a.id) is a)
    check('eq', a == a and a != b)
    check('not running', a.is_running() is False)
    ok_raises('id readonly', AttributeError, setattr, a, 'id', 5)
    ok_raises('whence readonly', AttributeError, setattr, a, 'whence', 'x')
    for bad in ['1', 1.0, None, object(), '']:
        ok_raises(f'Interpreter({bad!r})', TypeError, I.Interpreter, bad)
    ok_raises('Interpreter(-1)', ValueError, I.Interpreter, -1)
    ok_raises('Interpreter(1e6)', I.InterpreterNotFoundError, I.Interpreter, 1_000_000)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        check(f'pickle {proto}', pickle.loads(pickle.dumps(a, proto)) == a)
    ok_raises('prepare_main() empty', ValueError, a.prepare_main)
    a.prepare_main({'spam': 42, 'eggs': 'ham'})
    a.prepare_main((('t1', 1), ('t2', 2)))
    a.prepare_main(foo='bar')
    a.prepare_main({'x': 1}, y=2)
    check('prepare_main values', a.call(eval, '(spam, eggs, t1, t2, foo, x, y)') == (42, 'ham', 1, 2, 'bar', 1, 2))
    a.prepare_main(lst=[1, 2], d={'k': 'v'})
    check('prepare_main pickled', a.call(eval, '(lst, d)') == ([1, 2], {'k': 'v'}))
    ok_raises('exec(10)', TypeError, a.exec, 10)
    e = ok_raises('exec raise', I.ExecutionFailed, a.exec, 'raise Exception')
    e = ok_raises('exec raise msg', I.ExecutionFailed, a.exec, 'raise RuntimeError("uh-oh!")')
    if isinstance(e, I.ExecutionFailed):
        x = e.excinfo
        check('excinfo type name', x.type.__name__ == 'RuntimeError')
        check('excinfo type qualname', x.type.__qualname__ == 'RuntimeError')
        check('excinfo type module', x.type.__module__ == 'builtins')
        check('excinfo msg', x.msg == 'uh-oh!')
        check('excinfo formatted', x.formatted == 'RuntimeError: uh-oh!', x.formatted)
        check('excinfo errdisplay', x.errdisplay.startswith('Traceback (most recent call last):') and x.errdisplay.endswith('RuntimeError: uh-oh!'), repr(x.errdisplay))
        check('str(ExecutionFailed)', str(e) == 'RuntimeError: uh-oh!\n\nUncaught in the interpreter:\n\n' + x.errdisplay, repr(str(e)))
        check('e.args', e.args == ('RuntimeError: uh-oh!',), repr(e.args))
    a.exec("""
        z = 1
        if z:
            z = 2
        """)
    check('exec dedent', a.call(eval, 'z') == 2)
    a.exec("""if True:
        w = 5
        """)
    a.exec(f_noargs)
    check('exec func in __main__', a.call(eval, 'from_func') == '__main__')
    check('call len', a.call(len, 'abc') == 3)
    check('call None', a.call(ret_shareable) == (1, None))
    check('call list', a.call(ret_list) == [1, 2, 3])
    check('call full', a.call(full, 1, 2, 3, 4, '?', e=5, f=6, g=7, h=8) == (1, 2, 3, 4, 5, 6, ('?',), {'g': 7, 'h': 8}))
    ok_raises('call unpickleable result', I.NotShareableError, a.call, ret_unpickleable)
    for arg in [None, 10, 'spam!', b'spam!', (1, 2, 'spam!'), 2**1000, [1, 2, 3], {'a': 1}, Ellipsis, NotImplemented,
                object, type, Exception, len, sys.exit, 1.5, True]:
        try:
            r = a.call(ident, arg)
            check(f'call ident {arg!r}', r == arg or r is arg, repr(r))
        except BaseException as ex:
            check(f'call ident {arg!r}', False, repr(ex))
    r = a.call(ident, memoryview(b'spam!'))
    check('call memoryview', isinstance(r, memoryview) and bytes(r) == b'spam!', repr(r))
    r = a.call(ident, Exception('uh-oh!'))
    check('call exception arg', type(r) is Exception and r.args == ('uh-oh!',))
    check('call object()', type(a.call(ident, object())) is object)
    ok_raises('call mappingproxy', I.NotShareableError, a.call, ident, types.MappingProxyType({}))
    ok_raises('call closure', I.NotShareableError, a.call, closure_maker(1))
    e = ok_raises('call raises', I.ExecutionFailed, a.call, ident)
    check('call staticmethod', a.call(Spam.noop) is None)
    check('call classmethod', a.call(Spam.from_values, 1, 2) == Spam((1, 2)))
    check('call class', a.call(Spam, '???') == Spam('???'))
    check('call instance', a.call(Spam(101)) == (101, (), {}))
    check('call bound method', a.call(Spam(10).run, 1, k=2) == (10, (1,), {'k': 2}))
    check('call eval', a.call(eval, '[1, 2, 3]') == [1, 2, 3])
    check('call exec', a.call(exec, '...') is None)
    ok_raises('call globals', I.NotShareableError, a.call, globals)
    d = a.call(dir)
    check('call dir', '__builtins__' in d and '__name__' in d, repr(d))
    fresh = I.create()
    check('fresh dir', fresh.call(dir) == ['__annotations__', '__builtins__', '__doc__', '__loader__', '__name__', '__package__', '__spec__'], repr(fresh.call(dir)))
    check('fresh __main__ attrs', fresh.call(eval, '(__name__, __doc__, __spec__, __package__)') == ('__main__', None, None, None))
    check('stateless globals name', fresh.call(get_global, '__name__') == '__main__')
    fresh.call(set_global, 'spam', 42)
    fresh.exec('assert spam == 42')
    ok_raises('call in self', I.InterpreterError, main.call, len, 'x')
    ok_raises('exec in self', I.InterpreterError, main.exec, 'pass')
    t = a.call_in_thread(ident, 5)
    check('call_in_thread thread', isinstance(t, threading.Thread))
    t.join()
    caught = []
    old = threading.excepthook
    threading.excepthook = lambda args: caught.append(args.exc_type)
    t = a.call_in_thread(ident)
    t.join()
    threading.excepthook = old
    check('call_in_thread failure reported', caught and caught[0] is I.ExecutionFailed, repr(caught))
    for obj in [None, b'spam', 'spam', 10, -10, True, False, 100.0, (), (1, ('spam', 'eggs'), True)]:
        check(f'is_shareable {obj!r}', I.is_shareable(obj) is True)
    for obj in [NotImplemented, ..., type, object, object(), Exception(), Spam, Spam(1), SubBytes(b'x'), [1], {}, 1j, len]:
        check(f'not is_shareable {obj!r}', I.is_shareable(obj) is False)
    q0 = I.create_queue()
    check('is_shareable queue', I.is_shareable(q0))
    check('is_shareable memoryview', I.is_shareable(memoryview(b'x')))
    c = I.create()
    c.close()
    ok_raises('close twice', I.InterpreterNotFoundError, c.close)
    ok_raises('is_running closed', I.InterpreterNotFoundError, c.is_running)
    ok_raises('exec closed', I.InterpreterNotFoundError, c.exec, 'pass')
    ok_raises('call closed', I.InterpreterNotFoundError, c.call, len, 'x')
    ok_raises('prepare_main closed', I.InterpreterNotFoundError, c.prepare_main, x=1)
    check('closed not listed', c not in I.list_all())
    check('closed id still', isinstance(c.id, int))
    ok_raises('close main', I.InterpreterError, main.close)
    r = []
    t = threading.Thread(target=lambda: r.append(raises(I.InterpreterError, main.close)))
    t.start()
    t.join()
    check('close main from thread', isinstance(r[0], I.InterpreterError))
    e = raises(I.ExecutionFailed, a.exec, f'from concurrent import interpreters\ninterpreters.Interpreter({a.id}).close()')
    check('close self from inside', isinstance(e, I.ExecutionFailed) and e.excinfo.type.__name__ == 'InterpreterError', repr(e))
    b.prepare_main(aid=a.id)
    sib = I.create()
    b.exec(f'from concurrent import interpreters\ninterpreters.Interpreter({sib.id}).close()\nx = interpreters.create()\nx.close()')
    check('closed by sibling', sib not in I.list_all())
    o = I.create()
    t = threading.Thread(target=o.close)
    t.start()
    t.join()
    check('close other thread', o not in I.list_all())
    qq = I.create_queue()
    r = I.create()
    r.prepare_main(qq=qq)
    t = r.call_in_thread(eval, 'qq.get()')
    for _ in range(200):
        if r.is_running(): break
        time.sleep(0.01)
    check('is_running during', r.is_running())
    ok_raises('close running', I.InterpreterError, r.close)
    ok_raises('exec running', I.InterpreterError, r.exec, 'pass')
    ok_raises('prepare_main running', I.InterpreterError, r.prepare_main, x=1)
    ok_raises('call running', I.InterpreterError, r.call, len, 'x')
    qq.put(None)
    t.join()
    check('is_running after', not r.is_running())
    bg = I.create()
    bg.prepare_main(qq=qq)
    bg.exec('import threading\nt = threading.Thread(target=qq.get)\nt.start()')
    time.sleep(0.05)
    check('bg thread not running', bg.is_running() is False)
    qq.put(1)
    bg.exec('t.join()')
    s = I.create()
    s.prepare_main(q=qq)
    s.exec('from concurrent import interpreters as I\nc = I.get_current()\nq.put((c.id, c is I.get_current(), I.get_main().id, c.whence, len(I.list_all())))')
    got = qq.get()
    check('sub get_current', got[:4] == (s.id, True, 0, '_interpreters module'), repr(got))
    s.exec('x = I.create()\nq.put(x.id)')
    xid = qq.get()
    check('create in sub', any(i.id == xid for i in I.list_all()))
    q = I.create_queue()
    check('queue maxsize default', q.maxsize == 0)
    check('queue maxsize 3', I.create_queue(3).maxsize == 3)
    check('queue maxsize -10', I.create_queue(-10).maxsize == -10, repr(I.create_queue(-10).maxsize))
    ok_raises('queue bad maxsize', TypeError, I.create_queue, '1')
    check('queue id int', isinstance(q.id, int))
    ok_raises('queue id readonly', AttributeError, setattr, q, 'id', 1)
    ok_raises('queue maxsize readonly', AttributeError, setattr, q, 'maxsize', 1)
    check('queue hash', hash(q) == hash(q.id))
    check('queue Queue(id)', I.Queue(q.id) is q)
    ok_raises('Queue(1e6)', _queues.QueueNotFoundError, I.Queue, 1_000_000)
    ok_raises('Queue("1")', TypeError, I.Queue, '1')
    check('queue repr', repr(q) == f'Queue({q.id})', repr(q))
    check('queue eq', q == q and q != I.create_queue())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        check(f'queue pickle {proto}', pickle.loads(pickle.dumps(q, proto)) == q)
    check('queue unbounditems', q.unbounditems is _queues.UNBOUND)
    check('UNBOUND repr', repr(_queues.UNBOUND) == 'concurrent.interpreters._queues.UNBOUND', repr(_queues.UNBOUND))
    check('queue empty', q.empty() is True)
    q.put(None)
    check('queue not empty', q.empty() is False and q.qsize() == 1)
    q.get()
    fq = I.create_queue(2)
    fq.put_nowait(1)
    fq.put_nowait(2)
    check('full', fq.full() is True)
    ok_raises('put_nowait full', I.QueueFull, fq.put_nowait, 3)
    ok_raises('put timeout full', I.QueueFull, fq.put, 3, timeout=0.1)
    ok_raises('put block=False full', I.QueueFull, fq.put, 3, False)
    ok_raises('put negative timeout', ValueError, fq.put, 3, timeout=-1)
    fq.get()
    fq.get()
    ok_raises('get_nowait empty', I.QueueEmpty, fq.get_nowait)
    ok_raises('get timeout', I.QueueEmpty, fq.get, timeout=0.1)
    ok_raises('get block=False', I.QueueEmpty, fq.get, False)
    ok_raises('get negative timeout', ValueError, fq.get, timeout=-1)
    check('QueueEmpty is queue.Empty', isinstance(raises(I.QueueEmpty, fq.get_nowait), queue.Empty))
    for obj in [None, True, 10, 'spam', b'spam', (0, 'a'), [1, 2, 3], {'a': 13}, 2**100, 1.5]:
        q.put(obj); r = q.get()
        check(f'queue roundtrip {obj!r}', r == obj and type(r) is type(obj))
        q.put(obj); r = q.get_nowait()
        check(f'queue roundtrip nowait {obj!r}', r == obj)
    lst = [1, 2]
    q.put(lst)
    check('queue copy', q.get() is not lst)
    q2 = I.create_queue()
    q.put(q2)
    check('queue of queue same interp', q.get() is q2)
    for i in range(20): q.put(i)
    check('fifo', [q.get() for _ in range(20)] == list(range(20)))
    q.put(1, unbounditems=_queues.UNBOUND_ERROR)
    q.get()
    q.put_nowait(1, unbounditems=_queues.UNBOUND_REMOVE)
    q.get()
    ok_raises('bad unbounditems', (ValueError, NotImplementedError, TypeError), I.create_queue, unbounditems='x')
    check('create_queue unbounditems', I.create_queue(unbounditems=_queues.UNBOUND_ERROR).unbounditems is _queues.UNBOUND_ERROR)
    check('_queues.list_all', q in _queues.list_all())
    uq = I.create_queue()
    u = I.create()
    u.prepare_main(q=uq)
    u.exec('from concurrent.interpreters import _queues as Q\nq.put(1, unbounditems=Q.UNBOUND)\nq.put(2, unbounditems=Q.UNBOUND_ERROR)\nq.put(3)\nq.put(4, unbounditems=Q.UNBOUND_REMOVE)\nq.put(5, unbounditems=Q.UNBOUND)')
    check('unbound qsize before', uq.qsize() == 5)
    u.close()
    check('unbound qsize after', uq.qsize() == 4, uq.qsize())
    check('unbound 1', uq.get() is _queues.UNBOUND)
    ok_raises('unbound error', _queues.ItemInterpreterDestroyed, uq.get)
    check('unbound 3', uq.get() is _queues.UNBOUND)
    check('unbound 5', uq.get() is _queues.UNBOUND)
    q1, q2 = I.create_queue(), I.create_queue()
    t = threading.Thread(target=fwd)
    t.start()
    q1.put(b'spam')
    check('threads', q2.get() == b'spam')
    t.join()
    x = I.create()
    x.prepare_main(q=q1)
    x.exec('q.put(q)')
    check('queue back from interp', q1.get() is q1)
    x.exec('from concurrent import interpreters as I\nq5 = I.create_queue()\nq.put(q5)\nq.put(q5.id)')
    q5 = q1.get()
    q5id = q1.get()
    check('queue from sub', q5.id == q5id)
    ba = bytearray(8)
    x.prepare_main(mv=memoryview(ba))
    x.exec('mv[0] = 7')
    check('memoryview shared', ba[0] == 7)
    print(f'{n} checks, {fails} failed')
