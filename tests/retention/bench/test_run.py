"""`retention bench all --quick`: every section runs, or says why not, into a report of the agreed shape.

Only the structure is checked, never a timing (shared machines make timing asserts flaky).
"""

import json

import pytest

from retention import cli
from retention.bench.report import REQUIRED_KEYS
from retention.bench.run import BenchConfig, Sizes, run_all

IN_PROCESS = "scorer,decide,simulator,ppo,messenger"


def test_the_quick_run_reports_each_section_beside_its_floor(tmp_path, capsys):
    output = tmp_path / "reports" / "bench.json"
    argv = ["bench", "all", "--quick", "--no-emulators", "--only", IN_PROCESS,
            "--model", str(tmp_path / "no-model"), "--output", str(output)]  # fmt: skip
    assert cli.main(argv) == 0
    report = json.loads(output.read_text())

    assert set(REQUIRED_KEYS) <= set(report)
    for key in ("decide_p50_ms", "decide_p99_ms", "decide_floor_p50_ms", "echo_p50_ms", "scorer_rows_per_s",
                "xgboost_rows_per_s", "sim_steps_per_s", "ppo_seconds_per_iteration"):  # fmt: skip
        assert report[key] > 0, key
    assert report["decide_p99_ms"] >= report["decide_p50_ms"]
    assert report["decide_firestore_p99_ms"] is None
    assert report["sections"]["decide"]["details"]["firestore"] == {"skipped": "--no-emulators"}
    assert report["skipped"] == {"messenger": f"no language model at {tmp_path / 'no-model'} (--model): "
                                              "config.json is missing"}  # fmt: skip
    assert report["sections"]["decide"]["details"]["settings"]["calls"] == Sizes.quick().decide_calls
    assert report["quick"] and report["command"].startswith("retention bench all --quick")
    assert report["machine"]["cores"] >= 1 and len(report["load_average"]["before"]) == 3
    table = output.with_suffix(".md").read_text()
    assert "| Decide p50, embedded ledger |" in table and "Skipped messenger" in table
    assert "| Decide p50, embedded ledger |" in capsys.readouterr().out


def test_the_messenger_section_compares_fp32_int8_and_bare_generate(tmp_path, monkeypatch):
    from training.messages.model import save_tiny_base

    monkeypatch.setenv("RETENTION_TORCH_THREADS", "1")
    folder = save_tiny_base(tmp_path / "tiny")
    config = BenchConfig(quick=True, sections=("messenger",), model=folder, output=tmp_path / "b.json",
                         progress=False)  # fmt: skip
    report = run_all(config)
    for key in ("messenger_tokens_per_s", "generate_tokens_per_s", "messenger_int8_tokens_per_s",
                "generate_int8_tokens_per_s", "messenger_message_p50_ms"):  # fmt: skip
        assert report[key] > 0, key
    settings = report["sections"]["messenger"]["details"]["settings"]
    assert settings["model"] == str(folder) and settings["torch_threads"] == 1


def test_unknown_sections_are_named_with_the_known_ones(capsys):
    with pytest.raises(SystemExit) as exit_status:
        cli.main(["bench", "all", "--only", "scorer,warp-drive"])
    assert exit_status.value.code == 2
    error = capsys.readouterr().err
    assert "warp-drive" in error and "pipeline" in error
