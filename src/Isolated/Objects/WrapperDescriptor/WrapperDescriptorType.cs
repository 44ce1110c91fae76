using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>wrapper_descriptor</c> type.</summary>
public static class WrapperDescriptorType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("wrapper_descriptor", types.Object, TypeFlags.MethodDescriptor, s =>
        {
            s.DescrGet = static (ts, descr, instance, owner) =>
            {
                var d = (PyWrapperDescriptor)descr;
                if (instance is null) return d;
                if (!instance.Type.IsSubtypeOf(d.ObjectType))
                    return ts.Raise(ExceptionKind.TypeError,
                        $"descriptor '{d.Name}' for '{d.ObjectType.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
                return new PyMethodWrapper(ts.Interpreter.Types.MethodWrapper, d, instance);
            };
            s.Call = static (ts, callable, args, kwnames) =>
            {
                var d = (PyWrapperDescriptor)callable;
                int positional = args.Length - (kwnames?.Count ?? 0);
                if (positional < 1)
                    return ts.Raise(ExceptionKind.TypeError, $"descriptor '{d.Name}' of '{d.ObjectType.Name}' object needs an argument");
                if (!CheckSelf(ts, d, args[0])) return null;
                return d.Def.Wrapper(ts, args[0], args[1..], kwnames, d.Slot);
            };
            s.Repr = static (ts, self) =>
            {
                var d = (PyWrapperDescriptor)self;
                return ts.Interpreter.Str($"<slot wrapper '{d.Name}' of '{d.ObjectType.Name}' objects>");
            };
        }, FillDict);

    static bool CheckSelf(ThreadState ts, PyWrapperDescriptor d, PyObject self)
    {
        if (self.Type.IsSubtypeOf(d.ObjectType)) return true;
        ts.Raise(ExceptionKind.TypeError,
            $"descriptor '{d.Name}' requires a '{d.ObjectType.Name}' object but received a '{self.Type.Name}'");
        return false;
    }

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddGetSet("__name__", static (ts, self) => ts.Interpreter.Str(((PyWrapperDescriptor)self).Name));
        type.AddGetSet("__qualname__", static (ts, self) =>
        {
            var d = (PyWrapperDescriptor)self;
            return ts.Interpreter.Str(d.ObjectType.QualName + "." + d.Name);
        });
        type.AddGetSet("__objclass__", static (ts, self) => ((PyWrapperDescriptor)self).ObjectType);
        type.AddGetSet("__doc__", static (ts, self) => ts.Interpreter.Str(((PyWrapperDescriptor)self).Def.Doc));
        type.AddGetSet("__text_signature__", static (ts, self) =>
        {
            var d = (PyWrapperDescriptor)self;
            return BuiltinSignatures.AsValue(ts.Interpreter, BuiltinSignatures.ForMember(d.ObjectType, d.Name));
        });
        DescriptorTypes.AddReduceAsGetAttr(type, static self => (((PyWrapperDescriptor)self).ObjectType, ((PyWrapperDescriptor)self).Name));
    }
}
