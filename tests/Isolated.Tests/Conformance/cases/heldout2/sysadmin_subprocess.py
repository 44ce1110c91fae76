# Running child processes the way an ops script does.
import json
import os
import shlex
import subprocess
import sys
import tempfile

def run(cmd, **kw):
    shown = ["python" if c == sys.executable else c for c in cmd] if isinstance(cmd, list) else cmd
    print("$", " ".join(shlex.quote(c) for c in shown) if isinstance(cmd, list) else cmd)
    res = subprocess.run(cmd, capture_output=True, text=True, **kw)
    print("  rc =", res.returncode)
    if res.stdout:
        for line in res.stdout.splitlines():
            print("  out|", line)
    if res.stderr:
        print("  err|", res.stderr.strip().splitlines()[-1])
    return res

run(["echo", "hello", "world"])
run("echo $((6*7)) | tr 0-9 a-j", shell=True)
child = """
import sys, json
data = json.load(sys.stdin)
print(json.dumps({k: v * 2 for k, v in sorted(data.items())}))
sys.exit(len(data))
"""
res = subprocess.run([sys.executable, "-c", child], input=json.dumps({"b": 2, "a": 1}), capture_output=True, text=True)
print("child rc", res.returncode, "->", json.loads(res.stdout))

run([sys.executable, "-c", "import sys; print('to stderr', file=sys.stderr); raise SystemExit(3)"])
try:
    subprocess.run([sys.executable, "-c", "raise SystemExit(4)"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e.returncode, e.cmd[1:])
try:
    subprocess.run(["definitely-not-a-command-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError errno", e.errno, e.filename)
try:
    subprocess.run([sys.executable, "-c", "import time; time.sleep(5)"], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired after at most", e.timeout <= 0.5, "s")

out = subprocess.check_output(["printf", "%s\\n", "c", "a", "b"], text=True)
print(sorted(out.split()))
with tempfile.TemporaryDirectory() as d:
    env = dict(os.environ, GREETING="hi from env")
    r = subprocess.run([sys.executable, "-c", "import os; print(os.getcwd() == os.path.realpath(os.environ['WANT']), os.environ['GREETING'])"],
                       cwd=d, env=dict(env, WANT=d), capture_output=True, text=True)
    print(r.stdout.strip())

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, _ = p.communicate("line one\nline two\n")
print(p.returncode, out.splitlines())
p1 = subprocess.Popen(["printf", "3\\n1\\n2\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort", "-n"], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
print(p2.communicate()[0].decode().split(), p1.wait(), p2.returncode)
print(subprocess.getstatusoutput("exit 2"), subprocess.getoutput("echo ok"))
