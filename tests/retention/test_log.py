"""The JSON logs: keyed pseudonyms for customer ids, and tracebacks without exception messages."""

import json
import logging
import sys

from retention import log


def test_pseudonyms_are_stable_short_and_keyed(monkeypatch):
    monkeypatch.delenv(log.LOG_KEY_ENV, raising=False)
    local = log.pseudonym("7590-VHVEG")
    assert local == log.pseudonym("7590-VHVEG") != log.pseudonym("7590-VHVEH")
    assert len(local) == log.PSEUDONYM_CHARS and int(local, 16) >= 0
    monkeypatch.setenv(log.LOG_KEY_ENV, "another key")
    assert log.pseudonym("7590-VHVEG") != local
    assert log.pseudonym("") == ""


def fail_with(text: str) -> None:
    try:
        raise KeyError(text)
    except KeyError as cause:
        raise ValueError(f"could not send {text!r}") from cause


def formatted_exception(text: str) -> dict:
    try:
        fail_with(text)
    except ValueError:
        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    return json.loads(log.JsonFormatter().format(record))


def test_tracebacks_keep_types_and_frames_but_not_messages():
    entry = formatted_exception("Hi Zebulon, 30% off")
    assert "Zebulon" not in entry["exception"]
    assert "builtins.ValueError" in entry["exception"] and "builtins.KeyError" in entry["exception"]
    assert "in fail_with" in entry["exception"]
    assert entry["exception"].rstrip().endswith("builtins.ValueError")  # where it ended, last


def test_tracebacks_are_truncated_to_their_end():
    error: BaseException = RuntimeError("bottom")
    for _ in range(200):  # a long chain of causes
        outer = ValueError("up")
        outer.__cause__ = error
        error = outer
    text = log.redacted_traceback(error)
    assert len(text) == log.MAX_TRACEBACK_CHARS and text.rstrip().endswith("builtins.ValueError")


def test_an_event_is_one_json_line_with_its_fields_and_only_at_its_level(capsys):
    logger = log.setup("decider", "INFO")
    try:
        log.event(logger, "decided", customer="ab12", contact=True, offer_level=2)
        log.event(logger, "details", level=logging.DEBUG, customer="cd34")
        log.event(logger, "slow", level=logging.WARNING, elapsed_ms=12.5)
        lines = capsys.readouterr().out.splitlines()
    finally:
        logging.getLogger().handlers.clear()
    entries = [json.loads(line) for line in lines]
    assert [e["message"] for e in entries] == ["decided", "slow"]
    assert entries[0]["logger"] == "decider" and entries[0]["severity"] == "INFO"
    assert (entries[0]["customer"], entries[0]["contact"], entries[0]["offer_level"]) == ("ab12", True, 2)
    assert entries[1]["severity"] == "WARNING" and entries[1]["elapsed_ms"] == 12.5
