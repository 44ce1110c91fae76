namespace Isolated.Modules.Datetime;

/// <summary>
/// Conversions between UTC and the local wall clock (the zone the time module uses, .NET's
/// TimeZoneInfo.Local) with PEP 495 folds. Instants and wall times are .NET ticks counted from
/// 0001-01-01 (100 ns units); callers keep them within datetime's range or get false back.
/// </summary>
public static class LocalTime
{
    static readonly long DayTicks = TimeSpan.TicksPerDay;

    /// <summary>The wall time at UTC instant <paramref name="utcTicks"/>, and whether it is the second
    /// occurrence of an ambiguous wall time (fold = 1).</summary>
    public static bool FromUtc(long utcTicks, out long wallTicks, out int fold)
    {
        wallTicks = 0;
        fold = 0;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks) return false;
        var zone = TimeZoneInfo.Local;
        var offset = zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc));
        wallTicks = utcTicks + offset.Ticks;
        if (wallTicks < DateTime.MinValue.Ticks || wallTicks > DateTime.MaxValue.Ticks) return false;
        var wall = new DateTime(wallTicks, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(wall))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(wall);
            var smallest = offsets[0];
            foreach (var o in offsets) if (o < smallest) smallest = o;
            // The later of the two instants is the one with the smaller offset.
            if (offset == smallest) fold = 1;
        }
        return true;
    }

    /// <summary>The UTC instant of a local wall time: fold picks the earlier (0) or later (1) instant of an
    /// ambiguous time; in a gap, fold 0 applies the offset from before the transition, fold 1 the one after.</summary>
    public static bool ToUtc(long wallTicks, int fold, out long utcTicks)
    {
        utcTicks = 0;
        if (wallTicks < DateTime.MinValue.Ticks || wallTicks > DateTime.MaxValue.Ticks) return false;
        var zone = TimeZoneInfo.Local;
        var wall = new DateTime(wallTicks, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsAmbiguousTime(wall))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(wall);
            TimeSpan lo = offsets[0], hi = offsets[0];
            foreach (var o in offsets)
            {
                if (o < lo) lo = o;
                if (o > hi) hi = o;
            }
            offset = fold == 0 ? hi : lo;
        }
        else if (zone.IsInvalidTime(wall))
        {
            // A day either side of the gap is far enough to see each of the two offsets.
            long guess = wallTicks - zone.BaseUtcOffset.Ticks;
            offset = fold == 0 ? OffsetAt(zone, guess - DayTicks) : OffsetAt(zone, guess + DayTicks);
        }
        else offset = zone.GetUtcOffset(wall);
        utcTicks = wallTicks - offset.Ticks;
        return true;
    }

    /// <summary>The local UTC offset in effect at a UTC instant (clamped into .NET's range).</summary>
    public static TimeSpan OffsetAt(TimeZoneInfo zone, long utcTicks) =>
        zone.GetUtcOffset(new DateTime(Math.Clamp(utcTicks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc));
}
