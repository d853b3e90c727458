"""Types for command-line arguments that refuse bad values while the arguments are parsed.

argparse turns the ArgumentTypeError into a one-line "argument --name: problem", so a bad value is
named before anything runs: no half-done work, no traceback, no value that a later call chokes on.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

from retention.facts import shown

MAX_TIMEOUT_S = 3600.0
MAX_COUNT = 10_000_000
MAX_ADDRESS_LENGTH = 255  # a DNS name's limit
MAX_IDENTIFIER_LENGTH = 128


def _number(text: str, kind: type[int] | type[float]) -> int | float:
    try:
        return kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a number") from None


def count(minimum: int) -> Callable[[str], int]:
    """A whole number from `minimum` to MAX_COUNT."""

    def parse(text: str) -> int:
        value = _number(text, int)
        if not minimum <= value <= MAX_COUNT:
            raise argparse.ArgumentTypeError(f"{shown(text)} is not a whole number in {minimum}..{MAX_COUNT}")
        return value

    return parse


def share(text: str) -> float:
    """A fraction, from 0 to 1."""
    value = _number(text, float)
    if not 0 <= value <= 1:  # false for NaN too
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a share in 0..1")
    return value


def seconds(text: str) -> float:
    """A duration, more than 0 and at most MAX_TIMEOUT_S (gRPC takes an infinite or NaN deadline as
    already past)."""
    value = _number(text, float)
    if not (math.isfinite(value) and 0 < value <= MAX_TIMEOUT_S):
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a duration in (0, {MAX_TIMEOUT_S:g}] seconds")
    return value


def _printable_word(text: str, limit: int, what: str) -> str:
    if not text or len(text) > limit or not text.isprintable() or any(c.isspace() for c in text):
        raise argparse.ArgumentTypeError(
            f"{shown(text)} is not {what}: 1 to {limit} printable characters without spaces"
        )
    return text


def identifier(text: str) -> str:
    return _printable_word(text, MAX_IDENTIFIER_LENGTH, "an identifier")


def address(text: str) -> str:
    """A gRPC target such as host:port; whether anything answers there is for the call to find out."""
    return _printable_word(text, MAX_ADDRESS_LENGTH, "an address")


def command_group(subparsers: argparse._SubParsersAction, name: str, help: str) -> argparse._SubParsersAction:
    """The sub-commands of `name` (`bench`, `eval`), created by whichever module registers under it first
    and shared with the others (`bench scorer` in training/cli.py, `bench policy`, `bench all`)."""
    parser = subparsers.choices.get(name) or subparsers.add_parser(name, help=help)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest=f"{name}_command", required=True, metavar="WHAT")
