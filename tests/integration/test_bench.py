"""`retention bench all --quick` on the emulators: the pipeline, the Decide on Firestore and the services'
memory are measured and reported beside the emulator's own throughput. Structure only, never timings."""

from __future__ import annotations

import pytest

from retention import stack
from retention.bench.run import BenchConfig, run_all

pytestmark = pytest.mark.integration


def test_the_emulator_sections_report_beside_the_emulators_own_figures(emulators, tmp_path):
    config = BenchConfig(quick=True, sections=("decide", "pipeline"), output=tmp_path / "bench.json",
                         running_emulators=emulators, progress=False)  # fmt: skip
    report = run_all(config)

    assert not report["skipped"]
    assert report["pipeline_events_per_s"] > 0 and report["emulator_msgs_per_s"] > 0
    assert report["decide_firestore_p99_ms"] >= report["decide_firestore_p50_ms"] > 0
    assert set(report["peak_rss_mb"]) == set(stack.SERVICES)
    assert all(mb > 0 for mb in report["peak_rss_mb"].values())
    pipeline = report["sections"]["pipeline"]["details"]["pipeline"]
    assert pipeline["actions_arrived"] >= pipeline["events"]
    assert set(pipeline["cpu_ms_per_event"]) >= set(stack.SERVICES)
    assert report["emulator_peak_rss_mb"] == {}  # the session's emulators: not this run's to measure
    table = (tmp_path / "bench.md").read_text()
    assert "| Pipeline, events to actions |" in table and "| Decide p99, Firestore emulator |" in table
