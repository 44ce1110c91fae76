using Isolated.Objects;

namespace Isolated.Modules.Datetime;

/// <summary>A datetime.timedelta, normalised: 0 ≤ <see cref="Seconds"/> &lt; 86400,
/// 0 ≤ <see cref="Microseconds"/> &lt; 1000000, |<see cref="Days"/>| ≤ 999999999.</summary>
public class PyTimeDelta : PyObject
{
    public readonly int Days, Seconds, Microseconds;

    public PyTimeDelta(PyType type, int days, int seconds, int microseconds) : base(type)
    {
        Days = days;
        Seconds = seconds;
        Microseconds = microseconds;
    }

    /// <summary>The whole duration in microseconds (fits a long: at most about 8.64e19 / 1000).</summary>
    public System.Numerics.BigInteger TotalMicroseconds =>
        ((System.Numerics.BigInteger)Days * 86400 + Seconds) * 1_000_000 + Microseconds;

    public bool IsZero => Days == 0 && Seconds == 0 && Microseconds == 0;
}
