using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Datetime;

/// <summary><c>_datetime</c>: the C#-accelerated datetime types that datetime.py re-exports
/// (<c>from _datetime import *</c>). datetime_CAPI (CPython's capsule for C extensions) is not
/// provided: the C API has no datetime functions yet.</summary>
public static class DatetimeModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var types = interp.Types.Datetime;
        var m = ModuleType.New(interp, "_datetime");
        m.Dict.SetStr("__doc__", interp.Str("Fast implementation of the datetime type."));
        m.Dict.SetStr("MINYEAR", interp.Int(CalendarMath.MinYear));
        m.Dict.SetStr("MAXYEAR", interp.Int(CalendarMath.MaxYear));
        m.Dict.SetStr("timedelta", types.TimeDelta);
        m.Dict.SetStr("date", types.Date);
        m.Dict.SetStr("tzinfo", types.TzInfo);
        m.Dict.SetStr("timezone", types.TimeZone);
        m.Dict.SetStr("UTC", types.Utc);
        m.Dict.SetStr("time", types.Time);
        m.Dict.SetStr("datetime", types.DateTime);
        return m;
    }
}
