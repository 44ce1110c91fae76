# subprocess over _posixsubprocess.fork_exec: pipes, shell, return codes, cwd, env, timeouts, errors.
import subprocess

print(subprocess.run(["echo", "hello"], capture_output=True))
print(subprocess.check_output("echo $((1+2)); echo err >&2", shell=True, stderr=subprocess.STDOUT))
print(subprocess.run(["sh", "-c", "exit 3"]).returncode)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b"data in\n"), p.returncode)
print(subprocess.run(["cat"], input="text\n", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar", "PATH": "/usr/bin:/bin"}, capture_output=True).stdout)
try:
    subprocess.check_call(["sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode)
try:
    subprocess.run(["nonexistent"])
except OSError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["ls"], cwd="/nonexistent-dir")
except OSError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)
p = subprocess.Popen(["sh", "-c", "kill -9 $$"])
print(p.wait())
with subprocess.Popen(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as p:
    print(p.communicate())
