using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Hashing;

/// <summary><c>_hashlib.HMAC</c>: what hmac.HMAC delegates to for named digests.</summary>
public static class HmacType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("HMAC", types.Object, TypeFlags.None, s =>
        {
            s.New = null;
            s.Repr = static (ts, self) => ts.Interpreter.Str($"<{((PyHmac)self).State.Name} HMAC object @ 0x{Ops.Id(self):x}>");
        }, static (ts, type) =>
        {
            type.AddValue("__module__", type.Owner.Str("_hashlib"));
            type.AddMethod("update", static (ts, self, a, k) =>
            {
                if (!ArgBinder.CheckPositional(ts, "update", a, k, 1, 1) || !HashModules.Data(ts, a[0], out var data)) return null;
                ((PyHmac)self).State.Update(data);
                return ts.Interpreter.None;
            });
            type.AddMethod("digest", static (ts, self, a, k) =>
                ArgBinder.CheckPositional(ts, "digest", a, k, 0, 0) ? PyBytes.Create(ts.Interpreter, Digest((PyHmac)self)) : null);
            type.AddMethod("hexdigest", static (ts, self, a, k) =>
                ArgBinder.CheckPositional(ts, "hexdigest", a, k, 0, 0) ? ts.Interpreter.Str(Convert.ToHexStringLower(Digest((PyHmac)self))) : null);
            type.AddMethod("copy", static (ts, self, a, k) =>
                ArgBinder.CheckPositional(ts, "copy", a, k, 0, 0) ? new PyHmac(self.Type, ((PyHmac)self).State.Clone()) : null);
            type.AddGetSet("name", static (ts, self) => ts.Interpreter.Str(((PyHmac)self).State.Name));
            type.AddGetSet("digest_size", static (ts, self) => ts.Interpreter.Int(((PyHmac)self).State.DigestSize));
            type.AddGetSet("block_size", static (ts, self) => ts.Interpreter.Int(((PyHmac)self).State.BlockSize));
        });

    static byte[] Digest(PyHmac h)
    {
        var r = new byte[h.State.DigestSize];
        h.State.Digest(r);
        return r;
    }
}
