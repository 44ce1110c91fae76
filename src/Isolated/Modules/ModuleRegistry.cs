using System.Collections.Frozen;
using Isolated.Execution.Import;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules;

/// <summary>
/// The builtin modules (those written in C#), by name: what <c>import x</c> finds before searching
/// sys.path, what sys.builtin_module_names lists and what <c>_imp.create_builtin</c> creates.
/// A module area registers its module by adding one line to <see cref="Table"/>: its name and a
/// factory that creates a fresh module object for an interpreter (null with an exception set on
/// failure). The import system calls the factory once per interpreter and caches the module in that
/// interpreter's sys.modules.
/// </summary>
public static class ModuleRegistry
{
    public readonly record struct Entry(string Name, Func<ThreadState, PyModule?> Create);

    static readonly Entry[] Table =
    [
        new("builtins", static ts => SysState.Of(ts.Interpreter).Builtins),
        new("sys", static ts => SysState.Of(ts.Interpreter).SysModuleFor(ts)),
        new("_imp", ImpModule.Create),
        new("_io", Io.IoModule.Create),
        new("_interpreters", Interpreters.InterpretersModule.Create),
        new("_sre", Sre.SreModule.Create),
        new("_weakref", Weakref.WeakrefModule.Create),
        new("_thread", Thread.ThreadModule.Create),
        new("time", Time.TimeModule.Create),
        new("errno", Errno.ErrnoModule.Create),
        new("gc", Gc.GcModule.Create),
        new("atexit", Atexit.AtexitModule.Create),
        new("posix", Posix.PosixModule.Create),
        new("itertools", Itertools.ItertoolsModule.Create),
        new("_collections", Collections.CollectionsModule.Create),
        new("math", Mathematics.MathModule.Create),
        new("_struct", Struct.StructModule.Create),
        new("_random", RandomGenerator.RandomModule.Create),
        new("_md5", Hashing.HashModules.CreateMd5),
        new("_sha1", Hashing.HashModules.CreateSha1),
        new("_sha2", Hashing.HashModules.CreateSha2),
        new("_sha3", Hashing.HashModules.CreateSha3),
        new("_blake2", Hashing.HashModules.CreateBlake2),
        new("_hashlib", Hashing.HashModules.CreateHashlib),
        new("binascii", Binascii.BinasciiModule.Create),
        new("_codecs", TextCodecs.CodecsModule.Create),
        new("_string", StringSupport.StringModule.Create),
        new("_locale", Locale.LocaleModule.Create),
        new("unicodedata", Unicodedata.UnicodedataModule.Create),
        new("_signal", Signal.SignalModule.Create),
        new("select", Select.SelectModule.Create),
        new("_posixsubprocess", Subprocess.PosixSubprocessModule.Create),
        new("_contextvars", ContextVars.ContextVarsModule.Create),
        new("_socket", Socket.SocketModule.Create),
        new("_warnings", Warnings.WarningsModule.Create),
        new("_tokenize", Tokenize.TokenizeModule.Create),
        new("zlib", Zlib.ZlibModule.Create),
        new("_bisect", Bisect.BisectModule.Create),
        new("_heapq", Heapq.HeapqModule.Create),
        new("array", Arrays.ArrayModule.Create),
        new("_typing", Typing.TypingModule.Create),
        new("marshal", Marshaling.MarshalModule.Create),
        new("_operator", Operator.OperatorModule.Create),
        new("_json", Json.JsonModule.Create),
        new("_datetime", Datetime.DatetimeModule.Create),
        new("_functools", Functools.FunctoolsModule.Create),
        new("_abc", Abc.AbcModule.Create),
        new("_stat", Stat.StatModule.Create),
        new("faulthandler", Faulthandler.FaulthandlerModule.Create),
        new("pwd", Pwd.PwdModule.Create),
        new("grp", Pwd.GrpModule.Create),
        new("cmath", Cmath.CmathModule.Create),
        new("_xmlevents", Xml.XmlEventsModule.Create),
        // Other areas add their modules here, e.g. new("math", MathModule.Create),
    ];

    // Frozen: the index is immutable data shared by every interpreter (DESIGN §2 rule 3).
    static readonly FrozenDictionary<string, Func<ThreadState, PyModule?>> ByName =
        Table.ToFrozenDictionary(e => e.Name, e => e.Create, StringComparer.Ordinal);

    /// <summary>The factory for the builtin module <paramref name="name"/>, or null.</summary>
    public static Func<ThreadState, PyModule?>? Find(string name) => ByName.GetValueOrDefault(name);

    public static bool IsBuiltin(string name) => ByName.ContainsKey(name);

    public static IEnumerable<string> Names
    {
        get
        {
            foreach (var e in Table) yield return e.Name;
        }
    }
}
