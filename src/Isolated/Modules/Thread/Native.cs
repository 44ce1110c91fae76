using System.Runtime.InteropServices;

namespace Isolated.Modules.Thread;

/// <summary>libc calls for _thread.</summary>
static partial class Native
{
    [LibraryImport("libc")]
    internal static partial int gettid();
}
