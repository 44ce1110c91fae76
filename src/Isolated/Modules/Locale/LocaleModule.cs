using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Locale;

/// <summary>
/// <c>_locale</c> with the semantics of the C and C.UTF-8 locales, the only ones it knows: every
/// interpreter has its own (simulated) locale, so setlocale in one never changes another's or the
/// host's. The text encoding is always UTF-8; "" (the environment's locale) selects C.UTF-8, and any
/// other name raises locale.Error "unsupported locale setting". localeconv, nl_langinfo,
/// strcoll/strxfrm and the gettext functions answer as glibc does in those locales.
/// </summary>
public static class LocaleModule
{
    const int LcAll = 6;
    const int CharMax = 127;

    static readonly string[] CategoryNames = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"];

    /// <summary>glibc's nl_item values and what the C locale answers.</summary>
    static readonly (string Name, int Item, string Value)[] LangInfo =
    [
        ("CODESET", 14, "UTF-8"), ("D_T_FMT", 131112, "%a %b %e %H:%M:%S %Y"), ("D_FMT", 131113, "%m/%d/%y"),
        ("T_FMT", 131114, "%H:%M:%S"), ("T_FMT_AMPM", 131115, "%I:%M:%S %p"), ("AM_STR", 131110, "AM"), ("PM_STR", 131111, "PM"),
        ("DAY_1", 131079, "Sunday"), ("DAY_2", 131080, "Monday"), ("DAY_3", 131081, "Tuesday"), ("DAY_4", 131082, "Wednesday"),
        ("DAY_5", 131083, "Thursday"), ("DAY_6", 131084, "Friday"), ("DAY_7", 131085, "Saturday"),
        ("ABDAY_1", 131072, "Sun"), ("ABDAY_2", 131073, "Mon"), ("ABDAY_3", 131074, "Tue"), ("ABDAY_4", 131075, "Wed"),
        ("ABDAY_5", 131076, "Thu"), ("ABDAY_6", 131077, "Fri"), ("ABDAY_7", 131078, "Sat"),
        ("MON_1", 131098, "January"), ("MON_2", 131099, "February"), ("MON_3", 131100, "March"), ("MON_4", 131101, "April"),
        ("MON_5", 131102, "May"), ("MON_6", 131103, "June"), ("MON_7", 131104, "July"), ("MON_8", 131105, "August"),
        ("MON_9", 131106, "September"), ("MON_10", 131107, "October"), ("MON_11", 131108, "November"), ("MON_12", 131109, "December"),
        ("ABMON_1", 131086, "Jan"), ("ABMON_2", 131087, "Feb"), ("ABMON_3", 131088, "Mar"), ("ABMON_4", 131089, "Apr"),
        ("ABMON_5", 131090, "May"), ("ABMON_6", 131091, "Jun"), ("ABMON_7", 131092, "Jul"), ("ABMON_8", 131093, "Aug"),
        ("ABMON_9", 131094, "Sep"), ("ABMON_10", 131095, "Oct"), ("ABMON_11", 131096, "Nov"), ("ABMON_12", 131097, "Dec"),
        ("RADIXCHAR", 65536, "."), ("THOUSEP", 65537, ""), ("YESEXPR", 327680, "^[yY]"), ("NOEXPR", 327681, "^[nN]"),
        ("CRNCYSTR", 262159, "-"), ("ERA", 131116, ""), ("ERA_D_FMT", 131118, ""), ("ERA_D_T_FMT", 131120, ""),
        ("ERA_T_FMT", 131121, ""), ("ALT_DIGITS", 131119, ""), ("_DATE_FMT", 131180, "%a %b %e %H:%M:%S %Z %Y"),
    ];

    /// <summary>One interpreter's locale: a name per category, and the gettext domain.</summary>
    sealed class State
    {
        public readonly string[] Names = ["C.UTF-8", "C", "C", "C", "C", "C"];
        public string Domain = "messages";
        public PyType? Error;
    }

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_locale");
        m.Dict.SetStr("__doc__", interp.Str("Support for POSIX locales."));
        var state = new State();
        var error = Ops.Call(ts, interp.Types.Type, [interp.Str("Error"), interp.Tuple(interp.ExceptionType(ExceptionKind.Exception)),
            DictOf(interp, ("__module__", interp.Str("locale")))]);
        if (error is not PyType errorType) return null;
        state.Error = errorType;
        m.Dict.SetStr("Error", errorType);
        for (int i = 0; i < CategoryNames.Length; i++) m.Dict.SetStr(CategoryNames[i], interp.Int(i));
        m.Dict.SetStr("LC_ALL", interp.Int(LcAll));
        m.Dict.SetStr("CHAR_MAX", interp.Int(CharMax));
        foreach (var (name, item, _) in LangInfo) m.Dict.SetStr(name, interp.Int(item));

