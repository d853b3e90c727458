"""Small pieces shared by the training stages: seeding, the learning-rate schedule, the training log."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path


def seed_everything(seed: int) -> random.Random:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    return random.Random(seed)


def linear_schedule(optimizer, steps: int, warmup: int = 10):
    """Linear warm-up for `warmup` steps, then linear decay to 0 at `steps`."""
    import torch

    warmup = min(warmup, max(1, steps // 10))

    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return max(0.0, (steps - step) / max(1, steps - warmup))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, factor)


class TrainingLog:
    """One JSON line per logged step in `path`, each with the seconds since the start."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path, self.start = path, time.time()
        self.handle = open(path, "w")

    def write(self, **values) -> None:
        values = {k: (round(v, 6) if isinstance(v, float) else v) for k, v in values.items()}
        self.handle.write(json.dumps({"time_s": round(time.time() - self.start, 1), **values}) + "\n")
        self.handle.flush()

    def close(self) -> None:
        self.handle.close()


def cycle(records: list, batch_size: int, rng: random.Random):
    """Batches of `records` forever, reshuffled at each pass."""
    order: list = []
    while True:
        if len(order) < batch_size:
            fresh = list(records)
            rng.shuffle(fresh)
            order += fresh
        yield order[:batch_size]
        del order[:batch_size]


def stop_requested(output_dir: Path) -> bool:
    """True when a file named STOP is in the stage's output folder: the stage then saves what it has
    and ends, as if its last step had come (touch it to cut a long run short without losing it)."""
    return (output_dir / "STOP").exists()
