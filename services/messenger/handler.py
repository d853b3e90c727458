"""The messenger's pure handler: DecidedEvent in, MessageDraft out.

The text comes from the configured writer (the language model of llm_writer.py, or the templates here); on
a writer's failure or timeout the template writer writes it, and `MessageDraft.writer` says which did.
"""

from __future__ import annotations

import concurrent.futures
import logging
from pathlib import Path
from typing import Protocol

from retention import log
from retention.v1 import retention_pb2 as pb
from services.shield.names import greeting_word

logger = logging.getLogger(__name__)

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


class Writer(Protocol):
    name: str

    def write(self, event: pb.CustomerEvent, decision: pb.Decision) -> str: ...


class Messenger:
    """Drafts each contacted customer's message with `writer`, falling back to the template writer when it
    raises, returns nothing, or takes longer than `timeout_s` (None: no limit)."""

    def __init__(
        self,
        writer: Writer | None = None,
        timeout_s: float | None = None,
        fallback: TemplateWriter | None = None,
    ):
        self.writer = writer or TemplateWriter()
        self.fallback = fallback or TemplateWriter()
        self.timeout_s = timeout_s
        # One worker: a late generation finishes in the background while later messages wait their turn.
        self._pool = concurrent.futures.ThreadPoolExecutor(1, "writer") if timeout_s is not None else None

    def draft(self, decided: pb.DecidedEvent) -> pb.MessageDraft:
        draft = pb.MessageDraft(event=decided.event, decision=decided.decision)
        if decided.decision.contact:
            draft.text, draft.writer = self.write(decided.event, decided.decision)
        return draft

    def write(self, event: pb.CustomerEvent, decision: pb.Decision) -> tuple[str, str]:
        """(text, name of the writer that wrote it)."""
        if self.writer is self.fallback or isinstance(self.writer, TemplateWriter):
            return self.writer.write(event, decision), self.writer.name
        try:
            if self._pool is None:
                text = self.writer.write(event, decision)
            else:
                text = self._pool.submit(self.writer.write, event, decision).result(timeout=self.timeout_s)
            if not text or not text.strip():
                raise ValueError("empty message")
            return text.strip(), self.writer.name
        except concurrent.futures.TimeoutError:
            self._log_fallback(event, "timed out", timeout_s=self.timeout_s)
        except Exception as error:  # any failure of the model: the customer still gets a correct message
            # The type alone: a model's error message can quote its prompt, the customer's name and facts.
            self._log_fallback(event, "failed", error=type(error).__name__)
        return self.fallback.write(event, decision), self.fallback.name

    def _log_fallback(self, event: pb.CustomerEvent, what: str, **fields: object) -> None:
        log.event(
            logger,
            f"writer {what}: template used",
            logging.WARNING,
            writer=self.writer.name,
            customer=log.pseudonym(event.customer_id),
            **fields,
        )


def build_messenger(settings=None) -> Messenger:
    """The Messenger the configuration asks for (services/messenger/config.py): the language model when
    chosen and its weights exist, else the template writer."""
    from services.messenger.config import WriterSettings

    settings = settings or WriterSettings.from_env()
    if settings.writer == "template":
        return Messenger(TemplateWriter())
    if not settings.model_exists():
        if settings.writer == "llm":
            logger.warning("no message model at %s: template writer used", settings.model_dir)
        return Messenger(TemplateWriter())
    from services.messenger.llm_writer import LLMWriter

    writer = LLMWriter(
        Path(settings.model_dir),
        max_new_tokens=settings.max_new_tokens,
        max_time_s=settings.timeout_s,
        int8=settings.int8,
    )
    return Messenger(writer, timeout_s=settings.timeout_s)
