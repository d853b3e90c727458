"""Every policy on the same held-out months: net value, customers kept, ROI, spend, contacts, hard violations
and each team target, over several seeds with 95% confidence intervals; reports/policy.json and the plots.

Evaluation months are drawn from the evaluation customers (never trained on) with seeds of their own; on
each month every policy meets the same arrivals, and the oracle plans each seed's months together.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from scipy import stats
from tqdm import tqdm

from retention.config import REPO_ROOT
from retention.settings import Settings
from training.policy import oracle
from training.policy.baselines import Greedy, NoContact, RiskThreshold, SimPolicy
from training.policy.exported import ExportedPolicy
from training.policy.simulator import (
    CustomerPool,
    Episode,
    EpisodeTotals,
    Models,
    RetentionEnv,
    constraint_values,
    draw_episode,
)

POLICIES = ("ppo", "oracle", "no_contact", "risk_threshold", "greedy")
BASELINES = ("no_contact", "risk_threshold", "greedy")
EVAL_SEED_BASE = 1_000_003  # evaluation months never share a random stream with training months
TOLERANCE = 0.02  # a target is met at evaluation when its value is at most 2% over its limit


@dataclass(frozen=True)
class EvalConfig:
    seeds: tuple[int, ...] = (0, 1, 2, 3, 4)
    """evaluation seeds; each draws its own months of evaluation customers"""
    episodes_per_seed: int = 4
    """months per seed; a seed's figure is the mean over its months"""
    report: Path = REPO_ROOT / "reports" / "policy.json"
    plots: Path = REPO_ROOT / "reports"
    """folder of policy_comparison.png and policy_training.png"""


def play(env: RetentionEnv, episode: Episode, policy: SimPolicy, rng: np.random.Generator) -> EpisodeTotals:
    """One month under one policy; the environment bounds every wish by the hard limits."""
    obs, _ = env.reset(options={"episode": episode})
    terminated = False
    while not terminated:
        n = obs["present"]
        actions = np.zeros(env.max_present, dtype=np.int64)
        actions[:n] = policy.act(obs["customers"][:n], obs["action_mask"][:n].astype(bool), env.view(), rng)
        obs, _, terminated, _, _ = env.step(actions)
    return env.totals


def month_metrics(settings: Settings, totals: EpisodeTotals) -> dict:
    return {
        "net_value": totals.net_value,
        "retained": totals.retained,
        "roi": totals.roi,
        "budget_used": totals.budget_used,
        "contacts": totals.contacts,
        "events": totals.events,
        "hard_violations": totals.hard_violations,
        "constraints": constraint_values(settings, totals),
    }


def evaluate_seed(
    seed: int,
    pool: CustomerPool,
    models: Models,
    settings: Settings,
    learned: SimPolicy | None,
    episodes: int,
    progress: bool = False,
) -> dict[str, list[dict]]:
    """Per policy, the metrics of each of this seed's months."""
    rng = np.random.default_rng([EVAL_SEED_BASE, seed])
    env = RetentionEnv(pool, models, settings)
    months = [draw_episode(pool, models, settings, rng) for _ in range(episodes)]
    solutions = oracle.solve_months(months, pool, settings)  # the targets bind over the seed's months
    fixed: list[SimPolicy] = [NoContact(), RiskThreshold(settings), Greedy(settings)]
    results: dict[str, list[dict]] = {}
    for month, episode in enumerate(tqdm(months, desc=f"seed {seed}", leave=False, disable=not progress)):
        policies = [*([learned] if learned else []), oracle.OraclePolicy(solutions[month]), *fixed]
        for k, policy in enumerate(policies):
            totals = play(env, episode, policy, np.random.default_rng([EVAL_SEED_BASE, seed, month, k]))
            results.setdefault(policy.name, []).append(month_metrics(settings, totals))
    return results


def mean_metrics(months: Sequence[dict]) -> dict:
    keys = [k for k in months[0] if k != "constraints"]
    mean = {k: float(np.mean([m[k] for m in months])) for k in keys}
    mean["constraints"] = {
        k: float(np.mean([m["constraints"][k] for m in months])) for k in months[0]["constraints"]
    }
    mean["hard_violations"] = int(sum(m["hard_violations"] for m in months))
    return mean


