#!/usr/bin/env python3
"""Times each bench/lang/*.py under `isolated` and `python3` side by side, in one run.

For each program: best of N wall-clock runs for each interpreter (interleaved, so that both see
the same machine load), a check that both printed the same output, and the ratio
python3 / isolated (above 1 means Isolated is faster). Ends with the geometric mean.

Usage: bench/lang/run.py [--runs N] [--isolated PATH] [--python PATH] [program.py ...]

--python picks the CPython to compare with (default: `python3` on PATH); the first line printed
names the executable it resolved to.
"""
import argparse
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run_once(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    return elapsed, proc.returncode, proc.stdout, proc.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--isolated", default=os.path.join(ROOT, "build", "bin", "isolated"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()

    programs = args.programs or sorted(
        os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    # Which CPython build is compared matters as much as its version: pyenv's 3.11.7 here (the
    # `python3` on PATH) is built without PGO/LTO and with a shared libpython, Debian's
    # /usr/bin/python3.11 with both, and the two differ by about 1.5x on these programs.
    version, executable = subprocess.run(
        [args.python, "-c", "import sys, platform; print(platform.python_version()); print(sys.executable)"],
        capture_output=True, text=True).stdout.split("\n")[:2]
    print(f"python3 here is {executable} (Python {version})")
    print(f"{'program':<18} {'python3 s':>10} {'isolated s':>11} {'ratio':>7}   (best of {args.runs})")
    ratios = []
    failures = 0
    for prog in programs:
        name = os.path.basename(prog)
        best = {"py": math.inf, "iso": math.inf}
        outputs = {}
        error = None
        for _ in range(args.runs):
            for key, exe in (("py", args.python), ("iso", args.isolated)):
                t, rc, out, err = run_once([exe, prog])
                if rc != 0:
                    error = f"{key} exited {rc}: {err.strip().splitlines()[-1] if err.strip() else ''}"
                    break
                best[key] = min(best[key], t)
                outputs[key] = out
            if error:
                break
        if error:
            failures += 1
            print(f"{name:<18} {'':>10} {'':>11} {'FAIL':>7}   {error}")
            continue
        if outputs["py"] != outputs["iso"]:
            failures += 1
            print(f"{name:<18} {best['py']:>10.3f} {best['iso']:>11.3f} {'WRONG':>7}   output differs: "
                  f"{outputs['iso'].strip()!r} vs {outputs['py'].strip()!r}")
            continue
        ratio = best["py"] / best["iso"]
        ratios.append(ratio)
        print(f"{name:<18} {best['py']:>10.3f} {best['iso']:>11.3f} {ratio:>6.2f}x")
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geometric mean':<18} {'':>10} {'':>11} {geomean:>6.2f}x   over {len(ratios)} programs"
              + (f", {failures} failed" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
