"""Fixtures of the tests of retention/: one Firestore emulator for the ledger tests (each uses a project
of its own, so they share nothing)."""

from __future__ import annotations

import pytest

from retention import stack


@pytest.fixture(scope="session")
def firestore_host(tmp_path_factory):
    """A Firestore emulator for the session, started through retention.stack; skips where it is absent."""
    missing = stack.emulators_installed()
    if missing:
        pytest.skip(f"Firestore emulator not available: {missing}")
    config = stack.StackConfig.isolated(tmp_path_factory.mktemp("firestore"))
    emulators = stack.Stack(config)
    emulators.start_emulators((stack.FIRESTORE,))
    yield config.runtime.firestore_emulator_host
    emulators.stop_emulators()