def ci95(values: Sequence[float]) -> list[float]:
    """Student-t 95% interval of the mean over seeds."""
    values = np.asarray(values, dtype=np.float64)
    if len(values) < 2:
        return [float(values.mean())] * 2
    half = stats.t.ppf(0.975, len(values) - 1) * values.std(ddof=1) / np.sqrt(len(values))
    return [float(values.mean() - half), float(values.mean() + half)]


@dataclass
class Report:
    seeds: list[int]
    per_seed: dict[str, list[dict]] = field(default_factory=dict)  # policy -> one mean per seed

    def policy_summary(self, name: str) -> dict:
        seeds = self.per_seed[name]
        net = [s["net_value"] for s in seeds]
        constraints = {}
        for key in seeds[0]["constraints"]:
            values = [s["constraints"][key] for s in seeds]
            mean = float(np.mean(values))
            constraints[key] = {
                "value_over_limit_mean": mean,
                "ci95": ci95(values),
                "met": mean <= 1 + TOLERANCE,
            }
        return {
            "net_value_mean": float(np.mean(net)),
            "net_value_ci95": ci95(net),
            "retained_mean": float(np.mean([s["retained"] for s in seeds])),
            "retained_ci95": ci95([s["retained"] for s in seeds]),
            "roi_mean": float(np.mean([s["roi"] for s in seeds])),
            "budget_used_mean": float(np.mean([s["budget_used"] for s in seeds])),
            "contacts_mean": float(np.mean([s["contacts"] for s in seeds])),
            "events_mean": float(np.mean([s["events"] for s in seeds])),
            "hard_violations": int(sum(s["hard_violations"] for s in seeds)),
            "constraints": constraints,
            "net_value_by_seed": net,
        }

    def to_json(self, settings: Settings, extra: dict) -> dict:
        policies = {name: self.policy_summary(name) for name in POLICIES if name in self.per_seed}
        if "oracle" in policies:  # paired by seed: the same months, so month-to-month swings cancel
            ceiling = np.array(policies["oracle"]["net_value_by_seed"])
            for summary in policies.values():
                share = np.array(summary["net_value_by_seed"]) / ceiling
                summary["share_of_oracle_mean"], summary["share_of_oracle_ci95"] = (
                    float(share.mean()),
                    ci95(share),
                )
        return {"policies": policies, "seeds": self.seeds, "goal": goal(policies), **extra,
                "economics": asdict(settings.economics), "limits": asdict(settings.limits)}  # fmt: skip


def goal(policies: dict) -> dict:
    """The goal: PPO >= best baseline + 5% and >= 90% of the oracle, no hard violation, targets met.

    Ratios of means, with 95% intervals of the same ratios taken seed by seed (paired: the same months).
    """
    if "ppo" not in policies:
        return {}
    best = max(BASELINES, key=lambda name: policies[name]["net_value_mean"])
    ppo, ceiling = policies["ppo"]["net_value_mean"], policies["oracle"]["net_value_mean"]
    over_best = ppo / policies[best]["net_value_mean"] - 1
    share = ppo / ceiling
    by_seed = (
        np.array(policies["ppo"]["net_value_by_seed"]) / np.array(policies[best]["net_value_by_seed"]) - 1
    )
    return {
        "best_baseline": best,
        "ppo_over_best_baseline": over_best,
        "ppo_over_best_baseline_by_seed_ci95": ci95(by_seed),
        "ppo_share_of_oracle": share,
        "ppo_share_of_oracle_by_seed_ci95": policies["ppo"]["share_of_oracle_ci95"],
        "ppo_hard_violations": policies["ppo"]["hard_violations"],
        "ppo_constraints_met": all(c["met"] for c in policies["ppo"]["constraints"].values()),
        "reached": bool(over_best >= 0.05 and share >= 0.9 and policies["ppo"]["hard_violations"] == 0),
    }


