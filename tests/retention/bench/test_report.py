"""The benchmark report: its structure, the markdown table, strict JSON."""

import json
import math
from pathlib import Path

import numpy as np

from retention.bench import report
from retention.bench.run import BenchConfig


def built(**figures) -> dict:
    results = {"decide": {"figures": figures, "details": {}, "seconds": 1.0},
               "messenger": {"skipped": "no language model at m (--model)", "seconds": 0.0}}  # fmt: skip
    return report.build(results, BenchConfig(quick=True), 0.0, [1.0, 1.0, 1.0], [2.0, 1.5, 1.0], ["--quick"])


def test_every_required_key_is_there_even_when_its_section_did_not_run():
    written = built(decide_p50_ms=2.0, decide_floor_p50_ms=1.0)
    assert set(report.REQUIRED_KEYS) <= set(written)
    assert written["messenger_tokens_per_s"] is None
    assert written["skipped"] == {"messenger": "no language model at m (--model)"}
    assert written["command"] == "retention bench all --quick"
    assert written["load_average"] == {"before": [1.0, 1.0, 1.0], "after": [2.0, 1.5, 1.0]}
    assert {"cpu", "cores", "packages"} <= set(written["machine"])
    assert written["floor"]["decide_floor_p50_ms"] == 1.0
    assert "figures" not in written["sections"]["decide"]


def test_goals_are_judged_on_the_ratio_or_the_figure():
    goals = {
        g["figure"]: g for g in built(decide_p50_ms=2.5, decide_floor_p50_ms=1.0, decide_p99_ms=8.0)["goals"]
    }
    assert goals["decide_p50_ms"]["ratio"] == 2.5 and goals["decide_p50_ms"]["met"] is False
    assert goals["decide_p99_ms"]["met"] is True
    assert goals["pipeline_events_per_s"]["met"] is None  # not measured


def test_the_table_shows_each_figure_beside_its_floor_with_the_ratio():
    text = report.markdown(built(decide_p50_ms=2.5, decide_floor_p50_ms=1.0, echo_calls_per_s=1000.0,
                                 decide_calls_per_s=250.0))  # fmt: skip
    assert "| Decide p50, embedded ledger | 2.50 ms | 1.00 ms (echo p50 + models + policy) | 2.50x |" in text
    assert "<= 2x the floor: not met" in text
    assert "| Decide throughput, embedded ledger | 250 calls/s | 1,000 calls/s (echo) | 0.25x |" in text
    assert "Pipeline" not in text  # not measured: no row
    assert "Skipped messenger: no language model" in text
    assert "retention bench all --quick" in text and "(quick: small samples)" in text


def test_numbers_keep_three_significant_digits():
    assert [report.number(v) for v in (123456.7, 123.4, 12.34, 1.234, None, math.nan)] == [
        "123,457", "123", "12.3", "1.23", "–", "–"]  # fmt: skip
    assert report.number(2.5, "ms") == "2.50 ms"


def test_the_json_is_strict(tmp_path: Path):
    written = built(decide_p50_ms=np.float64(2.0), decide_floor_p50_ms=math.nan, decide_p99_ms=math.inf)
    written["sections"]["decide"]["details"] = {"calls": np.int64(3), "shape": (1, 2)}
    json_path, table = report.write(written, tmp_path / "out" / "bench.json")
    loaded = json.loads(
        json_path.read_text(), parse_constant=lambda name: (_ for _ in ()).throw(ValueError(name))
    )
    assert loaded["decide_p50_ms"] == 2.0 and loaded["decide_floor_p50_ms"] is None
    assert loaded["decide_p99_ms"] is None
    assert loaded["sections"]["decide"]["details"] == {"calls": 3, "shape": [1, 2]}
    assert table == tmp_path / "out" / "bench.md" and table.read_text().startswith("Measured")
