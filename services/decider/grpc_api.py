"""The gRPC DecisionService: Decide and Retain, over the same handlers as the pipeline."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from concurrent import futures
from datetime import UTC, datetime

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from retention import log
from retention.facts import InvalidField, timestamp, validate_event, validate_id
from retention.pipeline import Components
from retention.v1 import retention_pb2 as pb
from retention.v1 import retention_pb2_grpc as pb_grpc

logger = logging.getLogger("decider.grpc")
SERVICE_NAME = pb.DESCRIPTOR.services_by_name["DecisionService"].full_name
MAX_MESSAGE_BYTES = 64 * 1024


def event_from_request(request: pb.DecideRequest) -> pb.CustomerEvent:
    """A CustomerEvent for the request; the same request_id always gives the same event_id."""
    validate_id(request.customer_id, "customer_id")
    if not request.HasField("facts"):
        raise InvalidField("facts", "is missing")
    if request.request_id:
        validate_id(request.request_id, "request_id")
        event_id = str(
            uuid.uuid5(uuid.NAMESPACE_URL, f"retention/grpc/{request.customer_id}/{request.request_id}")
        )
    else:
        event_id = str(uuid.uuid4())
    event = pb.CustomerEvent(event_id=event_id, customer_id=request.customer_id, facts=request.facts)
    if request.HasField("occurred_at"):
        event.occurred_at.CopyFrom(request.occurred_at)
    else:
        event.occurred_at.CopyFrom(timestamp(datetime.now(UTC)))
    validate_event(event)
    return event


class DecisionServicer(pb_grpc.DecisionServiceServicer):
    def __init__(self, components: Callable[[], Components | None]):
        # A callable, so the server can answer (UNAVAILABLE) before the models are loaded.
        self._components = components

    def _ready(self, context: grpc.ServicerContext) -> Components:
        components = self._components()
        if components is None:
            context.abort(grpc.StatusCode.UNAVAILABLE, "models are still loading")
        return components

    def _event(self, request: pb.DecideRequest, context: grpc.ServicerContext) -> pb.CustomerEvent:
        try:
            return event_from_request(request)
        except InvalidField as error:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))

    def Decide(self, request: pb.DecideRequest, context: grpc.ServicerContext) -> pb.Decision:
        components = self._ready(context)
        event = self._event(request, context)
        decision = components.decider.decide(components.scorer.score(event))
        log.event(
            logger, "decided", event_id=event.event_id, contact=decision.contact, level=decision.offer_level
        )
        return decision

    def Retain(self, request: pb.DecideRequest, context: grpc.ServicerContext) -> pb.RetainResponse:
        components = self._ready(context)
        event = self._event(request, context)
        action = components.retain(event)
        response = pb.RetainResponse(decision=action.decision, verdict=action.verdict, writer=action.writer)
        if action.HasField("message"):
            response.message = action.message
        if action.HasField("deliver_after"):
            response.deliver_after.CopyFrom(action.deliver_after)
        return response


class DecisionServer:
    """A gRPC server with the standard health service: NOT_SERVING until `ready()` is called."""

    def __init__(self, address: str, workers: int = 8):
        self._components: Components | None = None
        self.health = health.HealthServicer()
        self.server = grpc.server(
            futures.ThreadPoolExecutor(max_workers=workers),
            options=[("grpc.max_receive_message_length", MAX_MESSAGE_BYTES)],
        )
        pb_grpc.add_DecisionServiceServicer_to_server(DecisionServicer(lambda: self._components), self.server)
        health_pb2_grpc.add_HealthServicer_to_server(self.health, self.server)
        self.port = self.server.add_insecure_port(address)
        if self.port == 0:
            raise RuntimeError(f"cannot listen on {address}")
        for name in ("", SERVICE_NAME):
            self.health.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)

    def start(self) -> DecisionServer:
        self.server.start()
        return self

    def ready(self, components: Components) -> None:
        self._components = components
        for name in ("", SERVICE_NAME):
            self.health.set(name, health_pb2.HealthCheckResponse.SERVING)

    def stop(self, grace: float = 2.0) -> None:
        for name in ("", SERVICE_NAME):
            self.health.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)
        self.server.stop(grace).wait()
