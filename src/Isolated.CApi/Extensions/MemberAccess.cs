using System.Runtime.InteropServices;
using Isolated.CApi.Bridge;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Extensions;

/// <summary>
/// tp_members and tp_getset of a spec-made type as getset descriptors: a PyMemberDef reads and
/// writes a field of the instance's C struct by its Py_T_* type (CPython's PyMember_GetOne /
/// SetOne rules and messages); a PyGetSetDef calls its C getter and setter.
/// </summary>
internal static unsafe class MemberAccess
{
    static nint Field(ThreadState ts, PyObject self, PyType owner, string name, nint offset)
    {
        if (self is PyNativeInstance { Freed: false } n && self.Type.IsSubtypeOf(owner)) return n.Address + offset;
        ts.Raise(ExceptionKind.TypeError, $"descriptor '{name}' for '{owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
        return 0;
    }

    public static PyGetSetDescriptor Member(Interpreter interp, PyType owner, NativeMemberDef* def)
    {
        string name = Marshal.PtrToStringUTF8((nint)def->Name)!;
        string? doc = def->Doc == null ? null : Marshal.PtrToStringUTF8((nint)def->Doc);
        int kind = def->Type;
        nint offset = def->Offset;
        // Py_RELATIVE_OFFSET: from the start of the type's own data (a negative basicsize spec).
        if ((def->Flags & NativeMemberDef.RelativeOffset) != 0) offset += NativeInstances.AlignedDataOffset(NativeInstances.BaseLayoutSize(owner));
        bool readOnly = (def->Flags & NativeMemberDef.ReadOnly) != 0 || kind is NativeMemberDef.String or NativeMemberDef.StringInplace or NativeMemberDef.None;
        GetterFunc get = (ts, self) =>
        {
            nint p = Field(ts, self, owner, name, offset);
            return p == 0 ? null : Read(ts, self, name, kind, p);
        };
        SetterFunc set = (ts, self, value) =>
        {
            nint p = Field(ts, self, owner, name, offset);
            if (p == 0) return false;
            if (readOnly)
            {
                ts.Raise(ExceptionKind.AttributeError, "readonly attribute");
                return false;
            }
            return Write(ts, self, name, kind, p, value);
        };
        return new PyGetSetDescriptor(interp.Types.GetSetDescriptor, owner, name, get, set, doc);
    }

    public static PyObject? Read(ThreadState ts, PyObject self, string name, int kind, nint p)
    {
        var interp = ts.Interpreter;
        switch (kind)
        {
            case NativeMemberDef.Short: return interp.Int(*(short*)p);
            case NativeMemberDef.Int: return interp.Int(*(int*)p);
            case NativeMemberDef.Long: return interp.Int(*(long*)p);
            case NativeMemberDef.LongLong: return interp.Int(*(long*)p);
            case NativeMemberDef.PySsizeT: return interp.Int(*(long*)p);
            case NativeMemberDef.UShort: return interp.Int(*(ushort*)p);
            case NativeMemberDef.UInt: return interp.Int(*(uint*)p);
            case NativeMemberDef.ULong:
            case NativeMemberDef.ULongLong: return interp.Int(new System.Numerics.BigInteger(*(ulong*)p));
            case NativeMemberDef.Byte: return interp.Int(*(sbyte*)p);
            case NativeMemberDef.UByte: return interp.Int(*(byte*)p);
            case NativeMemberDef.Bool: return interp.Bool(*(byte*)p != 0);
            case NativeMemberDef.Float: return new PyFloat(interp.Types.Float, *(float*)p);
            case NativeMemberDef.Double: return new PyFloat(interp.Types.Float, *(double*)p);
            case NativeMemberDef.Char: return interp.Str(((char)*(byte*)p).ToString());
            case NativeMemberDef.String:
                return *(nint*)p == 0 ? interp.None : interp.Str(Marshal.PtrToStringUTF8(*(nint*)p)!);
            case NativeMemberDef.StringInplace: return interp.Str(Marshal.PtrToStringUTF8(p)!);
            case NativeMemberDef.None: return interp.None;
            case NativeMemberDef.Object:
            case NativeMemberDef.ObjectEx:
            {
                nint o = *(nint*)p;
                if (o == 0)
                {
                    if (kind == NativeMemberDef.Object) return interp.None;
                    return ts.Raise(ExceptionKind.AttributeError, $"'{self.Type.TpName}' object has no attribute '{name}'");
                }
                return ObjectBridge.FromNative(o) ?? ts.Raise(ExceptionKind.SystemError, $"member '{name}' holds a pointer that is not a live object");
            }
            default:
                return ts.Raise(ExceptionKind.SystemError, "bad memberdescr type");
        }
    }

    public static bool Write(ThreadState ts, PyObject self, string name, int kind, nint p, PyObject? value)
    {
        if (value is null && kind is not (NativeMemberDef.Object or NativeMemberDef.ObjectEx))
        {
            ts.Raise(ExceptionKind.TypeError, "can't delete numeric/char attribute");
            return false;
        }
        switch (kind)
        {
            case NativeMemberDef.Object:
            case NativeMemberDef.ObjectEx:
            {
                nint old = *(nint*)p;
                if (value is null && kind == NativeMemberDef.ObjectEx && old == 0)
                {
                    ts.Raise(ExceptionKind.AttributeError, name);
                    return false;
                }
                *(nint*)p = value is null ? 0 : ObjectBridge.NewReference(ts.Interpreter, value);
                Boundary.Api.Steal(old);
                return true;
            }
            case NativeMemberDef.Bool:
                if (value is not PyBool)
                {
                    ts.Raise(ExceptionKind.TypeError, "attribute value type must be bool");
                    return false;
                }
                *(byte*)p = ReferenceEquals(value, ts.Interpreter.True) ? (byte)1 : (byte)0;
                return true;
            case NativeMemberDef.Float:
            case NativeMemberDef.Double:
            {
                double d;
                // As CPython's PyFloat_AsDouble: __float__ or __index__, its errors.
                if (value is PyFloat f) d = f.Value;
                else if (!Ops.AsDouble(ts, value!, out d)) return false;
                if (kind == NativeMemberDef.Float) *(float*)p = (float)d;
                else *(double*)p = d;
                return true;
            }
            case NativeMemberDef.Char:
                if (value is not PyStr { Value.Length: 1 } s || s.Value[0] > 0x7f)
                {
                    ts.Raise(ExceptionKind.TypeError, "attribute value type must be a string of length 1");
                    return false;
                }
                *(byte*)p = (byte)s.Value[0];
                return true;
            default:
            {
                // As CPython's PyLong_AsLong: __index__, its errors ("'str' object cannot be
                // interpreted as an integer").
                if (!Ops.AsLong(ts, value!, out long v))
                {
                    if (kind is NativeMemberDef.ULong or NativeMemberDef.ULongLong && value is PyInt big && big.Big is { } b && b.Sign > 0 && b <= ulong.MaxValue)
                    {
                        ts.CurrentException = null;
                        *(ulong*)p = (ulong)b;
                        return true;
                    }
                    return false;
                }
                switch (kind)
                {
                    case NativeMemberDef.Short: *(short*)p = (short)v; break;
                    case NativeMemberDef.UShort: *(ushort*)p = (ushort)v; break;
                    case NativeMemberDef.Int: *(int*)p = (int)v; break;
                    case NativeMemberDef.UInt: *(uint*)p = (uint)v; break;
                    case NativeMemberDef.Byte: *(sbyte*)p = (sbyte)v; break;
                    case NativeMemberDef.UByte: *(byte*)p = (byte)v; break;
                    case NativeMemberDef.Long:
                    case NativeMemberDef.LongLong:
                    case NativeMemberDef.PySsizeT: *(long*)p = v; break;
                    case NativeMemberDef.ULong:
                    case NativeMemberDef.ULongLong:
                        if (v < 0)
                        {
                            ts.Raise(ExceptionKind.OverflowError, "can't convert negative value to unsigned int");
                            return false;
                        }
                        *(ulong*)p = (ulong)v;
                        break;
                    default:
                        ts.Raise(ExceptionKind.SystemError, "bad memberdescr type");
                        return false;
                }
                return true;
            }
        }
    }

    public static PyGetSetDescriptor GetSet(Interpreter interp, PyType owner, NativeGetSetDef* def)
    {
        string name = Marshal.PtrToStringUTF8((nint)def->Name)!;
        string? doc = def->Doc == null ? null : Marshal.PtrToStringUTF8((nint)def->Doc);
        nint getFn = def->Get, setFn = def->Set, closure = def->Closure;
        string what = $"{owner.Name}.{name}";
        GetterFunc? get = getFn == 0 ? null : (ts, self) =>
        {
            if (!self.Type.IsSubtypeOf(owner))
                return ts.Raise(ExceptionKind.TypeError, $"descriptor '{name}' for '{owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
            var previous = NativeCall.Enter(ts);
            nint s = NativeCall.Ref(ts, self), r;
            try { r = ((delegate* unmanaged<nint, nint, nint>)getFn)(s, closure); }
            finally { NativeCall.Release(s); NativeCall.Leave(previous); }
            return NativeCall.Result(ts, r, what);
        };
        SetterFunc? set = setFn == 0 ? null : (ts, self, value) =>
        {
            if (!self.Type.IsSubtypeOf(owner))
            {
                ts.Raise(ExceptionKind.TypeError, $"descriptor '{name}' for '{owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
                return false;
            }
            var previous = NativeCall.Enter(ts);
            nint s = NativeCall.Ref(ts, self), v = NativeCall.RefOrNull(ts, value);
            int r;
            try { r = ((delegate* unmanaged<nint, nint, nint, int>)setFn)(s, v, closure); }
            finally { NativeCall.Release(s); NativeCall.Release(v); NativeCall.Leave(previous); }
            return NativeCall.Status(ts, r, what);
        };
        return new PyGetSetDescriptor(interp.Types.GetSetDescriptor, owner, name, get, set, doc);
    }
}
