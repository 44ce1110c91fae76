using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>method-wrapper</c> type: a slot wrapper bound to its instance.</summary>
public static class MethodWrapperType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("method-wrapper", types.Object, TypeFlags.None, s =>
        {
            s.Call = static (ts, callable, args, kwnames) =>
            {
                var m = (PyMethodWrapper)callable;
                return m.Descriptor.Def.Wrapper(ts, m.Self, args, kwnames, m.Descriptor.Slot);
            };
            s.Repr = static (ts, self) =>
            {
                var m = (PyMethodWrapper)self;
                return ts.Interpreter.Str($"<method-wrapper '{m.Descriptor.Name}' of {m.Self.Type.Name} object at 0x{Ops.Id(m.Self):x}>");
            };
            s.RichCompare = static (ts, self, other, op) =>
            {
                if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyMethodWrapper o)
                    return ts.Interpreter.NotImplemented;
                var m = (PyMethodWrapper)self;
                bool eq = ReferenceEquals(m.Descriptor, o.Descriptor) && ReferenceEquals(m.Self, o.Self);
                return ts.Interpreter.Bool(eq == (op == CompareOp.Eq));
            };
            s.Hash = static (ThreadState ts, PyObject self, out long h) =>
            {
                var m = (PyMethodWrapper)self;
                h = Ops.IdentityHash(m.Self) ^ Ops.IdentityHash(m.Descriptor);
                if (h == -1) h = -2;
                return true;
            };
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddGetSet("__self__", static (ts, self) => ((PyMethodWrapper)self).Self);
        type.AddGetSet("__name__", static (ts, self) => ts.Interpreter.Str(((PyMethodWrapper)self).Descriptor.Name));
        type.AddGetSet("__qualname__", static (ts, self) =>
        {
            var d = ((PyMethodWrapper)self).Descriptor;
            return ts.Interpreter.Str(d.ObjectType.QualName + "." + d.Name);
        });
        type.AddGetSet("__objclass__", static (ts, self) => ((PyMethodWrapper)self).Descriptor.ObjectType);
        type.AddGetSet("__doc__", static (ts, self) => ts.Interpreter.Str(((PyMethodWrapper)self).Descriptor.Def.Doc));
        type.AddGetSet("__text_signature__", static (ts, self) =>
        {
            var d = ((PyMethodWrapper)self).Descriptor;
            return BuiltinSignatures.AsValue(ts.Interpreter, BuiltinSignatures.ForMember(d.ObjectType, d.Name));
        });
        DescriptorTypes.AddReduceAsGetAttr(type, static self => (((PyMethodWrapper)self).Self, ((PyMethodWrapper)self).Descriptor.Name));
    }
}
