"""Trainyard's helper for training scripts.

    from trainyard import run
    run.log("loss", 0.3, step=1)
    run.log("message", "Hello from run!")          # text is kept as text
    run.log_list("accuracies", [0.1, 0.5, 0.9])
    run.log_row("per_class", cls="cat", precision=0.91)
    run.log_image("samples", plot=figure)           # a matplotlib figure, or path="x.png"
    run.tag("model", "resnet50")
    child = run.child_run(name="fold-1")           # a real run of the workspace
    child.log("auc", 0.93)
    child.complete()

The run's methods are azureml.core.Run's (SDK v1). Every metric appends one JSON line to the
file named by TRAINYARD_METRICS_FILE, with a single write() on a file opened for appending, so
the lines of several ranks never interleave and a crash loses nothing already logged. Outside a
Trainyard run the values are printed instead. How child runs reach the engine: _files.py.
"""

from ._run import Run

__all__ = ["run", "Run"]

run = Run.context()
