"""The policy commands register beside the others (`bench scorer` and `bench policy` share `bench`)."""

from __future__ import annotations

import argparse

from training import cli as models_cli
from training.policy import cli


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="retention")
    subparsers = parser.add_subparsers(dest="command", required=True)
    models_cli.register(subparsers)
    cli.register(subparsers)
    return parser


def test_eval_policy_takes_a_seed():
    args = parser().parse_args(["eval", "policy", "--seed", "7"])
    assert args.run is cli.run_eval and args.seed == [7]


def test_bench_policy_sits_beside_bench_scorer():
    assert parser().parse_args(["bench", "policy"]).run is cli.run_bench
    assert parser().parse_args(["bench", "scorer"]).run is not cli.run_bench


def test_train_policy_has_a_quick_setting():
    args = parser().parse_args(["train-policy", "--quick", "--seed", "3"])
    assert args.run is cli.run_train and args.quick and args.seed == 3
