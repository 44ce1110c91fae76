using Isolated.Objects;

namespace Isolated.Modules.Datetime;

/// <summary>A datetime.datetime: a date (the base) plus a time of day and an optional tzinfo (null when naive).
/// <see cref="Fold"/> is only written right after construction (PEP 495 subclass construction).</summary>
public class PyDateTime : PyDate
{
    public readonly int Hour, Minute, Second, Microsecond;
    public readonly PyObject? TzInfo;
    public int Fold;
    /// <summary>The hash once computed (-1: not yet); a tzinfo's utcoffset can be costly to call.</summary>
    public long HashCache = -1;

    public PyDateTime(PyType type, int year, int month, int day, int hour, int minute, int second, int microsecond, PyObject? tzinfo, int fold)
        : base(type, year, month, day)
    {
        Hour = hour;
        Minute = minute;
        Second = second;
        Microsecond = microsecond;
        TzInfo = tzinfo;
        Fold = fold;
    }

    public override bool IsDateTime => true;

    /// <summary>Microseconds since midnight (ignoring tzinfo and fold).</summary>
    public long TimeOfDayMicroseconds => ((Hour * 60L + Minute) * 60 + Second) * 1_000_000 + Microsecond;
}
