using System.Runtime.CompilerServices;
using Isolated.Objects;

namespace Isolated.Runtime;

/// <summary>
/// One interpreter's memory cap (PyIsolated_SetMemoryLimit). Interpreters share .NET's heap, so
/// live bytes cannot be read per interpreter; instead the storage that can grow without bound is
/// charged where it is allocated — str, bytes and bytearray contents, list storage — once it is at
/// least <see cref="Threshold"/> bytes, and given back when the object is collected (the charge
/// hangs off the object in a ConditionalWeakTable, which forgets collected objects). Sizes that are known before allocating (repetition, bytearray(n),
/// list growth) are checked first, so a request past the cap never reaches the allocator.
/// Objects smaller than the threshold are not counted: see README for the measured precision.
/// Accounting starts when a limit is set; while none is set it costs one field read per site.
/// </summary>
public sealed class MemoryAccount
{
    /// <summary>Allocations below this many bytes are not charged.</summary>
    public const int Threshold = 4096;

    /// <summary>At most one forced collection per this many milliseconds, so a script that
    /// hammers the cap cannot stall every interpreter with full collections.</summary>
    const long CollectIntervalMs = 50;

    readonly Interpreter _interp;
    long _limit;
    long _used;
    long _lastCollect;
    long _sinceCollect;
    ConditionalWeakTable<object, ChargeToken>? _charges;

    internal MemoryAccount(Interpreter interp) => _interp = interp;

    /// <summary>The cap in bytes; 0 means none.</summary>
    public long Limit => Volatile.Read(ref _limit);

    /// <summary>Bytes charged for objects still alive (exact after a collection; until then it
    /// also counts garbage not yet collected).</summary>
    public long Used => Recount();

    public void SetLimit(long bytes)
    {
        if (bytes < 0) throw new ArgumentOutOfRangeException(nameof(bytes), "the memory limit must be >= 0");
        if (bytes > 0 && _charges is null) Interlocked.CompareExchange(ref _charges, new ConditionalWeakTable<object, ChargeToken>(), null);
        Volatile.Write(ref _limit, bytes);
    }

    /// <summary>Checks that <paramref name="bytes"/> more would fit under the cap; throws
    /// MemoryError (a <see cref="PyException"/>) otherwise. For sites that know a size before
    /// allocating it.</summary>
    public static void Reserve(Interpreter interp, long bytes)
    {
        if (bytes < Threshold) return;
        var account = interp.HostIfCreated?.Memory;
        if (account is null) return;
        long limit = account.Limit;
        if (limit == 0) return;
        if (Interlocked.Read(ref account._used) + bytes > limit && !account.MakeRoom(bytes, limit)) throw account.MemoryError();
    }

    /// <summary>Charges the storage of <paramref name="owner"/> (already allocated) until it is
    /// collected; throws MemoryError when that passes the cap.</summary>
    public static void Charge(PyObject owner, long bytes)
    {
        if (bytes < Threshold) return;
        var account = owner.Type.Owner.HostIfCreated?.Memory;
        if (account is null) return;
        long limit = account.Limit;
        if (limit == 0) return;
        if (Interlocked.Read(ref account._used) + bytes > limit && !account.MakeRoom(bytes, limit)) throw account.MemoryError();
        account.Attach(owner, bytes);
    }

    /// <summary>Charges <paramref name="bytes"/> more to an object already charged (storage that
    /// grew); throws MemoryError when that passes the cap.</summary>
    public static void Grow(PyObject owner, long oldBytes, long newBytes)
    {
        if (newBytes < Threshold || newBytes <= oldBytes) return;
        var account = owner.Type.Owner.HostIfCreated?.Memory;
        if (account is null) return;
        long limit = account.Limit;
        if (limit == 0) return;
        long more = newBytes - (oldBytes < Threshold ? 0 : oldBytes);
        if (Interlocked.Read(ref account._used) + more > limit && !account.MakeRoom(more, limit)) throw account.MemoryError();
        account.Attach(owner, more);
    }

    void Attach(object owner, long bytes)
    {
        var charges = _charges;
        if (charges is null) return;
        Interlocked.Add(ref _used, bytes);
        Interlocked.Add(ref _sinceCollect, bytes);
        if (charges.TryGetValue(owner, out var existing)) existing.Bytes += bytes;
        else charges.AddOrUpdate(owner, new ChargeToken { Bytes = bytes });
    }

    /// <summary>Recomputes the charged bytes from the objects still alive (the table forgets
    /// collected ones), so no finalizer is needed to give bytes back.</summary>
    long Recount()
    {
        var charges = _charges;
        if (charges is null) return 0;
        long total = 0;
        foreach (var entry in charges) total += entry.Value.Bytes;
        Interlocked.Exchange(ref _used, total);
        return total;
    }

    /// <summary>Collects garbage so that collected objects' charges come back; true when
    /// <paramref name="bytes"/> now fit. A collection runs when enough was charged since the
    /// last one, or at most every <see cref="CollectIntervalMs"/> otherwise, so a script that
    /// retries past the cap cannot stall every interpreter with full collections.</summary>
    bool MakeRoom(long bytes, long limit)
    {
        long now = Environment.TickCount64;
        if (Interlocked.Read(ref _sinceCollect) >= limit / 4 || now - Volatile.Read(ref _lastCollect) >= CollectIntervalMs)
        {
            Volatile.Write(ref _lastCollect, now);
            Interlocked.Exchange(ref _sinceCollect, 0);
            GC.Collect();
        }
        return Recount() + bytes <= limit;
    }

    PyException MemoryError()
    {
        return new PyException(_interp.NewMemoryError());
    }

    /// <summary>The bytes charged for one object (the table drops it with the object).</summary>
    sealed class ChargeToken
    {
        public long Bytes;
    }
}
