"""The shield's pure handler: MessageDraft in, RetentionAction out.

A draft that fails a check is repaired (when a deterministic fix exists), else replaced by the
safe template (itself checked), else withheld. It is never sent as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from retention.facts import event_time, timestamp
from retention.v1 import retention_pb2 as pb
from services.messenger.handler import OPT_OUT_LINE, TemplateWriter

Outcome = pb.ShieldVerdict.Outcome

LENGTH_TOO_SHORT = "LENGTH_TOO_SHORT"
LENGTH_TOO_LONG = "LENGTH_TOO_LONG"
BANNED_PHRASE = "BANNED_PHRASE"
OFFER_MISMATCH = "OFFER_MISMATCH"
MISSING_OPT_OUT = "MISSING_OPT_OUT"
EMPTY_MESSAGE = "EMPTY_MESSAGE"

BANNED_PHRASES = (
    "guarantee",
    "guaranteed",
    "free forever",
    "lowest price ever",
    "act now",
    "last chance",
    "you will lose",
    "lose everything",
    "predicted to leave",
    "likely to leave",
    "about to leave",
    "churn",
    "churn risk",
    "risk of leaving",
    "damn",
    "stupid",
    "idiot",
)
_BANNED = re.compile(r"\b(" + "|".join(re.escape(p) for p in BANNED_PHRASES) + r")\b", re.IGNORECASE)
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_OPT_OUT = re.compile(r"\bSTOP\b.{0,20}\bopt[- ]?out\b|\bunsubscribe\b", re.IGNORECASE)


@dataclass(frozen=True)
class ShieldSettings:
    min_length: int = 50
    max_length: int = 320
    quiet_from: time = time(21, 0)  # no delivery from this local hour ...
    quiet_until: time = time(8, 0)  # ... until this one


def problems(text: str, decision: pb.Decision, settings: ShieldSettings) -> list[str]:
    """Reason codes of every check the text fails (empty: the text may be sent)."""
    if not text.strip():
        return [EMPTY_MESSAGE]
    found = []
    if len(text) < settings.min_length:
        found.append(LENGTH_TOO_SHORT)
    if len(text) > settings.max_length:
        found.append(LENGTH_TOO_LONG)
    if _BANNED.search(text):
        found.append(BANNED_PHRASE)
    percents = [float(p.replace(",", ".")) for p in _PERCENT.findall(text)]
    if any(abs(p - decision.offer_percent) > 1e-9 for p in percents) or (
        decision.offer_percent and not percents
    ):
        found.append(OFFER_MISMATCH)
    if not _OPT_OUT.search(text):
        found.append(MISSING_OPT_OUT)
    return found


def deliver_after(at: datetime, time_zone: str, settings: ShieldSettings) -> datetime:
    """`at`, or the end of the quiet hours when `at` falls inside them in the customer's time zone."""
    zone = ZoneInfo(time_zone) if time_zone else ZoneInfo("UTC")
    local = at.astimezone(zone)
    clock = local.time()
    if settings.quiet_from <= clock or clock < settings.quiet_until:
        day = local.date() if clock < settings.quiet_until else local.date() + timedelta(days=1)
        return datetime.combine(day, settings.quiet_until, tzinfo=zone)
    return at


class Shield:
    def __init__(self, settings: ShieldSettings | None = None, fallback: TemplateWriter | None = None):
        self.settings = settings or ShieldSettings()
        self.fallback = fallback or TemplateWriter()

    def check(self, draft: pb.MessageDraft) -> pb.RetentionAction:
        event, decision = draft.event, draft.decision
        action = pb.RetentionAction(event_id=event.event_id, customer_id=event.customer_id, decision=decision)
        if not decision.contact:
            action.verdict.outcome = Outcome.NOT_CONTACTED
            return action
        outcome, reasons, text, writer = self._verdict(draft)
        action.verdict.outcome = outcome
        action.verdict.reasons.extend(reasons)
        if text is not None:
            action.message = text
            action.writer = writer
            when = deliver_after(event_time(event), event.facts.time_zone, self.settings)
            action.deliver_after.CopyFrom(timestamp(when))
        return action

    def _verdict(self, draft: pb.MessageDraft) -> tuple[int, list[str], str | None, str]:
        decision, text = draft.decision, draft.text
        found = problems(text, decision, self.settings)
        if not found:
            return Outcome.APPROVED, [], text, draft.writer
        if found == [MISSING_OPT_OUT]:
            repaired = f"{text.rstrip()} {OPT_OUT_LINE}"
            if not problems(repaired, decision, self.settings):
                return Outcome.REPAIRED, found, repaired, draft.writer
        safe = self.fallback.write(draft.event, decision)
        if not problems(safe, decision, self.settings):
            return Outcome.REPLACED, found, safe, self.fallback.name
        return Outcome.WITHHELD, found, None, ""
