using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.CApi.Extensions;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>CPython's Py_buffer, field for field (pybuffer.h).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct PyBufferView
{
    public byte* Buf;
    public nint Obj;
    public nint Len;
    public nint ItemSize;
    public int ReadOnly;
    public int NDim;
    public byte* Format;
    public nint* Shape;
    public nint* Strides;
    public nint* SubOffsets;
    public void* Internal;
}

/// <summary>
/// The buffer protocol for C (PyObject_GetBuffer / PyBuffer_Release) and memoryviews from C.
/// Managed exporters (bytes, bytearray, array.array, memoryviews of them) keep their bytes in
/// managed arrays the GC may move, so an export pins the array for the view's lifetime and, for
/// resizable exporters, counts as an export (a bytearray refuses to resize while C holds a
/// view). What the export holds lives in a small native record in view->internal, freed by
/// PyBuffer_Release. Extension types made by PyType_FromSpec export through their own
/// Py_bf_getbuffer / Py_bf_releasebuffer slots. Views are one-dimensional.
/// </summary>
internal static unsafe class Buffers
{
    const int BufWritable = 0x1, BufFormat = 0x4, BufNd = 0x8, BufStrides = 0x10 | BufNd,
        BufCContiguous = 0x20 | BufStrides, BufFContiguous = 0x40 | BufStrides, BufAnyContiguous = 0x80 | BufStrides;
    const int BufRead = 0x100, BufWrite = 0x200;
    const int SlotGetBuffer = 1, SlotReleaseBuffer = 2;
    const uint RecordMagic = 0x49534F42;   // "ISOB": a record made here

    /// <summary>What a managed export holds until PyBuffer_Release (view->internal).</summary>
    [StructLayout(LayoutKind.Sequential)]
    struct ExportRecord
    {
        public uint Magic;
        public byte Format0, Format1;
        public nint Pin;            // GCHandle (pinned) of the array, or 0 for native memory
        public nint Exporter;       // GCHandle of the IBuffer whose ExportCount was raised, or 0
        public nint View;           // GCHandle of the memoryview whose ExportCount was raised, or 0
        public nint Shape, Stride;  // what view->shape and view->strides point to
        public nint PythonView;     // GCHandle of the memoryview a Python __buffer__ returned (PEP 688), or 0
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_CheckBuffer")]
    public static int PyObject_CheckBuffer(nint obj)
    {
        var o = obj == 0 ? null : ObjectBridge.FromNative(obj);
        if (o is null) return 0;
        if (o is PyNativeInstance) return NativeInstances.SlotOf(o.Type, SlotGetBuffer) != 0 ? 1 : 0;
        if (o is IBuffer b && !o.Type.HasFlag(TypeFlags.HeapType)) return Pinnable(o is PyMemoryView mv ? mv.Source : b) ? 1 : 0;
        return BufferProtocol.Exports(o) ? 1 : 0;
    }

    static bool Pinnable(IBuffer b) => b is PyBytes or PyByteArray or Isolated.Modules.Arrays.PyArray or NativeMemoryBuffer;

