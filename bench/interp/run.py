#!/usr/bin/env python3
"""Parallel interpreters, side by side with python3 (issue 7), in one run.

    python3 bench/interp/run.py [--workers W] [--quick] [--realtime]

--realtime runs every measured process (python3's and Isolated's alike) under `chrt -r 10`
(SCHED_RR, needs root or CAP_SYS_NICE): on a machine that other work loads, the measured run then
has the cores except the kernel's real-time reserve, so W-worker timings mean something.

1. The CPU job (multiply 1..N into a big product, TASKS times): python3 sequential / threads /
   multiprocessing vs Isolated sequential / threads / W interpreters.
2. An allocating job (many small dicts, tuples, lists) the same ways: the .NET heap is shared
   by all interpreters and a gen0 collection stops every thread (FACTS.md), so this scales
   worse; it is also run with the GC settings listed in GC_VARIANTS.
3. Micro figures (bench/interp/micro.py) under Isolated and, where it has the low-level module,
   CPython 3.13: create()+exec('pass')+close(), memory per interpreter, queue throughput,
   passing 1 MB vs 100 MB bytes.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ISOLATED = os.path.join(ROOT, 'build', 'bin', 'isolated')
PY313 = next((p for p in (os.path.expanduser('~/.pyenv/versions/3.13.0/bin/python3.13'), shutil.which('python3.13'))
             if p and os.path.exists(p)), None)
JOBS = os.path.join(HERE, 'jobs.py')

# Environment variables tried for the allocating job under Isolated (NativeAOT reads DOTNET_*).
GC_VARIANTS = {
    'default GC': {},
    'gen0 64 MB': {'DOTNET_GCgen0size': '0x4000000'},
    'gen0 budget uncapped': {'DOTNET_GCGen0MaxBudget': '0'},
    'workstation GC': {'DOTNET_gcServer': '0'},
}


# Command prefix for every measured process: set by --realtime.
PREFIX = []


def run_job(exe, job, mode, workers, tasks, size, env=None):
    out = subprocess.run([*PREFIX, exe, JOBS, job, mode, str(workers), str(tasks), str(size)],
                         capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=900)
    if out.returncode != 0:
        return None, out.stderr.strip().splitlines()[-1:] or ['failed']
    return json.loads(out.stdout.strip().splitlines()[-1]), None


def table(job, tasks, size, workers, isolated_env=None):
    rows = []
    for exe, name, modes in ((sys.executable, 'python3', ('sequential', 'threads', 'processes')),
                             (ISOLATED, 'isolated', ('sequential', 'threads', 'interpreters'))):
        base = None
        for mode in modes:
            result, error = run_job(exe, job, mode, 1 if mode == 'sequential' else workers, tasks, size,
                                    isolated_env if name == 'isolated' else None)
            if result is None:
                rows.append((name, mode, None, None, error[0]))
                continue
            if mode == 'sequential':
                base = result['seconds']
            rows.append((name, mode, result['seconds'], base / result['seconds'] if base else None, ''))
    return rows


def print_rows(title, rows):
    print(f'\n{title}')
    print(f'  {"runtime":<9} {"mode":<13} {"seconds":>8} {"speed-up":>9}')
    for name, mode, secs, speedup, note in rows:
        s = f'{secs:8.2f}' if secs is not None else '       -'
        u = f'{speedup:8.2f}x' if speedup is not None else '        -'
        print(f'  {name:<9} {mode:<13} {s} {u} {note}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--workers', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--quick', action='store_true', help='smaller jobs (a smoke run)')
    ap.add_argument('--realtime', action='store_true',
                    help='run every measured process under chrt -r 10 (SCHED_RR; needs root)')
    args = ap.parse_args()
    if not os.path.exists(ISOLATED):
        sys.exit(f'{ISOLATED} is missing: run ./build.sh first')
    w = args.workers
    if args.realtime:
        if not shutil.which('chrt') or subprocess.run(['chrt', '-r', '10', 'true']).returncode != 0:
            sys.exit('--realtime: `chrt -r 10` is not available or not permitted here (needs root or CAP_SYS_NICE)')
        PREFIX[:] = ['chrt', '-r', '10']
    load = os.getloadavg()[0] if hasattr(os, 'getloadavg') else float('nan')
    print(f'machine: {os.cpu_count()} CPUs, load {load:.1f}, W={w} workers; python3 = {sys.version.split()[0]}'
          + ('; every process under chrt -r 10' if args.realtime else ''))
    tasks = 2 * w
    product_size = 6_000 if args.quick else 20_000
    alloc_size = 100_000 if args.quick else 600_000
    print_rows(f'big product of 1..{product_size}, {tasks} times', table('product', tasks, product_size, w))
    for label, env in GC_VARIANTS.items():
        if label != 'default GC' and args.quick:
            continue
        rows = table('alloc', tasks, alloc_size, w, env)
        if label != 'default GC':
            rows = [r for r in rows if r[0] == 'isolated']
        print_rows(f'allocating job ({alloc_size} dicts), {tasks} times, Isolated with {label}', rows)

    print('\nmicro figures (median where timed)')
    figures = {}
    for name, exe in (('isolated', ISOLATED), ('python3.13', PY313)):
        if not exe or not os.path.exists(exe):
            continue
        out = subprocess.run([*PREFIX, exe, os.path.join(HERE, 'micro.py')], capture_output=True, text=True, timeout=900)
        figures[name] = json.loads(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 else {}
    keys = list(dict.fromkeys(k for f in figures.values() for k in f))
    print(f'  {"figure":<36}' + ''.join(f'{n:>14}' for n in figures))
    for k in keys:
        cells = ''.join(f'{figures[n][k]:>14,.1f}' if k in figures[n] else f'{"-":>14}' for n in figures)
        print(f'  {k:<36}{cells}')


if __name__ == '__main__':
    main()
