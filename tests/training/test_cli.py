"""The model commands as the project's argparse CLI registers them."""

from __future__ import annotations

import argparse
import json

import pytest

from retention.data import DataError
from training import cli


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="retention")
    cli.register(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


def test_data_check_prints_a_summary(capsys):
    args = parse("data", "check")
    assert args.run(args) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["telco"]["rows"] > 0 and summary["bank"]["rows"] > 0


def test_data_check_fails_clearly_on_a_missing_folder(tmp_path):
    args = parse("data", "check", "--data-dir", str(tmp_path))
    with pytest.raises(DataError, match=str(tmp_path)):
        args.run(args)


def test_train_quick_writes_artifacts(tmp_path):
    args = parse("train", "--output", str(tmp_path), "--quick", "--seed", "3")
    assert args.run(args) == 0
    assert (tmp_path / "risk.model.json").is_file() and (tmp_path / "accept.card.json").is_file()
