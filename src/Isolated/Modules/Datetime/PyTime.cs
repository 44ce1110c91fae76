using Isolated.Objects;

namespace Isolated.Modules.Datetime;

/// <summary>A datetime.time: a time of day, optionally with a tzinfo (null when naive).
/// <see cref="Fold"/> is only written right after construction (PEP 495 subclass construction).</summary>
public class PyTime : PyObject
{
    public readonly int Hour, Minute, Second, Microsecond;
    public readonly PyObject? TzInfo;
    public int Fold;
    /// <summary>The hash once computed (-1: not yet); a tzinfo's utcoffset can be costly to call.</summary>
    public long HashCache = -1;

    public PyTime(PyType type, int hour, int minute, int second, int microsecond, PyObject? tzinfo, int fold) : base(type)
    {
        Hour = hour;
        Minute = minute;
        Second = second;
        Microsecond = microsecond;
        TzInfo = tzinfo;
        Fold = fold;
    }

    /// <summary>Microseconds since midnight (ignoring tzinfo and fold).</summary>
    public long TotalMicroseconds => ((Hour * 60L + Minute) * 60 + Second) * 1_000_000 + Microsecond;
}
