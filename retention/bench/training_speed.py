"""Simulator and training: customer-steps per second of the policy simulator, and PPO's wall time to a
given return (the rule baseline's net value on the same training months)."""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np

from retention.bench.run import Context
from retention.bench.stats import rate


def pools(context: Context):
    """The simulator's Telco customer pools, scored once for both sections."""
    from training.policy.simulator import telco_pools

    if "pools" not in context.shared:
        context.shared["pools"] = telco_pools(context.models, context.settings)
    return context.shared["pools"]


def random_allowed(mask: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A uniformly drawn allowed action per row of `mask` (n, actions): the simulator's cost alone,
    with next to nothing spent on choosing."""
    weights = mask * rng.random(mask.shape)
    return weights.argmax(axis=1)


def simulate(env, episodes, rng: np.random.Generator) -> tuple[int, float]:
    """Plays every episode with random allowed actions; (customer-steps, seconds)."""
    steps, started = 0, time.perf_counter()
    for episode in episodes:
        obs, _ = env.reset(options={"episode": episode})
        terminated = False
        while not terminated:
            n = obs["present"]
            actions = np.zeros(env.max_present, dtype=np.int64)
            actions[:n] = random_allowed(obs["action_mask"][:n].astype(bool), rng)
            obs, _, terminated, _, _ = env.step(actions)
            steps += n
    return steps, time.perf_counter() - started


def simulator_section(context: Context) -> dict:
    import torch

    from training.policy import ppo
    from training.policy.observation import OBSERVATION_FEATURES
    from training.policy.simulator import RetentionEnv, draw_episode

    torch.set_num_threads(ppo.PPOConfig().torch_threads)  # as training runs it
    rng = np.random.default_rng(context.config.seed)
    pool = pools(context)["train"]
    started = time.perf_counter()
    episodes = [
        draw_episode(pool, context.models, context.settings, rng) for _ in range(context.sizes.sim_episodes)
    ]
    draw_s = time.perf_counter() - started
    env = RetentionEnv(pool, context.models, context.settings)
    steps, sim_s = simulate(env, episodes, rng)
    agent = ppo.Agent(len(OBSERVATION_FEATURES), 1 + context.settings.offers.levels, ppo.PPOConfig().hidden)
    started = time.perf_counter()
    rollout = ppo.collect(env, episodes, agent, context.settings)
    collect_s = time.perf_counter() - started
    figures = {
        "sim_steps_per_s": rate(steps, sim_s),
        "sim_collect_steps_per_s": rate(len(rollout.actions), collect_s),
        "sim_episode_draw_s": draw_s / len(episodes),
    }
    details = {
        "customer_steps": steps,
        "simulate_s": sim_s,
        "collect_s": collect_s,
        "settings": {
            "episodes": len(episodes),
            "seed": context.config.seed,
            "torch_threads": torch.get_num_threads(),
        },
    }
    return {"figures": figures, "details": details}


def baseline_return(context: Context, pool, months) -> float:
    """The rule baseline's mean net value per month on `months`: the return PPO is timed to."""
    from training.policy.baselines import RiskThreshold
    from training.policy.evaluate import play
    from training.policy.simulator import RetentionEnv

    env, rule, rng = (
        RetentionEnv(pool, context.models, context.settings),
        RiskThreshold(context.settings),
        None,
    )
    return float(np.mean([play(env, month, rule, rng).net_value for month in months]))


def time_to_return(history: list[dict], target: float) -> tuple[int | None, float | None]:
    """(iteration, cumulative seconds) where the net value first reached `target`; (None, None) if never."""
    elapsed = 0.0
    for row in history:
        elapsed += row["seconds"]
        if row["net_value"] >= target:
            return row["iteration"], elapsed
    return None, None


def ppo_section(context: Context) -> dict:
    from training.policy import ppo
    from training.policy.simulator import draw_episode

    sizes = context.sizes
    config = replace(
        ppo.PPOConfig(seed=context.config.seed + 1),
        iterations=sizes.ppo_iterations,
        train_episodes=sizes.ppo_train_episodes,
        episodes_per_iteration=min(8, sizes.ppo_train_episodes),
    )
    pool = pools(context)["train"]
    rng = np.random.default_rng(config.seed)  # the months ppo.train draws with the same seed
    months = [draw_episode(pool, context.models, context.settings, rng) for _ in range(config.train_episodes)]
    target = baseline_return(context, pool, months)
    started = time.perf_counter()
    _agent, history, _ = ppo.train(config, pool, context.models, context.settings, progress=False)
    wall_s = time.perf_counter() - started
    iteration, seconds = time_to_return(history, target)
    figures = {
        "ppo_target_return": target,
        "ppo_seconds_to_target": seconds,
        "ppo_iterations_to_target": iteration,
        "ppo_best_return": max(row["net_value"] for row in history),
        "ppo_seconds_per_iteration": float(np.mean([row["seconds"] for row in history])),
        "ppo_wall_s": wall_s,
    }
    settings = {
        "iterations": config.iterations,
        "train_episodes": config.train_episodes,
        "episodes_per_iteration": config.episodes_per_iteration,
        "seed": config.seed,
        "torch_threads": config.torch_threads,
        "target": "mean net value per month of the risk_threshold rule on the training months",
    }
    return {
        "figures": figures,
        "details": {
            "settings": settings,
            "net_value_by_iteration": [round(row["net_value"], 1) for row in history],
        },
    }
