"""The trained policy as plain arrays: what the decider serves and what the evaluation runs, the same arrays,
through one forward pass compiled with numba (tested against the torch actor it was exported from).

An export is two files in one folder: `policy.npz` (observation normalization and the actor's layers) and
`policy.json` (its card: version, the observation it expects, the scoring models it was trained on).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numba
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
        layers = []
        k = 0
        while f"actor_w{k}" in weights:
            layers.append(
                (
                    np.ascontiguousarray(np.asarray(weights[f"actor_w{k}"], dtype=np.float64).T),
                    np.asarray(weights[f"actor_b{k}"], dtype=np.float64),
                )
            )
            k += 1
        if not layers or version_of(weights) != self.version:
            raise PolicyMissing("the exported policy's weights do not match its card (version)")
        # Tuples of arrays of one type each: what the compiled forward pass takes.
        self.weights, self.biases = tuple(w for w, _ in layers), tuple(b for _, b in layers)

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
        obs = np.ascontiguousarray(obs, dtype=np.float64)
        mask = np.ascontiguousarray(mask, dtype=np.bool_)
        out = np.empty((len(obs), len(self.biases[-1])))
        _forward(obs, self.mean, self.scale, self.weights, self.biases, mask, out)
        return out

    def act(self, obs, mask, view, rng: np.random.Generator) -> np.ndarray:
        """Samples each customer's action, as the decider does (with a uniform from the event id)."""
        return sample(self.probabilities(obs, mask), rng.random(len(obs)))


def sample(probabilities: np.ndarray, uniform: np.ndarray) -> np.ndarray:
    """Inverse-CDF sampling: the first action whose cumulative probability exceeds the uniform draw."""
    probabilities = np.ascontiguousarray(probabilities, dtype=np.float64)
    actions = np.empty(len(probabilities), dtype=np.int64)
    _sample(probabilities, np.ascontiguousarray(uniform, dtype=np.float64), actions)
    return actions


@numba.njit(cache=True, nogil=True)
def _sample(probabilities, uniform, actions):
    last = probabilities.shape[1] - 1
    for row in range(probabilities.shape[0]):
        cumulative, action = 0.0, 0
        for a in range(last):  # the last action takes whatever rounding leaves above the sum
            cumulative += probabilities[row, a]
            if cumulative <= uniform[row]:
                action = a + 1
        actions[row] = action


@numba.njit(cache=True, nogil=True)
def _forward(obs, mean, scale, weights, biases, mask, out):
    """Normalize and clip, tanh layers, then a softmax over the allowed actions, one row at a time:
    compiled, as one decision's forward pass is a few thousand multiplications, where numpy's own
    cost per call would be most of the time."""
    last = len(weights) - 1
    for row in range(obs.shape[0]):
        x = np.minimum(np.maximum((obs[row] - mean) * scale, -OBS_CLIP), OBS_CLIP)
        for k in range(last):
            x = np.tanh(_affine(x, weights[k], biases[k]))
        logits = _affine(x, weights[last], biases[last])
        top = -np.inf
        for a in range(logits.shape[0]):
            if mask[row, a] and logits[a] > top:
                top = logits[a]
        total = 0.0
        for a in range(logits.shape[0]):
            out[row, a] = np.exp(logits[a] - top) if mask[row, a] else 0.0
            total += out[row, a]
        out[row] /= total


@numba.njit(cache=True, nogil=True)
def _affine(x, w, b):
    y = b.copy()
    for i in range(w.shape[0]):
        for j in range(w.shape[1]):
            y[j] += x[i] * w[i, j]
    return y
