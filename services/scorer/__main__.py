"""Scorer process: `customer-events` -> churn risk and acceptance -> `scored-events`."""

from retention import pipeline, service
from services.scorer import model
from services.scorer.handler import Scorer


def build(config, settings):
    return pipeline.scorer_stage(Scorer(model.load(config.artifacts_dir, settings.offers)))


if __name__ == "__main__":
    service.run("scorer", build)
