"""Pure helpers of the benchmarks: timing loops, percentiles, ratios. No I/O, no services."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Samples:
    """Per-call wall-clock and CPU (this thread's) seconds of a timed loop."""

    wall_s: np.ndarray
    cpu_s: np.ndarray

    def summary_ms(self) -> dict[str, float]:
        return {**percentiles_ms(self.wall_s), **percentiles_ms(self.cpu_s, prefix="cpu_")}

    def summary_us(self) -> dict[str, float]:
        """The same in microseconds, for calls far below a millisecond."""
        return {
            key.replace("_ms", "_us"): value * 1000.0 if key.endswith("_ms") else value
            for key, value in self.summary_ms().items()
        }


def percentiles_ms(seconds: Sequence[float] | np.ndarray, prefix: str = "") -> dict[str, float]:
    """p50, p90, p99, mean and max of durations in seconds, in milliseconds; `n` is the sample count.

    Linear interpolation between ranks (numpy's default), so the p99 of 100 samples lies between the two
    largest. An empty sample gives NaN percentiles, n = 0.
    """
    values = np.asarray(seconds, dtype=np.float64) * 1000.0
    if values.size == 0:
        nan = float("nan")
        return {
            f"{prefix}p50_ms": nan,
            f"{prefix}p90_ms": nan,
            f"{prefix}p99_ms": nan,
            f"{prefix}mean_ms": nan,
            f"{prefix}max_ms": nan,
            f"{prefix}n": 0,
        }
    p50, p90, p99 = np.percentile(values, [50, 90, 99])
    return {
        f"{prefix}p50_ms": float(p50),
        f"{prefix}p90_ms": float(p90),
        f"{prefix}p99_ms": float(p99),
        f"{prefix}mean_ms": float(values.mean()),
        f"{prefix}max_ms": float(values.max()),
        f"{prefix}n": int(values.size),
    }


def time_calls(call: Callable[[int], object], repeats: int, warmup: int = 20) -> Samples:
    """Times call(i) for i = 0 .. repeats-1, after `warmup` untimed calls (i = 0 .. warmup-1).

    Wall-clock and this thread's CPU time: on a busy machine the wall-clock tail also holds the time spent
    waiting for a core, which the CPU time leaves out.
    """
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    for i in range(warmup):
        call(i)
    wall, cpu = np.empty(repeats), np.empty(repeats)
    for i in range(repeats):
        started, started_cpu = time.perf_counter(), time.thread_time()
        call(i)
        wall[i], cpu[i] = time.perf_counter() - started, time.thread_time() - started_cpu
    return Samples(wall, cpu)


def rate(count: float, seconds: float) -> float:
    """count / seconds; NaN when no time was measured."""
    return count / seconds if seconds > 0 else float("nan")


def ratio(measured: float | None, floor: float | None) -> float | None:
    """measured / floor, or None when either is missing, not finite, or the floor is not positive.

    For latencies a ratio above 1 is how many times slower than the floor; for throughputs, below 1 is the
    share of the floor reached.
    """
    if measured is None or floor is None:
        return None
    if not (math.isfinite(measured) and math.isfinite(floor)) or floor <= 0:
        return None
    return measured / floor
