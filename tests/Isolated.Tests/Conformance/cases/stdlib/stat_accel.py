# stat's C accelerator (_stat): constants, S_IS* tests, S_IMODE/S_IFMT and filemode.
import stat, _stat, os
consts = sorted(n for n in dir(_stat) if n.isupper())
print(len(consts), [(n, getattr(_stat, n)) for n in consts])
print(all(getattr(stat, n) is getattr(_stat, n) for n in dir(_stat) if not n.startswith('_')))
for mode in (0o040755, 0o100644, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755, 0o102751, 0o041777, 0o101644, 0o170000, 0):
    print(oct(mode), _stat.filemode(mode), _stat.S_IMODE(mode), _stat.S_IFMT(mode),
          [n for n in ('S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT')
           if getattr(_stat, n)(mode)])
print(stat.S_ISDIR(os.stat('.').st_mode), stat.filemode(os.stat('.').st_mode)[0], _stat.S_ISREG(True))
for thunk in [lambda: _stat.S_ISDIR('x'), lambda: _stat.S_IMODE(-1), lambda: _stat.filemode(2**40), lambda: _stat.S_ISDIR(2**70),
              lambda: _stat.S_ISDIR(1.0), lambda: _stat.S_ISDIR(), lambda: _stat.filemode(1, 2)]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)
print(_stat.S_ISDIR.__doc__)
