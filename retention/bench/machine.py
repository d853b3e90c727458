"""What the benchmarks ran on: the machine, its load, and the memory and CPU time of processes (/proc)."""

from __future__ import annotations

import importlib.metadata
import os
import platform
from pathlib import Path

PACKAGES = (
    "grpcio",
    "protobuf",
    "google-cloud-pubsub",
    "google-cloud-firestore",
    "numpy",
    "xgboost-cpu",
    "torch",
    "transformers",
)


def description() -> dict:
    """CPU model and cores, memory, operating system, Python and the versions of the libraries measured."""
    versions = {}
    for package in PACKAGES:
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_gb": round(memory_kb("MemTotal") / 1024**2, 1) if memory_kb("MemTotal") else None,
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "packages": versions,
    }


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_kb(field: str, status: Path = Path("/proc/meminfo")) -> int | None:
    """A `<field>: <n> kB` line of /proc/meminfo or of a /proc/<pid>/status file, in kB."""
    try:
        for line in status.read_text().splitlines():
            name, _, value = line.partition(":")
            if name == field:
                return int(value.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return None


def load_average() -> list[float]:
    """The 1, 5 and 15 minute load averages (runnable processes; above the core count, work waits)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def peak_rss_mb(pid: int) -> float | None:
    """Peak resident memory of a running process (VmHWM of /proc/<pid>/status), in MB; None if gone."""
    kb = memory_kb("VmHWM", Path(f"/proc/{pid}/status"))
    return None if kb is None else round(kb / 1024, 1)


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time a process has used so far (/proc/<pid>/stat), in seconds; None if gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # After the command name: state is field 3 of stat(5), utime and stime are fields 14 and 15.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
