"""Shared package of the retention system: contract stubs, configuration, bus, ledger, logging, CLI."""
