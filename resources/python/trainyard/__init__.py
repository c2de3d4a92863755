"""Trainyard's helper for training scripts.

    from trainyard import run
    run.log("loss", 0.3, step=1)
    run.log_list("accuracies", [0.1, 0.5, 0.9])
    run.log_row("per_class", cls="cat", precision=0.91)
    run.tag("model", "resnet50")

Every call appends one JSON line to the file named by TRAINYARD_METRICS_FILE, with a single
write() on a file opened for appending, so the lines of several ranks never interleave and a
crash loses nothing already logged. Outside a Trainyard run the values are printed instead.
"""

import json
import math
import os
import sys
import threading
import time

__all__ = ["run", "Run"]


def _jsonable(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            return "NaN" if math.isnan(value) else ("inf" if value > 0 else "-inf")
        return value
    try:  # numpy and torch scalars
        return _jsonable(value.item())
    except Exception:
        return str(value)


class Run:
    """The run this process belongs to (one per process)."""

    def __init__(self):
        self.id = os.environ.get("TRAINYARD_RUN_ID", "OfflineRun")
        self.experiment_name = os.environ.get("TRAINYARD_EXPERIMENT", "offline")
        self.rank = int(os.environ.get("TRAINYARD_RANK", os.environ.get("RANK", "0")) or 0)
        self.outputs_dir = os.environ.get("TRAINYARD_OUTPUTS_DIR", "outputs")
        self._path = os.environ.get("TRAINYARD_METRICS_FILE")
        self._fd = None
        self._lock = threading.Lock()
        self._tags = {}

    @property
    def offline(self):
        return not self._path

    def _write(self, record):
        record.setdefault("time", time.time())
        record.setdefault("rank", self.rank)
        line = (json.dumps(record, allow_nan=False) + "\n").encode("utf-8")
        with self._lock:
            if self._path is None:
                sys.stderr.write("trainyard (offline): " + line.decode("utf-8"))
                return
            if self._fd is None:
                self._fd = os.open(self._path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            os.write(self._fd, line)

    def log(self, name, value, step=None, description=""):
        record = {"name": str(name), "value": _jsonable(value), "kind": "scalar"}
        if step is not None:
            record["step"] = int(step)
        self._write(record)

    def log_list(self, name, value, description=""):
        self._write({"name": str(name), "values": [_jsonable(v) for v in value], "kind": "list"})

    def log_row(self, name, description=None, **kwargs):
        self._write({"name": str(name), "values": {k: _jsonable(v) for k, v in kwargs.items()}, "kind": "row"})

    def log_table(self, name, value, description=""):
        columns = list(value.keys())
        length = max((len(v) for v in value.values()), default=0)
        for i in range(length):
            row = {c: _jsonable(value[c][i]) for c in columns if i < len(value[c])}
            self._write({"name": str(name), "values": row, "kind": "table", "step": i})

    def tag(self, key, value=None):
        self._tags[str(key)] = "" if value is None else str(value)
        self._write({"name": str(key), "value": self._tags[str(key)], "kind": "tag"})

    def set_tags(self, tags):
        for key, value in dict(tags).items():
            self.tag(key, value)

    def get_tags(self):
        return dict(self._tags)

    def flush(self):
        pass


run = Run()
