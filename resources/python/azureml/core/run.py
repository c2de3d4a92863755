from azureml.core import Run  # noqa: F401  (scripts import azureml.core.run.Run too)
