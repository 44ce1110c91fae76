using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Datetime;

/// <summary>datetime.IsoCalendarDate: what date.isocalendar() returns, a (year, week, weekday)
/// tuple whose items are also readable by name. Pickles as a plain tuple, as CPython's.</summary>
public static class IsoCalendarDateType
{
    static readonly string[] FieldNames = ["year", "week", "weekday"];

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("IsoCalendarDate", types.Tuple, TypeFlags.TupleSubclass | TypeFlags.Immutable, s =>
        {
            s.New = static (ts, type, args, kw) =>
            {
                Span<PyObject?> given = new PyObject?[3];
                if (!ArgBinder.Bind(ts, "IsoCalendarDate", args, kw, FieldNames, 3, given)) return null;
                return new PyIsoCalendarDate(type, [given[0]!, given[1]!, given[2]!]);
            };
            s.Init = null;
            s.Repr = static (ts, self) =>
            {
                var items = ((PyTuple)self).Items;
                var parts = new string[3];
                for (int i = 0; i < 3; i++)
                {
                    if (Ops.Repr(ts, items[i]) is not PyStr r) return null;
                    parts[i] = $"{FieldNames[i]}={r.Value}";
                }
                return ts.Interpreter.Str($"{DatetimeTypes.ReprName(self.Type)}({string.Join(", ", parts)})");
            };
        }, static (_, type) =>
        {
            type.AddValue("__module__", type.Owner.Str("datetime"));
            type.AddGetSet("year", static (ts, self) => ((PyTuple)self).Items[0], null, "ISO calendar year");
            type.AddGetSet("week", static (ts, self) => ((PyTuple)self).Items[1], null, "ISO calendar week");
            type.AddGetSet("weekday", static (ts, self) => ((PyTuple)self).Items[2], null, "ISO calendar day of week");
            type.AddMethod("__reduce__", static (ts, self, a, k) =>
            {
                if (!ArgBinder.CheckPositional(ts, "__reduce__", a, k, 0, 0)) return null;
                var interp = ts.Interpreter;
                return interp.Tuple(interp.Types.Tuple, interp.Tuple(interp.Tuple(((PyTuple)self).Items)));
            });
        });

    public static PyIsoCalendarDate New(ThreadState ts, int year, int week, int weekday)
    {
        var interp = ts.Interpreter;
        return new PyIsoCalendarDate(interp.Types.Datetime.IsoCalendarDate, [interp.Int(year), interp.Int(week), interp.Int(weekday)]);
    }
}
