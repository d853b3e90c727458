"""`retention bench all`: every section in turn, then the report (bench/report.py).

Each section is a function of a `Context` in its own module, returning {"figures": {...}, "details": {...}};
one that cannot run here (no emulators, no language model) raises `Skipped` with the reason, which the
report records in its place.
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from retention import settings as settings_module
from retention.config import REPO_ROOT, RuntimeConfig

DEFAULT_MODEL = REPO_ROOT / "artifacts" / "llm" / "ppo" / "merged"  # as services/messenger/config.py
DEFAULT_OUTPUT = REPO_ROOT / "reports" / "bench.json"


class Skipped(Exception):
    """A section (or part of one) that cannot run here; the message says why."""


@dataclass(frozen=True)
class Sizes:
    """How much each section measures; `quick()` is for tests (the whole run in well under a minute)."""

    decide_calls: int = 2000
    decide_firestore_calls: int = 400
    in_flight: int = 8  # calls outstanding at once in the throughput runs (the decider has 8 threads)
    inference_repeats: int = 2000
    emulator_messages: int = 3000
    pipeline_events: int = 600
    scorer_repeats: int = 2000
    scorer_batch_rows: int = 10_000
    sim_episodes: int = 4
    ppo_iterations: int = 40
    ppo_train_episodes: int = 12
    messenger_messages: int = 3
    messenger_max_new_tokens: int = 72

    @classmethod
    def quick(cls) -> Sizes:
        return cls(
            decide_calls=150,
            decide_firestore_calls=40,
            inference_repeats=200,
            emulator_messages=300,
            pipeline_events=40,
            scorer_repeats=100,
            scorer_batch_rows=2000,
            sim_episodes=1,
            ppo_iterations=3,
            ppo_train_episodes=2,
            messenger_messages=1,
            messenger_max_new_tokens=12,
        )


@dataclass(frozen=True)
class BenchConfig:
    quick: bool = False
    seed: int = 0
    output: Path = DEFAULT_OUTPUT
    artifacts: Path | None = None  # default RETENTION_ARTIFACTS
    model: Path = DEFAULT_MODEL  # the language model of the messenger section
    sections: tuple[str, ...] = ()  # empty: all
    emulators: bool = True  # False: skip what needs the Pub/Sub and Firestore emulators
    progress: bool = True
    # Emulators already running (the integration tests' session): used instead of starting new ones.
    running_emulators: object | None = field(default=None, compare=False)
    custom_sizes: Sizes | None = None  # instead of those `quick` chooses

    @property
    def sizes(self) -> Sizes:
        if self.custom_sizes is not None:
            return self.custom_sizes
        return Sizes.quick() if self.quick else Sizes()


class Context:
    """What the sections share: settings, models, data, a scratch folder, and the emulators (started on
    first use, stopped by `close`)."""

    def __init__(self, config: BenchConfig):
        self.config = config
        self.sizes = config.sizes
        self.settings = settings_module.load()
        self.artifacts = Path(config.artifacts or RuntimeConfig.from_env().artifacts_dir)
        self.work = Path(tempfile.mkdtemp(prefix="retention-bench-"))
        self.started_stack = None  # the emulators this run started, if any
        self.shared: dict[str, object] = {}  # what two sections both need, computed once
        self._emulators = config.running_emulators

    @cached_property
    def models(self):
        from services.scorer import model

        return model.load(self.artifacts, self.settings.offers)

    @cached_property
    def telco_rows(self) -> list[dict[str, str]]:
        from retention import data

        data.load_telco()  # names the file and the column on any problem
        with data.telco_path().open(newline="") as handle:
            return list(csv.DictReader(handle))

    def exported_policy(self):
        """The learned policy the decider serves, or None (it then serves the rule)."""
        from training.policy.exported import ExportedPolicy, PolicyMissing

        try:
            return ExportedPolicy.load(self.artifacts / "policy")
        except PolicyMissing:
            return None

    def emulators(self):
        """The StackConfig of running Pub/Sub and Firestore emulators; raises Skipped where there are none."""
        if self._emulators is not None:
            return self._emulators
        if not self.config.emulators:
            raise Skipped("--no-emulators")
        from retention import stack

        missing = stack.emulators_installed()
        if missing:
            raise Skipped(f"emulators not available: {missing}")
        config = stack.StackConfig.isolated(self.work / "stack")
        self.started_stack = stack.Stack(config)
        self.started_stack.start_emulators()
        self._emulators = config
        return config

    def close(self) -> None:
        if self.started_stack is not None:
            self.started_stack.stop_emulators()
        shutil.rmtree(self.work, ignore_errors=True)


Section = Callable[[Context], dict]


def sections() -> dict[str, Section]:
    """The sections in the order they run: the in-process ones first, the emulators' last."""
    from retention.bench import decide, messenger, pipeline, scorer, training_speed
    from retention.bench.cli import SECTION_NAMES

    found = {
        "scorer": scorer.section,
        "decide": decide.section,
        "simulator": training_speed.simulator_section,
        "ppo": training_speed.ppo_section,
        "messenger": messenger.section,
        "pipeline": pipeline.section,
    }
    assert tuple(found) == SECTION_NAMES, "bench/cli.py names the sections that bench/run.py runs"
    return found


def run_all(config: BenchConfig, argv: list[str] | None = None) -> dict:
    """Run the chosen sections, write the JSON report and the markdown table; returns the report."""
    from retention.bench import machine, report

    chosen = sections()
    unknown = [name for name in config.sections if name not in chosen]
    if unknown:
        raise ValueError(f"unknown section(s) {', '.join(unknown)}; known: {', '.join(chosen)}")
    names = [name for name in chosen if not config.sections or name in config.sections]
    started_at, load_before = time.time(), machine.load_average()
    context = Context(config)
    results: dict[str, dict] = {}
    try:
        for number, name in enumerate(names, 1):
            results[name] = run_section(name, chosen[name], context, f"[{number}/{len(names)}]", config)
    finally:
        context.close()
    written = report.build(results, config, started_at, load_before, machine.load_average(), argv)
    report.write(written, config.output)
    return written


def run_section(name: str, function: Section, context: Context, counter: str, config: BenchConfig) -> dict:
    """One section, timed, with a progress line; Skipped becomes {"skipped": why}."""
    if config.progress:
        print(f"{counter} {name} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    try:
        result = function(context)
    except Skipped as skipped:
        result = {"skipped": str(skipped)}
    result["seconds"] = round(time.perf_counter() - started, 2)
    if config.progress:
        state = f"skipped: {result['skipped']}" if "skipped" in result else "done"
        print(f"{counter} {name} {state} ({result['seconds']:.1f} s)", file=sys.stderr, flush=True)
    return result
