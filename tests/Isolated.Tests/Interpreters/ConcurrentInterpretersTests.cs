using System.Text;
using Isolated.Execution;
using Isolated.Tests.Conformance;
using Xunit;

namespace Isolated.Tests.Interpreters;

/// <summary>
/// PEP 734's concurrent.interpreters, driven from Python. CPython 3.12 has no such module, so the
/// expected outputs here are written by hand from the PEP's text, not generated.
/// Subinterpreters write to the process's own stdout, so these scripts report through queues and
/// the main interpreter prints.
/// </summary>
public class ConcurrentInterpretersTests
{
    internal static (int rc, string stdout, string stderr) Run(string source, params string[] args)
    {
        var dir = Path.Combine(Path.GetTempPath(), "isolated-interp-tests");
        Directory.CreateDirectory(dir);
        var script = Path.Combine(dir, $"case_{Guid.NewGuid():N}.py");
        File.WriteAllText(script, source);
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var host = new ProgramMainHost
        {
            Stdin = new MemoryStream(),
            Stdout = stdout,
            Stderr = stderr,
            StdinIsTty = false,
            StdoutIsTty = false,
            GetEnvironmentVariable = _ => null,
            StdlibPath = ConformanceCorpus.StdlibDirectory,
            WorkingDirectory = dir,
        };
        try
        {
            int rc = ProgramMain.Run(["isolated", script, .. args], null, host);
            return (rc, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
        }
        finally
        {
            File.Delete(script);
        }
    }

    internal static void Expect(string source, string expected)
    {
        if (ConformanceCorpus.StdlibDirectory is null) return;   // no stdlib: nothing to import from
        var (rc, stdout, stderr) = Run(source);
        Assert.True(rc == 0, $"exit {rc}\nstdout:\n{stdout}\nstderr:\n{stderr}");
        Assert.Equal(expected.Replace("\r\n", "\n"), stdout);
    }

    [Fact]
    public void CreateListAndClose()
    {
        Expect("""
            from concurrent import interpreters as I
            main = I.get_main()
            print(main.id, main.whence, I.get_current() == main, main is I.get_current())
            a, b = I.create(), I.create()
            print(a.whence, a != b, sorted(i.id for i in I.list_all()) == [0, a.id, b.id])
            print(a.is_running(), repr(a) == f'Interpreter({a.id})')
            a.close()
            print([i.id for i in I.list_all()] == [0, b.id])
            try:
                a.exec('pass')
            except I.InterpreterNotFoundError as e:
                print('gone:', type(e).__name__, isinstance(e, I.InterpreterError))
            try:
                main.close()
            except I.InterpreterError as e:
                print('main:', e)
            b.close()
            """, """
            0 runtime init True True
            _interpreters module True True
            False True
            True
            gone: InterpreterNotFoundError True
            main: cannot destroy the current interpreter

            """.Replace("            ", "").TrimStart('\n').TrimEnd(' ') );
    }

    [Fact]
    public void ExecPrepareMainAndFailures()
    {
        Expect("""
            from concurrent import interpreters as I
            interp = I.create()
            q = I.create_queue()
            interp.prepare_main(q=q, n=10, label='sum')
            interp.exec('q.put((label, sum(range(n))))')
            print(q.get())
            interp.exec('counter = 0')
            interp.exec('counter += 5; q.put(counter)')
            print(q.get())
            try:
                interp.exec('def f():\n    raise ValueError("bad value")\nf()')
            except I.ExecutionFailed as e:
                print(e.excinfo.type.__name__, e.excinfo.msg)
                print('ValueError: bad value' in e.excinfo.formatted, 'line 2, in f' in e.excinfo.errdisplay)
            try:
                interp.prepare_main(items=(x for x in ()))   # neither shareable nor picklable
            except I.NotShareableError:
                print('generator refused')
            print(I.is_shareable((1, 2.5, 'x', b'y', None, True)), I.is_shareable({}))
            interp.close()
            """, """
            ('sum', 45)
            5
            ValueError bad value
            True True
            generator refused
            True False

            """.Replace("            ", "").TrimStart('\n').TrimEnd(' '));
    }

    [Fact]
    public void OneQueueObjectPerQueueInEachInterpreter()
    {
        Expect("""
            from concurrent import interpreters as I
            q = I.create_queue()
            import pickle
            print(I.Queue(q.id) is q, I.Queue(q.id) == q, I.create_queue() is q, pickle.loads(pickle.dumps(q)) is q)
            back = I.create_queue()
            worker = I.create()
            worker.prepare_main(q=q, back=back)
            worker.exec('from concurrent import interpreters as I; back.put(I.Queue(q.id) is q); back.put(q)')
            print(back.get(), back.get() is q)
            try:
                I.Queue(10**6)
            except I.QueueNotFoundError as e:
                print(type(e).__name__)
            worker.close()
            """, """
            True True False True
            True True
            QueueNotFoundError

            """);
    }

    [Fact]
    public void QueuesBetweenInterpreters()
    {
        Expect("""
            from concurrent import interpreters as I
            q = I.create_queue(maxsize=2)
            print(q.maxsize, q.empty(), q.full(), q.qsize())
            q.put(1); q.put_nowait('two')
            print(q.full(), q.qsize())
            try:
                q.put(3, timeout=0.01)
            except I.QueueFull:
                print('full')
            print(q.get(), q.get_nowait())
            try:
                q.get(timeout=0.01)
            except I.QueueEmpty:
                print('empty')
            big = b'x' * 10_000_000
            back = I.create_queue()
            worker = I.create()
            worker.prepare_main(inbox=q, outbox=back)
            q.put(big)
            worker.exec('data = inbox.get(); outbox.put(len(data)); outbox.put(data)')
            print(back.get(), back.get() == big)
            gone = I.create_queue(unbounditems=I.UNBOUND_REMOVE)
            kept = I.create_queue()
            worker.prepare_main(gone=gone, kept=kept)
            worker.exec('gone.put(1); kept.put(2); kept.put(3, unbounditems=I_UNBOUND_ERROR)' .replace('I_UNBOUND_ERROR', 'None'))
            worker.close()
            print(gone.qsize(), kept.get() is I.UNBOUND, kept.get() is I.UNBOUND)
            """, """
            2 True False 0
            True 2
            full
            1 two
            empty
            10000000 True
            0 True True

            """.Replace("            ", "").TrimStart('\n').TrimEnd(' '));
    }
}
