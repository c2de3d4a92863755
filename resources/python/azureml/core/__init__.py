"""azureml.core as seen by a training script running under Trainyard.

    from azureml.core import Run
    run = Run.get_context()
    run.log("loss", 0.3)

works unchanged: the metrics go to Trainyard's metrics file. Only the run-side API that scripts
call is here; workspace management belongs to Trainyard itself.
"""

import os
import shutil

from trainyard import run as _trainyard_run

__all__ = ["Run", "Experiment"]


class Experiment:
    def __init__(self, workspace=None, name=None):
        self.workspace = workspace
        self.name = name or _trainyard_run.experiment_name


class Run:
    """azureml.core.Run for the current process."""

    _context = None

    def __init__(self):
        self._run = _trainyard_run
        self.id = self._run.id
        self.experiment = Experiment(name=self._run.experiment_name)
        self.parent = None

    @classmethod
    def get_context(cls, allow_offline=True, **kwargs):
        if cls._context is None:
            cls._context = cls()
        return cls._context

    def log(self, name, value, description="", step=None):
        self._run.log(name, value, step=step)

    def log_list(self, name, value, description=""):
        self._run.log_list(name, value)

    def log_row(self, name, description=None, **kwargs):
        self._run.log_row(name, **kwargs)

    def log_table(self, name, value, description=""):
        self._run.log_table(name, value)

    def log_image(self, name, path=None, plot=None, description=""):
        os.makedirs(self._run.outputs_dir, exist_ok=True)
        target = os.path.join(self._run.outputs_dir, name + ".png")
        if plot is not None:
            plot.savefig(target)
        elif path is not None:
            shutil.copyfile(path, target)

    def tag(self, key, value=None):
        self._run.tag(key, value)

    def set_tags(self, tags):
        self._run.set_tags(tags)

    def get_tags(self):
        return self._run.get_tags()

    def upload_file(self, name, path_or_stream):
        target = os.path.join(self._run.outputs_dir, name)
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
        if isinstance(path_or_stream, str):
            shutil.copyfile(path_or_stream, target)
        else:
            with open(target, "wb") as out:
                shutil.copyfileobj(path_or_stream, out)

    def get_status(self):
        return "Running"

    def complete(self):
        self._run.flush()

    def fail(self, error_details=None, **kwargs):
        self._run.flush()

    def flush(self):
        self._run.flush()
