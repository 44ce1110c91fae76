using Xunit;

namespace Isolated.Tests.Interpreters;

/// <summary>concurrent.futures.InterpreterPoolExecutor (CPython 3.14's API) on Isolated's
/// interpreters.</summary>
public class InterpreterPoolExecutorTests
{
    [Fact]
    public void SubmitMapShutdownInitializerAndErrors()
    {
        ConcurrentInterpretersTests.Expect("""
            import concurrent.futures as cf
            from concurrent.futures import InterpreterPoolExecutor
            from concurrent import interpreters
            import time

            def square(x):
                return x * x

            def fails(x):
                raise ValueError(f'bad {x}')

            def init(tag):
                global TAG
                TAG = tag

            def get_tag():
                return TAG

            def where():
                from concurrent import interpreters
                return interpreters.get_current().id

            if __name__ == '__main__':
                print('InterpreterPoolExecutor' in dir(cf), issubclass(InterpreterPoolExecutor, cf.ThreadPoolExecutor))
                with InterpreterPoolExecutor(max_workers=2) as ex:
                    print(list(ex.map(square, range(10))))
                    print(ex.submit(pow, 2, 10).result(), ex.submit(square, x=7).result())
                    ids = {f.result() for f in [ex.submit(where) for _ in range(20)]}
                    print(len(ids) in (1, 2), 0 not in ids)
                    try:
                        ex.submit(fails, 3).result()
                    except ValueError as exc:
                        # The original exception, with the ExecutionFailed summary as its cause (3.14).
                        e = exc.__cause__
                        print(type(exc).__name__, exc, type(e).__name__, '|', e.excinfo.type.__name__, e.excinfo.msg, '|',
                              str(e).splitlines()[0], '|', 'line 10, in fails' in str(e))
                with InterpreterPoolExecutor(max_workers=2, initializer=init, initargs=('T1',)) as ex:
                    print(ex.submit(get_tag).result())
                ex = InterpreterPoolExecutor(1)
                futures = [ex.submit(time.sleep, 0.05) for _ in range(5)]
                ex.shutdown(wait=True, cancel_futures=True)
                print(sum(f.cancelled() for f in futures) >= 3, all(f.done() for f in futures))
                try:
                    ex.submit(square, 1)
                except RuntimeError as e:
                    print(e)
                ex = InterpreterPoolExecutor(max_workers=1, initializer=fails, initargs=(1,))
                try:
                    ex.submit(square, 2).result()
                except cf.BrokenExecutor as e:
                    print('broken:', type(e).__name__)
                ex.shutdown()
                print(len(interpreters.list_all()))
            """, """
            True True
            [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
            1024 49
            True True
            ValueError bad 3 ExecutionFailed | ValueError bad 3 | ValueError: bad 3 | True
            T1
            True True
            cannot schedule new futures after shutdown
            broken: BrokenInterpreterPool
            1

            """.Replace("\r\n", "\n").TrimStart('\n'));
    }
}
