"""User and group lookups, and home-directory expansion without HOME (pwd, grp, os.path, pathlib, getpass)."""
import getpass
import grp
import os
import pathlib
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir.startswith("/"), root[0], len(root), type(root).__name__, pwd.struct_passwd.n_fields)
print(pwd.getpwnam("root") == root, grp.getgrgid(0).gr_name, grp.getgrnam("root").gr_gid, type(grp.getgrgid(0).gr_mem).__name__)
print(any(p.pw_name == "root" for p in pwd.getpwall()), any(g.gr_gid == 0 for g in grp.getgrall()))
for f in [lambda: pwd.getpwuid(987654), lambda: pwd.getpwnam("no-such-user-xyz"), lambda: grp.getgrgid(987654), lambda: grp.getgrnam("no-such-group-xyz"),
          lambda: pwd.getpwuid("0"), lambda: pwd.getpwnam(0), lambda: pwd.getpwuid(-1)]:
    try:
        f()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
saved = os.environ.pop("HOME", None)
me = pwd.getpwuid(os.getuid())
print(os.path.expanduser("~") == me.pw_dir, pathlib.Path.home() == pathlib.Path(me.pw_dir), os.path.expanduser("~root/x") == os.path.join(root.pw_dir, "x"))
print(getpass.getuser() == me.pw_name if "LOGNAME" not in os.environ and "USER" not in os.environ else True)
os.environ["HOME"] = "/custom/home"
print(os.path.expanduser("~/docs"), pathlib.Path("~/a").expanduser())
if saved is not None:
    os.environ["HOME"] = saved
else:
    del os.environ["HOME"]
print(pwd.struct_passwd(("n", "x", 1, 2, "g", "/d", "/s")).pw_shell, grp.struct_group(("g", "x", 5, ["a"])).gr_mem)
