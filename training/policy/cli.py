"""The policy commands of the `retention` CLI: `train-policy`, `eval policy`, `bench policy`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from retention.arguments import command_group


def register(subparsers: argparse._SubParsersAction) -> None:
    train = subparsers.add_parser(
        "train-policy", help="train the decision policy (PPO, Lagrangian constraints) in the simulator"
    )
    _common(train)
    train.add_argument("--output", type=Path, default=None, help="default: <artifacts>/policy")
    train.add_argument("--seed", type=int, default=1, help="seed of months, network and actions (default 1)")
    train.add_argument("--quick", action="store_true", help="a few iterations: for tests, not for serving")
    train.add_argument("--iterations", type=int, default=None, help="PPO iterations (default: PPOConfig)")
    train.add_argument(
        "--train-episodes", type=int, default=None, help="training months drawn (default: PPOConfig)"
    )
    train.add_argument("--threads", type=int, default=1, help="torch threads (default 1: the model is small)")
    train.set_defaults(run=run_train)

    policy = command_group(subparsers, "eval", "evaluate a trained component").add_parser(
        "policy", help="PPO, the oracle and the baselines on held-out months: reports/policy.json and plots"
    )
    _common(policy)
    policy.add_argument(
        "--seed", type=int, action="append", default=None,
        help="evaluate only this seed (repeatable) and print it; default: every seed, written to the report",
    )  # fmt: skip
    policy.add_argument("--episodes-per-seed", type=int, default=None, help="months per seed (default 4)")
    policy.add_argument("--output", type=Path, default=None, help="report path (default reports/policy.json)")
    policy.add_argument("--policy-dir", type=Path, default=None, help="default: <artifacts>/policy")
    policy.set_defaults(run=run_eval)

    bench = command_group(subparsers, "bench", "measure speed").add_parser(
        "policy", help="latency of the served policy per decision, in-process: p50/p99"
    )
    _common(bench)
    bench.add_argument("--decisions", type=int, default=2000)
    bench.set_defaults(run=run_bench)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--artifacts",
        type=Path,
        default=None,
        help="scoring models (default RETENTION_ARTIFACTS or artifacts/)",
    )
    parser.add_argument("--data-dir", type=Path, default=None, help="default: RETENTION_DATA_DIR or data/raw")


def _load(args: argparse.Namespace):
    from retention import settings as settings_module
    from retention.config import RuntimeConfig
    from services.scorer import model
    from training.policy.simulator import telco_pools

    settings = settings_module.load()
    artifacts = Path(args.artifacts or RuntimeConfig.from_env().artifacts_dir)
    models = model.load(artifacts, settings.offers)
    return settings, artifacts, models, telco_pools(models, settings, args.data_dir)


def run_train(args: argparse.Namespace) -> int:
    from training.policy import ppo
    from training.policy.evaluate import plot_training

    settings, artifacts, models, pools = _load(args)
    config = ppo.PPOConfig(seed=args.seed, torch_threads=args.threads)
    if args.quick:
        config = ppo.quick(config)
    if args.iterations is not None:
        config = replace(config, iterations=args.iterations)
    if args.train_episodes is not None:
        config = replace(config, train_episodes=args.train_episodes)
    output = Path(args.output or artifacts / "policy")
    started = time.perf_counter()
    agent, history, multipliers = ppo.train(config, pools["train"], models, settings)
    card = ppo.export(agent, output, config, settings, models, history, multipliers)
    plot_training(history, output / "training.png")
    last = history[-1]
    print(
        f"ppo version {card['version']}: {config.iterations} iterations in "
        f"{time.perf_counter() - started:.0f} s, "
        f"last net value per month {last['net_value']:.0f}; multipliers "
        + ", ".join(f"{k} {v:.2f}" for k, v in card["multipliers"].items())
        + f" -> {output}"
    )
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from training.policy import evaluate
    from training.policy.exported import ExportedPolicy, PolicyMissing

    settings, artifacts, models, pools = _load(args)
    learned = ExportedPolicy.load(Path(args.policy_dir or artifacts / "policy"))
    trained_on = learned.card.get("trained_on", {})
    if trained_on != {"risk_model": models.risk_version, "accept_model": models.accept_version}:
        raise PolicyMissing(
            f"the policy was trained on scoring models {trained_on}, {artifacts} holds "
            f"{models.risk_version}/{models.accept_version}: run `retention train-policy` again"
        )
    config = evaluate.EvalConfig()
    if args.seed:
        config = replace(config, seeds=tuple(args.seed))
    if args.episodes_per_seed:
        config = replace(config, episodes_per_seed=args.episodes_per_seed)
    if args.output:
        config = replace(config, report=args.output, plots=args.output.parent)
    result = evaluate.evaluate(config, pools["eval"], models, settings, learned)
    report = result.to_json(
        settings, {"policy_version": learned.version, "episodes_per_seed": config.episodes_per_seed}
    )
    print(table(report))
    if args.seed and not args.output:
        print(json.dumps(report, indent=2))
        return 0
    evaluate.write(report, config)
    evaluate.plot_comparison(report, config.plots / "policy_comparison.png")
    log = Path(args.policy_dir or artifacts / "policy") / "training_log.json"
    if log.is_file():
        evaluate.plot_training(json.loads(log.read_text()), config.plots / "policy_training.png")
    print(f"-> {config.report}, {config.plots / 'policy_comparison.png'}")
    return 0


def table(report: dict) -> str:
    lines = [f"{'policy':<15}{'net value':>12}{'95% CI':>22}{'kept':>8}{'ROI':>7}{'spend':>8}"
             f"{'contacts':>9}{'hard':>6}"]  # fmt: skip
    for name, p in report["policies"].items():
        lo, hi = p["net_value_ci95"]
        lines.append(
            f"{name:<15}{p['net_value_mean']:>12.0f}{f'[{lo:.0f}, {hi:.0f}]':>22}{p['retained_mean']:>8.1f}"
            f"{p['roi_mean']:>7.2f}{p['budget_used_mean']:>8.0f}{p['contacts_mean']:>9.0f}{p['hard_violations']:>6}"
        )
    if report.get("goal"):
        g = report["goal"]
        over, share = g["ppo_over_best_baseline_by_seed_ci95"], g["ppo_share_of_oracle_by_seed_ci95"]
        lines.append(
            f"ppo vs best baseline ({g['best_baseline']}): {g['ppo_over_best_baseline']:+.1%} "
            f"(by seed [{over[0]:+.1%}, {over[1]:+.1%}]); share of the oracle {g['ppo_share_of_oracle']:.1%} "
            f"(by seed [{share[0]:.1%}, {share[1]:.1%}]); targets met: {g['ppo_constraints_met']}"
        )
    return "\n".join(lines)


def run_bench(args: argparse.Namespace) -> int:
    """Times the served policy's `choose` (the 2 ms budget) and the whole `Decider.decide` (SQLite ledger)
    on Telco customers scored by the real models, with random contact histories and budget spent."""
    import tempfile
    from datetime import UTC, datetime, timedelta

    from retention import data
    from retention.facts import TELCO_COLUMNS, event_from_telco_row
    from retention.ledger import SqliteLedger
    from retention.limits import LedgerState
    from services.decider.handler import Decider
    from services.decider.policy import serving_policy
    from services.scorer.handler import Scorer

    settings, artifacts, models, _ = _load(args)
    guarded = serving_policy(settings, artifacts)
    if guarded.primary is None:
        print(f"retention: no learned policy is served: {guarded.unavailable}", file=sys.stderr)
        return 1
    rows = data.load_telco(args.data_dir)[["customerID", *TELCO_COLUMNS]].astype(str).to_dict("records")
    start = datetime(2026, 11, 1, 9, tzinfo=UTC)
    events = [
        event_from_telco_row(rows[i % len(rows)], f"row {i}", start + timedelta(minutes=17 * i), "bench")
        for i in range(args.decisions)
    ]
    scored = Scorer(models).score_many(events)
    rng = np.random.default_rng(0)
    states = []
    for s in scored:
        at = s.event.occurred_at.ToDatetime(tzinfo=UTC)
        contacts = tuple(at - timedelta(days=int(d)) for d in rng.integers(1, 40, size=rng.integers(0, 3)))
        states.append(
            LedgerState(contacts, float(rng.uniform(0, settings.limits.period_budget)), f"{at:%Y-%m}")
        )

    policy_ms, fallbacks = [], 0
    for s, state in zip(scored, states, strict=True):
        began = time.perf_counter()
        choice = guarded.choose(s, state)
        policy_ms.append((time.perf_counter() - began) * 1000)
        fallbacks += choice.policy_name != guarded.primary.name
    with tempfile.TemporaryDirectory() as tmp:
        ledger = SqliteLedger(Path(tmp) / "bench.sqlite", settings.limits, settings.offers)
        decider, decide_ms = Decider(ledger, guarded, settings), []
        for s in scored:
            began = time.perf_counter()
            decider.decide(s)
            decide_ms.append((time.perf_counter() - began) * 1000)
        ledger.close()
    for label, values in (
        ("policy (guarded choose)", policy_ms),
        ("Decider.decide, SQLite ledger", decide_ms),
    ):
        p50, p99 = np.percentile(values, [50, 99])
        print(f"{label:<30} n={len(values)}  p50 {p50:.3f} ms  p99 {p99:.3f} ms  max {max(values):.3f} ms")
    print(
        f"ppo version {guarded.primary.version}; fallbacks to the baseline: {fallbacks} of {len(policy_ms)}"
    )
    return 0
