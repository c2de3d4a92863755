"""System metrics of one rank, sampled beside it on its node (Slurm's task.sh starts it).

    python3 -m trainyard.sysmon PID

Samples the process PID and everything below it (its process group and descendants) from /proc
every TRAINYARD_SYSTEM_METRICS_INTERVAL seconds (default 5) and appends the values to
TRAINYARD_METRICS_FILE as sys/<measure>/<node>/<rank> points, the names and units of the local
engine's runner (core/monitoring/SystemMetrics.h). GPUs through NVML when libnvidia-ml.so.1 is
present. Ends when PID is gone.
"""

import ctypes
import json
import os
import sys
import time


def _stat(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            line = f.read()
    except OSError:
        return None
    fields = line[line.rindex(")") + 2:].split()
    # fields[0] is field 3 (state): ppid 4, pgrp 5, utime 14, stime 15, rss 24
    if fields[0] == "Z":
        return None  # ended, not yet reaped: uses nothing
    return {
        "ppid": int(fields[1]),
        "pgrp": int(fields[2]),
        "cpu": (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"),
        "rss": int(fields[21]) * os.sysconf("SC_PAGE_SIZE"),
    }


def _io(pid):
    read = write = 0
    try:
        with open("/proc/%d/io" % pid) as f:
            for line in f:
                key, _, value = line.partition(":")
                if key == "read_bytes":
                    read = int(value)
                elif key == "write_bytes":
                    write = int(value)
    except OSError:
        pass
    return read, write


def tree_usage(root):
    stats = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            s = _stat(int(name))
            if s:
                stats[int(name)] = s
    if root not in stats:
        return None

    def in_tree(pid):
        for _ in range(64):
            s = stats.get(pid)
            if s is None or pid <= 1:
                return False
            if pid == root or s["pgrp"] == root:
                return True
            pid = s["ppid"]
        return False

    usage = {"cpu": 0.0, "rss": 0, "read": 0, "write": 0, "processes": 0}
    for pid, s in stats.items():
        if in_tree(pid):
            read, write = _io(pid)
            usage["cpu"] += s["cpu"]
            usage["rss"] += s["rss"]
            usage["read"] += read
            usage["write"] += write
            usage["processes"] += 1
    return usage


class _Nvml:
    def __init__(self):
        self.lib = None
        try:
            lib = ctypes.CDLL("libnvidia-ml.so.1")
            if lib.nvmlInit_v2() == 0:
                self.lib = lib
        except (OSError, AttributeError):
            pass

    def sample(self):
        if not self.lib:
            return []
        count = ctypes.c_uint(0)
        if self.lib.nvmlDeviceGetCount_v2(ctypes.byref(count)) != 0:
            return []
        out = []
        for i in range(count.value):
            handle = ctypes.c_void_p()
            util = (ctypes.c_uint * 2)()
            memory = (ctypes.c_ulonglong * 3)()  # total, free, used
            if (self.lib.nvmlDeviceGetHandleByIndex_v2(i, ctypes.byref(handle)) == 0
                    and self.lib.nvmlDeviceGetUtilizationRates(handle, util) == 0
                    and self.lib.nvmlDeviceGetMemoryInfo(handle, memory) == 0):
                out.append((i, float(util[0]), memory[2] / 2**20))
        return out


def cores_per_rank(env):
    for key in ("TRAINYARD_CORES_PER_RANK", "SLURM_CPUS_PER_TASK"):
        try:
            if float(env.get(key, "")) > 0:
                return float(env[key])
        except ValueError:
            pass
    tasks = 1
    for key in ("SLURM_NTASKS_PER_NODE", "SLURM_TASKS_PER_NODE"):
        try:
            tasks = max(1, int(env.get(key, "1").split("(")[0]))
            break
        except ValueError:
            pass
    return max(1.0, (os.cpu_count() or 1) / tasks)


def main(argv):
    pid = int(argv[1])
    env = os.environ
    path = env.get("TRAINYARD_METRICS_FILE")
    interval = float(env.get("TRAINYARD_SYSTEM_METRICS_INTERVAL") or 5)
    if not path or interval <= 0:
        return 0
    interval = max(0.1, interval)
    node = env.get("SLURMD_NODENAME") or env.get("TRAINYARD_NODE_ID") or "node"
    rank = int(env.get("TRAINYARD_RANK") or env.get("SLURM_PROCID") or 0)
    visible = [v for v in env.get("CUDA_VISIBLE_DEVICES", "").split(",") if v]
    nvml = _Nvml()
    step = 0
    last = None

    def write(points):
        now = round(time.time(), 3)
        text = "".join(json.dumps({"name": "sys/%s/%s/%d" % (m, node, rank), "value": v, "step": step,
                                   "time": now, "rank": rank}, separators=(",", ":")) + "\n"
                       for m, v in points)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, text.encode())
        finally:
            os.close(fd)

    write([("cores_requested", cores_per_rank(env))])
    while True:
        usage = tree_usage(pid)
        if usage is None:
            return 0
        now = time.monotonic()
        mb = 1024.0 * 1024.0
        points = []
        if last:
            seconds = max(1e-3, now - last[0])
            points.append(("cpu_percent", max(0.0, (usage["cpu"] - last[1]["cpu"]) / seconds * 100)))
            points.append(("read_mb_s", max(0.0, (usage["read"] - last[1]["read"]) / mb / seconds)))
            points.append(("write_mb_s", max(0.0, (usage["write"] - last[1]["write"]) / mb / seconds)))
        points.append(("rss_mb", usage["rss"] / mb))
        points.append(("processes", usage["processes"]))
        for index, util, memory in nvml.sample():
            if not visible or str(index) in visible:
                points.append(("gpu%d_util_percent" % index, util))
                points.append(("gpu%d_memory_mb" % index, memory))
        write(points)
        step += 1
        last = (now, usage)
        time.sleep(interval)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
