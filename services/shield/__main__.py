"""Shield process: `message-drafts` -> checked message -> `retention-actions`."""

from retention import pipeline, service
from services.shield.handler import Shield


def build(config, settings):
    return pipeline.shield_stage(Shield())


if __name__ == "__main__":
    service.run("shield", build)
