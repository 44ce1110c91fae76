# A todo-list CLI driven by argparse over scripted command lines, persisted as JSON in a temp directory.
import argparse
import json
import os
import shlex
import tempfile
from datetime import date

store_dir = tempfile.mkdtemp()
STORE = os.path.join(store_dir, "todo.json")


def load():
    if not os.path.exists(STORE):
        return []
    with open(STORE, encoding="utf-8") as f:
        return json.load(f)


def save(items):
    with open(STORE, "w", encoding="utf-8") as f:
        json.dump(items, f, indent=1)


def parser():
    p = argparse.ArgumentParser(prog="todo", exit_on_error=False)
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add")
    a.add_argument("text", nargs="+")
    a.add_argument("-p", "--priority", type=int, default=3, choices=range(1, 6))
    a.add_argument("--due", type=date.fromisoformat)
    d = sub.add_parser("done")
    d.add_argument("ids", type=int, nargs="+")
    ls = sub.add_parser("list")
    ls.add_argument("--all", action="store_true")
    ls.add_argument("--sort", choices=["priority", "due", "id"], default="id")
    sub.add_parser("purge")
    return p


def run(line):
    try:
        ns = parser().parse_args(shlex.split(line))
    except (argparse.ArgumentError, SystemExit) as e:
        return [f"error: {e}"]
    items = load()
    out = []
    if ns.cmd == "add":
        new_id = max((i["id"] for i in items), default=0) + 1
        items.append({"id": new_id, "text": " ".join(ns.text), "priority": ns.priority,
                      "due": ns.due.isoformat() if ns.due else None, "done": False})
        out.append(f"added #{new_id}")
    elif ns.cmd == "done":
        for i in ns.ids:
            match = [it for it in items if it["id"] == i]
            if match:
                match[0]["done"] = True
                out.append(f"completed #{i}")
            else:
                out.append(f"no such item #{i}")
    elif ns.cmd == "list":
        shown = [it for it in items if ns.all or not it["done"]]
        key = {"id": lambda it: it["id"], "priority": lambda it: (it["priority"], it["id"]),
               "due": lambda it: (it["due"] is None, it["due"] or "", it["id"])}[ns.sort]
        for it in sorted(shown, key=key):
            mark = "x" if it["done"] else " "
            due = f" (due {it['due']})" if it["due"] else ""
            out.append(f"[{mark}] #{it['id']} p{it['priority']} {it['text']}{due}")
        out.append(f"{len(shown)} shown, {sum(not it['done'] for it in items)} open")
    elif ns.cmd == "purge":
        before = len(items)
        items = [it for it in items if not it["done"]]
        out.append(f"purged {before - len(items)}")
    save(items)
    return out


for line in ['add buy milk', 'add "write report" -p 1 --due 2024-05-01', 'add call mom --priority 2',
             'add fix bike --due 2024-04-15 -p 5', 'list --sort priority', 'done 2 9', 'list --all --sort due',
             'add bad -p 9', 'purge', 'list', 'add --due notadate x']:
    print(f"$ todo {line}")
    for o in run(line):
        print("  " + o)
with open(STORE, encoding="utf-8") as f:
    print(len(json.load(f)), os.path.basename(STORE))
os.remove(STORE)
os.rmdir(store_dir)
print(os.path.exists(store_dir))
