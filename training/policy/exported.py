"""The trained policy as plain numpy: what the decider serves and what the evaluation runs, the same arrays.

An export is two files in one folder: `policy.npz` (observation normalization and the actor's layers) and
`policy.json` (its card: version, the observation it expects, the scoring models it was trained on).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from training.policy.observation import OBSERVATION_FEATURES

WEIGHTS_FILE, CARD_FILE = "policy.npz", "policy.json"
OBS_CLIP = 10.0  # as gymnasium's NormalizeObservation is usually clipped in CleanRL
OBS_EPSILON = 1e-8


class PolicyMissing(FileNotFoundError):
    """No usable exported policy: the message says what is wrong and how to make one."""


def version_of(weights: dict[str, np.ndarray]) -> str:
    digest = hashlib.sha256()
    for name in sorted(weights):
        digest.update(name.encode())
        digest.update(np.ascontiguousarray(weights[name], dtype=np.float64).tobytes())
    return digest.hexdigest()[:12]


def save(directory: Path, weights: dict[str, np.ndarray], card: dict) -> dict:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    card = {**card, "version": version_of(weights), "observation_features": list(OBSERVATION_FEATURES)}
    np.savez(directory / WEIGHTS_FILE, **weights)
    (directory / CARD_FILE).write_text(json.dumps(card, indent=2, default=str) + "\n")
    return card


class ExportedPolicy:
    """Masked softmax over (no contact, contact at level 0..L-1) from a tanh MLP on normalized inputs."""

    name = "ppo"

    def __init__(self, weights: dict[str, np.ndarray], card: dict):
        if card.get("observation_features") != list(OBSERVATION_FEATURES):
            raise PolicyMissing(
                "the exported policy expects other observation features than this code builds: retrain it"
            )
        self.card = card
        self.version: str = card["version"]
        self.mean = np.asarray(weights["obs_mean"], dtype=np.float64)
        self.scale = 1.0 / np.sqrt(np.asarray(weights["obs_var"], dtype=np.float64) + OBS_EPSILON)
        self.layers = []
        k = 0
        while f"actor_w{k}" in weights:
            self.layers.append(
                (np.asarray(weights[f"actor_w{k}"]).T.copy(), np.asarray(weights[f"actor_b{k}"]))
            )
            k += 1
        if not self.layers or version_of(weights) != self.version:
            raise PolicyMissing("the exported policy's weights do not match its card (version)")

    @classmethod
    def load(cls, directory: Path) -> ExportedPolicy:
        directory = Path(directory)
        for path in (directory / WEIGHTS_FILE, directory / CARD_FILE):
            if not path.is_file():
                raise PolicyMissing(f"{path} is missing: run `retention train-policy` (or `make artifacts`)")
        with np.load(directory / WEIGHTS_FILE) as archive:
            weights = {name: archive[name] for name in archive.files}
        return cls(weights, json.loads((directory / CARD_FILE).read_text()))

    def probabilities(self, obs: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """(n, actions) probabilities of each action, zero where the mask forbids it."""
        x = np.clip((np.asarray(obs, dtype=np.float64) - self.mean) * self.scale, -OBS_CLIP, OBS_CLIP)
        for w, b in self.layers[:-1]:
            x = np.tanh(x @ w + b)
        w, b = self.layers[-1]
        logits = np.where(mask, x @ w + b, -np.inf)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def act(self, obs, mask, view, rng: np.random.Generator) -> np.ndarray:
        """Samples each customer's action, as the decider does (with a uniform from the event id)."""
        return sample(self.probabilities(obs, mask), rng.random(len(obs)))


def sample(probabilities: np.ndarray, uniform: np.ndarray) -> np.ndarray:
    """Inverse-CDF sampling: the first action whose cumulative probability exceeds the uniform draw."""
    cumulative = np.cumsum(probabilities, axis=1)
    actions = (cumulative <= uniform[:, None]).sum(axis=1)
    return np.minimum(actions, probabilities.shape[1] - 1)
