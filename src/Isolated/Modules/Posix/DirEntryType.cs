using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Posix;

/// <summary>os.DirEntry and the scandir iterator type.</summary>
public static class DirEntryType
{
    const byte DtDir = 4, DtReg = 8, DtLnk = 10, DtUnknown = 0;

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("DirEntry", types.Object, TypeFlags.None, s =>
        {
            s.New = null;
            s.Repr = static (ts, self) => Ops.Repr(ts, ((PyDirEntry)self).Name) is PyStr r ? ts.Interpreter.Str($"<DirEntry {r.Value}>") : null;
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("posix"));
        type.AddGetSet("name", static (ts, self) => ((PyDirEntry)self).Name);
        type.AddGetSet("path", static (ts, self) => ((PyDirEntry)self).Path);
        type.AddMethod("__fspath__", static (ts, self, a, k) => ((PyDirEntry)self).Path);
        type.AddMethod("inode", static (ts, self, a, k) => ts.Interpreter.Int(new System.Numerics.BigInteger(((PyDirEntry)self).Inode)));
        type.AddMethod("is_dir", static (ts, self, a, k) => Is(ts, self, a, k, "is_dir", DtDir, 0x4000));
        type.AddMethod("is_file", static (ts, self, a, k) => Is(ts, self, a, k, "is_file", DtReg, 0x8000));
        type.AddMethod("is_symlink", static (ts, self, a, k) =>
        {
            var e = (PyDirEntry)self;
            if (e.DType != DtUnknown) return ts.Interpreter.Bool(e.DType == DtLnk);
            var st = GetStat(ts, e, follow: false);
            if (st is null) return Missing(ts) ? ts.Interpreter.False : null;
            return ts.Interpreter.Bool((Mode(st) & 0xF000) == 0xA000);
        });
        type.AddMethod("stat", static (ts, self, a, k) =>
        {
            if (!FollowArg(ts, "stat", a, k, out bool follow)) return null;
            return GetStat(ts, (PyDirEntry)self, follow);
        });
        type.AddMethod("is_junction", static (ts, self, a, k) => ts.Interpreter.False);
        type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
    }

    static bool FollowArg(ThreadState ts, string fn, ReadOnlySpan<PyObject> args, PyTuple? kw, out bool follow)
    {
        follow = true;
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, fn, args, kw, ["follow_symlinks"], 0, a, keywordOnlyFrom: 0)) return false;
        if (a[0] is { } f)
        {
            int t = Ops.IsTrue(ts, f);
            if (t < 0) return false;
            follow = t != 0;
        }
        return true;
    }

    static long Mode(PyObject st) => st is PyTuple t && t.Items[0] is PyInt { IsSmall: true } m ? m.Small : 0;

    static bool Missing(ThreadState ts)
    {
        if (ts.CurrentException?.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.FileNotFoundError)) == true)
        {
            ts.CurrentException = null;
            return true;
        }
        return false;
    }

    static PyObject? GetStat(ThreadState ts, PyDirEntry e, bool follow)
    {
        if (follow) return e.Stat ??= PosixModule.StatPath(ts, e.NativePath, e.Path, lstat: false);
        return e.LStat ??= PosixModule.StatPath(ts, e.NativePath, e.Path, lstat: true);
    }

    static PyObject? Is(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn, byte dtype, int modeBits)
    {
        if (!FollowArg(ts, fn, args, kw, out bool follow)) return null;
        var e = (PyDirEntry)self;
        if (e.DType != DtUnknown && !(follow && e.DType == DtLnk)) return ts.Interpreter.Bool(e.DType == dtype);
        var st = GetStat(ts, e, follow);
        if (st is null) return Missing(ts) ? ts.Interpreter.False : null;
        return ts.Interpreter.Bool((Mode(st) & 0xF000) == modeBits);
    }

    public static PyType CreateIterator(BuiltinTypes types) =>
        types.NewBuiltin("ScandirIterator", types.Object, TypeFlags.None, s =>
        {
            s.New = null;
            s.Iter = static (ts, self) => self;
            s.IterNext = static (ts, self) =>
            {
                var it = (PyScandirIterator)self;
                return it.Position < it.Entries.Count ? it.Entries[it.Position++] : null;
            };
        }, static (ts, type) =>
        {
            type.AddValue("__module__", type.Owner.Str("posix"));
            type.AddMethod("__enter__", static (ts, self, a, k) => self);
            type.AddMethod("__exit__", static (ts, self, a, k) => { Close(self); return ts.Interpreter.None; });
            type.AddMethod("close", static (ts, self, a, k) => { Close(self); return ts.Interpreter.None; });
        });

    static void Close(PyObject self)
    {
        var it = (PyScandirIterator)self;
        it.Position = it.Entries.Count;
    }
}
