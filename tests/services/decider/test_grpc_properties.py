"""Property tests of the gRPC API on hostile requests, through a real server on a free port: every answer
is OK, INVALID_ARGUMENT naming a field, or RESOURCE_EXHAUSTED for a message over the size limit; never
UNKNOWN or INTERNAL. Afterwards the ledger holds exactly the decisions answered, and their costs."""

from __future__ import annotations

import math
import uuid

import grpc
import pytest
from factories import FakeModels, make_facts
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from strategies import corrupted_facts, nasty_text, timestamps, wire_bytes

from retention.ledger import SqliteLedger
from retention.pipeline import Components
from retention.v1 import retention_pb2 as pb
from retention.v1 import retention_pb2_grpc as pb_grpc
from services.decider.grpc_api import MAX_MESSAGE_BYTES, SERVICE_NAME, DecisionServer, request_event_id

TOKEN = "property-test-token"
AUTH = (("authorization", f"Bearer {TOKEN}"),)
REQUEST_FIELDS = {"payload", "customer_id", "request_id", "facts", "occurred_at"} | {
    f"facts.{field.name}" for field in pb.CustomerFacts.DESCRIPTOR.fields
}


@pytest.fixture
def served(tmp_path, settings):
    """(channel, ledger) of a started, ready server with the fake models."""
    ledger = SqliteLedger(tmp_path / "ledger.sqlite", settings.limits, settings.offers)
    server = DecisionServer("127.0.0.1:0", token=TOKEN).start()
    server.ready(Components(FakeModels(), ledger, settings))
    with grpc.insecure_channel(f"127.0.0.1:{server.port}") as channel:
        yield channel, ledger
    server.stop(0)
    ledger.close()


# A few customers and request ids, so that requests repeat (idempotency) and customers meet their limits;
# junk besides. A '/' in the ids tries to make two (customer, request) pairs spell the same event id.
customer_ids = st.one_of(st.sampled_from(["c1", "c2", "c1/r", "c1/r/x"]), nasty_text, st.just(""))
request_ids = st.one_of(st.sampled_from(["", "r", "r/x", "x"]), nasty_text)
facts = st.one_of(
    st.builds(make_facts, monthly_charges=st.floats(20, 120), contact_consent=st.booleans()),
    corrupted_facts().map(lambda case: case[0]),
)
requests = st.builds(
    lambda customer_id, facts, request_id, at: pb.DecideRequest(
        customer_id=customer_id, facts=facts, request_id=request_id, occurred_at=at
    ),
    customer_ids,
    st.one_of(facts, st.none()),
    request_ids,
    st.one_of(st.none(), timestamps),
)
oversize = st.builds(lambda n, byte: bytes([byte]) * n, st.integers(1, 1000), st.integers(0, 255)).map(
    lambda filler: pb.DecideRequest(customer_id="c1", request_id="x" * MAX_MESSAGE_BYTES + filler.hex())
)


def answer(call, request):
    """(status code, answer or None, details) of one call."""
    try:
        return grpc.StatusCode.OK, call(request, timeout=10, metadata=AUTH), ""
    except grpc.RpcError as error:
        return error.code(), None, error.details() or ""


def assert_allowed(code: grpc.StatusCode, details: str, size: int) -> None:
    if code == grpc.StatusCode.INVALID_ARGUMENT:
        field, _, problem = details.partition(": ")
        assert field in REQUEST_FIELDS and problem, details
        assert details.isprintable() and len(details) <= 400, details
    elif code == grpc.StatusCode.RESOURCE_EXHAUSTED:
        assert size > MAX_MESSAGE_BYTES, details
    else:
        assert code == grpc.StatusCode.OK, (code, details)


def decision_of(reply) -> pb.Decision:
    return reply if isinstance(reply, pb.Decision) else reply.decision


def test_every_request_is_answered_or_refused_naming_a_field_and_the_ledger_adds_up(served, settings):
    channel, ledger = served
    stub = pb_grpc.DecisionServiceStub(channel)
    raw = {  # the same methods with no serialization: what a client that sends anything would send
        name: channel.unary_unary(
            f"/{SERVICE_NAME}/{name}", request_serializer=None, response_deserializer=None
        )
        for name in ("Decide", "Retain")
    }
    answered: dict[str, pb.Decision] = {}
    valid = pb.DecideRequest(customer_id="c1", facts=make_facts(), request_id="r").SerializeToString()
    payloads = st.one_of(requests, oversize, wire_bytes(valid))

    @hypothesis_settings(max_examples=80)
    @given(payloads, st.sampled_from(["Decide", "Retain"]))
    def check(payload, method):
        if isinstance(payload, bytes):
            code, reply, details = answer(raw[method], payload)
            size = len(payload)
            if reply is not None:
                reply = (pb.Decision if method == "Decide" else pb.RetainResponse).FromString(reply)
        else:
            code, reply, details = answer(getattr(stub, method), payload)
            size = payload.ByteSize()
        assert_allowed(code, details, size)
        if reply is not None:
            decision = decision_of(reply)
            # The same request_id gives the same decision; no answer is another customer's.
            assert answered.setdefault(decision.event_id, decision) == decision
            if not isinstance(payload, bytes):
                assert decision.customer_id == payload.customer_id

    check()
    totals = ledger.totals()
    assert totals.decisions == len(answered)
    assert totals.contacts == sum(d.contact for d in answered.values())
    assert math.isclose(totals.budget_spent, sum(d.offer_cost for d in answered.values()), abs_tol=0.01)
    assert totals.budget_spent == pytest.approx(totals.offers_cost, abs=0.01)
    for period in {d.budget_period for d in answered.values()}:
        assert ledger.budget_spent(period) <= settings.limits.period_budget + 1e-6


def test_two_customers_never_share_a_decision_through_their_request_ids(served):
    channel, ledger = served
    stub = pb_grpc.DecisionServiceStub(channel)
    # Both pairs spelled "retention/grpc/a/b/c" in the event id's key before customer ids with a '/'
    # got a key of their own: the second customer was answered with the first one's decision.
    first = pb.DecideRequest(customer_id="a/b", request_id="c", facts=make_facts(monthly_charges=110.0))
    second = pb.DecideRequest(customer_id="a", request_id="b/c", facts=make_facts(monthly_charges=20.0))
    answers = [stub.Decide(request, timeout=10, metadata=AUTH) for request in (first, second)]
    assert [a.customer_id for a in answers] == ["a/b", "a"]
    assert answers[0].event_id != answers[1].event_id and ledger.totals().decisions == 2


def test_event_ids_of_plain_customer_ids_are_unchanged():
    expected = uuid.uuid5(uuid.NAMESPACE_URL, "retention/grpc/7590-VHVEG/r-1")
    assert request_event_id("7590-VHVEG", "r-1") == str(expected)
