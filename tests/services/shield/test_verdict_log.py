"""The shield's one `checked` line per draft: what infra/monitoring.tf's block-rate metric reads, and
nothing personal."""

import json
import logging
import re

import pytest
from factories import make_event
from infra.terraform_model import INFRA_DIR, Module

from retention import log
from retention.v1 import retention_pb2 as pb
from services.shield.handler import CHECKED, Shield

Outcome = pb.ShieldVerdict.Outcome
CUSTOMER_ID = "7719-QXZKW"
FIRST_NAME = "Zebulon"
DECISION = pb.Decision(contact=True, offer_level=2, offer_percent=20.0, offer_months=3, offer_cost=60.0)
GOOD = (
    f"Hi {FIRST_NAME}, thank you for your 5 months with us. "
    "We can take 20% off your bill for 3 months. Reply STOP to opt out."
)
DRAFTS = {
    "APPROVED": (GOOD, DECISION, True),
    "REPAIRED": (GOOD.removesuffix(" Reply STOP to opt out."), DECISION, True),
    "REPLACED": (GOOD.replace("20%", "25%"), DECISION, True),
    "WITHHELD": (GOOD, DECISION, False),  # no consent
    "NOT_CONTACTED": ("", pb.Decision(contact=False), True),
}


def draft(text: str, decision: pb.Decision, consent: bool) -> pb.MessageDraft:
    event = make_event("evt-7719", CUSTOMER_ID, first_name=FIRST_NAME, tenure=5, contact_consent=consent)
    return pb.MessageDraft(event=event, decision=decision, text=text, writer="llm")


@pytest.fixture(scope="module")
def metric() -> dict:
    """The log-based metric of infra/monitoring.tf: its filter and label extractors."""
    module = Module(
        INFRA_DIR, {"project_id": "retention-test", "image_tag": "abc1234", "model_version": "v1"}
    )
    return module.instances("google_logging_metric", "shield_verdicts")[None].values


def checked_lines(caplog) -> list[dict]:
    formatter = log.JsonFormatter()
    return [json.loads(formatter.format(r)) for r in caplog.records if r.getMessage() == CHECKED]


@pytest.mark.parametrize("expected", DRAFTS)
def test_each_checked_draft_logs_one_line_with_its_outcome(expected, caplog, monkeypatch):
    monkeypatch.setenv(log.LOG_KEY_ENV, "test-log-key")
    caplog.set_level(logging.INFO)
    action = Shield().check(draft(*DRAFTS[expected]))
    assert Outcome.Name(action.verdict.outcome) == expected
    (line,) = checked_lines(caplog)
    assert line["outcome"] == expected
    assert line["reasons"] == list(action.verdict.reasons)
    assert set(line) == {"time", "severity", "logger", "message", "outcome", "reasons", "customer", "event"}
    assert line["customer"] == log.pseudonym(CUSTOMER_ID) and line["event"] == log.pseudonym("evt-7719")
    text = json.dumps(line)
    for secret in (CUSTOMER_ID, "evt-7719", FIRST_NAME, "20%", "25%", "bill"):
        assert secret not in text


def test_the_line_is_what_the_block_rate_metric_counts(metric, caplog):
    caplog.set_level(logging.INFO)
    Shield().check(draft(*DRAFTS["REPLACED"]))
    (line,) = checked_lines(caplog)
    # The metric's filter on the line's message, and its label read from the line's fields.
    message = re.search(r'jsonPayload\.message = "([^"]+)"', metric["filter"]).group(1)
    assert line["message"] == message
    for label, extractor in metric["label_extractors"].items():
        field = re.fullmatch(r"EXTRACT\(jsonPayload\.(\w+)\)", extractor).group(1)
        assert field in line, label
    # The alert's outcome names are the verdict's.
    alert = Module(INFRA_DIR, {"project_id": "p", "image_tag": "t", "model_version": "v"}).instances(
        "google_monitoring_alert_policy", "shield_block_rate"
    )[None]
    condition = alert.blocks["conditions"][0].block("condition_threshold").values
    named = set(re.findall(r'"([A-Z_]+)"', condition["filter"] + condition["denominator_filter"]))
    assert named and named <= set(Outcome.keys())
