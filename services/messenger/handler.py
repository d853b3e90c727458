"""The messenger's pure handler: DecidedEvent in, MessageDraft out, written from templates."""

from __future__ import annotations

from retention.v1 import retention_pb2 as pb
from services.shield.names import greeting_word

OPT_OUT_LINE = "Reply STOP to opt out."


def greeting_name(first_name: str) -> str:
    """The customer's first name if it looks like one, else a generic greeting's word.

    The rule lives with the shield (services/shield/names.py), which expects this very name in the
    greeting: a name field holding instructions is data, never text for the message.
    """
    return greeting_word(first_name)


class TemplateWriter:
    name = "template"

    def write(self, event: pb.CustomerEvent, decision: pb.Decision) -> str:
        name = greeting_name(event.facts.first_name)
        months = event.facts.tenure
        thanks = f"thank you for your {months} months with us" if months >= 2 else "thank you for choosing us"
        if decision.offer_level == 0 or decision.offer_percent == 0:
            body = (
                f"Hi {name}, {thanks}. We would love to hear how we can make your service better: "
                "reply to this message and our team will call you back."
            )
        else:
            body = (
                f"Hi {name}, {thanks}. As a thank-you, we can take {decision.offer_percent:g}% off your "
                f"monthly bill for the next {decision.offer_months} months. Reply YES to accept."
            )
        return f"{body} {OPT_OUT_LINE}"


class Messenger:
    def __init__(self, writer: TemplateWriter | None = None):
        self.writer = writer or TemplateWriter()

    def draft(self, decided: pb.DecidedEvent) -> pb.MessageDraft:
        draft = pb.MessageDraft(event=decided.event, decision=decided.decision)
        if decided.decision.contact:
            draft.text = self.writer.write(decided.event, decided.decision)
            draft.writer = self.writer.name
        return draft
