using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Datetime;

/// <summary>One interpreter's _datetime types and singletons, created on first use.</summary>
public sealed class DatetimeTypes
{
    readonly BuiltinTypes _types;
    public DatetimeTypes(BuiltinTypes types) => _types = types;

    PyType? _timeDelta, _date, _tzInfo, _timeZone, _isoCalendarDate;
    public PyType TimeDelta => _timeDelta ??= TimeDeltaType.Create(_types);
    public PyType Date => _date ??= DateType.Create(_types);
    public PyType TzInfo => _tzInfo ??= TzInfoType.Create(_types);
    public PyType TimeZone => _timeZone ??= TimeZoneType.Create(_types);
    public PyType IsoCalendarDate => _isoCalendarDate ??= IsoCalendarDateType.Create(_types);

    PyType? _time, _dateTime;
    public PyType Time => _time ??= TimeType.Create(_types);
    public PyType DateTime => _dateTime ??= DateTimeType.Create(_types);

    PyTimeZone? _utc;
    /// <summary>timezone.utc, the one timezone with a zero offset and no name.</summary>
    public PyTimeZone Utc => _utc ??= new PyTimeZone(TimeZone, ZeroDelta, null);

    PyTimeDelta? _zeroDelta;
    public PyTimeDelta ZeroDelta => _zeroDelta ??= new PyTimeDelta(TimeDelta, 0, 0, 0);

    /// <summary>The name CPython's reprs use for a type: "datetime.date" for the builtin types,
    /// the bare class name for a Python subclass.</summary>
    public static string ReprName(PyType type) => type.HasFlag(TypeFlags.HeapType) ? type.Name : "datetime." + type.Name;

    /// <summary>The outcome of a rich comparison from a three-way comparison result.</summary>
    public static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };
}
