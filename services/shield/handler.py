"""The shield's pure handler: MessageDraft in, RetentionAction out.

A draft that fails a check is repaired when its only failure has a deterministic fix (the opt-out line),
else replaced by the safe template, else withheld; whatever is released has passed every check itself.
No contact without consent; quiet hours move delivery.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from retention import log
from retention.facts import event_time, timestamp
from retention.v1 import retention_pb2 as pb
from services.messenger.handler import OPT_OUT_LINE, TemplateWriter
from services.shield import classifier
from services.shield.checks import CODES, REPAIRABLE, Context
from services.shield.checks import problems as _problems
from services.shield.config import ShieldSettings

__all__ = ["CODES", "Shield", "ShieldSettings", "deliver_after", "problems", "repair"]

Outcome = pb.ShieldVerdict.Outcome
NO_CONSENT = "NO_CONSENT"
# One line per checked draft: infra/monitoring.tf counts them by outcome for the block-rate alert.
CHECKED = "checked"
logger = logging.getLogger(__name__)


def problems(
    text: str,
    decision: pb.Decision,
    settings: ShieldSettings | None = None,
    event: pb.CustomerEvent | None = None,
) -> list[str]:
    """Reason codes of every check the text fails for this decision and customer (empty: may be sent)."""
    event = event or pb.CustomerEvent()
    ctx = Context(decision, event.facts, event.customer_id, settings or ShieldSettings())
    return _problems(text, ctx)


def repair(text: str, found: list[str]) -> str | None:
    """The deterministic fix of a text whose every problem has one, else None. The fix is not checked here."""
    if not found or not set(found) <= REPAIRABLE:
        return None
    return f"{text.rstrip()} {OPT_OUT_LINE}"


@lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo:
    # ZoneInfo keeps only a few zones alive between calls; reading a zone file again costs more than a check.
    return ZoneInfo(name)


def deliver_after(at: datetime, time_zone: str, settings: ShieldSettings) -> datetime:
    """`at`, or the end of the quiet hours when `at` falls inside them in the customer's time zone."""
    zone = _zone(time_zone or "UTC")
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
        classifier.model()  # trained now (once per process), not on the first draft

    def check(self, draft: pb.MessageDraft) -> pb.RetentionAction:
        event, decision = draft.event, draft.decision
        action = pb.RetentionAction(event_id=event.event_id, customer_id=event.customer_id, decision=decision)
        if not decision.contact:
            action.verdict.outcome = Outcome.NOT_CONTACTED
            return _logged(action)
        outcome, reasons, text, writer = self.verdict(draft)
        action.verdict.outcome = outcome
        action.verdict.reasons.extend(reasons)
        if text is not None:
            action.message = text
            action.writer = writer
            when = deliver_after(event_time(event), event.facts.time_zone, self.settings)
            action.deliver_after.CopyFrom(timestamp(when))
        return _logged(action)

    def verdict(self, draft: pb.MessageDraft) -> tuple[int, list[str], str | None, str]:
        """(outcome, reasons, text to send or None, its writer) for a draft whose decision is to contact."""
        event, decision, text = draft.event, draft.decision, draft.text
        if not event.facts.contact_consent:
            # The decider never contacts without consent; this is the second lock on that door.
            return Outcome.WITHHELD, [NO_CONSENT], None, ""
        found = problems(text, decision, self.settings, event)
        if not found:
            return Outcome.APPROVED, [], text, draft.writer
        fixed = repair(text, found)
        if fixed is not None and not problems(fixed, decision, self.settings, event):
            return Outcome.REPAIRED, found, fixed, draft.writer
        safe = self.fallback.write(event, decision)
        if not problems(safe, decision, self.settings, event):
            return Outcome.REPLACED, found, safe, self.fallback.name
        return Outcome.WITHHELD, found, None, ""


def _logged(action: pb.RetentionAction) -> pb.RetentionAction:
    """`action`, its verdict logged: outcome and reason codes only, never the text (retention/log.py)."""
    if not logger.isEnabledFor(logging.INFO):
        return action  # no line would be written: the pseudonyms (keyed hashes) need not be computed
    log.event(
        logger,
        CHECKED,
        outcome=Outcome.Name(action.verdict.outcome),
        reasons=list(action.verdict.reasons),
        customer=log.pseudonym(action.customer_id),
        event=log.pseudonym(action.event_id),  # derived from the customer id: see log.pseudonym
    )
    return action