    [UnmanagedCallersOnly(EntryPoint = "PyObject_GetBuffer")]
    public static int PyObject_GetBuffer(nint obj, PyBufferView* view, int flags)
    {
        var ts = Api.Ts("PyObject_GetBuffer");
        if (ts is null) return -1;
        try
        {
            if (view == null) { Calls.BadInternalCall(ts); return -1; }
            var o = Api.Arg(ts, obj);
            if (o is null) return -1;
            if (o is PyNativeInstance)
            {
                nint getbuffer = NativeInstances.SlotOf(o.Type, SlotGetBuffer);
                if (getbuffer == 0) return NotABuffer(ts, o);
                return ((delegate* unmanaged<nint, PyBufferView*, int, int>)getbuffer)(obj, view, flags);
            }
            if (!BufferProtocol.TryAcquire(ts, o, flags, out var buffer)) return -1;
            if (buffer is null) return NotABuffer(ts, o);
            if (ReferenceEquals(buffer, o)) return Export(ts, obj, o, buffer, view, flags, null);
            // A Python class's __buffer__ (PEP 688): export the view it returned, on behalf of o;
            // PyBuffer_Release hands that view to o's __release_buffer__.
            var inner = (PyMemoryView)buffer;
            if (Export(ts, obj, inner, inner, view, flags, o) == 0) return 0;
            BufferProtocol.CallReleaseMethod(ts, o, inner);
            return -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    static int NotABuffer(ThreadState ts, PyObject o)
    {
        ts.Raise(ExceptionKind.TypeError, $"a bytes-like object is required, not '{o.Type.Name}'");
        return -1;
    }

    static int Export(ThreadState ts, nint obj, PyObject o, IBuffer buffer, PyBufferView* view, int flags, PyObject? pythonExporter)
    {
        var mv = o as PyMemoryView;
        if (mv is not null && !mv.CheckUsable(ts)) return -1;
        IBuffer source = mv?.Source ?? buffer;
        int start = mv?.Start ?? 0, step = mv?.Step ?? 1, itemSize = mv?.ItemSize ?? 1;
        int count = mv?.Length ?? buffer.AsReadOnlySpan().Length;
        char format = mv?.Format ?? 'B';
        bool readOnly = buffer.IsReadOnly;
        if ((flags & BufWritable) != 0 && readOnly) { ts.Raise(ExceptionKind.BufferError, "Object is not writable."); return -1; }
        bool contiguous = step == itemSize || count <= 1;
        if (!contiguous)
        {
            if ((flags & BufStrides) != BufStrides) { ts.Raise(ExceptionKind.BufferError, "memoryview: underlying buffer is not strided"); return -1; }
            if ((flags & BufCContiguous) == BufCContiguous || (flags & BufFContiguous) == BufFContiguous || (flags & BufAnyContiguous) == BufAnyContiguous)
            {
                ts.Raise(ExceptionKind.BufferError, "memoryview: underlying buffer is not contiguous");
                return -1;
            }
        }
        if (mv is not null) mv.CheckSourceCovers();

        byte* data;
        GCHandle pin = default;
        switch (source)
        {
            case PyBytes b: pin = GCHandle.Alloc(b.Value, GCHandleType.Pinned); break;
            case PyByteArray ba: pin = GCHandle.Alloc(ba.Storage, GCHandleType.Pinned); break;
            case Isolated.Modules.Arrays.PyArray a: pin = GCHandle.Alloc(a.Data, GCHandleType.Pinned); break;
            case NativeMemoryBuffer native: break;
            default:
                ts.Raise(ExceptionKind.BufferError, $"{o.Type.Name}: exporting this buffer to C is not implemented");
                return -1;
        }
        data = pin.IsAllocated ? (byte*)pin.AddrOfPinnedObject() : ((NativeMemoryBuffer)source).Address;

        var record = (ExportRecord*)NativeMemory.AllocZeroed((nuint)sizeof(ExportRecord));
        record->Magic = RecordMagic;
        record->Format0 = (byte)format;
        record->Pin = pin.IsAllocated ? GCHandle.ToIntPtr(pin) : 0;
        // Resizable exporters stay their size while C holds the view.
        if (source is PyByteArray or Isolated.Modules.Arrays.PyArray)
        {
            source.ExportCount++;
            record->Exporter = GCHandle.ToIntPtr(GCHandle.Alloc(source));
        }
        if (mv is not null)
        {
            mv.ExportCount++;
            record->View = GCHandle.ToIntPtr(GCHandle.Alloc(mv));
        }

        if (pythonExporter is not null) record->PythonView = GCHandle.ToIntPtr(GCHandle.Alloc(o));

        view->Buf = data + start;
        view->Obj = Api.New(ts, pythonExporter ?? o);
        view->ItemSize = itemSize;
        view->Len = (nint)count * itemSize;
        view->ReadOnly = readOnly ? 1 : 0;
        view->NDim = 1;
        view->Format = (flags & BufFormat) != 0 ? &record->Format0 : null;
        record->Shape = count;
        record->Stride = step;
        view->Shape = (flags & BufNd) == BufNd ? &record->Shape : null;
        view->Strides = (flags & BufStrides) == BufStrides ? &record->Stride : null;
        view->SubOffsets = null;
        view->Internal = record;
        return 0;
    }

    /// <summary>Ends an export: the exporter's release hook (extension types) or the record's pin
    /// and export counts (managed exporters), then the view's reference to the object.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyBuffer_Release")]
    public static void PyBuffer_Release(PyBufferView* view)
    {
        if (view == null || view->Obj == 0) return;
        var ts = Api.Ts("PyBuffer_Release");
        if (ts is null) return;
        try
        {
            nint obj = view->Obj;
            var o = ObjectBridge.FromNative(obj);
            if (o is PyNativeInstance)
            {
                nint release = NativeInstances.SlotOf(o.Type, SlotReleaseBuffer);
                if (release != 0) ((delegate* unmanaged<nint, PyBufferView*, void>)release)(obj, view);
            }
            else if (view->Internal != null && ((ExportRecord*)view->Internal)->Magic == RecordMagic)
            {
                var record = (ExportRecord*)view->Internal;
                if (record->Pin != 0) GCHandle.FromIntPtr(record->Pin).Free();
                if (record->Exporter != 0)
                {
                    var handle = GCHandle.FromIntPtr(record->Exporter);
                    ((IBuffer)handle.Target!).ExportCount--;
                    handle.Free();
                }
                if (record->View != 0)
                {
                    var handle = GCHandle.FromIntPtr(record->View);
                    ((PyMemoryView)handle.Target!).ExportCount--;
                    handle.Free();
                }
                if (record->PythonView != 0)
                {
                    var handle = GCHandle.FromIntPtr(record->PythonView);
                    var exported = (PyMemoryView)handle.Target!;
                    handle.Free();
                    BufferProtocol.CallReleaseMethod(ts, o!, exported);
                }
                record->Magic = 0;
                NativeMemory.Free(record);
                view->Internal = null;
            }
            view->Obj = 0;
            Api.Steal(obj);
        }
        catch (Exception e) { Api.Fail(ts, e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyMemoryView_FromObject")]
    public static nint PyMemoryView_FromObject(nint obj) =>
        Api.Unary(obj, "PyMemoryView_FromObject", static (ts, o) => MemoryViewType.FromObject(ts, o));

    /// <summary>A memoryview of C memory (PyBUF_READ or PyBUF_WRITE); memoryview.obj is None.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyMemoryView_FromMemory")]
    public static nint PyMemoryView_FromMemory(byte* mem, nint size, int flags)
    {
        var ts = Api.Ts("PyMemoryView_FromMemory");
        if (ts is null) return 0;
        try
        {
            if ((mem == null && size > 0) || size < 0 || (flags != BufRead && flags != BufWrite)) { Calls.BadInternalCall(ts); return 0; }
            return Api.New(ts, OverNative(ts, mem, size, flags == BufRead, 'B', 1));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>A memoryview of the memory a filled Py_buffer describes (one-dimensional and
    /// contiguous; a one-character format). The caller keeps that memory alive.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyMemoryView_FromBuffer")]
    public static nint PyMemoryView_FromBuffer(PyBufferView* info)
    {
        var ts = Api.Ts("PyMemoryView_FromBuffer");
        if (ts is null) return 0;
        try
        {
            if (info == null) { Calls.BadInternalCall(ts); return 0; }
            if (info->Buf == null) { ts.Raise(ExceptionKind.ValueError, "PyMemoryView_FromBuffer(): info->buf must not be NULL"); return 0; }
            char format = 'B';
            if (info->Format != null)
            {
                int n = new ReadOnlySpan<byte>(info->Format, 8).IndexOf((byte)0);
                int at = n == 2 && (info->Format[0] == '@' || info->Format[0] == '=' || info->Format[0] == '<') ? 1 : 0;
                if (n - at != 1)
                {
                    ts.Raise(ExceptionKind.NotImplementedError, "PyMemoryView_FromBuffer: only one-character formats are implemented");
                    return 0;
                }
                format = (char)info->Format[at];
            }
            nint itemSize = info->ItemSize <= 0 ? 1 : info->ItemSize;
            if (info->NDim > 1 || (info->Strides != null && info->Strides[0] != itemSize))
            {
                ts.Raise(ExceptionKind.NotImplementedError, "PyMemoryView_FromBuffer: only one-dimensional contiguous buffers are implemented");
                return 0;
            }
            return Api.New(ts, OverNative(ts, info->Buf, info->Len, info->ReadOnly != 0, format, (int)itemSize));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static PyMemoryView OverNative(ThreadState ts, byte* mem, nint size, bool readOnly, char format, int itemSize)
    {
        var buffer = new NativeMemoryBuffer(mem, checked((int)size), readOnly);
        return new PyMemoryView(ts.Interpreter.Types.MemoryView, ts.Interpreter.None, buffer, 0, (int)(size / itemSize), itemSize, readOnly, format);
    }

    /// <summary>A memoryview of obj's memory when it is contiguous, else of a contiguous copy
    /// (not allowed with PyBUF_WRITE). order ('C', 'F', 'A') is the same for one dimension.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyMemoryView_GetContiguous")]
    public static nint PyMemoryView_GetContiguous(nint obj, int bufferType, byte order)
    {
        var ts = Api.Ts("PyMemoryView_GetContiguous");
        if (ts is null) return 0;
        try
        {
            if (bufferType != BufRead && bufferType != BufWrite) { Calls.BadInternalCall(ts); return 0; }
            if (order != 'C' && order != 'F' && order != 'A') { Calls.BadInternalCall(ts); return 0; }
            var o = Api.Arg(ts, obj);
            if (o is null) return 0;
            var mv = MemoryViewType.FromObject(ts, o);
            if (mv is null) return 0;
            if (bufferType == BufWrite && mv.ReadOnlyView) { ts.Raise(ExceptionKind.BufferError, "underlying buffer is not writable"); return 0; }
            if (mv.IsContiguous) return Api.New(ts, mv);
            if (bufferType == BufWrite) { ts.Raise(ExceptionKind.BufferError, "writable contiguous buffer requested for a non-contiguous object."); return 0; }
            var copy = PyBytes.Create(ts.Interpreter, mv.ToArray());
            return Api.New(ts, new PyMemoryView(ts.Interpreter.Types.MemoryView, copy, copy, 0, mv.Length, mv.ItemSize, true, mv.Format));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>struct.calcsize(format).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyBuffer_SizeFromFormat")]
    public static nint PyBuffer_SizeFromFormat(byte* format)
    {
        var ts = Api.Ts("PyBuffer_SizeFromFormat");
        if (ts is null) return -1;
        try
        {
            var f = Api.Utf8(ts, format);
            if (f is null) return -1;
            var r = Calls.ModuleFunction(ts, "struct", "calcsize", [ts.Interpreter.Str(f)]);
            return r is PyInt i ? (nint)i.Small : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    // ---- The old buffer API (deprecated in CPython, still in the Limited API): a pointer that
    // stays valid while the object lives (until a resize, for resizable objects). Managed
    // exporters pin their array with the object's header for that; an extension type's export
    // is taken and released at once, as CPython does.

    [UnmanagedCallersOnly(EntryPoint = "PyObject_AsCharBuffer")]
    public static int PyObject_AsCharBuffer(nint obj, byte** buffer, nint* length) =>
        OldBuffer(obj, buffer, length, writable: false, "PyObject_AsCharBuffer");

    [UnmanagedCallersOnly(EntryPoint = "PyObject_AsReadBuffer")]
    public static int PyObject_AsReadBuffer(nint obj, byte** buffer, nint* length) =>
        OldBuffer(obj, buffer, length, writable: false, "PyObject_AsReadBuffer");

    [UnmanagedCallersOnly(EntryPoint = "PyObject_AsWriteBuffer")]
    public static int PyObject_AsWriteBuffer(nint obj, byte** buffer, nint* length) =>
        OldBuffer(obj, buffer, length, writable: true, "PyObject_AsWriteBuffer");

    static int OldBuffer(nint obj, byte** buffer, nint* length, bool writable, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            if (obj == 0 || buffer == null || length == null)
            {
                ts.Raise(ExceptionKind.SystemError, "null argument to internal routine");
                return -1;
            }
            var o = Api.Arg(ts, obj);
            if (o is null) return -1;
            string required = writable ? "expected a writable bytes-like object" : "expected a bytes-like object";
            if (o is PyNativeInstance)
            {
                nint getbuffer = NativeInstances.SlotOf(o.Type, SlotGetBuffer);
                PyBufferView view = default;
                if (getbuffer == 0 || ((delegate* unmanaged<nint, PyBufferView*, int, int>)getbuffer)(obj, &view, writable ? BufWritable : 0) != 0)
                {
                    if (ts.CurrentException is null || writable) { ts.CurrentException = null; ts.Raise(ExceptionKind.TypeError, required); }
                    return -1;
                }
                *buffer = view.Buf;
                *length = view.Len;
                nint release = NativeInstances.SlotOf(o.Type, SlotReleaseBuffer);
                if (release != 0) ((delegate* unmanaged<nint, PyBufferView*, void>)release)(obj, &view);
                if (view.Obj != 0) Api.Steal(view.Obj);
                return 0;
            }
            var mv = o as PyMemoryView;
            if (mv is not null && !mv.CheckUsable(ts)) return -1;
            var source = mv?.Source ?? o as IBuffer;
            if (source is null || (mv is not null && !mv.IsContiguous) || (writable && (mv?.ReadOnlyView ?? source.IsReadOnly)))
            {
                ts.Raise(ExceptionKind.TypeError, required);
                return -1;
            }
            // The header of the object that owns the array: the pin lives as long as it.
            PyObject owner = mv is null ? o : source as PyObject ?? o;
            nint header = ReferenceEquals(owner, o) ? obj : Api.Borrow(ts, owner);
            var arena = NativeInterpreterState.Of(ts.Interpreter).Arena;
            byte* data = source switch
            {
                PyBytes b => arena.PinnedBytes(header, b),
                PyByteArray ba => arena.PinnedArray(header, ba.NulTerminatedStorage()),
                Isolated.Modules.Arrays.PyArray a => arena.PinnedArray(header, a.Data),
                NativeMemoryBuffer native => native.Address,
                _ => null,
            };
            if (data == null && source is not NativeMemoryBuffer)
            {
                ts.Raise(ExceptionKind.BufferError, $"{o.Type.Name}: exporting this buffer to C is not implemented");
                return -1;
            }
            *buffer = data + (mv?.Start ?? 0);
            *length = mv?.ByteLength ?? source.AsReadOnlySpan().Length;
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }
}
