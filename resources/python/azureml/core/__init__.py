"""azureml.core as seen by a training script running under Trainyard.

    from azureml.core import Run
    run = Run.get_context()
    run.log("loss", 0.3)
    child = run.child_run()

works unchanged: metrics, tags, images and child runs go to Trainyard (see trainyard/_run.py for
what each call does). Only the run-side API that scripts call is here; workspace management
belongs to Trainyard itself.
"""

import trainyard
from trainyard import Run as _TrainyardRun

__all__ = ["Run", "Experiment"]


class Experiment:
    def __init__(self, workspace=None, name=None):
        self.workspace = workspace
        self.name = name or trainyard.run.experiment_name


class Run(_TrainyardRun):
    """azureml.core.Run for the current process and the child runs it creates."""

    _current = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.experiment = Experiment(name=self.experiment_name)

    @classmethod
    def get_context(cls, allow_offline=True, used_for_context_manager=False, **kwargs):
        if cls._current is None:
            if not allow_offline and trainyard.run.offline:
                raise RuntimeError("Run.get_context(allow_offline=False): this process is not a Trainyard run")
            context = cls.context()
            # One metrics writer per process: share the helper's, so both APIs can be mixed.
            context.__dict__.update({k: v for k, v in trainyard.run.__dict__.items() if k != "parent"})
            if context.parent is not None:
                context.parent.__class__ = cls
                context.parent.experiment = context.experiment
            cls._current = context
        return cls._current
