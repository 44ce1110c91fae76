import os
import subprocess
import sys

r = subprocess.run([sys.executable, "-c", "print('child says hi'); import sys; print(sys.argv[1:])", "a", "b"],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run([sys.executable, "-c", "import sys; sys.stderr.write('oops\\n'); sys.exit(4)"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run([sys.executable, "-c", "import sys; data = sys.stdin.read(); print(data.upper(), end='')"],
                   input="lower case\nsecond\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run([sys.executable, "-c", "raise ValueError('boom')"], capture_output=True, text=True)
print(r.returncode, r.stderr.strip().splitlines()[-1])
try:
    subprocess.run([sys.executable, "-c", "import sys; sys.exit(2)"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, str(e).replace(sys.executable, "PY"))
out = subprocess.check_output([sys.executable, "-c", "import os; print(os.environ.get('MY_VAR'))"],
                              env={**os.environ, "MY_VAR": "from parent"}, text=True)
print(out.strip())
r = subprocess.run([sys.executable, "-c", "print(1)"], stdout=subprocess.DEVNULL)
print(r.stdout, r.returncode)
p = subprocess.Popen([sys.executable, "-c", "for i in range(3): print('line', i, flush=True)"], stdout=subprocess.PIPE, text=True)
lines = [line.rstrip() for line in p.stdout]
p.wait()
print(lines, p.returncode)
p = subprocess.Popen([sys.executable, "-u", "-c", "import sys\nfor line in sys.stdin: print(int(line) * 2)"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("1\n2\n3\n")
print(out.split(), err, p.returncode)
try:
    subprocess.run([sys.executable, "-c", "import time; time.sleep(10)"], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", 0 < e.timeout <= 0.5)
# A child that inherits its parent's stdout (captured here one level up).
r = subprocess.run([sys.executable, "-c", "import subprocess; r = subprocess.run(['echo', 'hi']); print('rc', r.returncode, r.args)"],
                   capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["echo", "hi"], capture_output=True)
print(r.stdout, type(r.stdout).__name__)
r = subprocess.run("echo $((6 * 7)) | tr 4 X", shell=True, capture_output=True, text=True)
print(r.stdout.strip())
print(subprocess.getoutput("echo getoutput; exit 1"), subprocess.getstatusoutput("exit 3"))
r = subprocess.run(["sh", "-c", "echo to-err 1>&2"], stderr=subprocess.STDOUT, stdout=subprocess.PIPE)
print(r.stdout, r.stderr)
print(subprocess.list2cmdline(["a b", "c\"d", ""]), repr(subprocess.CompletedProcess(["x"], 0)))
