using System.Runtime.CompilerServices;
using Isolated.Objects;

namespace Isolated.Runtime;

/// <summary>
/// One interpreter's memory cap (PyIsolated_SetMemoryLimit). Interpreters share .NET's heap, so
/// live bytes cannot be read per interpreter; instead the storage that can grow without bound is
/// charged where it is allocated — str, bytes and bytearray contents, list storage — once it is at
/// least <see cref="Threshold"/> bytes, and given back when the object is collected (a finalizable
/// token hangs off the object). Sizes that are known before allocating (repetition, bytearray(n),
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
    ConditionalWeakTable<object, ChargeToken>? _charges;

    internal MemoryAccount(Interpreter interp) => _interp = interp;

    /// <summary>The cap in bytes; 0 means none.</summary>
    public long Limit => Volatile.Read(ref _limit);

    /// <summary>Bytes charged and not yet given back.</summary>
    public long Used => Interlocked.Read(ref _used);

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
        if (account.Used + bytes > limit && !account.MakeRoom(bytes, limit)) throw account.MemoryError();
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
        if (account.Used + bytes > limit && !account.MakeRoom(bytes, limit)) throw account.MemoryError();
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
        if (account.Used + more > limit && !account.MakeRoom(more, limit)) throw account.MemoryError();
        account.Attach(owner, more);
    }

    void Attach(object owner, long bytes)
    {
        var charges = _charges;
        if (charges is null) return;
        Interlocked.Add(ref _used, bytes);
        if (charges.TryGetValue(owner, out var existing)) existing.Add(bytes);
        else charges.AddOrUpdate(owner, new ChargeToken(this, bytes));
    }

    internal void Release(long bytes) => Interlocked.Add(ref _used, -bytes);

    /// <summary>Collects garbage (rate-limited) so that charges of dead objects come back; true
    /// when <paramref name="bytes"/> now fit.</summary>
    bool MakeRoom(long bytes, long limit)
    {
        long now = Environment.TickCount64;
        if (now - Volatile.Read(ref _lastCollect) >= CollectIntervalMs)
        {
            Volatile.Write(ref _lastCollect, now);
            GC.Collect();
            // Finalizers give the charges back; waited for on another thread with a bound, so a
            // finalizer that needs this interpreter's GIL cannot deadlock us.
            Task.Run(static () => GC.WaitForPendingFinalizers()).Wait(200);
        }
        return Used + bytes <= limit;
    }

    PyException MemoryError()
    {
        var e = _interp.NewException(ExceptionKind.MemoryError, "");
        e.Args = _interp.EmptyTuple;
        return new PyException(e);
    }

    /// <summary>The bytes charged for one object; given back when the object is collected.</summary>
    sealed class ChargeToken
    {
        readonly MemoryAccount _account;
        long _bytes;

        public ChargeToken(MemoryAccount account, long bytes)
        {
            _account = account;
            _bytes = bytes;
        }

        public void Add(long bytes) => Interlocked.Add(ref _bytes, bytes);

        ~ChargeToken() => _account.Release(Interlocked.Read(ref _bytes));
    }
}
