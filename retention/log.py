"""JSON logs to stdout, one object per line, as Cloud Logging reads them.

Logs carry no personal data: no names, no customer facts, no message text, no whole protos, and
customer ids (and event ids, which are derived from them) only as `pseudonym(...)`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import sys
import time
import traceback

LOG_KEY_ENV = "RETENTION_LOG_KEY"
# The key of the local stack, the demo and the tests. It is public, so its pseudonyms can be reversed
# by anyone holding a list of customer ids: on Google Cloud every service reads RETENTION_LOG_KEY from
# Secret Manager (infra/secrets.tf).
LOCAL_LOG_KEY = "retention-local-log-key"
PSEUDONYM_CHARS = 16  # 64 bits: two customers would share one only among billions of ids
MAX_TRACEBACK_CHARS = 4000


def pseudonym(identifier: str) -> str:
    """A keyed hash of a customer id (or event id) for the logs: stable, so one customer's lines can be
    found together, but only someone holding RETENTION_LOG_KEY can tell whose they are.

    Event ids need it too: they are uuid5 hashes of the batch (or request) id and the customer id,
    unkeyed, so hashing a list of customer ids with a guessable batch id would name their owners.
    """
    if not identifier:
        return ""
    key = (os.environ.get(LOG_KEY_ENV) or LOCAL_LOG_KEY).encode()
    return hmac.new(key, identifier.encode(), hashlib.sha256).hexdigest()[:PSEUDONYM_CHARS]


def redacted_traceback(error: BaseException) -> str:
    """The traceback of `error` and of its causes with their types but without their messages, which
    can quote what was being processed (a message's text, a customer's facts); at most the last
    MAX_TRACEBACK_CHARS characters, where the error was raised."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        frames = "".join(traceback.format_tb(current.__traceback__))
        parts.append(f"Traceback (most recent call last):\n{frames}{kind.__module__}.{kind.__qualname__}\n")
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    text = "\nwhile handling the above, another exception occurred:\n\n".join(reversed(parts))
    return text[-MAX_TRACEBACK_CHARS:]


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "severity": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if fields:
            entry.update(fields)
        if record.exc_info and record.exc_info[1] is not None:
            entry["exception"] = redacted_traceback(record.exc_info[1])
        return json.dumps(entry, default=str)


def setup(service: str, level: str = "INFO") -> logging.Logger:
    # No JSON key shows the thread, the process or its name: not looking them up for every record makes
    # each line cheaper (the logging docs' "Optimization"; a line per gRPC decision).
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    return logging.getLogger(service)


def event(logger: logging.Logger, message: str, level: int = logging.INFO, **fields: object) -> None:
    """Log `message` with structured `fields` (kept as JSON keys): never personal data (module docstring)."""
    if logger.isEnabledFor(level):
        # Not logger.log: it walks the stack for the caller's file and line, which no JSON key shows and
        # which costs as much as the rest of the line (a line per gRPC decision).
        record = logger.makeRecord(logger.name, level, "", 0, message, (), None, extra={"fields": fields})
        logger.handle(record)
