from datetime import UTC, datetime

import pytest
from factories import make_event

from retention.v1 import retention_pb2 as pb
from services.messenger.handler import TemplateWriter
from services.shield.handler import (
    BANNED_PHRASE,
    LENGTH_TOO_LONG,
    LENGTH_TOO_SHORT,
    MISSING_OPT_OUT,
    OFFER_MISMATCH,
    Shield,
    ShieldSettings,
    deliver_after,
    problems,
)

Outcome = pb.ShieldVerdict.Outcome
DECISION = pb.Decision(contact=True, offer_level=2, offer_percent=20.0, offer_months=3)
GOOD = (
    "Hi Maya, thank you for your 5 months with us. We can take 20% off your bill for 3 months. "
    "Reply STOP to opt out."
)


def draft(text, decision=DECISION, **event):
    return pb.MessageDraft(event=make_event(**event), decision=decision, text=text, writer="test")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Maya. Reply STOP to opt out.", LENGTH_TOO_SHORT),
        (GOOD + " More words." * 30, LENGTH_TOO_LONG),
        (GOOD.replace("20%", "25%"), OFFER_MISMATCH),
        (GOOD.replace("20%", "20 percent") + " Also 50% on extras.", OFFER_MISMATCH),
        (GOOD + " This price is guaranteed.", BANNED_PHRASE),
        (GOOD + " Act now!", BANNED_PHRASE),
        (GOOD.replace(" Reply STOP to opt out.", " Call us today, we miss you dearly."), MISSING_OPT_OUT),
    ],
)
def test_each_check_names_its_code(text, code):
    assert code in problems(text, DECISION, ShieldSettings())


def test_banned_phrases_match_whole_words_only():
    assert BANNED_PHRASE not in problems(
        GOOD.replace("thank you", "thank you, Actnow Ltd"), DECISION, ShieldSettings()
    )


def test_good_message_is_approved_as_written():
    action = Shield().check(draft(GOOD))
    assert action.verdict.outcome == Outcome.APPROVED and action.message == GOOD


def test_missing_opt_out_is_repaired_and_rechecked():
    text = GOOD.replace(" Reply STOP to opt out.", " See you soon at the store.")
    action = Shield().check(draft(text))
    assert action.verdict.outcome == Outcome.REPAIRED and action.message.endswith("Reply STOP to opt out.")


def test_untrue_offer_is_replaced_by_the_checked_template():
    action = Shield().check(draft(GOOD.replace("20%", "50%")))
    assert action.verdict.outcome == Outcome.REPLACED and list(action.verdict.reasons) == [OFFER_MISMATCH]
    assert "20% off" in action.message and action.writer == TemplateWriter.name


def test_withheld_when_even_the_template_fails():
    strict = Shield(ShieldSettings(max_length=60))
    action = strict.check(draft(GOOD))
    assert action.verdict.outcome == Outcome.WITHHELD and not action.HasField("message")


def test_no_contact_has_no_message():
    action = Shield().check(draft("", pb.Decision(contact=False)))
    assert action.verdict.outcome == Outcome.NOT_CONTACTED and not action.HasField("message")


def test_quiet_hours_move_delivery_to_the_morning_in_the_customers_zone():
    settings = ShieldSettings()
    late = datetime(2026, 11, 10, 22, 30, tzinfo=UTC)  # 23:30 in Paris
    moved = deliver_after(late, "Europe/Paris", settings)
    assert moved.isoformat() == "2026-11-11T08:00:00+01:00"
    noon = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)
    assert deliver_after(noon, "Europe/Paris", settings) == noon
    early = datetime(2026, 11, 10, 5, 0, tzinfo=UTC)  # 06:00 in Paris, same morning
    assert deliver_after(early, "Europe/Paris", settings).isoformat() == "2026-11-10T08:00:00+01:00"
