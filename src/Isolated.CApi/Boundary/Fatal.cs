namespace Isolated.CApi.Boundary;

/// <summary>
/// Reports misuse of the C API that CPython answers with a fatal error (abort). Isolated never
/// takes the host down: it writes the same kind of message to stderr and the export returns a
/// safe value (NULL, -1, or nothing).
/// </summary>
internal static class Fatal
{
    public static void Report(string function, string message)
    {
        try
        {
            Console.Error.WriteLine($"Isolated C API error: {function}: {message}");
            Console.Error.Flush();
        }
        catch (Exception)
        {
            // stderr may be closed; nothing else to do.
        }
    }

    /// <summary>An unexpected .NET exception inside an export (a runtime bug).</summary>
    public static void Bug(string function, Exception e) =>
        Report(function, $"internal error ({e.GetType().Name}: {e.Message})");
}
