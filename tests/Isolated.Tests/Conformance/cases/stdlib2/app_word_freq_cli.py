"""A word-frequency command-line tool, as someone would write it: argparse, re, collections, json."""
import argparse
import collections
import io
import json
import re
import sys
import textwrap

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

STOP = {"it", "was", "the", "of"}

def parse(argv):
    p = argparse.ArgumentParser(prog="wordfreq", description="Count words.")
    p.add_argument("-n", "--top", type=int, default=5)
    p.add_argument("--min-length", type=int, default=1)
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.add_argument("--keep-stopwords", action="store_true")
    p.add_argument("--ignore-case", "-i", action=argparse.BooleanOptionalAction, default=True)
    return p.parse_args(argv)

def count(text, args):
    words = re.findall(r"[A-Za-z']+", text)
    if args.ignore_case:
        words = [w.lower() for w in words]
    words = [w for w in words if len(w) >= args.min_length and (args.keep_stopwords or w.lower() not in STOP)]
    return collections.Counter(words)

def render(counter, args, out):
    top = counter.most_common(args.top)
    if args.format == "json":
        json.dump({"total": sum(counter.values()), "top": dict(top)}, out, indent=2)
        out.write("\n")
    elif args.format == "csv":
        import csv
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["word", "count"])
        w.writerows(top)
    else:
        width = max((len(w) for w, _ in top), default=4)
        out.write(f"{'WORD':<{width}}  COUNT\n")
        for word, n in top:
            out.write(f"{word:<{width}}  {n:>5} {'#' * n}\n")

for argv in [[], ["-n", "3", "--format", "json"], ["--keep-stopwords", "-n", "4"], ["--min-length", "6", "--format", "csv"],
             ["--no-ignore-case", "-n", "3"], ["-n", "x"]]:
    print("$ wordfreq", " ".join(argv))
    try:
        args = parse(argv)
    except SystemExit as e:
        print("exit", e.code)
        continue
    buf = io.StringIO()
    render(count(TEXT, args), args, buf)
    print(textwrap.indent(buf.getvalue(), "  "), end="")