def evaluate(config: EvalConfig, pool: CustomerPool, models: Models, settings: Settings,
             learned: ExportedPolicy | None, progress: bool = True) -> Report:  # fmt: skip
    report = Report(seeds=list(config.seeds))
    for seed in tqdm(config.seeds, desc="evaluation seeds", disable=not progress):
        results = evaluate_seed(seed, pool, models, settings, learned, config.episodes_per_seed, progress)
        for name, months in results.items():
            report.per_seed.setdefault(name, []).append(mean_metrics(months))
    return report


def write(report: dict, config: EvalConfig) -> None:
    config.report.parent.mkdir(parents=True, exist_ok=True)
    config.report.write_text(json.dumps(report, indent=2) + "\n")


# --- Plots --------------------------------------------------------------------------------------


def plot_comparison(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [n for n in POLICIES if n in report["policies"]]
    policies = report["policies"]
    fig, axes = plt.subplots(1, 4, figsize=(20, 4.6))
    colours = ["#1f77b4" if n == "ppo" else "#2ca02c" if n == "oracle" else "#7f7f7f" for n in names]

    def bars(ax, key: str, ci_key: str | None, title: str) -> None:
        means = [policies[n][key] for n in names]
        errors = None
        if ci_key:
            errors = np.array([[m - policies[n][ci_key][0], policies[n][ci_key][1] - m]
                               for n, m in zip(names, means, strict=True)]).T  # fmt: skip
        ax.bar(names, means, yerr=errors, color=colours, capsize=4)
        ax.set_title(title)
        ax.tick_params(axis="x", rotation=20)

    seeds = len(report["seeds"])
    bars(axes[0], "net_value_mean", "net_value_ci95", f"net value per month (95% CI over {seeds} seeds)")
    axes[0].set_ylabel("currency units")
    if "share_of_oracle_mean" in policies[names[0]]:
        bars(axes[1], "share_of_oracle_mean", "share_of_oracle_ci95", "share of the oracle, seed by seed")
        axes[1].axhline(0.9, color="black", linewidth=0.8, linestyle=":")
    bars(axes[2], "retained_mean", "retained_ci95", "customers kept because of a contact, per month")
    targets = axes[3]
    keys = list(policies[names[0]]["constraints"])
    width = 0.8 / len(names)
    for i, n in enumerate(names):
        values = [policies[n]["constraints"][k]["value_over_limit_mean"] for k in keys]
        targets.bar(np.arange(len(keys)) + i * width, values, width, label=n, color=plt.cm.tab10(i))
    targets.axhline(1.0, color="black", linewidth=1)
    targets.axhline(1.0 + TOLERANCE, color="black", linewidth=0.8, linestyle=":")
    targets.set_xticks(np.arange(len(keys)) + 0.4 - width / 2, keys, rotation=20)
    targets.set_title("team targets: value / limit (<= 1 met)")
    targets.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def rolling_mean(values: Sequence[float], window: int = 10) -> np.ndarray:
    values = np.asarray(values, dtype=np.float64)
    return np.array([values[max(0, i - window + 1) : i + 1].mean() for i in range(len(values))])


def plot_training(history: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    iterations = [row["iteration"] for row in history]
    names = [k.split("/", 1)[1] for k in history[0] if k.startswith("multiplier/")]
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.2))
    net = [row["net_value"] for row in history]
    axes[0].plot(iterations, net, alpha=0.35, label="per iteration (months differ)")
    axes[0].plot(iterations, rolling_mean(net), label="mean of the last 10")
    axes[0].set_title("net value per training month")
    axes[0].legend(fontsize=8)
    for k, name in enumerate(names):
        values = [row[f"constraint/{name}"] for row in history]
        axes[1].plot(iterations, values, color=plt.cm.tab10(k), alpha=0.25)
        axes[1].plot(iterations, rolling_mean(values), color=plt.cm.tab10(k), label=f"{name} (mean of 10)")
        axes[2].plot(iterations, [row[f"multiplier/{name}"] for row in history], label=name)
    axes[1].axhline(1.0, color="black", linewidth=1)
    axes[1].set_title("constraints (value / limit) during training")
    axes[1].set_ylim(0, 2)
    axes[2].set_title("Lagrange multipliers (dual ascent)")
    for ax in axes:
        ax.set_xlabel("iteration")
    axes[1].legend(fontsize=8)
    axes[2].legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
