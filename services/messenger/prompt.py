"""The prompt of the message writer: what the model is told about one contacted customer.

Shared by training (training/messages) and serving (llm_writer.py), so that both read the same prompt.
"""

from __future__ import annotations

from dataclasses import dataclass

from retention.v1 import retention_pb2 as pb
from services.messenger.handler import greeting_name
from services.shield.names import GENERIC_GREETING


@dataclass(frozen=True)
class Brief:
    """What the writer is told about one contacted customer: the facts a message may use, and the offer."""

    name: str  # the greeting word: the first name when it looks like one, else "there"
    tenure: int
    contract: str
    internet: str
    monthly_charges: float
    offer_percent: float
    offer_months: int

    @classmethod
    def of(cls, event: pb.CustomerEvent, decision: pb.Decision) -> Brief:
        facts = event.facts
        return cls(
            name=greeting_name(facts.first_name),
            tenure=int(facts.tenure),
            contract=facts.contract or "Month-to-month",
            internet=facts.internet_service or "No",
            monthly_charges=round(float(facts.monthly_charges), 2),
            offer_percent=float(decision.offer_percent) if decision.offer_level > 0 else 0.0,
            offer_months=int(decision.offer_months),
        )

    def event(self) -> pb.CustomerEvent:
        """A CustomerEvent holding these facts, for the shield's checks."""
        # A name greeted as "there" was not trusted: its raw field is unknown here, and an empty one is
        # what the shield reads as "greet generically" (the word "there" itself would be an echoed name).
        facts = pb.CustomerFacts(
            first_name="" if self.name == GENERIC_GREETING else self.name,
            tenure=self.tenure,
            contract=self.contract,
            internet_service=self.internet,
            monthly_charges=self.monthly_charges,
            contact_consent=True,
        )
        return pb.CustomerEvent(facts=facts)

    def decision(self) -> pb.Decision:
        level = 0 if not self.offer_percent else 1
        return pb.Decision(
            contact=True,
            offer_level=level,
            offer_percent=self.offer_percent,
            offer_months=self.offer_months,
        )


def months_text(m: int) -> str:
    return f"{m} month{'s' if m != 1 else ''}"


def render_prompt(brief: Brief) -> str:
    """The prompt in SmolLM2's chat format with no system turn, and only what a message may use: short,
    so that training stays affordable on a CPU."""
    months = months_text(brief.tenure)
    offer = (
        f"{brief.offer_percent:g}% off for {months_text(brief.offer_months)}"
        if brief.offer_percent
        else "none, invite a reply"
    )
    user = f"Retention SMS. Name: {brief.name}. Tenure: {months}. Internet: {brief.internet}. Offer: {offer}."
    return f"<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n"


END_OF_TURN = "<|im_end|>"
