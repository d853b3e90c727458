"""PPO with Lagrangian constraints for the retention decision, in the single-file style of CleanRL's ppo.py.

Each customer of a simulated month is an agent sharing one policy: its trajectory is its own events of the
month (at most `max_events_per_customer`), so GAE runs along each customer's decisions. Customers interact
only through the budget and the team's targets, which are priced by Lagrange multipliers learned by dual
ascent (constrained MDPs: Altman 1999; reward-constrained policy optimization: Tessler et al. 2019):

    reward = (value - period_budget * sum_k multiplier_k * constraint_share_k) / reward_scale

where constraint_share_k is the decision's share of constraint k (its ratio to its limit, <= 1 when met),
and after each iteration multiplier_k <- max(0, multiplier_k + multiplier_lr * (constraint_k - 1)).
Hard limits are never a penalty: the action mask (limits.action_masks) removes forbidden actions.
PPO itself follows Schulman et al. 2017 and the implementation details of Huang et al. 2022 (CleanRL):
orthogonal initialization, advantage normalization, clipped value loss, global gradient clipping,
observation normalization, linear learning-rate annealing.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
from torch.distributions.categorical import Categorical
from tqdm import tqdm

from retention.settings import Settings
from training.policy import exported
from training.policy.observation import OBSERVATION_FEATURES
from training.policy.simulator import (
    CustomerPool,
    Episode,
    Models,
    RetentionEnv,
    constraint_names,
    constraint_values,
    decision_constraint_costs,
    draw_episode,
)


@dataclass(frozen=True)
class PPOConfig:
    # --- Experiment
    seed: int = 1
    """seed of the training months drawn, the network's initialization and the actions sampled"""
    torch_threads: int = 1
    """torch CPU threads: the networks are small, and more threads only contend on a shared machine"""
    train_episodes: int = 48
    """simulated months of train customers, drawn once (the models are called once per month)"""
    # --- Algorithm
    iterations: int = 120
    """policy updates; each collects `episodes_per_iteration` months sampled from the training months"""
    episodes_per_iteration: int = 8
    learning_rate: float = 3e-4
    """Adam step size, annealed linearly to 0 when anneal_lr"""
    anneal_lr: bool = True
    gamma: float = 1.0
    """discount between a customer's events: one month, undiscounted"""
    gae_lambda: float = 0.95
    """GAE lambda (Schulman et al. 2016)"""
    num_minibatches: int = 8
    update_epochs: int = 4
    norm_adv: bool = True
    clip_coef: float = 0.2
    """PPO surrogate clipping (Schulman et al. 2017)"""
    clip_vloss: bool = True
    ent_coef: float = 0.01
    """entropy bonus"""
    vf_coef: float = 0.5
    max_grad_norm: float = 0.5
    target_kl: float | None = None
    """stop an iteration's epochs early above this approximate KL (None: never)"""
    hidden: int = 64
    """units of each of the two hidden layers (actor and critic)"""
    reward_scale: float = 100.0
    """currency units per unit of reward the networks see"""
    # --- Lagrangian
    multiplier_lr: float = 0.5
    """integral gain: dual ascent step per iteration, per unit of violation (constraint / limit - 1)"""
    multiplier_kp: float = 2.0
    """proportional gain on the current violation (Stooke et al. 2020); 0: plain dual ascent"""
    multiplier_init: float = 0.0
    target_margin: float = 0.01
    """train each constraint to (1 - margin) of its limit: room for estimation noise at evaluation"""


QUICK = PPOConfig(
    train_episodes=3, iterations=8, episodes_per_iteration=2, num_minibatches=2, update_epochs=2
)
"""`--quick`: trains in seconds, for tests; not for serving"""


# --- The maths, as small functions --------------------------------------------------------------


