using Isolated.Tests.Execution;
using Xunit;

namespace Isolated.Tests.Strings;

/// <summary>The deliberate divergence from CPython (PyMemoryView's class comment): only a view
/// held by a with block pins a bytearray's size; a temporary view does not, and a view the
/// bytearray shrank under fails with BufferError instead of reading past the end.</summary>
public class MemoryViewPinningTests
{
    [Fact]
    public void TemporaryViewDoesNotPinBytearray()
    {
        var actual = PyRunner.Exec("""
            ba = bytearray(b"hello world")
            print(bytes(memoryview(ba)[:5]))
            ba += b"!"
            del ba[:6]
            print(ba)
            """);
        Assert.Equal("b'hello'\nbytearray(b'world!')\n", actual);
    }

    [Fact]
    public void ViewHeldByWithBlockPinsUntilExit()
    {
        var actual = PyRunner.Exec("""
            ba = bytearray(b"ab")
            with memoryview(ba) as v:
                try:
                    ba.append(1)
                except BufferError as e:
                    print(e)
            ba.append(99)
            print(ba, v.released)
            """);
        Assert.Equal("Existing exports of data: object cannot be re-sized\nbytearray(b'abc') True\n", actual);
    }

    [Fact]
    public void ViewPastShrunkBytearrayRaisesBufferError()
    {
        var actual = PyRunner.Exec("""
            ba = bytearray(b"abcdef")
            m = memoryview(ba)[2:6]
            r = memoryview(ba)[::-1]
            del ba[3:]
            for f in (lambda: bytes(m), lambda: m[0], lambda: m.__setitem__(0, 1), lambda: bytes(r)):
                try:
                    f()
                except BufferError as e:
                    print("BufferError:", e)
            ba.extend(b"xyz")
            print(bytes(m), bytes(r))
            """);
        var shrunk = "BufferError: memoryview: underlying bytearray was resized smaller than the view\n";
        Assert.Equal(shrunk + shrunk + shrunk + shrunk + "b'cxyz' b'zyxcba'\n", actual);
    }
}
