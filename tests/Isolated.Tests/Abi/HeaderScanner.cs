using System.Diagnostics;
using System.Runtime.InteropServices;
using static Isolated.Tests.Abi.LibClang;

namespace Isolated.Tests.Abi;

/// <summary>
/// Parses the public headers with libclang and collects every function (and extern variable)
/// they <em>declare</em> with external linkage, in files under include/. Macros are not
/// declarations and static inline functions have internal linkage or a body, so both are left
/// out: they need no export.
/// </summary>
internal static unsafe class HeaderScanner
{
    public sealed class Result
    {
        public SortedSet<string> Functions { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Variables { get; } = new(StringComparer.Ordinal);
        public List<string> Errors { get; } = new();
        public string IncludeDir = "";
    }

    public static Result Scan(string includeDir, IEnumerable<string> headers)
    {
        var result = new Result { IncludeDir = Path.GetFullPath(includeDir).TrimEnd('/') + "/" };
        string dir = Path.Combine(Path.GetTempPath(), "isolated-abi-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        string source = Path.Combine(dir, "abi_check.c");
        File.WriteAllLines(source, headers.Select(h => $"#include \"{Path.GetFullPath(h)}\""));

        var args = new List<string> { "-x", "c", "-std=gnu11", "-I" + includeDir, "-DISOLATED_ABI_CHECK=1" };
        // libclang.so from NuGet comes without clang's resource headers (stddef.h, stdarg.h...):
        // borrow the C compiler's, which are compatible for declarations.
        string? ccInclude = CompilerIncludeDir();
        if (ccInclude != null) args.Add("-isystem" + ccInclude);

        IntPtr index = clang_createIndex(0, 0);
        try
        {
            IntPtr tu = Parse(index, source, args);
            if (tu == IntPtr.Zero)
            {
                result.Errors.Add("clang_parseTranslationUnit failed for " + string.Join(", ", headers));
                return result;
            }
            try
            {
                uint n = clang_getNumDiagnostics(tu);
                for (uint i = 0; i < n; i++)
                {
                    IntPtr d = clang_getDiagnostic(tu, i);
                    if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error)
                        result.Errors.Add(Take(clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions())));
                    clang_disposeDiagnostic(d);
                }
                GCHandle h = GCHandle.Alloc(result);
                try { clang_visitChildren(clang_getTranslationUnitCursor(tu), &Visit, GCHandle.ToIntPtr(h)); }
                finally { h.Free(); }
            }
            finally { clang_disposeTranslationUnit(tu); }
        }
        finally
        {
            clang_disposeIndex(index);
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
        return result;
    }

    private static IntPtr Parse(IntPtr index, string source, List<string> args)
    {
        var handles = new List<IntPtr>();
        try
        {
            IntPtr file = Marshal.StringToCoTaskMemUTF8(source);
            handles.Add(file);
            IntPtr* argv = stackalloc IntPtr[args.Count];
            for (int i = 0; i < args.Count; i++) { argv[i] = Marshal.StringToCoTaskMemUTF8(args[i]); handles.Add(argv[i]); }
            return clang_parseTranslationUnit(index, (byte*)file, (byte**)argv, args.Count, IntPtr.Zero, 0, 0);
        }
        finally { foreach (IntPtr p in handles) Marshal.FreeCoTaskMem(p); }
    }

    [UnmanagedCallersOnly]
    private static int Visit(CXCursor cursor, CXCursor parent, IntPtr data)
    {
        var result = (Result)GCHandle.FromIntPtr(data).Target!;
        int kind = clang_getCursorKind(cursor);
        if (kind != CXCursor_FunctionDecl && kind != CXCursor_VarDecl)
            return CXChildVisit_Recurse; // e.g. into extern "C"-like wrappers; cheap for C headers
        clang_getFileLocation(clang_getCursorLocation(cursor), out IntPtr file, out _, out _, out _);
        if (file == IntPtr.Zero) return CXChildVisit_Continue;
        string path = Take(clang_getFileName(file));
        if (!Path.GetFullPath(path).StartsWith(result.IncludeDir, StringComparison.Ordinal))
            return CXChildVisit_Continue; // system headers
        if (clang_getCursorLinkage(cursor) != CXLinkage_External)
            return CXChildVisit_Continue; // static (inline) helpers
        string name = Take(clang_getCursorSpelling(cursor));
        if (kind == CXCursor_FunctionDecl)
        {
            // A function with a body in a header needs no export (a non-static inline one would be
            // a header bug, but it is the compiler's business, not the library's).
            if (clang_isCursorDefinition(cursor) == 0) result.Functions.Add(name);
        }
        else
        {
            result.Variables.Add(name);
        }
        return CXChildVisit_Continue;
    }

    private static string? CompilerIncludeDir()
    {
        foreach (string cc in new[] { "cc", "gcc", "clang" })
        {
            try
            {
                var psi = new ProcessStartInfo(cc, "-print-file-name=include")
                { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                using var p = Process.Start(psi);
                if (p == null) continue;
                string dir = p.StandardOutput.ReadToEnd().Trim();
                p.WaitForExit();
                if (p.ExitCode == 0 && File.Exists(Path.Combine(dir, "stddef.h"))) return dir;
            }
            catch (System.ComponentModel.Win32Exception) { }
        }
        return null;
    }
}
