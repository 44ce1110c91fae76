using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>member_descriptor</c> type (a __slots__ entry): a data descriptor reading and
/// writing the instance's slot storage.</summary>
public static class MemberDescriptorType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("member_descriptor", types.Object, TypeFlags.None, s =>
        {
            s.DescrGet = static (ts, descr, instance, owner) =>
            {
                var d = (PyMemberDescriptor)descr;
                if (instance is null) return d;
                if (!Check(ts, d, instance)) return null;
                var v = Storage(d, instance)[d.Index];
                if (v is null)
                    return ts.Raise(ExceptionKind.AttributeError, $"'{instance.Type.Name}' object has no attribute '{d.Name}'");
                return v;
            };
            s.DescrSet = static (ts, descr, instance, value) =>
            {
                var d = (PyMemberDescriptor)descr;
                if (!Check(ts, d, instance)) return false;
                var storage = Storage(d, instance);
                if (value is null && storage[d.Index] is null)
                {
                    ts.Raise(ExceptionKind.AttributeError, d.Name);
                    return false;
                }
                storage[d.Index] = value;
                return true;
            };
            s.Repr = static (ts, self) =>
            {
                var d = (PyMemberDescriptor)self;
                return ts.Interpreter.Str($"<member '{d.Name}' of '{d.ObjectType.Name}' objects>");
            };
        }, FillDict);

    static bool Check(ThreadState ts, PyMemberDescriptor d, PyObject instance)
    {
        if (instance.Type.IsSubtypeOf(d.ObjectType)) return true;
        ts.Raise(ExceptionKind.TypeError,
            $"descriptor '{d.Name}' for '{d.ObjectType.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
        return false;
    }

    static PyObject?[] Storage(PyMemberDescriptor d, PyObject instance)
    {
        if (instance is ISlotStorage s && s.SlotValues is { } values && values.Length > d.Index) return values;
        int count = instance.Type.ClassData?.SlotCount ?? d.Index + 1;
        return ClassData.Of(d.ObjectType).ExternalSlots(instance, Math.Max(count, d.Index + 1));
    }

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddGetSet("__name__", static (ts, self) => ts.Interpreter.Str(((PyMemberDescriptor)self).Name));
        type.AddGetSet("__qualname__", static (ts, self) =>
        {
            var d = (PyMemberDescriptor)self;
            return ts.Interpreter.Str(d.ObjectType.QualName + "." + d.Name);
        });
        type.AddGetSet("__objclass__", static (ts, self) => ((PyMemberDescriptor)self).ObjectType);
        type.AddGetSet("__doc__", static (ts, self) => ((PyMemberDescriptor)self).Doc ?? ts.Interpreter.None);
    }
}
