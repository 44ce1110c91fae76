"""Shell-style pipelines with subprocess: Popen chains, shell=True, stdin text, env, cwd, errors and encodings."""
import os
import subprocess
import sys
import tempfile

p1 = subprocess.Popen(["printf", "banana\\napple\\ncherry\\napple\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE)
p3 = subprocess.Popen(["uniq", "-c"], stdin=p2.stdout, stdout=subprocess.PIPE, text=True)
p1.stdout.close()
p2.stdout.close()
out, _ = p3.communicate()
print([line.split() for line in out.splitlines()], p1.wait(), p2.wait(), p3.returncode)

r = subprocess.run("printf 'x y z' | wc -w && echo second >&2", shell=True, capture_output=True, text=True)
print(r.stdout.strip(), repr(r.stderr), r.returncode)
r = subprocess.run(["tr", "a-z", "A-Z"], input="shout this\n", capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run(["cat"], input="é ü\n".encode("latin-1"), capture_output=True)
print(r.stdout, r.stdout.decode("latin-1"), end="")
r = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdout.encoding, '\\u00e9')"], capture_output=True, encoding="utf-8",
                   env={**os.environ, "PYTHONIOENCODING": "utf-8"})
print(r.stdout.strip())
with tempfile.TemporaryDirectory() as d:
    open(os.path.join(d, "a.txt"), "w").close()
    open(os.path.join(d, "b.txt"), "w").close()
    r = subprocess.run(["ls"], cwd=d, capture_output=True, text=True)
    print(r.stdout.split())
    r = subprocess.run("echo $GREETING from $PWD_NAME", shell=True, capture_output=True, text=True,
                       env={"GREETING": "hello", "PWD_NAME": "env", "PATH": os.environ.get("PATH", "/usr/bin:/bin")})
    print(r.stdout.strip())
r = subprocess.run(["sh", "-c", "echo partial; exit 7"], capture_output=True, text=True)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, repr(e.stdout), e.cmd)
try:
    subprocess.check_output(["sh", "-c", "echo out; echo err >&2; exit 3"], stderr=subprocess.PIPE, text=True)
except subprocess.CalledProcessError as e:
    print(repr(e.output), repr(e.stderr), e.returncode)
try:
    subprocess.run(["definitely-not-a-real-command-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
try:
    subprocess.run(["sleep", "3"], timeout=0.1, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, e.timeout)
with subprocess.Popen(["sh", "-c", "read x; echo got $x; exit 4"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    out, err = p.communicate("value\n")
print(out.strip(), err, p.returncode, p.poll())
p = subprocess.Popen(["sleep", "5"])
p.terminate()
print(p.wait(), p.returncode)
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.check_call(["true"]))
