using Isolated.Objects;

namespace Isolated.Modules.Datetime;

/// <summary>A datetime.date (validated fields). datetime.datetime's objects derive from it.</summary>
public class PyDate : PyObject
{
    public readonly int Year, Month, Day;

    public PyDate(PyType type, int year, int month, int day) : base(type)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>True for datetime objects: date's comparisons and arithmetic decline them.</summary>
    public virtual bool IsDateTime => false;

    public int Ordinal => CalendarMath.YmdToOrdinal(Year, Month, Day);
}
