"""The Run a training script talks to: its own run (Run.context()) or a child run it created.

The names and signatures are those of azureml.core.Run (SDK v1), so a script written for Azure ML
runs unchanged. Metrics go to the run's metrics file (JSON Lines, one os.write per line on a file
opened for appending, so lines of several ranks never interleave); tags, properties and child runs
go through the files described in _files.py.
"""

import getpass
import json
import os
import re
import shutil
import sys
import threading
import time

from . import _files
from ._values import metric_value

TERMINAL = ("Completed", "Failed", "Canceled")


class Run:
    """A run of the workspace, as a training script sees it."""

    def __init__(self, run_id, run_dir, experiment_name, parent=None, outputs_dir=None, metrics_path=None,
                 target=None, rank=0, context=False, name=None):
        self.id = run_id
        self.experiment_name = experiment_name
        self.parent = parent
        self.rank = rank
        self.name = name
        self._run_dir = run_dir
        self._target = target
        self._context = context
        self._path = metrics_path if metrics_path is not None else (
            os.path.join(run_dir, "metrics.jsonl") if run_dir else None)
        self.outputs_dir = outputs_dir or (os.path.join(run_dir, "outputs") if run_dir else "outputs")
        self._fd = None
        self._lock = threading.Lock()
        self._tags = {}
        self._properties = {}
        self._image_steps = {}
        self._offline_children = []
        self._offline_status = "Running"

    # ---- the run of this process -------------------------------------------------------------

    @classmethod
    def context(cls):
        path = os.environ.get("TRAINYARD_METRICS_FILE")
        run_dir = os.path.dirname(os.path.abspath(path)) if path else None
        run_id = os.environ.get("TRAINYARD_RUN_ID", "OfflineRun")
        experiment = os.environ.get("TRAINYARD_EXPERIMENT", "offline")
        parent_id = os.environ.get("TRAINYARD_PARENT_RUN_ID")
        parent = None
        if parent_id and run_dir:
            parent = cls(parent_id, os.path.join(os.path.dirname(run_dir), parent_id), experiment)
        return cls(run_id, run_dir, experiment, parent=parent,
                   outputs_dir=os.environ.get("TRAINYARD_OUTPUTS_DIR", "outputs"), metrics_path=path,
                   target=os.environ.get("TRAINYARD_COMPUTE", "local"),
                   rank=int(os.environ.get("TRAINYARD_RANK", os.environ.get("RANK", "0")) or 0), context=True)

    @property
    def offline(self):
        return not self._path

    # ---- metrics -----------------------------------------------------------------------------

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
        self._started_by_logging()

    def log(self, name, value, description="", step=None):
        record = {"name": str(name), "value": metric_value(name, value), "kind": "scalar"}
        if step is not None:
            record["step"] = int(step)
        self._write(record)

    def log_list(self, name, value, description=""):
        values = [metric_value(name, v) for v in value]
        self._write({"name": str(name), "values": values, "kind": "list"})

    def log_row(self, name, description=None, **kwargs):
        row = {k: metric_value("%s.%s" % (name, k), v) for k, v in kwargs.items()}
        self._write({"name": str(name), "values": row, "kind": "row"})

    def log_table(self, name, value, description=""):
        if not isinstance(value, dict):
            raise TypeError("log_table(%r): value must be a dict of column name -> list of values" % name)
        columns = {str(c): [metric_value("%s.%s" % (name, c), v) for v in vs] for c, vs in value.items()}
        length = max((len(v) for v in columns.values()), default=0)
        for i in range(length):
            row = {c: vs[i] for c, vs in columns.items() if i < len(vs)}
            self._write({"name": str(name), "values": row, "kind": "table", "step": i})

    def log_image(self, name, path=None, plot=None, description=""):
        """Keeps the image (a file, or a matplotlib figure / pyplot as PNG) with the run's outputs
        under images/<name>/ and logs it; logging the same name again adds a step."""
        if (path is None) == (plot is None):
            raise ValueError("log_image(%r): give exactly one of path= and plot=" % name)
        if path is not None and not os.path.isfile(path):
            raise FileNotFoundError("log_image(%r): there is no image file %r" % (name, path))
        if plot is not None and not hasattr(plot, "savefig"):
            raise TypeError("log_image(%r): plot= must be a matplotlib figure or pyplot, not %s"
                            % (name, type(plot).__name__))
        folder = os.path.join(self.outputs_dir, "images", re.sub(r"[^A-Za-z0-9._-]", "_", str(name)))
        os.makedirs(folder, exist_ok=True)
        step = self._image_steps.get(name)
        if step is None:
            step = len([f for f in os.listdir(folder) if not f.endswith(".tmp")])
        extension = ".png" if plot is not None else (os.path.splitext(path)[1].lower() or ".png")
        suffix = "" if self.rank == 0 else ".rank%d" % self.rank
        target = os.path.join(folder, "%d%s%s" % (step, suffix, extension))
        temporary = target + ".tmp"
        if plot is not None:
            plot.savefig(temporary, format="png")
        else:
            shutil.copyfile(path, temporary)
        os.replace(temporary, target)
        self._image_steps[name] = step + 1
        stored = os.path.relpath(target, self._run_dir) if self._run_dir else target
        self._write({"name": str(name), "value": stored.replace(os.sep, "/"), "kind": "image", "step": step})

    # ---- tags and properties ------------------------------------------------------------------

    def _remember(self, field, values):
        getattr(self, "_" + field).update(values)
        if self._run_dir:
            _files.update_record(self._run_dir, lambda r: r.setdefault(field, {}).update(values))

    def tag(self, key, value=None):
        value = "" if value is None else str(value)
        self._remember("tags", {str(key): value})
        self._write({"name": str(key), "value": value, "kind": "tag"})

    def set_tags(self, tags):
        for key, value in dict(tags).items():
            self.tag(key, value)

    def get_tags(self):
        stored = _files.read_record(self._run_dir).get("tags", {}) if self._run_dir else {}
        return dict(stored, **self._tags)

    def add_properties(self, properties):
        self._remember("properties", {str(k): str(v) for k, v in dict(properties).items()})

    def get_properties(self):
        stored = _files.read_record(self._run_dir).get("properties", {}) if self._run_dir else {}
        return dict(stored, **self._properties)

    # ---- child runs ----------------------------------------------------------------------------

    def child_run(self, name=None, run_id=None, outputs=None):
        """A new child run of this one, already Running (like the SDK)."""
        return self._new_child(name=name, run_id=run_id, outputs=outputs, status="Running")

    def create_children(self, count=None, tag_key=None, tag_values=None):
        """`count` children (or one per tag value), NotStarted until they log or start()."""
        if tag_values is not None and tag_key is None:
            raise ValueError("create_children: tag_values needs tag_key")
        if count is None:
            count = len(tag_values) if tag_values is not None else 1
        if tag_values is not None and len(tag_values) != count:
            raise ValueError("create_children: %d tag_values for %d children" % (len(tag_values), count))
        children = []
        for i in range(int(count)):
            tags = {tag_key: str(tag_values[i])} if tag_key is not None and tag_values is not None else {}
            children.append(self._new_child(status="NotStarted", tags=tags))
        return children

    def _new_child(self, name=None, run_id=None, outputs=None, status="Running", tags=None):
        if self._run_dir is None:
            child = self.__class__("%s_%d" % (self.id, len(self._offline_children)), None,
                                   self.experiment_name, parent=self, rank=self.rank, name=name)
            child._offline_status = status
            child._tags.update(tags or {})
            self._offline_children.append(child)
            return child
        runs_root = os.path.dirname(self._run_dir)
        if not os.path.isdir(self._run_dir):
            raise LookupError("child run: the parent run %r has no folder in this workspace" % self.id)
        child_id = _files.claim_child_dir(runs_root, self.id, run_id)
        child_dir = os.path.join(runs_root, child_id)
        now = _files.utc_now()
        record = {"run_id": child_id, "parent_run_id": self.id, "experiment": self.experiment_name,
                  "display_name": name or child_id, "status": status, "created_at": now,
                  "tags": dict(tags or {}), "properties": {}}
        if status == "Running":
            record["started_at"] = now
        _files.update_record(child_dir, lambda r: r.update(record))
        _files.announce_child(self._run_dir, child_id)
        child = self.__class__(child_id, child_dir, self.experiment_name, parent=self, target=self._target,
                               rank=self.rank, name=name, outputs_dir=outputs and os.path.join(child_dir, outputs))
        child._tags.update(tags or {})
        return child

    def get_children(self, recursive=False, tags=None, properties=None, type=None, status=None,
                     _rehydrate_runs=True):
        if self._run_dir is None:
            found = list(self._offline_children)
        else:
            runs_root = os.path.dirname(self._run_dir)
            found = []
            for child_id in _files.child_ids(self._run_dir):
                record = _files.read_record(os.path.join(runs_root, child_id))
                found.append(self.__class__(child_id, os.path.join(runs_root, child_id), self.experiment_name,
                                            parent=self, target=self._target, rank=self.rank,
                                            name=record.get("display_name")))
        result = []
        for child in found:
            if status is not None and child.get_status() != status:
                continue
            if tags is not None and not _matches(child.get_tags(), tags):
                continue
            if properties is not None and not _matches(child.get_properties(), properties):
                continue
            result.append(child)
            if recursive:
                result.extend(child.get_children(recursive=True, tags=tags, properties=properties,
                                                 status=status))
        return result

    # ---- status -------------------------------------------------------------------------------

    def get_status(self):
        if self._context:
            return "Running"
        if self._run_dir is None:
            return self._offline_status
        return _files.read_record(self._run_dir).get("status", "NotStarted")

    def _set_status(self, status, error=None):
        if self._context:
            return  # the engine ends this process's own run when the process exits
        if self._run_dir is None:
            self._offline_status = status
            return

        def change(record):
            if record.get("status") in TERMINAL:
                return  # ended already (by the script, or by the engine when the parent ended)
            now = _files.utc_now()
            record["status"] = status
            if status == "Running":
                record.setdefault("started_at", now)
            if status in TERMINAL:
                record.setdefault("started_at", now)
                record["ended_at"] = now
            if error:
                record["error"] = error

        _files.update_record(self._run_dir, change)

    def _started_by_logging(self):
        if not self._context and self._run_dir and self.get_status() == "NotStarted":
            self._set_status("Running")

    def start(self):
        self._set_status("Running")

    def complete(self, _set_status=True):
        self.flush()
        if _set_status:
            self._set_status("Completed")

    def fail(self, error_details=None, error_code=None, _set_status=True):
        self.flush()
        if _set_status:
            self._set_status("Failed", error=str(error_details) if error_details is not None else "failed")

    def cancel(self):
        self._set_status("Canceled")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is None:
            self.complete()
        else:
            self.fail(error_details=exc)
        return False

    def get_details(self):
        record = _files.read_record(self._run_dir) if self._run_dir else {}
        details = {"runId": self.id, "target": self._target, "status": self.get_status(),
                   "startTimeUtc": record.get("started_at"), "endTimeUtc": record.get("ended_at"),
                   "properties": self.get_properties(), "tags": self.get_tags(), "inputDatasets": [],
                   "outputDatasets": [], "logFiles": {}, "submittedBy": getpass.getuser()}
        if self._context:
            details["runDefinition"] = {"script": os.path.basename(sys.argv[0]), "arguments": sys.argv[1:],
                                        "target": self._target,
                                        "nodeCount": int(os.environ.get("TRAINYARD_NODE_COUNT", "1") or 1)}
        if self.parent is not None:
            details["parentRunId"] = self.parent.id
        return details

    # ---- files and secrets --------------------------------------------------------------------

    def upload_file(self, name, path_or_stream, datastore_name=None):
        target = self._output_path(name)
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
        if isinstance(path_or_stream, (str, os.PathLike)):
            if not os.path.isfile(path_or_stream):
                raise FileNotFoundError("upload_file(%r): there is no file %r" % (name, path_or_stream))
            shutil.copyfile(path_or_stream, target + ".tmp")
        else:
            with open(target + ".tmp", "wb") as out:
                shutil.copyfileobj(path_or_stream, out)
        os.replace(target + ".tmp", target)

    def upload_folder(self, name, path, datastore_name=None):
        if not os.path.isdir(path):
            raise FileNotFoundError("upload_folder(%r): there is no folder %r" % (name, path))
        for root, _, files in os.walk(path):
            for f in files:
                source = os.path.join(root, f)
                self.upload_file(os.path.join(name, os.path.relpath(source, path)), source)

    def _output_path(self, name):
        # Azure ML names uploads relative to the run ("outputs/model.pt"); a bare name goes to outputs.
        name = str(name).replace("\\", "/")
        if name.startswith("outputs/"):
            name = name[len("outputs/"):]
        target = os.path.normpath(os.path.join(self.outputs_dir, name))
        if os.path.isabs(name) or not target.startswith(os.path.normpath(self.outputs_dir) + os.sep):
            raise ValueError("upload: %r leads outside the run's outputs; use a relative name" % name)
        return target

    def get_secret(self, name):
        """The secret `name` from the keychain, if the run was given it (`--secret-env VAR=name`)."""
        for variable, secret in self._secret_names().items():
            if secret == name and variable in os.environ:
                return os.environ[variable]
        raise KeyError("secret %r was not given to this run: submit it with --secret-env VARIABLE=%s "
                       "(the value stays in the keychain; local engine)" % (name, name))

    def get_secrets(self, secrets):
        return {name: self.get_secret(name) for name in secrets}

    def _secret_names(self):
        context = self
        while context.parent is not None and not context._context:
            context = context.parent
        if not context._run_dir:
            return {}
        path = os.path.join(context._run_dir, "ranks", str(context.rank), "secret_env.json")
        try:
            with open(path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}

    def flush(self):
        pass

    def __repr__(self):
        return "Run(id=%r, status=%r)" % (self.id, self.get_status())


def _matches(actual, wanted):
    if isinstance(wanted, str):
        return wanted in actual
    return all(actual.get(k) == str(v) for k, v in dict(wanted).items())
