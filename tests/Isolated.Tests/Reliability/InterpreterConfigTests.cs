using Isolated.Tests.Interpreters;
using Xunit;

namespace Isolated.Tests.Reliability;

/// <summary>PyInterpreterConfig's restrictions as Python code meets them: interpreters made by
/// concurrent.interpreters have CPython's isolated configuration (allow_fork, allow_exec and
/// allow_daemon_threads off, threads allowed). The texts are CPython 3.12's, taken from a run of
/// python3.12 in an _xxsubinterpreters.create(isolated=True) interpreter. The native test
/// test_interp_config covers the other configurations through Py_NewInterpreterFromConfig.</summary>
public class InterpreterConfigTests
{
    const string Probe = """
        import os, _thread, threading, subprocess
        results = []
        def attempt(name, call):
            try:
                call()
                results.append(f'{name}: ok')
            except BaseException as e:
                results.append(f'{name}: {type(e).__name__}: {e}')
        attempt('fork', os.fork)
        attempt('forkpty', os.forkpty)
        attempt('execv', lambda: os.execv('/bin/true', ['true']))
        attempt('execv argv', lambda: os.execv('/bin/true', []))
        attempt('execv path', lambda: os.execv(1, ['true']))
        attempt('execve', lambda: os.execve('/bin/true', ['true'], {}))
        attempt('execl', lambda: os.execl('/bin/true', 'true'))
        attempt('execvp', lambda: os.execvp('true', ['true']))
        attempt('spawnv', lambda: os.spawnv(os.P_WAIT, '/bin/true', ['true']))
        attempt('register_at_fork', lambda: os.register_at_fork(before=print))
        attempt('preexec_fn', lambda: subprocess.run(['true'], preexec_fn=print))
        def thread():
            t = threading.Thread(target=lambda: None)
            t.start()
            t.join()
        attempt('thread', thread)
        attempt('daemon', lambda: threading.Thread(target=print, daemon=True))
        q.put('\n'.join(results))
        """;

    [Fact]
    public void IsolatedSubinterpreterRefusesForkAndExecAsCPython()
    {
        ConcurrentInterpretersTests.Expect($$"""
            from concurrent import interpreters as I
            interp = I.create()
            q = I.create_queue()
            interp.prepare_main(q=q)
            interp.exec({{PythonLiteral(Probe)}})
            print(q.get())
            interp.close()
            """, """
            fork: RuntimeError: fork not supported for isolated subinterpreters
            forkpty: RuntimeError: fork not supported for subinterpreters
            execv: RuntimeError: exec not supported for isolated subinterpreters
            execv argv: RuntimeError: exec not supported for isolated subinterpreters
            execv path: TypeError: execv: path should be string, bytes or os.PathLike, not int
            execve: RuntimeError: exec not supported for isolated subinterpreters
            execl: RuntimeError: exec not supported for isolated subinterpreters
            execvp: RuntimeError: exec not supported for isolated subinterpreters
            spawnv: RuntimeError: fork not supported for isolated subinterpreters
            register_at_fork: ok
            preexec_fn: RuntimeError: preexec_fn not supported within subinterpreters
            thread: ok
            daemon: RuntimeError: daemon threads are disabled in this (sub)interpreter

            """);
    }

    /// <summary>The main interpreter may exec (tested for real by the native test, which can run
    /// it in a child process) but fork is not offered at all; argument errors are CPython's.</summary>
    [Fact]
    public void MainInterpreterForkIsNotImplementedAndExecChecksArguments()
    {
        ConcurrentInterpretersTests.Expect("""
            import os
            def attempt(name, call):
                try:
                    call()
                    print(f'{name}: ok')
                except BaseException as e:
                    print(f'{name}: {type(e).__name__}: {e}')
            attempt('fork', os.fork)
            attempt('fork args', lambda: os.fork(1))
            attempt('execv empty', lambda: os.execv('/bin/true', []))
            attempt('execv tuple', lambda: os.execv('/bin/true', ()))
            attempt('execv str', lambda: os.execv('/bin/true', 'ab'))
            attempt('execv first', lambda: os.execv('/bin/true', ['']))
            attempt('execv int', lambda: os.execv('/bin/true', ['a', 1]))
            attempt('execv nul', lambda: os.execv('/bin/true', ['a\0b']))
            attempt('execv missing', lambda: os.execv('/nonexistent/x', ['x']))
            attempt('execv kw', lambda: os.execv(path='/x', argv=['x']))
            attempt('execv nargs', lambda: os.execv('/x'))
            attempt('execve empty', lambda: os.execve('/bin/true', [], {}))
            attempt('execve argv', lambda: os.execve('/bin/true', 5, {}))
            attempt('execve first', lambda: os.execve('/bin/true', [b''], {}))
            attempt('execve env', lambda: os.execve('/bin/true', ['a'], 5))
            attempt('execve key', lambda: os.execve('/bin/true', ['a'], {'a=b': 'c'}))
            attempt('execve empty key', lambda: os.execve('/bin/true', ['a'], {'': 'c'}))
            attempt('execve int key', lambda: os.execve('/bin/true', ['a'], {1: 'c'}))
            attempt('execve int value', lambda: os.execve('/bin/true', ['a'], {'a': 1}))
            attempt('execve missing', lambda: os.execve('/nonexistent/x', ['x'], {}))
            attempt('register none', lambda: os.register_at_fork())
            attempt('register int', lambda: os.register_at_fork(before=1))
            attempt('register positional', lambda: os.register_at_fork(print))
            attempt('register child', lambda: os.register_at_fork(after_in_child=None))
            """, """
            fork: NotImplementedError: os.fork is not supported by Isolated: a forked copy of the .NET runtime cannot run Python code; use subprocess
            fork args: TypeError: posix.fork() takes no arguments (1 given)
            execv empty: ValueError: execv() arg 2 must not be empty
            execv tuple: ValueError: execv() arg 2 must not be empty
            execv str: TypeError: execv() arg 2 must be a tuple or list
            execv first: ValueError: execv() arg 2 first element cannot be empty
            execv int: TypeError: expected str, bytes or os.PathLike object, not int
            execv nul: ValueError: embedded null byte
            execv missing: FileNotFoundError: [Errno 2] No such file or directory
            execv kw: TypeError: posix.execv() takes no keyword arguments
            execv nargs: TypeError: execv expected 2 arguments, got 1
            execve empty: ValueError: execve: argv must not be empty
            execve argv: TypeError: execve: argv must be a tuple or list
            execve first: ValueError: execve: argv first element cannot be empty
            execve env: TypeError: execve: environment must be a mapping object
            execve key: ValueError: illegal environment variable name
            execve empty key: ValueError: illegal environment variable name
            execve int key: TypeError: expected str, bytes or os.PathLike object, not int
            execve int value: TypeError: expected str, bytes or os.PathLike object, not int
            execve missing: FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/x'
            register none: TypeError: At least one argument is required.
            register int: TypeError: 'before' must be callable, not int
            register positional: TypeError: register_at_fork() takes no positional arguments
            register child: TypeError: 'after_in_child' must be callable, not NoneType

            """);
    }

    static string PythonLiteral(string code) =>
        "'" + code.Replace("\\", "\\\\").Replace("'", "\\'").Replace("\r", "").Replace("\n", "\\n") + "'";
}
