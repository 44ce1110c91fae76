using Xunit;

namespace Isolated.Tests.Interpreters;

/// <summary>
/// PEP 734 / CPython 3.14 behaviours of concurrent.interpreters that go beyond the basics: call()
/// with results, functions crossing as code or by reference, exec() of a function, the exception
/// snapshot, the Queue API of 3.14, shared memoryviews, ending safely. Expected outputs are
/// written from the 3.14 documentation and sources (CPython 3.12 has no such module).
/// </summary>
public class Pep734Tests
{
    static void Expect(string source, string expected) =>
        ConcurrentInterpretersTests.Expect(source, expected.Replace("\r\n", "\n").TrimStart('\n'));

    [Fact]
    public void CallReturnsResultsAndFunctionsCrossAsCode()
    {
        Expect("""
            from concurrent import interpreters as I

            def double(v, *, k=1):
                return v * 2 * k

            def uses_global():
                return helper() + 1

            def helper():
                return 41

            def outer():
                y = 3
                def inner():
                    return y
                return inner

            def set_flag():
                global flag
                flag = 'set'

            def boom(key):
                raise KeyError(key)

            if __name__ == '__main__':
                interp = I.create()
                print(interp.call(len, 'abc'), interp.call(double, 21), interp.call(double, 'ab', k=2))
                print(interp.call(lambda: (1, 2.5, None, True, b'x')))
                print(interp.call(divmod, 7, 2))
                print(interp.call(uses_global))          # by reference: the script is loaded there
                interp.exec(set_flag)
                interp.exec('assert flag == "set"')
                try:
                    interp.call(outer())
                except I.NotShareableError as e:
                    print('closure:', isinstance(e, TypeError), isinstance(e, ValueError))
                try:
                    interp.exec(double)
                except ValueError as e:
                    print('exec takes no args')
                try:
                    interp.call(boom, 'k')
                except I.ExecutionFailed as e:
                    info = e.excinfo
                    print(info.type.__name__, info.type.__module__, repr(info.msg), info.formatted)
                    print(info.errdisplay.splitlines()[0], info.errdisplay.splitlines()[-1])
                    print(str(e).startswith("KeyError: 'k'\n\nUncaught in the interpreter:\n\nTraceback"))
                    print('in boom' in str(e), isinstance(e, I.InterpreterError))
                try:
                    interp.exec('1/0')
                except I.ExecutionFailed as e:
                    print(e.excinfo.formatted, '|', e.excinfo.errdisplay.splitlines()[1].strip())
                interp.close()
            """, """
            3 42 abababab
            (1, 2.5, None, True, b'x')
            (3, 1)
            42
            closure: True True
            exec takes no args
            KeyError builtins "'k'" KeyError: 'k'
            Traceback (most recent call last): KeyError: 'k'
            True
            True True
            ZeroDivisionError: division by zero | File "<string>", line 1, in <module>

            """);
    }

    [Fact]
    public void InterpretersAndTheirErrors()
    {
        Expect("""
            from concurrent import interpreters as I
            a = I.create()
            print(I.Interpreter(a.id) is a, a in I.list_all(), a.whence, I.get_main().whence)
            try:
                I.Interpreter(12345)
            except I.InterpreterNotFoundError as e:
                print(type(e).__name__, e)
            try:
                I.Interpreter('1')
            except TypeError as e:
                print('TypeError', e)
            q = I.create_queue()
            a.prepare_main({'q': q}, n=5)
            a.exec('from concurrent import interpreters as I\nq.put((I.get_current().id, I.get_main().id, n))')
            print(q.get() == (a.id, 0, 5))
            try:
                I.get_current().exec('pass')
            except I.InterpreterError as e:
                print('self:', e)
            try:
                I.get_main().close()
            except I.InterpreterError as e:
                print('main:', e)
            try:
                a.exec(42)
            except TypeError as e:
                print('TypeError', e)
            a.close()
            for op in (a.is_running, lambda: a.exec('pass'), a.close, lambda: a.prepare_main(x=1), lambda: a.call(len, '')):
                try:
                    op()
                except I.InterpreterNotFoundError as e:
                    print('gone:', e)
            """, """
            True True _interpreters module runtime init
            InterpreterNotFoundError unrecognized interpreter ID 12345
            TypeError id must be an int, got '1'
            True
            self: cannot exec() in the current interpreter
            main: cannot destroy the current interpreter
            TypeError exec(): code must be a str or a function, not 'int'
            gone: unrecognized interpreter ID 1
            gone: unrecognized interpreter ID 1
            gone: unrecognized interpreter ID 1
            gone: unrecognized interpreter ID 1
            gone: unrecognized interpreter ID 1

            """);
    }

