"""Benchmarks of the hot paths beside their physical floors, measured in the same run.

`retention bench all` (bench/cli.py) writes reports/bench.json and reports/bench.md. Speed is measured
here, never asserted in tests: shared machines make timing asserts flaky.
"""
