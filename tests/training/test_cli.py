"""The model commands as the project's argparse CLI registers them."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import pytest

from retention import data
from retention.data import DataError
from training import bench, cli


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="retention")
    cli.register(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("artifacts")
    args = parse("train", "--output", str(output), "--quick", "--seed", "3")
    assert args.run(args) == 0
    return output


def test_data_check_prints_a_summary(capsys):
    args = parse("data", "check")
    assert args.run(args) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["telco"]["rows"] > 0 and summary["bank"]["rows"] > 0


def test_data_check_fails_clearly_on_a_missing_folder(tmp_path):
    args = parse("data", "check", "--data-dir", str(tmp_path))
    with pytest.raises(DataError, match=str(tmp_path)):
        args.run(args)


def test_train_quick_writes_artifacts(artifacts):
    for name in ("risk", "accept", "accept_full"):
        assert (artifacts / f"{name}.model.json").is_file() and (artifacts / f"{name}.card.json").is_file()


def test_score_risk_keeps_the_input_order_and_needs_no_churn_column(artifacts, tmp_path):
    header, *lines = data.telco_path().read_text().splitlines()[:60]
    churn = header.split(",").index("Churn")
    drop = lambda line: ",".join(v for i, v in enumerate(line.split(",")) if i != churn)  # noqa: E731
    source = tmp_path / "customers.csv"
    source.write_text("\n".join(drop(line) for line in [header, *reversed(lines)]) + "\n")
    args = parse("score", "risk", "--input", str(source), "--output", str(tmp_path / "risk.csv"),
                 "--artifacts", str(artifacts))  # fmt: skip
    assert args.run(args) == 0
    with open(tmp_path / "risk.csv", newline="") as file:
        scored = list(csv.DictReader(file))
    assert list(scored[0]) == ["customerID", "churn_probability"]
    assert [row["customerID"] for row in scored] == [line.split(",")[0] for line in reversed(lines)]
    assert all(0 <= float(row["churn_probability"]) <= 1 for row in scored)


def test_score_accept_reads_the_uci_format_and_ignores_duration(artifacts, tmp_path):
    header, *lines = data.bank_path().read_text().splitlines()[:80]
    source = tmp_path / "bank.csv"
    source.write_text("\n".join([header, *lines]) + "\n")
    output = tmp_path / "accept.csv"
    args = parse(
        "score", "accept", "--input", str(source), "--output", str(output), "--artifacts", str(artifacts)
    )
    assert args.run(args) == 0
    first = output.read_text().splitlines()
    duration = header.split(";").index('"duration"')
    changed = [
        ";".join("9999" if i == duration else v for i, v in enumerate(line.split(";"))) for line in lines
    ]
    source.write_text("\n".join([header, *changed]) + "\n")
    assert args.run(args) == 0
    second = output.read_text().splitlines()
    assert first[0] == "accept_probability" and len(first) == len(lines) + 1
    assert first == second  # duration changes nothing
    assert all(0 <= float(p) <= 1 for p in first[1:])


def test_score_without_artifacts_says_how_to_make_them(tmp_path):
    from services.scorer.model import ArtifactsMissing

    args = parse("score", "risk", "--input", str(data.telco_path()), "--output", str(tmp_path / "out.csv"),
                 "--artifacts", str(tmp_path))  # fmt: skip
    with pytest.raises(ArtifactsMissing, match="retention train"):
        args.run(args)


def test_bench_runs_and_reports_latency_percentiles(artifacts, capsys):
    figures = bench.main(artifacts, repeats=30, batch_rows=300)
    assert {"churn_risk", "risk_reasons", "accept_probability"} <= set(figures["single"])
    assert all(f["p99_us"] >= f["p50_us"] > 0 for f in figures["single"].values())
    assert "p99" in capsys.readouterr().out
