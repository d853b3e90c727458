"""The logs of the embedded pipeline and the gRPC API name no one: no first name, no customer id, no
message text, only keyed pseudonyms."""

import logging
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from factories import FakeModels, make_event, make_facts

from retention import log
from retention.pipeline import EmbeddedPipeline
from retention.v1 import retention_pb2 as pb
from services.decider.grpc_api import DecisionServicer

FIRST_NAME = "Zebulon"
CUSTOMER_ID = "7719-QXZKW"


class LeakyWriter:
    """A language model that fails with the prompt in its error, as real ones can."""

    name = "llm"

    def write(self, event: pb.CustomerEvent, decision: pb.Decision) -> str:
        raise RuntimeError(f"generation failed: 'Hi {event.facts.first_name}' for {event.customer_id}")


@pytest.fixture
def pipeline(tmp_path, settings, monkeypatch):
    monkeypatch.setenv(log.LOG_KEY_ENV, "test-log-key")
    built = EmbeddedPipeline(FakeModels(), tmp_path / "ledger.sqlite", settings)
    yield built
    built.close()


def event_id() -> str:
    return str(uuid.uuid4())  # as opaque as the real ones, and long enough not to occur by chance


def events() -> list[pb.CustomerEvent]:
    start = datetime(2026, 11, 2, 10, tzinfo=UTC)
    sent = [
        make_event(
            event_id(),
            CUSTOMER_ID,
            start + timedelta(days=10 * i),
            first_name=FIRST_NAME,
            monthly_charges=110.0,
        )
        for i in range(3)
    ]
    # Refused, with the name in a field whose value the refusal quotes: it is dead-lettered.
    sent.append(
        make_event(event_id(), CUSTOMER_ID, start, first_name=FIRST_NAME, contract=f"{FIRST_NAME}'s plan")
    )
    return sent


def test_logs_carry_pseudonyms_and_no_personal_data(pipeline, caplog):
    caplog.set_level(logging.DEBUG)
    sent = events()
    for event in sent:
        pipeline.publish(event)
    actions, dead = pipeline.run()  # the template writer
    pipeline.components.messenger.writer = LeakyWriter()
    later = make_event(event_id(), CUSTOMER_ID, datetime(2026, 12, 20, 10, tzinfo=UTC), first_name=FIRST_NAME)
    pipeline.publish(later)
    late_actions, _ = pipeline.run()  # the failing writer, then the template
    request = pb.DecideRequest(
        customer_id=CUSTOMER_ID, facts=make_facts(first_name=FIRST_NAME), request_id="r1"
    )
    DecisionServicer(lambda: pipeline.components).Decide(request, context=None)

    texts = [a.message for a in actions + late_actions if a.message]
    assert texts and all(FIRST_NAME in text for text in texts)  # the name is in the messages...
    assert sum(len(d) for d in dead.values()) == 1
    lines = [log.JsonFormatter().format(record) for record in caplog.records]
    messages = {record.getMessage() for record in caplog.records}
    assert {"dead-lettered a message", "writer failed: template used", "decided"} <= messages
    written = "\n".join(lines)
    for private in [FIRST_NAME, CUSTOMER_ID, *texts, *(e.event_id for e in [*sent, later])]:
        assert private not in written, private  # ...and nowhere in the logs
    assert log.pseudonym(CUSTOMER_ID) in written
