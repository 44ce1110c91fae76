using Isolated.Execution;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>frame</c> type.</summary>
public static class FrameType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("frame", types.Object, TypeFlags.None, s =>
        {
            s.Repr = static (ts, self) =>
            {
                var f = (PyFrame)self;
                return ts.Interpreter.Str($"<frame at 0x{Ops.Id(f):x}, file '{f.Code.Filename}', line {f.Line}, code {f.Code.Name}>");
            };
        }, static (ts0, type) =>
        {
            type.AddGetSet("f_code", static (ts, self) => ((PyFrame)self).Code);
            type.AddGetSet("f_globals", static (ts, self) => ((PyFrame)self).Globals);
            type.AddGetSet("f_builtins", static (ts, self) => ((PyFrame)self).Builtins);
            type.AddGetSet("f_locals", static (ts, self) => ((PyFrame)self).Locals(ts));
            type.AddGetSet("f_lineno", static (ts, self) => ts.Interpreter.Int(((PyFrame)self).Line), FrameJump.SetLineNo);
            type.AddGetSet("f_lasti", static (ts, self) => ts.Interpreter.Int(((PyFrame)self).LastI * 2L));
            type.AddGetSet("f_back", static (ts, self) => (PyObject?)((PyFrame)self).Back(ts) ?? ts.Interpreter.None);
            type.AddGetSet("f_trace", static (ts, self) => ((PyFrame)self).TraceFunction ?? ts.Interpreter.None, static (ts, self, v) =>
            {
                var f = (PyFrame)self;
                f.TraceFunction = v is null || ReferenceEquals(v, ts.Interpreter.None) ? null : v;
                return true;
            });
            type.AddGetSet("f_trace_lines", static (ts, self) => ts.Interpreter.Bool(((PyFrame)self).TraceLines), static (ts, self, v) =>
            {
                if (v is not PyBool) { ts.Raise(ExceptionKind.TypeError, "attribute value type must be bool"); return false; }
                ((PyFrame)self).TraceLines = ReferenceEquals(v, ts.Interpreter.True);
                return true;
            });
            type.AddGetSet("f_trace_opcodes", static (ts, self) => ts.Interpreter.Bool(((PyFrame)self).TraceOpcodes), static (ts, self, v) =>
            {
                if (v is not PyBool) { ts.Raise(ExceptionKind.TypeError, "attribute value type must be bool"); return false; }
                ((PyFrame)self).TraceOpcodes = ReferenceEquals(v, ts.Interpreter.True);
                return true;
            });
            type.AddMethod("clear", static (ts, self, args, kw) => ts.Interpreter.None);
        });
}