        WeakrefModule.Add(m, "setlocale", (ts, self, args, kw) => SetLocale(ts, state, args, kw));
        WeakrefModule.Add(m, "localeconv", LocaleConv);
        WeakrefModule.Add(m, "nl_langinfo", NlLangInfo);
        WeakrefModule.Add(m, "getencoding", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "getencoding", args, kw, 0, 0) ? ts.Interpreter.Str("UTF-8") : null);
        WeakrefModule.Add(m, "strcoll", StrColl);
        WeakrefModule.Add(m, "strxfrm", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "strxfrm", args, kw, 1, 1)) return null;
            // In the C locales collation is code point order: the string is its own key.
            return args[0] is PyStr ? args[0] : ts.Raise(ExceptionKind.TypeError, $"strxfrm() argument must be str, not {args[0].Type.Name}");
        });
        WeakrefModule.Add(m, "gettext", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "gettext", args, kw, 1, 1) ? Message(ts, args[0], "gettext", 1) : null);
        WeakrefModule.Add(m, "dgettext", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "dgettext", args, kw, 2, 2) ? Message(ts, args[1], "dgettext", 2) : null);
        WeakrefModule.Add(m, "dcgettext", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "dcgettext", args, kw, 3, 3) ? Message(ts, args[1], "dcgettext", 2) : null);
        WeakrefModule.Add(m, "textdomain", (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "textdomain", args, kw, 1, 1)) return null;
            if (args[0] is PyStr d) state.Domain = d.Value;
            else if (!ReferenceEquals(args[0], ts.Interpreter.None))
                return ts.Raise(ExceptionKind.TypeError, $"textdomain() argument must be str or None, not {args[0].Type.Name}");
            return ts.Interpreter.Str(state.Domain);
        });
        WeakrefModule.Add(m, "bindtextdomain", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "bindtextdomain", args, kw, 2, 2)) return null;
            // No message catalogs exist: the directory is recorded nowhere, as for an unknown domain.
            return ReferenceEquals(args[1], ts.Interpreter.None) ? ts.Interpreter.Str("/usr/share/locale") : args[1];
        });
        WeakrefModule.Add(m, "bind_textdomain_codeset", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "bind_textdomain_codeset", args, kw, 2, 2) ? ts.Interpreter.None : null);
        return m;
    }

    static PyDict DictOf(Interpreter interp, params (string Key, PyObject Value)[] items)
    {
        var d = interp.NewDict();
        foreach (var (k, v) in items) d.SetStr(k, v);
        return d;
    }

    /// <summary>In the C locales no message is translated.</summary>
    static PyObject? Message(ThreadState ts, PyObject msg, string function, int position) =>
        msg is PyStr ? msg : ts.Raise(ExceptionKind.TypeError, $"{function}() argument {position} must be str, not {msg.Type.Name}");

    static string? Canonical(string name) => name switch
    {
        "C" or "POSIX" => "C",
        "" or "C.UTF-8" or "C.utf8" or "C.UTF8" or "C.utf-8" => "C.UTF-8",
        _ => null,
    };

    static PyObject? SetLocale(ThreadState ts, State state, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "setlocale", args, kw, ["category", "locale"], 1, a)) return null;
        if (!TextArgs.ToSsize(ts, a[0]!, out long category)) return null;
        if (category < 0 || category > LcAll) return ts.Raise(state.Error!, "unsupported locale setting");
        var interp = ts.Interpreter;
        if (a[1] is not null && !ReferenceEquals(a[1], interp.None))
        {
            if (a[1] is not PyStr requested) return ts.Raise(ExceptionKind.TypeError, $"setlocale() argument 2 must be str or None, not {a[1]!.Type.Name}");
            if (Canonical(requested.Value) is not { } name) return ts.Raise(state.Error!, "unsupported locale setting");
            if (category == LcAll) Array.Fill(state.Names, name);
            else state.Names[category] = name;
        }
        if (category != LcAll) return interp.Str(state.Names[category]);
        if (state.Names.All(n => n == state.Names[0])) return interp.Str(state.Names[0]);
        // Mixed categories: glibc's composite name, its extra categories staying "C".
        var parts = new List<string>();
        for (int i = 0; i < CategoryNames.Length; i++) parts.Add($"{CategoryNames[i]}={state.Names[i]}");
        foreach (var extra in (ReadOnlySpan<string>)["LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"])
            parts.Add(extra + "=C");
        return interp.Str(string.Join(';', parts));
    }

    static PyObject? LocaleConv(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "localeconv", args, kw, 0, 0)) return null;
        var interp = ts.Interpreter;
        PyObject empty() => interp.EmptyStr;
        PyObject charMax() => interp.Int(CharMax);
        return DictOf(interp,
            ("int_curr_symbol", empty()), ("currency_symbol", empty()), ("mon_decimal_point", empty()), ("mon_thousands_sep", empty()),
            ("mon_grouping", TextInterop.NewList(ts, new List<PyObject>())), ("positive_sign", empty()), ("negative_sign", empty()),
            ("int_frac_digits", charMax()), ("frac_digits", charMax()), ("p_cs_precedes", charMax()), ("p_sep_by_space", charMax()),
            ("n_cs_precedes", charMax()), ("n_sep_by_space", charMax()), ("p_sign_posn", charMax()), ("n_sign_posn", charMax()),
            ("decimal_point", interp.Str(".")), ("thousands_sep", empty()), ("grouping", TextInterop.NewList(ts, new List<PyObject>())));
    }

    static PyObject? NlLangInfo(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "nl_langinfo", args, kw, 1, 1)) return null;
        if (!TextArgs.ToSsize(ts, args[0], out long item)) return null;
        foreach (var (_, key, value) in LangInfo)
            if (key == item) return ts.Interpreter.Str(value);
        return ts.Raise(ExceptionKind.ValueError, "unsupported langinfo constant");
    }

    static PyObject? StrColl(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "strcoll", args, kw, 2, 2)) return null;
        if (args[0] is not PyStr a) return ts.Raise(ExceptionKind.TypeError, $"strcoll() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyStr b) return ts.Raise(ExceptionKind.TypeError, $"strcoll() argument 2 must be str, not {args[1].Type.Name}");
        // Code point order (ordinal UTF-16 order differs only for supplementary characters).
        int c = 0;
        int i = 0, j = 0;
        while (c == 0 && i < a.Value.Length && j < b.Value.Length)
            c = PyStr.NextCodePoint(a.Value, ref i).CompareTo(PyStr.NextCodePoint(b.Value, ref j));
        if (c == 0) c = (i < a.Value.Length ? 1 : 0) - (j < b.Value.Length ? 1 : 0);
        return ts.Interpreter.Int(Math.Sign(c));
    }
}
