"""The files through which a script talks to the engine (docs/architecture.md "Child runs").

A run's folder (the folder of its metrics file) may hold `script_run.json`: what the script said
about the run (tags, properties; for a child run also its status and times). A parent's
`children/` folder holds one empty file per child run, named by the child's id; the child's own
folder sits beside the parent's. The engine (the local agent, the Slurm run store) reads these
files; the script never talks to the engine otherwise, so the same code works on every engine.
Every write goes to a temporary file first and is renamed into place, so a reader never sees
half a record.
"""

import datetime
import json
import os

try:
    import fcntl
except ImportError:  # Windows: records are written by one process at a time there
    fcntl = None

RECORD = "script_run.json"
CHILDREN = "children"


def utc_now():
    now = datetime.datetime.now(datetime.timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (now.microsecond // 1000)


def write_json_atomically(path, value):
    temporary = "%s.%d.tmp" % (path, os.getpid())
    with open(temporary, "w", encoding="utf-8") as out:
        json.dump(value, out, sort_keys=True)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)


def read_record(run_dir):
    try:
        with open(os.path.join(run_dir, RECORD), encoding="utf-8") as f:
            record = json.load(f)
        return record if isinstance(record, dict) else {}
    except (OSError, ValueError):
        return {}


def update_record(run_dir, change):
    """Reads the run's record, lets `change` edit it, writes it back; ranks take turns."""
    os.makedirs(run_dir, exist_ok=True)
    lock_path = os.path.join(run_dir, RECORD + ".lock")
    with open(lock_path, "a") as lock:
        if fcntl:
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            record = read_record(run_dir)
            change(record)
            record["format"] = 1
            write_json_atomically(os.path.join(run_dir, RECORD), record)
            return record
        finally:
            if fcntl:
                fcntl.flock(lock, fcntl.LOCK_UN)


def claim_child_dir(runs_root, parent_id, wanted=None):
    """Creates the folder of a new child run and returns its id: `wanted`, or <parent>_<n>.

    mkdir either creates the folder or fails, so two processes never get the same id."""
    if wanted is not None:
        if not wanted or "/" in wanted or "\\" in wanted or wanted.startswith("."):
            raise ValueError("run_id %r is not allowed: use letters, digits, '-' and '_'" % wanted)
        os.mkdir(os.path.join(runs_root, wanted))
        return wanted
    children = os.path.join(runs_root, parent_id, CHILDREN)
    n = len(os.listdir(children)) if os.path.isdir(children) else 0
    while True:
        child_id = "%s_%d" % (parent_id, n)
        try:
            os.mkdir(os.path.join(runs_root, child_id))
            return child_id
        except FileExistsError:
            n += 1


def announce_child(parent_dir, child_id):
    folder = os.path.join(parent_dir, CHILDREN)
    os.makedirs(folder, exist_ok=True)
    open(os.path.join(folder, child_id), "a").close()


def child_ids(parent_dir):
    folder = os.path.join(parent_dir, CHILDREN)
    try:
        return sorted(os.listdir(folder), key=_natural)
    except OSError:
        return []


def _natural(name):
    head, _, tail = name.rpartition("_")
    return (head, int(tail)) if tail.isdigit() else (name, -1)
