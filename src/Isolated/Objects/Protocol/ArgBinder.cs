using System.Runtime.CompilerServices;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// Binds vectorcall arguments of a C# builtin to its parameters, with CPython's error messages
/// (the job of CPython's Argument Clinic). Parameters are described by name; the first
/// <c>positionalOnly</c> names cannot be passed by keyword, and names from index
/// <c>keywordOnlyFrom</c> on can only be passed by keyword.
/// </summary>
public static class ArgBinder
{
    /// <summary>Fills <paramref name="output"/> (one slot per name, null when not given).
    /// Returns false with TypeError set when the call does not fit.</summary>
    public static bool Bind(ThreadState ts, string function, ReadOnlySpan<PyObject> args, PyTuple? kwnames,
                            ReadOnlySpan<string> names, int required, Span<PyObject?> output,
                            int positionalOnly = 0, int keywordOnlyFrom = int.MaxValue)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int maxPositional = Math.Min(names.Length, keywordOnlyFrom);
        output.Clear();
        if (npos > maxPositional)
        {
            if (maxPositional == 0)
                ts.Raise(ExceptionKind.TypeError, $"{function}() takes no positional arguments");
            else if (required == maxPositional)
                ts.Raise(ExceptionKind.TypeError, $"{function}() takes exactly {Plural(maxPositional, "argument")} ({npos} given)");
            else
                ts.Raise(ExceptionKind.TypeError, $"{function}() takes at most {Plural(maxPositional, "argument")} ({npos} given)");
            return false;
        }
        for (int i = 0; i < npos; i++) output[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames!.Items[k]).Value;
            int index = -1;
            for (int j = 0; j < names.Length; j++)
                if (names[j] == key) { index = j; break; }
            if (index < 0 || index < positionalOnly)
            {
                if (index >= 0)
                    ts.Raise(ExceptionKind.TypeError, $"{function}() got some positional-only arguments passed as keyword arguments: '{key}'");
                else
                    ts.Raise(ExceptionKind.TypeError, $"{function}() got an unexpected keyword argument '{key}'");
                return false;
            }
            if (output[index] is not null)
            {
                ts.Raise(ExceptionKind.TypeError, $"argument for {function}() given by name ('{key}') and position ({index + 1})");
                return false;
            }
            output[index] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (output[i] is null)
            {
                if (i < positionalOnly || kwnames is null && i >= npos && i < maxPositional && names[i].Length == 0)
                    ts.Raise(ExceptionKind.TypeError, $"{function}() takes at least {Plural(required, "positional argument")} ({npos} given)");
                else
                    ts.Raise(ExceptionKind.TypeError, $"{function}() missing required argument '{names[i]}' (pos {i + 1})");
                return false;
            }
        }
        return true;
    }

    /// <summary>For functions taking no keyword arguments.</summary>
    public static bool NoKeywords(ThreadState ts, string function, PyTuple? kwnames)
    {
        if (kwnames is null || kwnames.Count == 0) return true;
        ts.Raise(ExceptionKind.TypeError, $"{function}() takes no keyword arguments");
        return false;
    }

    /// <summary>Checks a positional-only argument count, with CPython's messages.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CheckPositional(ThreadState ts, string function, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
    {
        // The common case inline; the messages' interpolation (stack buffers the prologue
        // zeroes) stays out of every builtin's call path.
        if ((kwnames is null || kwnames.Count == 0) && args.Length >= min && args.Length <= max) return true;
        return PositionalMismatch(ts, function, args.Length, kwnames, min, max);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static bool PositionalMismatch(ThreadState ts, string function, int n, PyTuple? kwnames, int min, int max)
    {
        if (!NoKeywords(ts, function, kwnames)) return false;
        if (n >= min && n <= max) return true;
        // Argument Clinic names the method with its type ("dict.get() takes no keyword arguments")
        // but counts its arguments under the bare name ("get expected at least 1 argument").
        string bare = function[(function.LastIndexOf('.') + 1)..];
        if (min == max)
        {
            ts.Raise(ExceptionKind.TypeError, min == 0
                ? $"{function}() takes no arguments ({n} given)"
                : min == 1 ? $"{function}() takes exactly one argument ({n} given)"
                : $"{bare} expected {Plural(min, "argument")}, got {n}");
        }
        else if (n < min)
            ts.Raise(ExceptionKind.TypeError, $"{bare} expected at least {Plural(min, "argument")}, got {n}");
        else
            ts.Raise(ExceptionKind.TypeError, $"{bare} expected at most {Plural(max, "argument")}, got {n}");
        return false;
    }

    static string Plural(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
