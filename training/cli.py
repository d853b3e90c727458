"""The model commands of the `retention` CLI: `train`, `data check`, `score risk|accept`, `bench scorer`.

`retention/cli.py` calls `register(subparsers)`; each command sets `run`, called with the parsed
arguments, returning the exit status. DataError and ArtifactsMissing propagate: the CLI prints them.
Heavy imports happen inside the commands, so that `retention --help` stays fast.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from retention import data
from retention.arguments import command_group

DATA_DIR_HELP = "folder of the raw CSVs (default: RETENTION_DATA_DIR, else data/raw, else ../shared/data)"


def register(subparsers: argparse._SubParsersAction) -> None:
    train = subparsers.add_parser("train", help="train the churn-risk and offer-acceptance models")
    train.add_argument(
        "--output", type=Path, default=Path("artifacts"), help="artifact folder (default artifacts)"
    )
    train.add_argument("--seed", type=int, default=0, help="random seed (default 0); same seed, same models")
    train.add_argument("--quick", action="store_true", help="few trees and folds: for tests, not for serving")
    train.add_argument("--data-dir", type=Path, default=None, help=DATA_DIR_HELP)
    train.add_argument(
        "--evaluate",
        action="store_true",
        help="also cross-validate every model (5 folds x 3 repeats, several minutes) into --reports",
    )
    train.add_argument(
        "--reports", type=Path, default=Path("reports"), help="report folder (default reports)"
    )
    train.add_argument(
        "--tune",
        action="store_true",
        help="only search the boosters' parameters (long); writes out/tuning.json, changes nothing",
    )
    train.add_argument("--threads", type=int, default=1, help="XGBoost threads (default 1)")
    train.set_defaults(run=run_train)

    data_parser = subparsers.add_parser("data", help="the training data sets")
    data_commands = data_parser.add_subparsers(dest="data_command", required=True)
    check = data_commands.add_parser("check", help="load and check both CSV files, print a summary")
    check.add_argument("--data-dir", type=Path, default=None, help=DATA_DIR_HELP)
    check.set_defaults(run=run_data_check)

    score = subparsers.add_parser("score", help="score a CSV file with the trained models")
    score_commands = score.add_subparsers(dest="score_command", required=True)
    for name, what in (
        ("risk", "a Telco-format CSV -> customerID,churn_probability"),
        (
            "accept",
            "a Bank-format CSV (semicolons) -> accept_probability, history as in the file, no discount",
        ),
    ):
        command = score_commands.add_parser(name, help=what)
        command.add_argument("--input", type=Path, required=True)
        command.add_argument("--output", type=Path, required=True)
        command.add_argument("--artifacts", type=Path, default=Path("artifacts"), help="default artifacts")
        command.set_defaults(run=run_score, what=name)

    scorer = command_group(subparsers, "bench", "measure speed").add_parser(
        "scorer", help="p50/p99 single-row latency and batch rows/s of the scorer"
    )
    scorer.add_argument("--artifacts", type=Path, default=Path("artifacts"), help="default artifacts")
    scorer.add_argument("--repeats", type=int, default=2000, help="calls per measurement (default 2000)")
    scorer.set_defaults(run=run_bench)


def run_train(args: argparse.Namespace) -> int:
    if args.tune:
        from training import tune

        tune.main(tune.TuneConfig(data_dir=args.data_dir, threads=args.threads))
        return 0
    from training import train
    from training.config import TrainConfig

    train.main(
        TrainConfig(
            output=args.output, seed=args.seed, quick=args.quick, data_dir=args.data_dir, threads=args.threads
        )
    )
    if args.evaluate:
        from training import evaluate

        evaluate.main(
            evaluate.EvaluateConfig(
                reports=args.reports,
                seed=args.seed,
                data_dir=args.data_dir,
                quick=args.quick,
                threads=args.threads,
            )
        )
    return 0


def run_data_check(args: argparse.Namespace) -> int:
    print(json.dumps(data.check(args.data_dir), indent=2))
    return 0


def run_score(args: argparse.Namespace) -> int:
    from training import score

    started = time.perf_counter()
    scorer = score.score_risk if args.what == "risk" else score.score_accept
    rows = scorer(args.artifacts, args.input, args.output)
    print(f"scored {rows} rows -> {args.output} ({time.perf_counter() - started:.2f} s)")
    return 0


def run_bench(args: argparse.Namespace) -> int:
    from training import bench

    bench.main(args.artifacts, repeats=args.repeats)
    return 0
