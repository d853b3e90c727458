"""`retention`: the project's command-line tool.

Subcommands are registered by the modules that own them, so each stays beside its code:
demo/publish/decide here, stack in retention.stack, train/data/score in training.cli.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from retention.facts import InvalidField
from retention.settings import ConfigError


class UserError(RuntimeError):
    """An error the user can fix; printed without a traceback."""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return args.run(args) or 0
    except (UserError, InvalidField, ConfigError, FileNotFoundError) as error:
        print(f"retention: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # known failure types of the modules registered below
        if type(error).__name__ in ("DataError", "ArtifactsMissing", "EmulatorMissing", "StackError"):
            print(f"retention: error: {error}", file=sys.stderr)
            return 1
        raise


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="retention", description=__doc__.splitlines()[0])
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
        "training.cli",
        "services.shield.cli",
        "training.policy.cli",
        "training.messages.cli",
    ):
        module = __import__(module_name, fromlist=["register"])
        registrations.append(module.register)
    return registrations


if __name__ == "__main__":
    sys.exit(main())
