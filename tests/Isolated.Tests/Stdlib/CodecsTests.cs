using Isolated.Execution;
using Isolated.Objects;
using Isolated.Runtime;
using Isolated.Tests.Modules;
using Isolated.Tests.Parsing;
using Isolated.Text.Unicode;
using Xunit;

namespace Isolated.Tests.Stdlib;

/// <summary>The text side of the stdlib: _codecs and its registries, unicodedata and its
/// build-time database, _string, _locale. Python-level behaviour is checked against CPython by
/// the conformance cases in cases/codecs/; these check what those cannot see.</summary>
public class CodecsTests
{
    static ModuleTestHost Host(bool stdlib = true)
    {
        var h = new ModuleTestHost(stdlib ? ParsingTestPaths.StdlibDirectory : null);
        h.Interp.Gil.Acquire(h.Ts);
        return h;
    }

    static string Run(ModuleTestHost h, string code)
    {
        Assert.Equal(0, PythonRun.RunSimpleString(h.Ts, code));
        return h.Out;
    }

    [Fact]
    public void TheBuiltinCodecsWorkWithoutTheStdlib()
    {
        // _codecs itself needs no pure-Python code: the fast-path codecs and error handlers work,
        // and an unknown encoding is a LookupError (the encodings package cannot be imported).
        var h = Host(stdlib: false);
        Assert.Equal("(b'a\\xe2\\x82\\xac', 2) ('\u00e9', 1) unknown encoding: nope\n",
            Run(h, "import _codecs\ntry: 'x'.encode('nope')\nexcept LookupError as e: err = str(e)\n" +
                   "print(_codecs.utf_8_encode('a\\u20ac'), _codecs.latin_1_decode(b'\\xe9'), err)"));
    }

    [Fact]
    public void RegistriesBelongToTheirInterpreter()
    {
        // A search function or error handler registered in one interpreter is not seen by another.
        var a = Host();
        var b = Host();
        Run(a, "import codecs\ncodecs.register_error('only_here', lambda e: ('?', e.end))\nprint(b'\\xff'.decode('ascii', 'only_here'))");
        Assert.Equal("?\n", a.Out);
        Assert.Equal("LookupError\n", Run(b, "try: b'\\xff'.decode('ascii', 'only_here')\nexcept LookupError: print('LookupError')"));
    }

    [Fact]
    public void ThePythonHandlerCanMoveTheResumePosition()
    {
        var h = Host();
        Assert.Equal("a<1>d a<1>c\n", Run(h,
            "import codecs\ncodecs.register_error('skip2', lambda e: ('<%d>' % e.start, e.start + 3))\n" +
            "codecs.register_error('fromend', lambda e: ('<%d>' % e.start, -1))\n" +
            "print(b'a\\xffbcd'.decode('ascii', 'skip2'), b'a\\xffbc'.decode('utf-8', 'fromend'))"));
    }

    [Fact]
    public void HandlerPositionOutOfRangeIsAnIndexError()
    {
        var h = Host();
        Assert.Equal("IndexError position 10 from error handler out of bounds\n", Run(h,
            "import codecs\ncodecs.register_error('far', lambda e: ('', 10))\n" +
            "try: b'a\\xff'.decode('ascii', 'far')\nexcept IndexError as e: print('IndexError', e)"));
    }

    [Fact]
    public void TheUnicodeDatabaseIsImmutableSharedData()
    {
        if (UnicodeDatabase.Instance is not { } db)
        {
            // build.sh generates it; a tree built without build.sh has none, and says so.
            var h = Host();
            Assert.NotEqual(0, PythonRun.RunSimpleString(h.Ts, "import unicodedata"));
            Assert.Contains("unicode-data", h.Err);
            return;
        }
        Assert.Same(db, UnicodeDatabase.Instance);
        Assert.Equal("15.0.0", db.Version);
        Assert.Equal("SNAKE", db.Name(0x1F40D));
        Assert.Equal(0x1F40D, db.Lookup("snake"));
        Assert.Equal("HANGUL SYLLABLE GAG", db.Name(0xAC01));
        Assert.Equal(0xAC01, db.Lookup("hangul syllable gag"));
        Assert.Null(db.Name(0x378));
        Assert.Equal("\u00e9", db.Normalize("e\u0301", compose: true, compat: false));
        Assert.Equal("fi", db.Normalize("\ufb01", compose: true, compat: true));
        Assert.True(db.AssignedIn32('a'));
        Assert.False(db.AssignedIn32(0x1F40D));
    }

    [Fact]
    public void NamedEscapesInSourceUseTheDatabase()
    {
        if (UnicodeDatabase.Instance is null) return;
        var h = Host(stdlib: false);
        Assert.Equal("True\n", Run(h, "print('\\N{EM DASH}\\N{latin small letter a}' == '\\u2014a')"));
        Assert.NotEqual(0, PythonRun.RunSimpleString(h.Ts, "x = '\\N{NO SUCH NAME AT ALL}'"));
        Assert.Contains("unknown Unicode character name", h.Err);
    }

    [Fact]
    public void EachInterpreterHasItsOwnLocale()
    {
        var a = Host(stdlib: false);
        var b = Host(stdlib: false);
        Run(a, "import _locale\n_locale.setlocale(_locale.LC_ALL, 'C')");
        Assert.Equal("C C.UTF-8\n", Run(b, "import _locale\nprint(_locale.setlocale(_locale.LC_NUMERIC), _locale.setlocale(_locale.LC_CTYPE))"));
        Assert.Equal("C UTF-8\n", Run(a, "print(_locale.setlocale(_locale.LC_CTYPE), _locale.getencoding())"));
    }
}
