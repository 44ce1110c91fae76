using System.IO.Pipes;
using System.Text;
using Isolated.Execution;
using Isolated.Objects;
using Isolated.Tests.Modules;
using Xunit;

namespace Isolated.Tests.Io;

/// <summary>The _io module from Python (without the stdlib's io.py: _io directly) and the
/// properties that need C#: the GIL is released by blocking reads, interpreters do not share types.</summary>
public class IoModuleTests
{
    static string Run(string code)
    {
        var h = new ModuleTestHost();
        int rc = PythonRun.RunSimpleString(h.Ts, code);
        Assert.True(rc == 0, h.Err);
        return h.Out;
    }

    [Fact]
    public void BytesIOReadsWritesAndSeeks()
    {
        Assert.Equal("b'abc' 3\nb'a\\x00z'\n", Run(
            "import _io\nb = _io.BytesIO()\nb.write(b'abc')\nprint(b.getvalue(), b.tell())\nb.truncate(1)\nb.seek(2)\nb.write(b'z')\nprint(b.getvalue())"));
    }

    [Fact]
    public void StringIOTranslatesNewlinesWhenAsked()
    {
        Assert.Equal("'a\\nb\\nc'\n['x\\r\\n', 'y']\n", Run(
            "import _io\nprint(repr(_io.StringIO('a\\r\\nb\\rc', newline=None).getvalue()))\nprint(_io.StringIO('x\\r\\ny', newline='').readlines())"));
    }

    [Fact]
    public void TextIOWrapperOverBytesIO()
    {
        Assert.Equal("['l1\\n', 'l2\\n', 'l3']\nb'\\xc3\\xa9\\r\\n'\n", Run(
            "import _io\nt = _io.TextIOWrapper(_io.BytesIO(b'l1\\r\\nl2\\rl3'), encoding='utf-8')\nprint(list(t))\n" +
            "b = _io.BytesIO()\nt = _io.TextIOWrapper(b, encoding='utf-8', newline='\\r\\n')\nt.write('\\xe9\\n')\nt.flush()\nprint(b.getvalue())"));
    }

    [Fact]
    public void BufferedReaderPeeksWithoutConsuming()
    {
        Assert.Equal("b'ab' b'a' b'bcd'\n", Run(
            "import _io\nr = _io.BufferedReader(_io.BytesIO(b'abcd'), 2)\nprint(r.peek()[:2], r.read(1), r.read())"));
    }

    [Fact]
    public void UnsupportedOperationIsOSErrorAndValueError()
    {
        Assert.Equal("True True io\n", Run(
            "import _io\nU = _io.UnsupportedOperation\nprint(issubclass(U, OSError), issubclass(U, ValueError), U.__module__)"));
    }

    [Fact]
    public void OpenMissingFileRaisesFileNotFoundError()
    {
        Assert.Equal("FileNotFoundError [Errno 2] No such file or directory: '/nonexistent-dir/x' 2\n", Run(
            "try:\n    open('/nonexistent-dir/x')\nexcept OSError as e:\n    print(type(e).__name__, e, e.errno)"));
    }

    [Fact]
    public void FileRoundTripThroughOpen()
    {
        var path = Path.Combine(Path.GetTempPath(), $"isolated-io-{Guid.NewGuid():N}.txt");
        try
        {
            var code = $"p = {PyQuote(path)}\nwith open(p, 'w') as f:\n    f.write('one\\ntwo\\n')\nwith open(p) as f:\n    print(f.readlines())\n" +
                       "with open(p, 'rb') as f:\n    print(f.read())";
            Assert.Equal("['one\\n', 'two\\n']\nb'one\\ntwo\\n'\n", Run(code));
            Assert.Equal("one\ntwo\n", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InterpretersHaveTheirOwnIoTypes()
    {
        var a = new ModuleTestHost();
        var b = new ModuleTestHost();
        Assert.NotSame(a.Interp.Types.Io.FileIO, b.Interp.Types.Io.FileIO);
        Assert.Same(a.Interp.Types.Io.FileIO, a.Interp.Types.Io.FileIO);
    }

    [Fact]
    public void BlockingReadReleasesTheGil()
    {
        var h = new ModuleTestHost();
        using var server = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.None);
        int fd = (int)server.ClientSafePipeHandle.DangerousGetHandle();
        var ts = h.Ts;
        var io = h.Interp.Types.Io;
        var gil = h.Interp.Gil;
        PyObject? result = null;
        using var started = new ManualResetEventSlim();
        var reader = new Thread(() =>
        {
            gil.Acquire(ts);
            started.Set();
            var f = Ops.Call(ts, io.FileIO, new PyObject[] { h.Interp.Int(fd), h.Interp.Str("rb"), h.Interp.False })!;
            var read = Ops.GetAttr(ts, f, "read")!;
            result = Ops.Call(ts, read, h.Interp.Int(5));
            gil.Release(ts);
        });
        reader.Start();
        // While the reader waits for data, nobody holds the GIL.
        Assert.True(started.Wait(10000));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (gil.Holder is not null)
        {
            Assert.True(DateTime.UtcNow < deadline, "the GIL was not released by the blocking read");
            Thread.Sleep(10);
        }
        Thread.Sleep(50);
        Assert.Null(gil.Holder);
        server.Write(Encoding.ASCII.GetBytes("hello"));
        server.Flush();
        Assert.True(reader.Join(10000));
        Assert.Equal("hello", Encoding.ASCII.GetString(Assert.IsType<PyBytes>(result).Value));
    }

    [Fact]
    public void FlushOpenFilesWritesWhatUnclosedFilesBuffered()
    {
        var path = Path.Combine(Path.GetTempPath(), $"isolated-io-{Guid.NewGuid():N}.txt");
        try
        {
            var h = new ModuleTestHost();
            Assert.Equal(0, PythonRun.RunSimpleString(h.Ts, $"f = open({PyQuote(path)}, 'w')\nf.write('kept')"));
            Assert.Equal("", File.ReadAllText(path));
            h.Interp.Types.Io.FlushOpenFiles(h.Ts);
            Assert.Equal("kept", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    static string PyQuote(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
