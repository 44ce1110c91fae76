using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// The builtins that CPython's <c>site</c> module adds when a program starts (unless -S):
/// <c>exit</c> and <c>quit</c>, <c>help</c>, <c>copyright</c>, <c>credits</c> and <c>license</c>,
/// made from the stdlib's own <c>_sitebuiltins</c> classes. Scripts call <c>exit()</c> and
/// <c>quit()</c> all the time. The rest of site.main() (site-packages, .pth files, venvs) is not
/// done: this runtime loads no third-party packages from CPython's locations.
/// </summary>
public static class SiteBuiltins
{
    const string Credits =
        "    Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software\n" +
        "    Foundation, and a cast of thousands for supporting Python\n" +
        "    development.  See www.python.org for more information.";

    /// <summary>Installs the names; when _sitebuiltins cannot be imported (no stdlib), the
    /// program simply runs without them, as CPython does with -S.</summary>
    public static void Install(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var saved = ts.CurrentException;
        ts.CurrentException = null;
        try
        {
            if (Import.ImportSystem.ImportModule(ts, "_sitebuiltins") is not { } mod) return;
            var builtins = ExecutionState.Of(interp).BuiltinsDict;
            var eof = interp.Str("Ctrl-D (i.e. EOF)");
            if (Ops.GetAttr(ts, mod, "Quitter") is not { } quitter) return;
            if (Ops.Call(ts, quitter, interp.Str("quit"), eof) is not { } quit) return;
            builtins.SetStr("quit", quit);
            if (Ops.Call(ts, quitter, interp.Str("exit"), eof) is not { } exit) return;
            builtins.SetStr("exit", exit);
            if (Ops.GetAttr(ts, mod, "_Printer") is not { } printer) return;
            if (Ops.Call(ts, printer, interp.Str("copyright"), interp.Str(Modules.Sys.SysModule.Copyright)) is { } copyright)
                builtins.SetStr("copyright", copyright);
            if (Ops.Call(ts, printer, interp.Str("credits"), interp.Str(Credits)) is { } credits)
                builtins.SetStr("credits", credits);
            if (Ops.Call(ts, printer, interp.Str("license"), interp.Str("See https://www.python.org/psf/license/")) is { } license)
                builtins.SetStr("license", license);
            if (Ops.GetAttr(ts, mod, "_Helper") is { } helper && Ops.Call(ts, helper) is { } help)
                builtins.SetStr("help", help);
        }
        finally
        {
            ts.CurrentException = saved;
        }
    }
}