def gae(
    rewards: np.ndarray, values: np.ndarray, next_index: np.ndarray, gamma: float, gae_lambda: float
) -> tuple[np.ndarray, np.ndarray]:
    """Generalized advantage estimation along each customer's chain of decisions.

    next_index[t] is the index of the same customer's next decision (always > t), or -1 after their last
    one in the period, where the episode ends for them (value 0). Returns (advantages, returns).
    """
    advantages = np.zeros(len(rewards), dtype=np.float64)
    for t in reversed(range(len(rewards))):
        following = next_index[t]
        if following < 0:
            advantages[t] = rewards[t] - values[t]
        else:
            delta = rewards[t] + gamma * values[following] - values[t]
            advantages[t] = delta + gamma * gae_lambda * advantages[following]
    return advantages, advantages + values


def clipped_policy_loss(
    newlogprob: torch.Tensor, oldlogprob: torch.Tensor, advantages: torch.Tensor, clip_coef: float
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """PPO's clipped surrogate (to minimise), with the approximate KL (Schulman's k3) and clip fraction."""
    logratio = newlogprob - oldlogprob
    ratio = logratio.exp()
    pg_loss1 = -advantages * ratio
    pg_loss2 = -advantages * torch.clamp(ratio, 1 - clip_coef, 1 + clip_coef)
    with torch.no_grad():
        approx_kl = ((ratio - 1) - logratio).mean()
        clipfrac = ((ratio - 1.0).abs() > clip_coef).float().mean()
    return torch.max(pg_loss1, pg_loss2).mean(), approx_kl, clipfrac


def value_loss(
    newvalue: torch.Tensor, oldvalue: torch.Tensor, returns: torch.Tensor, clip_coef: float, clip_vloss: bool
) -> torch.Tensor:
    if not clip_vloss:
        return 0.5 * ((newvalue - returns) ** 2).mean()
    v_loss_unclipped = (newvalue - returns) ** 2
    v_clipped = oldvalue + torch.clamp(newvalue - oldvalue, -clip_coef, clip_coef)
    v_loss_clipped = (v_clipped - returns) ** 2
    return 0.5 * torch.max(v_loss_unclipped, v_loss_clipped).mean()


def update_multipliers(
    integrals: np.ndarray, constraints: np.ndarray, multiplier_lr: float, multiplier_kp: float = 0.0
) -> tuple[np.ndarray, np.ndarray]:
    """PI dual ascent (Stooke et al. 2020): returns (multipliers, integrals).

    The integral is projected dual ascent: it grows while its constraint (value / limit) is above 1. The
    multiplier adds a proportional term on the current violation, which damps the integral's
    oscillation (multiplier_kp = 0: plain dual ascent). A violation counts at most 1 (200% of the limit),
    so that the first, random iterations cannot price a constraint for the rest of training.
    """
    violation = np.minimum(np.asarray(constraints) - 1.0, 1.0)
    integrals = np.maximum(0.0, integrals + multiplier_lr * violation)
    return np.maximum(0.0, integrals + multiplier_kp * violation), integrals


def lagrangian_rewards(
    values: np.ndarray, constraint_shares: np.ndarray, multipliers: np.ndarray, period_budget: float,
    reward_scale: float,
) -> np.ndarray:  # fmt: skip
    """Each decision's value minus its priced share of every constraint, in reward units."""
    return (values - period_budget * constraint_shares @ multipliers) / reward_scale


# --- Networks -----------------------------------------------------------------------------------


def layer_init(layer: nn.Linear, std: float = np.sqrt(2), bias_const: float = 0.0) -> nn.Linear:
    torch.nn.init.orthogonal_(layer.weight, std)
    torch.nn.init.constant_(layer.bias, bias_const)
    return layer


class RunningMeanStd:
    """Running mean and variance of the observations (Chan et al.'s parallel update), as gymnasium's."""

    def __init__(self, shape: int):
        self.mean, self.var, self.count = np.zeros(shape), np.ones(shape), 1e-4

    def update(self, x: np.ndarray) -> None:
        batch_mean, batch_var, batch_count = x.mean(axis=0), x.var(axis=0), len(x)
        delta, total = batch_mean - self.mean, self.count + batch_count
        m2 = self.var * self.count + batch_var * batch_count + delta**2 * self.count * batch_count / total
        self.mean, self.var, self.count = self.mean + delta * batch_count / total, m2 / total, total


class Agent(nn.Module):
    def __init__(self, n_obs: int, n_actions: int, hidden: int):
        super().__init__()
        self.register_buffer("obs_mean", torch.zeros(n_obs))
        self.register_buffer("obs_var", torch.ones(n_obs))
        self.critic = nn.Sequential(
            layer_init(nn.Linear(n_obs, hidden)), nn.Tanh(),
            layer_init(nn.Linear(hidden, hidden)), nn.Tanh(),
            layer_init(nn.Linear(hidden, 1), std=1.0),
        )  # fmt: skip
        self.actor = nn.Sequential(
            layer_init(nn.Linear(n_obs, hidden)), nn.Tanh(),
            layer_init(nn.Linear(hidden, hidden)), nn.Tanh(),
            layer_init(nn.Linear(hidden, n_actions), std=0.01),
        )  # fmt: skip

    def normalize(self, x: torch.Tensor) -> torch.Tensor:
        scaled = (x - self.obs_mean) / torch.sqrt(self.obs_var + exported.OBS_EPSILON)
        return torch.clamp(scaled, -exported.OBS_CLIP, exported.OBS_CLIP)

    def get_value(self, x: torch.Tensor) -> torch.Tensor:
        return self.critic(self.normalize(x)).squeeze(-1)

    def get_action_and_value(self, x: torch.Tensor, mask: torch.Tensor, action: torch.Tensor | None = None):
        x = self.normalize(x)
        logits = self.actor(x).masked_fill(~mask, -1e8)  # invalid action masking (Huang & Ontañón 2020)
        probs = Categorical(logits=logits)
        if action is None:
            action = probs.sample()
        return action, probs.log_prob(action), probs.entropy(), self.critic(x).squeeze(-1)

    def export_weights(self) -> dict[str, np.ndarray]:
        weights = {"obs_mean": self.obs_mean.numpy().copy(), "obs_var": self.obs_var.numpy().copy()}
        linears = [m for m in self.actor if isinstance(m, nn.Linear)]
        for k, linear in enumerate(linears):
            weights[f"actor_w{k}"] = linear.weight.detach().numpy().copy()
            weights[f"actor_b{k}"] = linear.bias.detach().numpy().copy()
        return weights


# --- Rollouts -----------------------------------------------------------------------------------


def next_event(episode: Episode) -> np.ndarray:
    """(n,) index of the same customer's next event in the episode, -1 after their last."""
    following = np.full(len(episode), -1, dtype=np.int64)
    for e in range(len(episode)):
        if episode.slot[e] > 0:
            following[episode.earlier[e, episode.slot[e] - 1]] = e
    return following


@dataclass
class Rollout:
    obs: np.ndarray
    masks: np.ndarray
    actions: np.ndarray
    logprobs: np.ndarray
    values: np.ndarray
    decision_values: np.ndarray  # expected net value of what was done, currency units
    constraint_shares: np.ndarray  # (n, constraints)
    next_index: np.ndarray
    episode_constraints: np.ndarray  # (episodes, constraints)
    episode_values: np.ndarray  # (episodes,)


def collect(env: RetentionEnv, episodes: list[Episode], agent: Agent, settings: Settings) -> Rollout:
    """Plays the current policy (sampling) through each episode; one row per customer decision."""
    keys = (
        "obs",
        "masks",
        "actions",
        "logprobs",
        "values",
        "decision_values",
        "constraint_shares",
        "next_index",
    )
    parts: dict[str, list] = {k: [] for k in keys}
    episode_constraints, episode_values, offset = [], [], 0
    for episode in episodes:
        obs, _ = env.reset(options={"episode": episode})
        rows = {k: [] for k in ("obs", "masks", "actions", "logprobs", "values", "events", "cost", "contact",
                                "value", "elapsed")}  # fmt: skip
        terminated = False
        while not terminated:
            n = obs["present"]
            x, mask = obs["customers"][:n], obs["action_mask"][:n].astype(bool)
            with torch.no_grad():
                action, logprob, _, value = agent.get_action_and_value(
                    torch.from_numpy(x), torch.from_numpy(mask)
                )
            padded = np.zeros(env.max_present, dtype=np.int64)
            padded[:n] = action.numpy()
            obs, _, terminated, _, decided = env.step(padded)
            step = {
                "obs": x, "masks": mask, "actions": action.numpy(), "logprobs": logprob.numpy(),
                "values": value.numpy(), "events": decided["events"], "cost": decided["cost"],
                "contact": decided["action"] > 0, "value": decided["value"], "elapsed": decided["elapsed"],
            }  # fmt: skip
            for key, array in step.items():
                rows[key].append(array)
        stacked = {k: np.concatenate(v) for k, v in rows.items()}
        # Days come in order and each day's customers in event order: row i of the episode is event i.
        assert np.array_equal(stacked["events"], np.arange(len(episode)))
        following = next_event(episode)
        parts["next_index"].append(np.where(following >= 0, offset + following, -1))
        shares = decision_constraint_costs(
            settings, stacked["cost"], stacked["contact"], stacked["elapsed"], len(episode)
        )
        for key in ("obs", "masks", "actions", "logprobs", "values"):
            parts[key].append(stacked[key])
        parts["decision_values"].append(stacked["value"])
        parts["constraint_shares"].append(shares)
        episode_constraints.append(list(constraint_values(settings, env.totals).values()))
        episode_values.append(env.totals.net_value)
        offset += len(episode)
    return Rollout(
        **{k: np.concatenate(v) for k, v in parts.items()},
        episode_constraints=np.array(episode_constraints),
        episode_values=np.array(episode_values),
    )


# --- Training -----------------------------------------------------------------------------------


def train(
    config: PPOConfig, pool: CustomerPool, models: Models, settings: Settings, progress: bool = True
) -> tuple[Agent, list[dict], np.ndarray]:
    """Returns the trained agent, one log row per iteration and the final multipliers."""
    # Seeding: the months, the network and the sampled actions all follow config.seed.
    rng = np.random.default_rng(config.seed)
    torch.manual_seed(config.seed)
    torch.set_num_threads(config.torch_threads)
    torch.use_deterministic_algorithms(True)

    env = RetentionEnv(pool, models, settings)
    drawing = tqdm(range(config.train_episodes), desc="training months", disable=not progress, leave=False)
    months = [draw_episode(pool, models, settings, rng) for _ in drawing]
    n_actions = 1 + settings.offers.levels
    agent = Agent(len(OBSERVATION_FEATURES), n_actions, config.hidden)
    optimizer = torch.optim.Adam(agent.parameters(), lr=config.learning_rate, eps=1e-5)
    obs_rms = RunningMeanStd(len(OBSERVATION_FEATURES))
    names = constraint_names(settings)
    multipliers = integrals = np.full(len(names), config.multiplier_init)
    budget = settings.limits.period_budget
    history: list[dict] = []

    bar = tqdm(range(1, config.iterations + 1), desc="ppo", unit="it", disable=not progress)
    for iteration in bar:
        started = time.perf_counter()
        if config.anneal_lr:
            frac = 1.0 - (iteration - 1.0) / config.iterations
            optimizer.param_groups[0]["lr"] = frac * config.learning_rate

        chosen = rng.choice(len(months), size=config.episodes_per_iteration, replace=False)
        rollout = collect(env, [months[i] for i in chosen], agent, settings)
        obs_rms.update(rollout.obs)  # normalization follows the data seen so far, as NormalizeObservation

        rewards = lagrangian_rewards(
            rollout.decision_values, rollout.constraint_shares, multipliers, budget, config.reward_scale
        )
        advantages, returns = gae(
            rewards, rollout.values, rollout.next_index, config.gamma, config.gae_lambda
        )

        b_obs = torch.from_numpy(rollout.obs)
        b_masks = torch.from_numpy(rollout.masks)
        b_actions = torch.from_numpy(rollout.actions)
        b_logprobs = torch.from_numpy(rollout.logprobs)
        b_values = torch.from_numpy(rollout.values)
        b_advantages = torch.from_numpy(advantages).float()
        b_returns = torch.from_numpy(returns).float()
        batch_size = len(b_obs)
        minibatch_size = max(1, batch_size // config.num_minibatches)

        b_inds = np.arange(batch_size)
        clipfracs = []
        for _epoch in range(config.update_epochs):
            rng.shuffle(b_inds)
            for start in range(0, batch_size, minibatch_size):
                mb_inds = torch.from_numpy(b_inds[start : start + minibatch_size])
                _, newlogprob, entropy, newvalue = agent.get_action_and_value(
                    b_obs[mb_inds], b_masks[mb_inds], b_actions[mb_inds]
                )
                mb_advantages = b_advantages[mb_inds]
                if config.norm_adv and len(mb_inds) > 1:
                    mb_advantages = (mb_advantages - mb_advantages.mean()) / (mb_advantages.std() + 1e-8)
                pg_loss, approx_kl, clipfrac = clipped_policy_loss(
                    newlogprob, b_logprobs[mb_inds], mb_advantages, config.clip_coef
                )
                v_loss = value_loss(
                    newvalue, b_values[mb_inds], b_returns[mb_inds], config.clip_coef, config.clip_vloss
                )
                entropy_loss = entropy.mean()
                loss = pg_loss - config.ent_coef * entropy_loss + v_loss * config.vf_coef
                clipfracs.append(float(clipfrac))

                optimizer.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(agent.parameters(), config.max_grad_norm)
                optimizer.step()
            if config.target_kl is not None and approx_kl > config.target_kl:
                break
        # The new normalization applies from the next rollout on (the update used the old one).
        agent.obs_mean.copy_(torch.from_numpy(obs_rms.mean).float())
        agent.obs_var.copy_(torch.from_numpy(obs_rms.var).float())

        constraints = rollout.episode_constraints.mean(axis=0)
        row = {
            "iteration": iteration,
            "decisions": batch_size,
            "net_value": float(rollout.episode_values.mean()),
            "learning_rate": optimizer.param_groups[0]["lr"],
            "policy_loss": pg_loss.item(),
            "value_loss": v_loss.item(),
            "entropy": entropy_loss.item(),
            "approx_kl": approx_kl.item(),
            "clipfrac": float(np.mean(clipfracs)),
            "explained_variance": explained_variance(rollout.values, returns),
            "seconds": time.perf_counter() - started,
        }
        for name, value, multiplier in zip(names, constraints, multipliers, strict=True):
            row[f"constraint/{name}"] = float(value)
            row[f"multiplier/{name}"] = float(multiplier)
        history.append(row)
        multipliers, integrals = update_multipliers(
            integrals, constraints / (1 - config.target_margin), config.multiplier_lr, config.multiplier_kp
        )
        bar.set_postfix(value=f"{row['net_value']:.0f}", contacts=f"{row['constraint/contact_rate']:.2f}")
    return agent, history, multipliers


def explained_variance(predicted: np.ndarray, target: np.ndarray) -> float:
    variance = np.var(target)
    return float("nan") if variance == 0 else float(1 - np.var(target - predicted) / variance)


def export(agent: Agent, directory: Path, config: PPOConfig, settings: Settings, models: Models,
           history: list[dict], multipliers: np.ndarray) -> dict:  # fmt: skip
    """Writes policy.npz + policy.json (the card) + training_log.json; returns the card."""
    card = {
        "name": "ppo",
        "trained_on": {"risk_model": models.risk_version, "accept_model": models.accept_version},
        "offer_levels": settings.offers.levels,
        "config": asdict(config),
        "economics": asdict(settings.economics),
        "limits": asdict(settings.limits),
        "multipliers": dict(zip(constraint_names(settings), map(float, multipliers), strict=True)),
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    card = exported.save(directory, agent.export_weights(), card)
    (Path(directory) / "training_log.json").write_text(json.dumps(history, indent=1) + "\n")
    return card


def quick(config: PPOConfig) -> PPOConfig:
    """`--quick`, keeping the seed and threads."""
    return replace(QUICK, seed=config.seed, torch_threads=config.torch_threads)
