"""checkov on infra/: no failed check, and every skipped one skipped in the code with a reason."""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest
from infra.terraform_model import INFRA_DIR

SKIP = re.compile(r"#\s*checkov:skip=([A-Z0-9_]+)(?::\s*(.*))?")
MIN_REASON = 30  # characters: a reason, not a word


@pytest.fixture(scope="module")
def report(checkov) -> dict:
    # --skip-download: no call to the Prisma Cloud API (nothing is reachable from CI anyway).
    result = subprocess.run(
        [str(checkov), "-d", str(INFRA_DIR), "--framework", "terraform", "--skip-download", "-o", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "BC_SKIP_MAPPING": "TRUE", "CHECKOV_PARALLELIZATION_TYPE": "none"},
    )
    assert result.returncode in (0, 1), result.stderr[-3000:]  # 1: some check failed, reported below
    return json.loads(result.stdout)


def test_checkov_finds_no_failed_check(report):
    summary = report["summary"]
    failed = [
        f"{check['check_id']} {check['resource']} ({check['file_path']}): {check['check_name']}"
        for check in report["results"].get("failed_checks", [])
    ]
    assert failed == []
    assert summary["failed"] == 0
    assert summary["parsing_errors"] == 0
    assert summary["passed"] > 0 and summary["resource_count"] > 30  # it did read the configuration


def test_every_skipped_check_has_a_reason_in_the_code(report):
    skipped = report["results"].get("skipped_checks", [])
    for check in skipped:
        assert len(check.get("check_result", {}).get("suppress_comment", "")) >= MIN_REASON, check["check_id"]
    comments = [
        (path.name, match)
        for path in sorted(INFRA_DIR.glob("*.tf"))
        for match in SKIP.finditer(path.read_text())
    ]
    assert comments, "no skip comment: then drop this test's MIN_REASON check"
    for file, match in comments:
        check_id, reason = match.group(1), (match.group(2) or "").strip()
        assert len(reason) >= MIN_REASON, f"{file}: checkov:skip={check_id} needs a reason"
    # Every skip comment is used: a stale one would hide a future failure of that check.
    assert {match.group(1) for _, match in comments} == {check["check_id"] for check in skipped}
