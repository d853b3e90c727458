"""Messenger process: `decisions` -> message text -> `message-drafts`."""

from retention import pipeline, service
from services.messenger.handler import Messenger


def build(config, settings):
    return pipeline.messenger_stage(Messenger())


if __name__ == "__main__":
    service.run("messenger", build)