    [Fact]
    public void QueueApiOf314()
    {
        Expect("""
            from concurrent import interpreters as I
            import queue
            q = I.create_queue(3, unbounditems=I.UNBOUND_ERROR)
            print(repr(q) == f'Queue({q.id})', q.maxsize, q.unbounditems is I.UNBOUND_ERROR, I.Queue(q.id) == q)
            print(hash(q) == hash(I.Queue(q.id)), I.create_queue().unbounditems is I.UNBOUND)
            q.put(1, True, None); q.put(2, block=False); q.put(3, timeout=1)
            try:
                q.put(4, block=False)
            except queue.Full as e:
                print('full', type(e).__name__, isinstance(e, I.QueueFull))
            print(q.get(True, None), q.get(block=False), q.get(timeout=1))
            try:
                q.get(False)
            except queue.Empty as e:
                print('empty', type(e).__name__)
            try:
                q.get(timeout=-1)
            except ValueError as e:
                print(e)
            try:
                I.Queue(98765)
            except Exception as e:
                print(type(e).__name__, isinstance(e, I.QueueError if hasattr(I, 'QueueError') else Exception))
            try:
                q.put((x for x in ()))
            except I.NotShareableError:
                print('generator refused')
            try:
                I.create_queue(unbounditems=42)
            except NotImplementedError:
                print('bad unbounditems')
            w = I.create()
            w.prepare_main(q=q)
            w.exec('q.put("from w"); q.put("removed", unbounditems=UNBOUND_REMOVE)'.replace('UNBOUND_REMOVE', 'None'))
            print(q.get(), q.qsize())
            w.exec('from concurrent import interpreters as I\nq.put("gone", unbounditems=I.UNBOUND_REMOVE)\nq.put("err")')
            w.close()
            print(q.qsize())
            try:
                q.get()
            except I.ItemInterpreterDestroyed as e:
                print(type(e).__name__, e)
            """, """
            True 3 True True
            True True
            full QueueFull True
            1 2 3
            empty QueueEmpty
            timeout value must be non-negative
            QueueNotFoundError True
            generator refused
            bad unbounditems
            from w 1
            2
            ItemInterpreterDestroyed item's original interpreter destroyed

            """);
    }

    [Fact]
    public void MemoryviewsShareTheirBytesAcrossInterpreters()
    {
        Expect("""
            from concurrent import interpreters as I
            import threading
            W, CHUNK = 4, 1000
            data = bytearray(W * CHUNK)
            view = memoryview(data)
            print(I.is_shareable(view), I.is_shareable(memoryview(b'abc')))
            done = I.create_queue()
            workers = [I.create() for _ in range(W)]
            def fill(interp, k):
                interp.prepare_main(view=view[k * CHUNK:(k + 1) * CHUNK], k=k, done=done)
                interp.exec('for i in range(len(view)):\n    view[i] = k + 1\ndone.put(k)')
            threads = [threading.Thread(target=fill, args=(w, k)) for k, w in enumerate(workers)]
            for t in threads: t.start()
            for t in threads: t.join()
            print(sorted(done.get() for _ in range(W)))
            print(all(data[k * CHUNK:(k + 1) * CHUNK] == bytes([k + 1]) * CHUNK for k in range(W)))
            # Zero-copy both ways: the main interpreter's writes are seen by the worker.
            data[0] = 200
            workers[0].prepare_main(whole=view)
            workers[0].exec('done.put((whole[0], len(whole), whole.readonly, type(whole.obj).__name__))')
            print(done.get())
            try:
                data.append(1)
            except BufferError:
                print('pinned')
            ro = memoryview(b'xyz')
            workers[1].prepare_main(ro=ro)
            workers[1].exec('done.put((bytes(ro), ro.readonly))\ntry:\n    ro[0] = 1\nexcept TypeError:\n    done.put("readonly")')
            print(done.get(), done.get())
            for w in workers: w.close()
            print(bytes(view[CHUNK:CHUNK + 3]))
            """, """
            True True
            [0, 1, 2, 3]
            True
            (200, 4000, False, 'CrossInterpreterBufferView')
            pinned
            (b'xyz', True) readonly
            b'\x02\x02\x02'

            """);
    }

