# asyncio.create_subprocess_exec with communicate(), return codes, and stdout line reading
import asyncio
import sys


async def main():
    proc = await asyncio.create_subprocess_exec(
        "/bin/cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b"line one\nline two\n" * 3)
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec(
        "/bin/sh", "-c", "echo to-out; echo to-err 1>&2; exit 3",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec(
        "/bin/sh", "-c", "for i in 1 2 3; do echo n$i; done", stdout=asyncio.subprocess.PIPE)
    lines = []
    while line := await proc.stdout.readline():
        lines.append(line.decode().strip())
    print(lines, await proc.wait())


asyncio.run(main())
