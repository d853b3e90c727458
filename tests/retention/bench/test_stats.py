"""The benchmark's pure helpers: percentiles, ratios, rates, the timing loop. Never timings themselves."""

import math

import numpy as np
import pytest

from retention.bench.stats import percentiles_ms, rate, ratio, time_calls


def test_percentiles_are_in_milliseconds_with_numpy_interpolation():
    seconds = np.arange(1, 101) / 1000.0  # 1 .. 100 ms
    p = percentiles_ms(seconds)
    assert p["p50_ms"] == pytest.approx(50.5)
    assert p["p90_ms"] == pytest.approx(90.1)
    assert p["p99_ms"] == pytest.approx(99.01)
    assert p["mean_ms"] == pytest.approx(50.5) and p["max_ms"] == pytest.approx(100.0)
    assert p["n"] == 100


def test_percentiles_of_nothing_are_nan_with_a_prefix():
    p = percentiles_ms([], prefix="cpu_")
    assert p["cpu_n"] == 0 and math.isnan(p["cpu_p50_ms"])


@pytest.mark.parametrize(
    ("measured", "floor", "expected"),
    [(3.0, 1.5, 2.0), (1.0, 4.0, 0.25), (None, 1.0, None), (1.0, None, None), (1.0, 0.0, None),
     (float("nan"), 1.0, None), (1.0, float("inf"), None)],
)  # fmt: skip
def test_ratio_is_measured_over_floor_or_none(measured, floor, expected):
    assert ratio(measured, floor) == (pytest.approx(expected) if expected is not None else None)


def test_rate_of_no_time_is_nan():
    assert rate(10, 2.0) == 5.0
    assert math.isnan(rate(10, 0.0))


def test_time_calls_warms_up_then_times_each_call():
    seen = []
    samples = time_calls(seen.append, repeats=5, warmup=2)
    assert seen == [0, 1, 0, 1, 2, 3, 4]  # warm-up calls, then the timed ones
    assert samples.wall_s.shape == samples.cpu_s.shape == (5,)
    summary = samples.summary_us()
    assert {"p50_us", "p99_us", "cpu_p50_us", "n"} <= set(summary) and summary["n"] == 5
    with pytest.raises(ValueError, match="repeats"):
        time_calls(seen.append, repeats=0)
