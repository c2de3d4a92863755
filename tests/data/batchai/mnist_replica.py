"""Stand-in for Batch AI's TensorFlow recipe script (mnist_replica.py): trains nothing, prints
what it received (arguments and the distribution's environment) and writes the same as JSON into
its checkpoint directory, one file per task, for the test to check."""
import json
import os
import sys

received = {
    "argv": sys.argv[1:],
    "env": {k: os.environ.get(k) for k in (
        "TF_CONFIG", "AZ_BATCHAI_PS_HOSTS", "AZ_BATCHAI_WORKER_HOSTS", "AZ_BATCHAI_TASK_INDEX",
        "AZ_BATCHAI_TASK_TYPE", "AZ_BATCHAI_OUTPUT_MODEL", "AZ_BATCHAI_OUTPUT_TENSORBOARD",
        "AZ_BATCHAI_JOB_MOUNT_ROOT", "AZ_BATCHAI_MOUNT_ROOT")},
}
print(json.dumps(received, sort_keys=True))
args = dict(a.split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
out = args.get("--checkpoint_dir") or os.environ.get("AZ_BATCHAI_OUTPUT_MODEL") or "."
os.makedirs(out, exist_ok=True)
name = "received-%s-%s.json" % (args.get("--job_name", "unknown"), args.get("--task_index", "x"))
with open(os.path.join(out, name), "w") as f:
    json.dump(received, f, sort_keys=True)
