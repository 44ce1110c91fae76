using Isolated.Modules.Time;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Pwd;

/// <summary><c>grp</c>: the Unix group database (getgrgid, getgrnam, getgrall) as
/// grp.struct_group records (shutil.chown, tarfile).</summary>
public static class GrpModule
{
    static readonly string[] Fields = ["gr_name", "gr_passwd", "gr_gid", "gr_mem"];

    public static PyType CreateStructGroup(BuiltinTypes types) => StructSeqBuilder.Create(types, "grp", "struct_group", Fields, []);

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "grp");
        m.Dict.SetStr("__doc__", interp.Str("Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)"));
        WeakrefModule.Add(m, "getgrgid", GetGrGid);
        WeakrefModule.Add(m, "getgrnam", GetGrNam);
        WeakrefModule.Add(m, "getgrall", GetGrAll);
        m.Dict.SetStr("struct_group", interp.Types.StructGroup);
        return m;
    }

    static PyObject Record(Interpreter interp, UserDatabaseNative.GroupEntry e)
    {
        var members = new PyList(interp.Types.List);
        foreach (var name in e.Members) members.Append(interp.Str(name));
        return StructSeqBuilder.Make(interp.Types.StructGroup, [interp.Str(e.Name), interp.Str(e.Password), interp.Int(e.Gid), members], []);
    }

    static PyObject? GetGrGid(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "getgrgid", args, kw, ["id"], 1, a)) return null;
        if (a[0] is not PyInt id) return ts.Raise(ExceptionKind.TypeError, $"gid should be integer, not {a[0]!.Type.Name}");
        var value = id.ToBigInteger();
        bool valid = value >= -1 && value <= uint.MaxValue - 1;
        var entry = valid ? UserDatabaseNative.GroupById(value == -1 ? uint.MaxValue : (uint)value) : null;
        if (entry is { } e) return Record(ts.Interpreter, e);
        return ts.Raise(ts.Interpreter.ExceptionType(ExceptionKind.KeyError),
            valid ? $"getgrgid(): gid not found: {value}" : "getgrgid(): gid not found");
    }

    static PyObject? GetGrNam(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "getgrnam", args, kw, ["name"], 1, a)) return null;
        if (UserDatabaseErrors.Name(ts, "getgrnam", a[0]!) is not { } name) return null;
        return UserDatabaseNative.GroupByName(name.Value) is { } e
            ? Record(ts.Interpreter, e) : UserDatabaseErrors.NameNotFound(ts, "getgrnam", name);
    }

    static PyObject? GetGrAll(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "getgrall", args, kw, 0, 0)) return null;
        var interp = ts.Interpreter;
        var list = new PyList(interp.Types.List);
        foreach (var f in UserDatabaseNative.ReadDatabase("/etc/group", 4))
        {
            if (!uint.TryParse(f[2], out uint gid)) continue;
            var members = f[3].Length == 0 ? [] : f[3].Split(',');
            list.Append(Record(interp, new UserDatabaseNative.GroupEntry(f[0], f[1], gid, members)));
        }
        return list;
    }
}
