"""The gRPC API through a client generated from proto/, on a real server bound to a free port."""

import grpc
import pytest
from factories import FakeModels, make_facts
from grpc_health.v1 import health_pb2, health_pb2_grpc

from retention.ledger import SqliteLedger
from retention.pipeline import Components
from retention.v1 import retention_pb2 as pb
from retention.v1 import retention_pb2_grpc as pb_grpc
from services.decider.grpc_api import (
    SERVICE_NAME,
    UNAUTHENTICATED_DETAILS,
    BearerTokenInterceptor,
    DecisionServer,
)

TOKEN = "test-token-5f2c"
AUTH = (("authorization", f"Bearer {TOKEN}"),)


@pytest.fixture
def token():
    return TOKEN


@pytest.fixture
def server(tmp_path, settings, token):
    started = DecisionServer("127.0.0.1:0", token=token).start()
    ledger = SqliteLedger(tmp_path / "ledger.sqlite", settings.limits, settings.offers)
    started.components_for_test = Components(FakeModels(), ledger, settings)
    yield started
    started.stop(0)
    ledger.close()


@pytest.fixture
def channel(server):
    with grpc.insecure_channel(f"127.0.0.1:{server.port}") as opened:
        yield opened


def health(channel, service: str = SERVICE_NAME) -> int:
    stub = health_pb2_grpc.HealthStub(channel)
    return stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=5).status


def test_serving_only_once_ready(server, channel):
    stub = pb_grpc.DecisionServiceStub(channel)
    assert health(channel) == health_pb2.HealthCheckResponse.NOT_SERVING
    with pytest.raises(grpc.RpcError) as error:
        stub.Decide(pb.DecideRequest(customer_id="c1", facts=make_facts()), timeout=5, metadata=AUTH)
    assert error.value.code() == grpc.StatusCode.UNAVAILABLE
    server.ready(server.components_for_test)
    assert health(channel) == health_pb2.HealthCheckResponse.SERVING


def test_decide_and_retain(server, channel):
    server.ready(server.components_for_test)
    stub = pb_grpc.DecisionServiceStub(channel)
    decision = stub.Decide(
        pb.DecideRequest(customer_id="c1", facts=make_facts(monthly_charges=110.0)), timeout=5, metadata=AUTH
    )
    assert decision.contact and decision.offer_level == 3 and decision.policy_name == "risk_threshold"
    assert len(decision.risk_reasons) > 0
    answer = stub.Retain(
        pb.DecideRequest(customer_id="c2", facts=make_facts(monthly_charges=110.0)), timeout=5, metadata=AUTH
    )
    assert answer.decision.contact and "30% off" in answer.message
    assert answer.verdict.outcome == pb.ShieldVerdict.APPROVED and answer.HasField("deliver_after")


def test_request_id_makes_decide_idempotent(server, channel):
    server.ready(server.components_for_test)
    stub = pb_grpc.DecisionServiceStub(channel)
    request = pb.DecideRequest(customer_id="c1", facts=make_facts(monthly_charges=110.0), request_id="r-1")
    first, second = (stub.Decide(request, timeout=5, metadata=AUTH) for _ in range(2))
    assert first == second
    assert server.components_for_test.ledger.totals().decisions == 1


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [
        ({"customer_id": "", "facts": make_facts()}, "customer_id"),
        ({"customer_id": "c1"}, "facts"),
        ({"customer_id": "c1", "facts": make_facts(tenure=-1)}, "facts.tenure"),
        ({"customer_id": "c1", "facts": make_facts(contract="Weekly")}, "facts.contract"),
    ],
)
def test_invalid_requests_answer_invalid_argument_naming_the_field(server, channel, request_fields, field):
    server.ready(server.components_for_test)
    stub = pb_grpc.DecisionServiceStub(channel)
    with pytest.raises(grpc.RpcError) as error:
        stub.Decide(pb.DecideRequest(**request_fields), timeout=5, metadata=AUTH)
    assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert error.value.details().startswith(field)


# --- the bearer token ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "metadata",
    [
        (),
        (("authorization", "Bearer wrong-token"),),
        (("authorization", TOKEN),),  # no scheme
        (("authorization", f"Basic {TOKEN}"),),
        (("x-api-key", TOKEN),),
    ],
    ids=["none", "wrong", "no-scheme", "basic", "other-header"],
)
def test_calls_without_the_right_bearer_token_are_unauthenticated(server, channel, metadata):
    server.ready(server.components_for_test)
    stub = pb_grpc.DecisionServiceStub(channel)
    request = pb.DecideRequest(customer_id="c1", facts=make_facts(monthly_charges=110.0))
    for call in (stub.Decide, stub.Retain):
        with pytest.raises(grpc.RpcError) as error:
            call(request, timeout=5, metadata=metadata)
        assert error.value.code() == grpc.StatusCode.UNAUTHENTICATED
        assert error.value.details() == UNAUTHENTICATED_DETAILS  # names the header, never echoes a token
    assert server.components_for_test.ledger.totals().decisions == 0  # refused before the handler


def test_the_right_token_is_accepted_whatever_the_scheme_case(server, channel):
    server.ready(server.components_for_test)
    stub = pb_grpc.DecisionServiceStub(channel)
    for customer_id, scheme in (("c1", "Bearer"), ("c2", "bearer")):
        request = pb.DecideRequest(customer_id=customer_id, facts=make_facts(monthly_charges=110.0))
        metadata = (("authorization", f"{scheme} {TOKEN}"),)
        assert stub.Decide(request, timeout=5, metadata=metadata).customer_id == customer_id
    assert server.components_for_test.ledger.totals().decisions == 2


def test_health_needs_no_token(server, channel):
    assert health(channel, "") == health(channel) == health_pb2.HealthCheckResponse.NOT_SERVING
    server.ready(server.components_for_test)
    assert health(channel, "") == health(channel) == health_pb2.HealthCheckResponse.SERVING


@pytest.mark.parametrize("token", [None])
def test_without_a_token_the_server_checks_nothing(server, channel):
    """RETENTION_GRPC_AUTH=cloud-run-iam: Cloud Run IAM has checked the caller before the call arrives."""
    server.ready(server.components_for_test)
    stub = pb_grpc.DecisionServiceStub(channel)
    assert stub.Decide(pb.DecideRequest(customer_id="c1", facts=make_facts()), timeout=5).policy_name


def test_an_empty_token_is_refused():
    with pytest.raises(ValueError):
        BearerTokenInterceptor("")
