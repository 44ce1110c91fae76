using System.Runtime.InteropServices;

namespace Isolated.Modules.Time;

/// <summary>The POSIX clocks behind time.monotonic/perf_counter/process_time/thread_time.</summary>
static partial class Clocks
{
    public const int Realtime = 0, Monotonic = 1, ProcessCpu = 2, ThreadCpu = 3;

    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec ts);

    [LibraryImport("libc", EntryPoint = "clock_getres")]
    private static partial int ClockGetRes(int clock, out TimeSpec ts);

    /// <summary>Nanoseconds on the given clock.</summary>
    public static long Nanoseconds(int clock)
    {
        if (ClockGetTime(clock, out var t) != 0)
        {
            // Fallbacks if libc refuses (never expected on Linux).
            return clock == Realtime
                ? (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100
                : System.Diagnostics.Stopwatch.GetTimestamp() * (1_000_000_000 / System.Diagnostics.Stopwatch.Frequency);
        }
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }

    public static double Resolution(int clock) =>
        ClockGetRes(clock, out var t) == 0 ? t.Seconds + t.Nanoseconds * 1e-9 : 1e-9;
}
