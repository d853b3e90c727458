"""Messenger process: `decisions` -> message text -> `message-drafts`.

The writer comes from the environment (services/messenger/config.py); a language model loads in the
background, so the service starts at once and uses the template until the model is ready.
"""

import threading

from retention import pipeline, service
from services.messenger.handler import build_messenger


def build(config, settings):
    messenger = build_messenger()
    load = getattr(messenger.writer, "load", None)
    if load is not None:
        threading.Thread(target=load, name="load-writer", daemon=True).start()
    return pipeline.messenger_stage(messenger)


if __name__ == "__main__":
    service.run("messenger", build)
