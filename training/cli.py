"""The model commands of the `retention` CLI: `train`, `data check`.

`retention/cli.py` calls `register(subparsers)`; each command sets `run`, called with the parsed
arguments, returning the exit status. DataError and ArtifactsMissing propagate: the CLI prints them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from retention import data


def register(subparsers: argparse._SubParsersAction) -> None:
    train = subparsers.add_parser("train", help="train the churn-risk and offer-acceptance models")
    train.add_argument(
        "--output", type=Path, default=Path("artifacts"), help="artifact folder (default artifacts)"
    )
    train.add_argument("--seed", type=int, default=0, help="random seed (default 0); same seed, same models")
    train.add_argument("--quick", action="store_true", help="few trees and folds: for tests, not for serving")
    train.add_argument("--data-dir", type=Path, default=None, help="default: RETENTION_DATA_DIR or data/raw")
    train.set_defaults(run=run_train)

    data_parser = subparsers.add_parser("data", help="the training data sets")
    data_commands = data_parser.add_subparsers(dest="data_command", required=True)
    check = data_commands.add_parser("check", help="load and check both CSV files, print a summary")
    check.add_argument("--data-dir", type=Path, default=None, help="default: RETENTION_DATA_DIR or data/raw")
    check.set_defaults(run=run_data_check)


def run_train(args: argparse.Namespace) -> int:
    from training.config import TrainConfig
    from training.train import main

    main(TrainConfig(output=args.output, seed=args.seed, quick=args.quick, data_dir=args.data_dir))
    return 0


def run_data_check(args: argparse.Namespace) -> int:
    print(json.dumps(data.check(args.data_dir), indent=2))
    return 0
