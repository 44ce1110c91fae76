using System.Runtime.InteropServices;

namespace Isolated.Modules.Pwd;

/// <summary>libc's reentrant user and group lookups (glibc 64-bit layouts) behind pwd and grp.</summary>
static unsafe partial class UserDatabaseNative
{
    [StructLayout(LayoutKind.Sequential)]
    public struct Passwd
    {
        public byte* Name, Password;
        public uint Uid, Gid;
        public byte* Gecos, Dir, Shell;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Group
    {
        public byte* Name, Password;
        public uint Gid;
        public byte** Members;
    }

    [LibraryImport("libc", EntryPoint = "getpwuid_r")]
    private static partial int GetPwUidR(uint uid, Passwd* pwd, byte* buf, nuint size, Passwd** result);
    [LibraryImport("libc", EntryPoint = "getpwnam_r", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int GetPwNamR(string name, Passwd* pwd, byte* buf, nuint size, Passwd** result);
    [LibraryImport("libc", EntryPoint = "getgrgid_r")]
    private static partial int GetGrGidR(uint gid, Group* grp, byte* buf, nuint size, Group** result);
    [LibraryImport("libc", EntryPoint = "getgrnam_r", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int GetGrNamR(string name, Group* grp, byte* buf, nuint size, Group** result);

    const int ERANGE = 34;

    public readonly record struct UserEntry(string Name, string Password, uint Uid, uint Gid, string Gecos, string Dir, string Shell);
    public readonly record struct GroupEntry(string Name, string Password, uint Gid, string[] Members);

    static string Text(byte* p) => p is null ? "" : Marshal.PtrToStringUTF8((nint)p) ?? "";

    /// <summary>Runs a *_r lookup, growing the scratch buffer while libc says ERANGE.</summary>
    static T? Lookup<T>(Func<nint, nuint, (int Error, T? Value)> call) where T : struct
    {
        for (nuint size = 1024; size <= 1 << 20; size *= 4)
        {
            var buffer = Marshal.AllocHGlobal((nint)size);
            try
            {
                var (error, value) = call(buffer, size);
                if (error == ERANGE) continue;
                return value;
            }
            finally
            {
                Marshal.FreeHGlobal(buffer);
            }
        }
        return null;
    }

    static UserEntry ToEntry(Passwd* p) =>
        new(Text(p->Name), Text(p->Password), p->Uid, p->Gid, Text(p->Gecos), Text(p->Dir), Text(p->Shell));

    static GroupEntry ToEntry(Group* g)
    {
        var members = new List<string>();
        if (g->Members is not null)
            for (byte** m = g->Members; *m is not null; m++) members.Add(Text(*m));
        return new GroupEntry(Text(g->Name), Text(g->Password), g->Gid, members.ToArray());
    }

    public static UserEntry? UserById(uint uid) => Lookup<UserEntry>((buf, size) =>
    {
        Passwd pwd;
        Passwd* result = null;
        int e = GetPwUidR(uid, &pwd, (byte*)buf, size, &result);
        return (e, result is null ? null : ToEntry(result));
    });

    public static UserEntry? UserByName(string name) => Lookup<UserEntry>((buf, size) =>
    {
        Passwd pwd;
        Passwd* result = null;
        int e = GetPwNamR(name, &pwd, (byte*)buf, size, &result);
        return (e, result is null ? null : ToEntry(result));
    });

    public static GroupEntry? GroupById(uint gid) => Lookup<GroupEntry>((buf, size) =>
    {
        Group grp;
        Group* result = null;
        int e = GetGrGidR(gid, &grp, (byte*)buf, size, &result);
        return (e, result is null ? null : ToEntry(result));
    });

    public static GroupEntry? GroupByName(string name) => Lookup<GroupEntry>((buf, size) =>
    {
        Group grp;
        Group* result = null;
        int e = GetGrNamR(name, &grp, (byte*)buf, size, &result);
        return (e, result is null ? null : ToEntry(result));
    });

    /// <summary>Every entry of a colon-separated database file (/etc/passwd, /etc/group): the
    /// enumeration functions (getpwent) share one cursor per process, which interpreters running
    /// in parallel would race on.</summary>
    public static List<string[]> ReadDatabase(string path, int fields)
    {
        var rows = new List<string[]>();
        if (!File.Exists(path)) return rows;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split(':');
            if (parts.Length >= fields) rows.Add(parts);
        }
        return rows;
    }
}