    [Fact]
    public void ExecDedentsSourceText()
    {
        // CPython's documentation: exec(code, /, dedent=True), as textwrap.dedent.
        Expect("""
            from concurrent import interpreters as I
            interp = I.create()
            q = I.create_queue()
            interp.prepare_main(q=q)
            interp.exec('''
                x = 6
                if x:
                    q.put(x * 7)
            ''')
            print(q.get())
            try:
                interp.exec('    z = 1', dedent=False)
            except I.ExecutionFailed as e:
                print(e.excinfo.type.__name__)
            interp.close()
            """, """
            42
            IndentationError

            """);
    }

    [Fact]
    public void UnguardedMainScriptGetsAnErrorNotEndlessInterpreters()
    {
        // A function from __main__ is found in the worker by running the script as <fake __main__>;
        // without an `if __name__ == '__main__':` guard that would create interpreters forever.
        Expect("""
            from concurrent import interpreters as I
            a = I.create()
            g = 10
            def uses_global():
                return g
            try:
                a.call(uses_global)
            except I.NotShareableError as e:
                # The callable could not be rebuilt there (3.14: "args not shareable"); the cause says why.
                print(e, '|', 'InterpreterError' in str(e.__cause__), "if __name__ == '__main__'" in str(e.__cause__))
            """, """
            args not shareable | True True

            """);
    }

    [Fact]
    public void EndingSafely()
    {
        // Code still running in subinterpreters when the program ends is stopped: a non-daemon
        // thread spinning in one, an exec() sleeping in a loop in another, one busy-looping.
        Expect("""
            from concurrent import interpreters as I
            import threading
            a = I.create()
            a.exec('import threading\ndef spin():\n    while True: pass\nthreading.Thread(target=spin).start()')
            q = I.create_queue()
            c = I.create()
            c.prepare_main(q=q)
            threading.Thread(target=c.exec, args=('import time\nq.put(1)\nwhile True: time.sleep(0.01)',), daemon=True).start()
            d = I.create()
            d.prepare_main(q=q)
            threading.Thread(target=d.exec, args=('q.put(2)\nwhile True: pass',), daemon=True).start()
            print(sorted((q.get(timeout=10), q.get(timeout=10))), c.is_running(), d.is_running())
            for target, what in ((c, 'close'), (d, 'exec')):
                try:
                    target.close() if what == 'close' else target.exec('pass')
                except I.InterpreterError as e:
                    print(what, type(e).__name__, e)
            print('ending with', len(I.list_all()), 'interpreters')
            """, """
            [1, 2] True True
            close InterpreterError interpreter running
            exec InterpreterError interpreter already running
            ending with 4 interpreters

            """);
    }

    [Fact]
    public void NonShareableObjectsCrossByPickle()
    {
        Expect("""
            from concurrent import interpreters as I

            class Point:
                def __init__(self, x, y):
                    self.x, self.y = x, y
                def __repr__(self):
                    return f'Point({self.x}, {self.y})'

            def make_list(n):
                return [Point(i, -i) for i in range(n)]

            if __name__ == '__main__':
                interp = I.create()
                q = I.create_queue()
                interp.prepare_main(q=q, data={'a': [1, 2], 'b': {3}})
                interp.exec('q.put(data); q.put(sorted(data))')
                print(q.get(), q.get())
                print(interp.call(make_list, 3))
                q.put([Point(1, 2)])
                interp.exec('item = q.get(); q.put((type(item).__name__, item[0].x))')
                print(q.get())
                try:
                    interp.prepare_main(gen=(x for x in ()))
                except I.NotShareableError as e:
                    print('generator:', e.__cause__ is not None)
                interp.close()
            """, """
            {'a': [1, 2], 'b': {3}} ['a', 'b']
            [Point(0, 0), Point(1, -1), Point(2, -2)]
            ('list', 1)
            generator: True

            """);
    }
}
