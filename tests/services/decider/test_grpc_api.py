"""The gRPC API through a client generated from proto/, on a real server bound to a free port."""

import grpc
import pytest
from factories import FakeModels, make_facts
from grpc_health.v1 import health_pb2, health_pb2_grpc

from retention.ledger import SqliteLedger
from retention.pipeline import Components
from retention.v1 import retention_pb2 as pb
from retention.v1 import retention_pb2_grpc as pb_grpc
from services.decider.grpc_api import SERVICE_NAME, DecisionServer


@pytest.fixture
def server(tmp_path, settings):
    started = DecisionServer("127.0.0.1:0").start()
    ledger = SqliteLedger(tmp_path / "ledger.sqlite", settings.limits, settings.offers)
    started.components_for_test = Components(FakeModels(), ledger, settings)
    yield started
    started.stop(0)
    ledger.close()


@pytest.fixture
def channel(server):
    with grpc.insecure_channel(f"127.0.0.1:{server.port}") as opened:
        yield opened


def health(channel) -> int:
    stub = health_pb2_grpc.HealthStub(channel)
    return stub.Check(health_pb2.HealthCheckRequest(service=SERVICE_NAME), timeout=5).status


def test_serving_only_once_ready(server, channel):
    stub = pb_grpc.DecisionServiceStub(channel)
    assert health(channel) == health_pb2.HealthCheckResponse.NOT_SERVING
    with pytest.raises(grpc.RpcError) as error:
        stub.Decide(pb.DecideRequest(customer_id="c1", facts=make_facts()), timeout=5)
    assert error.value.code() == grpc.StatusCode.UNAVAILABLE
    server.ready(server.components_for_test)
    assert health(channel) == health_pb2.HealthCheckResponse.SERVING


def test_decide_and_retain(server, channel):
    server.ready(server.components_for_test)
    stub = pb_grpc.DecisionServiceStub(channel)
    decision = stub.Decide(
        pb.DecideRequest(customer_id="c1", facts=make_facts(monthly_charges=110.0)), timeout=5
    )
    assert decision.contact and decision.offer_level == 3 and decision.policy_name == "risk_threshold"
    assert len(decision.risk_reasons) > 0
    answer = stub.Retain(
        pb.DecideRequest(customer_id="c2", facts=make_facts(monthly_charges=110.0)), timeout=5
    )
    assert answer.decision.contact and "30% off" in answer.message
    assert answer.verdict.outcome == pb.ShieldVerdict.APPROVED and answer.HasField("deliver_after")


def test_request_id_makes_decide_idempotent(server, channel):
    server.ready(server.components_for_test)
    stub = pb_grpc.DecisionServiceStub(channel)
    request = pb.DecideRequest(customer_id="c1", facts=make_facts(monthly_charges=110.0), request_id="r-1")
    first, second = stub.Decide(request, timeout=5), stub.Decide(request, timeout=5)
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
        stub.Decide(pb.DecideRequest(**request_fields), timeout=5)
    assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert error.value.details().startswith(field)
