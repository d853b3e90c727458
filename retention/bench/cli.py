"""`retention bench all`: every benchmark beside its floor, into reports/bench.json and reports/bench.md."""

from __future__ import annotations

import argparse
from pathlib import Path

from retention.arguments import command_group

SECTION_NAMES = ("scorer", "decide", "simulator", "ppo", "messenger", "pipeline")


def sections_argument(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in SECTION_NAMES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown section {', '.join(unknown) or '(none given)'}; choose from {', '.join(SECTION_NAMES)}"
        )
    return names


def register(subparsers: argparse._SubParsersAction) -> None:
    run = command_group(subparsers, "bench", "measure speed").add_parser(
        "all", help="every hot path beside its floor: reports/bench.json and reports/bench.md"
    )
    run.add_argument("--quick", action="store_true", help="small samples (well under a minute): for tests")
    run.add_argument("--seed", type=int, default=0, help="seed of the simulated months and PPO (default 0)")
    run.add_argument(
        "--output",
        type=Path,
        default=None,
        help="the JSON report; the markdown table goes beside it as .md (default reports/bench.json)",
    )
    run.add_argument(
        "--artifacts", type=Path, default=None, help="model artifacts (default RETENTION_ARTIFACTS)"
    )
    run.add_argument(
        "--model",
        type=Path,
        default=None,
        help="the language model of the messenger section (default artifacts/llm/ppo/merged); "
        "without one the section is recorded as skipped",
    )
    run.add_argument(
        "--only",
        type=sections_argument,
        default=(),
        metavar="SECTION[,SECTION]",
        help=f"run only these sections ({', '.join(SECTION_NAMES)})",
    )
    run.add_argument(
        "--no-emulators",
        action="store_true",
        help="skip what needs the Pub/Sub and Firestore emulators (pipeline, Decide on Firestore)",
    )
    run.set_defaults(run=run_all)


def run_all(args: argparse.Namespace) -> int:
    from retention.bench import report
    from retention.bench.run import DEFAULT_MODEL, DEFAULT_OUTPUT, BenchConfig
    from retention.bench.run import run_all as run

    config = BenchConfig(
        output=args.output or DEFAULT_OUTPUT,
        quick=args.quick,
        seed=args.seed,
        artifacts=args.artifacts,
        model=args.model or DEFAULT_MODEL,
        sections=args.only,
        emulators=not args.no_emulators,
    )
    written = run(config, argv=_argv(args))
    print(report.markdown(written))
    print(f"-> {config.output}, {config.output.with_suffix('.md')}")
    return 0


def _argv(args: argparse.Namespace) -> list[str]:
    """The options given, for the report's `command`."""
    words = []
    if args.quick:
        words.append("--quick")
    if args.seed:
        words += ["--seed", str(args.seed)]
    if args.only:
        words += ["--only", ",".join(args.only)]
    if args.no_emulators:
        words.append("--no-emulators")
    if args.model:
        words += ["--model", str(args.model)]
    if args.artifacts:
        words += ["--artifacts", str(args.artifacts)]
    if args.output:
        words += ["--output", str(args.output)]
    return words
