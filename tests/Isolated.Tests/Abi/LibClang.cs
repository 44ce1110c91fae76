using System.Runtime.InteropServices;

namespace Isolated.Tests.Abi;

/// <summary>
/// The few libclang entry points the ABI check needs, declared by hand: ClangSharp is not on
/// the package feed, only the native library (NuGet <c>libclang.runtime.linux-x64</c>, whose
/// <c>runtimes/linux-x64/native/libclang.so</c> the build copies next to the tests and the
/// host's deps.json resolves for "libclang"). Layouts follow clang-c/Index.h.
/// </summary>
internal static unsafe partial class LibClang
{
    private const string Lib = "libclang";

    [StructLayout(LayoutKind.Sequential)]
    public struct CXString { public IntPtr Data; public uint PrivateFlags; }

    [StructLayout(LayoutKind.Sequential)]
    public struct CXCursor { public int Kind; public int XData; public IntPtr Data0, Data1, Data2; }

    [StructLayout(LayoutKind.Sequential)]
    public struct CXSourceLocation { public IntPtr Ptr0, Ptr1; public uint IntData; }

    public const int CXCursor_FunctionDecl = 8;
    public const int CXCursor_VarDecl = 9;
    public const int CXChildVisit_Continue = 1;
    public const int CXChildVisit_Recurse = 2;
    public const int CXLinkage_External = 4;
    public const int CXDiagnostic_Error = 3;

    [DllImport(Lib)] public static extern IntPtr clang_createIndex(int excludeDeclarationsFromPch, int displayDiagnostics);
    [DllImport(Lib)] public static extern void clang_disposeIndex(IntPtr index);
    [DllImport(Lib)] public static extern IntPtr clang_parseTranslationUnit(IntPtr index, byte* sourceFilename,
        byte** commandLineArgs, int numArgs, IntPtr unsavedFiles, uint numUnsavedFiles, uint options);
    [DllImport(Lib)] public static extern void clang_disposeTranslationUnit(IntPtr tu);
    [DllImport(Lib)] public static extern CXCursor clang_getTranslationUnitCursor(IntPtr tu);
    [DllImport(Lib)] public static extern uint clang_visitChildren(CXCursor parent,
        delegate* unmanaged<CXCursor, CXCursor, IntPtr, int> visitor, IntPtr clientData);
    [DllImport(Lib)] public static extern int clang_getCursorKind(CXCursor cursor);
    [DllImport(Lib)] public static extern CXString clang_getCursorSpelling(CXCursor cursor);
    [DllImport(Lib)] public static extern uint clang_isCursorDefinition(CXCursor cursor);
    [DllImport(Lib)] public static extern int clang_getCursorLinkage(CXCursor cursor);
    [DllImport(Lib)] public static extern CXSourceLocation clang_getCursorLocation(CXCursor cursor);
    [DllImport(Lib)] public static extern void clang_getFileLocation(CXSourceLocation location, out IntPtr file,
        out uint line, out uint column, out uint offset);
    [DllImport(Lib)] public static extern CXString clang_getFileName(IntPtr file);
    [DllImport(Lib)] public static extern IntPtr clang_getCString(CXString str);
    [DllImport(Lib)] public static extern void clang_disposeString(CXString str);
    [DllImport(Lib)] public static extern uint clang_getNumDiagnostics(IntPtr tu);
    [DllImport(Lib)] public static extern IntPtr clang_getDiagnostic(IntPtr tu, uint index);
    [DllImport(Lib)] public static extern int clang_getDiagnosticSeverity(IntPtr diagnostic);
    [DllImport(Lib)] public static extern CXString clang_formatDiagnostic(IntPtr diagnostic, uint options);
    [DllImport(Lib)] public static extern uint clang_defaultDiagnosticDisplayOptions();
    [DllImport(Lib)] public static extern void clang_disposeDiagnostic(IntPtr diagnostic);

    /// <summary>Copies a CXString into a .NET string and disposes it.</summary>
    public static string Take(CXString s)
    {
        try { return Marshal.PtrToStringUTF8(clang_getCString(s)) ?? ""; }
        finally { clang_disposeString(s); }
    }
}
