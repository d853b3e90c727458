"""The decider's gRPC API, served by the decider process, through a client generated from proto/."""

from __future__ import annotations

import csv
from collections.abc import Iterator

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from retention import data
from retention.config import GRPC_TOKEN_ENV
from retention.facts import facts_from_telco_row
from retention.v1 import retention_pb2 as pb
from retention.v1 import retention_pb2_grpc as pb_grpc

pytestmark = pytest.mark.integration

SERVICE = "retention.v1.DecisionService"


@pytest.fixture
def channel(start, config) -> Iterator[grpc.Channel]:
    start("decider")
    with grpc.insecure_channel(config.runtime.grpc_address) as opened:
        yield opened


@pytest.fixture
def auth(config) -> tuple[tuple[str, str], ...]:
    """The bearer token the stack gives the decider, as metadata."""
    return (("authorization", f"Bearer {config.service_variables('decider')[GRPC_TOKEN_ENV]}"),)


def telco_request(index: int = 0, request_id: str = "") -> pb.DecideRequest:
    with (data.data_dir() / data.TELCO_FILE).open(newline="") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if i == index:
                facts = facts_from_telco_row(row, f"row {i}")
                return pb.DecideRequest(customer_id=row["customerID"], facts=facts, request_id=request_id)
    raise IndexError(index)


def rejected(call, request: pb.DecideRequest, metadata=()) -> grpc.RpcError:
    with pytest.raises(grpc.RpcError) as error:
        call(request, timeout=10, metadata=metadata)
    return error.value


def test_decide_and_retain_answer_once_serving(channel, ledger, auth):
    health = health_pb2_grpc.HealthStub(channel)
    for service in ("", SERVICE):  # without the token: the health service is open
        answer = health.Check(health_pb2.HealthCheckRequest(service=service), timeout=5)
        assert answer.status == health_pb2.HealthCheckResponse.SERVING

    stub = pb_grpc.DecisionServiceStub(channel)
    request = telco_request(0, request_id="grpc-1")
    for metadata in ((), (("authorization", "Bearer wrong"),)):
        assert rejected(stub.Decide, request, metadata).code() == grpc.StatusCode.UNAUTHENTICATED
    decision = stub.Decide(request, timeout=10, metadata=auth)
    assert decision.customer_id == request.customer_id
    assert decision.policy_name and decision.budget_period
    assert 0.0 <= decision.churn_risk <= 1.0
    # The same request_id: the decision already taken.
    assert stub.Decide(request, timeout=10, metadata=auth) == decision
    assert ledger.recorded(decision.event_id) == decision

    answer = stub.Retain(telco_request(1, request_id="grpc-2"), timeout=10, metadata=auth)
    assert answer.decision.event_id and answer.verdict.outcome != pb.ShieldVerdict.OUTCOME_UNSPECIFIED
    if answer.decision.contact and answer.verdict.outcome != pb.ShieldVerdict.WITHHELD:
        assert answer.message
    assert ledger.totals().decisions == 2


INVALID = [
    (lambda r: setattr(r.facts, "tenure", -3), "facts.tenure"),
    (lambda r: setattr(r.facts, "contract", "Forever"), "facts.contract"),
    (lambda r: setattr(r, "customer_id", ""), "customer_id"),
    (lambda r: r.ClearField("facts"), "facts"),
]


def test_invalid_requests_are_refused_naming_the_field(channel, ledger, auth):
    stub = pb_grpc.DecisionServiceStub(channel)
    for change, field in INVALID:
        request = telco_request(2)
        change(request)
        for call in (stub.Decide, stub.Retain):
            error = rejected(call, request, auth)
            assert error.code() == grpc.StatusCode.INVALID_ARGUMENT, field
            assert error.details().startswith(f"{field}:"), error.details()
    assert ledger.totals().decisions == 0
