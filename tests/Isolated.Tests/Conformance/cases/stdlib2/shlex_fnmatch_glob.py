import fnmatch
import glob
import os
import shlex
import tempfile

print(shlex.split('ls -la "my file.txt" \'single quoted\' back\\ slash'))
print(shlex.split("a # comment", comments=True), shlex.split("x=1 'y z'", posix=True), shlex.split('"a b" c', posix=False))
print(shlex.quote("simple"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""), shlex.quote("$HOME;rm"))
print(shlex.join(["echo", "hello world", "a'b", "--flag=x y"]))
for bad in ['"unterminated', "'also", "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
lex = shlex.shlex("name = value; other='quoted thing' # comment\nnext", posix=True)
lex.whitespace_split = False
print(list(lex))
lex = shlex.shlex("a && b || c | d", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))

names = ["data.csv", "Data.CSV", "report_2024.txt", "report_2023.txt", "image.png", ".hidden", "a[1].txt", "notes"]
print(fnmatch.filter(names, "*.csv"), fnmatch.filter(names, "report_202[34].txt"), fnmatch.filter(names, "*[!t]"), fnmatch.filter(names, "?????"))
print(fnmatch.fnmatch("Data.CSV", "*.csv"), fnmatch.fnmatchcase("Data.CSV", "*.csv"), fnmatch.fnmatch("a[1].txt", "a[[]1].txt"), fnmatch.fnmatch(".hidden", "*"))
print(fnmatch.translate("*.py"), fnmatch.translate("file[0-9]?.txt"), fnmatch.translate("[!abc]"))

with tempfile.TemporaryDirectory() as tmp:
    for rel in ["a.py", "b.py", "c.txt", ".hidden.py", "sub/d.py", "sub/deep/e.py", "sub/f.txt", "x1.log", "x2.log", "x10.log"]:
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "w").close()
    rel = lambda paths: sorted(os.path.relpath(p, tmp) for p in paths)
    print(rel(glob.glob(os.path.join(tmp, "*.py"))))
    print(rel(glob.glob(os.path.join(tmp, "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(tmp, "**", "*.py"))))
    print(rel(glob.glob(os.path.join(tmp, "x?.log"))), rel(glob.glob(os.path.join(tmp, "x[0-9]*.log"))))
    print(rel(glob.glob(os.path.join(tmp, "*"), include_hidden=True)))
    print(sorted(glob.glob("*.py", root_dir=tmp)), sorted(glob.glob("**/", root_dir=tmp, recursive=True)))
    print(rel(glob.iglob(os.path.join(tmp, "sub", "*"))), glob.glob(os.path.join(tmp, "nothing*")))
    print(glob.escape("file[1]*?.txt"), glob.has_magic("a*b") if hasattr(glob, "has_magic") else True)
