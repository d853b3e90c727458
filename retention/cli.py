"""`retention`: the project's command-line tool.

Subcommands are registered by the modules that own them, so each stays beside its code:
demo/publish/decide here, stack in retention.stack, train/data/score in training.cli.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import NoReturn

from retention.facts import InvalidField
from retention.settings import ConfigError

MAX_ERROR_CHARS = 500


class UserError(RuntimeError):
    """An error the user can fix; printed without a traceback."""


class Parser(argparse.ArgumentParser):
    """argparse with its errors on one line, as every other error of the tool: what is wrong, not the
    whole usage (which `--help` gives)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {one_line(message)} (see {self.prog} --help)\n")


def one_line(text: str) -> str:
    """`text` with its control characters escaped and cut short: one line on a terminal or in a log."""
    escaped = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return escaped if len(escaped) <= MAX_ERROR_CHARS else escaped[: MAX_ERROR_CHARS - 3] + "..."


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return args.run(args) or 0
    except (UserError, InvalidField, ConfigError, FileNotFoundError) as error:
        print(f"retention: error: {one_line(str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # known failure types of the modules registered below
        if type(error).__name__ in ("DataError", "ArtifactsMissing", "EmulatorMissing", "StackError"):
            print(f"retention: error: {one_line(str(error))}", file=sys.stderr)
            return 1
        raise


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="retention", description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    from retention import commands

    commands.register(subparsers)
    for register in _registrations():
        register(subparsers)
    return parser


def _registrations() -> list[Callable[[argparse._SubParsersAction], None]]:
    registrations = []
    for module_name in (
        "retention.stack",
        "retention.reliability",
        "training.cli",
        "services.shield.cli",
        "training.policy.cli",
        "training.messages.cli",
        "retention.bench.cli",
    ):
        module = __import__(module_name, fromlist=["register"])
        registrations.append(module.register)
    return registrations


if __name__ == "__main__":
    sys.exit(main())
