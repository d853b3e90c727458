"""The gRPC DecisionService: Decide and Retain, over the same handlers as the pipeline."""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import uuid
from collections.abc import Callable, Iterator
from concurrent import futures
from datetime import UTC, datetime

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from retention import log
from retention.facts import InvalidField, timestamp, validate_request
from retention.pipeline import Components
from retention.v1 import retention_pb2 as pb
from retention.v1 import retention_pb2_grpc as pb_grpc

logger = logging.getLogger("decider.grpc")
SERVICE_NAME = pb.DESCRIPTOR.services_by_name["DecisionService"].full_name
HEALTH_SERVICE_NAME = health_pb2.DESCRIPTOR.services_by_name["Health"].full_name
MAX_MESSAGE_BYTES = 64 * 1024
UNAUTHENTICATED_DETAILS = "missing or wrong bearer token in 'authorization' metadata"


def event_from_request(request: pb.DecideRequest) -> pb.CustomerEvent:
    """A CustomerEvent for the request; the same request_id always gives the same event_id."""
    validate_request(request)
    if request.request_id:
        event_id = request_event_id(request.customer_id, request.request_id)
    else:
        event_id = str(uuid.uuid4())
    event = pb.CustomerEvent(event_id=event_id, customer_id=request.customer_id, facts=request.facts)
    if request.HasField("occurred_at"):
        event.occurred_at.CopyFrom(request.occurred_at)
    else:
        event.occurred_at.CopyFrom(timestamp(datetime.now(UTC)))
    return event


def request_event_id(customer_id: str, request_id: str) -> str:
    """The event id of a request with a request_id: the same for the same pair, and for no other pair."""
    if "/" not in customer_id:  # the first form, kept so that the ids already in the ledger stay the same
        key = f"retention/grpc/{customer_id}/{request_id}"
    else:  # where the first form is ambiguous: ("a/b", "c") and ("a", "b/c") would share an id
        key = "retention/grpc+" + json.dumps([customer_id, request_id])
    return str(uuid.uuid5(uuid.NAMESPACE_URL, key))


def decode_request(data: bytes) -> pb.DecideRequest | InvalidField:
    """The request, or the error to answer with. It never raises: gRPC answers INTERNAL when the
    deserializer does, where bytes that are not a DecideRequest are the caller's INVALID_ARGUMENT."""
    try:
        return pb.DecideRequest.FromString(data)
    except Exception as error:  # DecodeError, and others on some inputs
        return InvalidField("payload", f"not a serialized {pb.DecideRequest.DESCRIPTOR.full_name} ({error})")


@contextlib.contextmanager
def invalid_argument(context: grpc.ServicerContext) -> Iterator[None]:
    """Answers INVALID_ARGUMENT, naming the field, for bad input found by any handler."""
    try:
        yield
    except InvalidField as error:
        context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))


def add_servicer(servicer: DecisionServicer, server: grpc.Server) -> None:
    """As the generated add_DecisionServiceServicer_to_server, with `decode_request` as the deserializer."""
    responses = {"Decide": pb.Decision, "Retain": pb.RetainResponse}
    handlers = {
        name: grpc.unary_unary_rpc_method_handler(
            getattr(servicer, name),
            request_deserializer=decode_request,
            response_serializer=response.SerializeToString,
        )
        for name, response in responses.items()
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE_NAME, handlers),))
    server.add_registered_method_handlers(SERVICE_NAME, handlers)


class DecisionServicer(pb_grpc.DecisionServiceServicer):
    def __init__(self, components: Callable[[], Components | None]):
        # A callable, so the server can answer (UNAVAILABLE) before the models are loaded.
        self._components = components

    def _ready(self, context: grpc.ServicerContext) -> Components:
        components = self._components()
        if components is None:
            context.abort(grpc.StatusCode.UNAVAILABLE, "models are still loading")
        return components

    def _event(
        self, request: pb.DecideRequest | InvalidField, context: grpc.ServicerContext
    ) -> pb.CustomerEvent:
        with invalid_argument(context):
            if isinstance(request, InvalidField):
                raise request
            return event_from_request(request)

    def Decide(self, request: pb.DecideRequest, context: grpc.ServicerContext) -> pb.Decision:
        components = self._ready(context)
        event = self._event(request, context)
        with invalid_argument(context):  # an event id already decided for another customer
            decision = components.decider.decide(components.scorer.score(event))
        log.event(
            logger,
            "decided",
            customer=log.pseudonym(event.customer_id),
            event=log.pseudonym(event.event_id),  # derived from the customer id: see log.pseudonym
            contact=decision.contact,
            offer_level=decision.offer_level,  # not `level`: log.event's own argument
        )
        return decision

    def Retain(self, request: pb.DecideRequest, context: grpc.ServicerContext) -> pb.RetainResponse:
        components = self._ready(context)
        event = self._event(request, context)
        with invalid_argument(context):
            action = components.retain(event)
        response = pb.RetainResponse(decision=action.decision, verdict=action.verdict, writer=action.writer)
        if action.HasField("message"):
            response.message = action.message
        if action.HasField("deliver_after"):
            response.deliver_after.CopyFrom(action.deliver_after)
        return response


def _refuse(_request: object, context: grpc.ServicerContext) -> None:
    context.abort(grpc.StatusCode.UNAUTHENTICATED, UNAUTHENTICATED_DETAILS)


class BearerTokenInterceptor(grpc.ServerInterceptor):
    """Lets a call through only with `authorization: Bearer <token>`; the health service stays open,
    as Cloud Run's probes and the compose health check carry no token."""

    # Every method of DecisionService is unary, so one unary refusal answers them all.
    _refusal = grpc.unary_unary_rpc_method_handler(_refuse)

    def __init__(self, token: str):
        if not token:
            raise ValueError("an empty bearer token would let every caller in")
        self._token = token.encode()

    def intercept_service(self, continuation, handler_call_details):
        if handler_call_details.method.startswith(f"/{HEALTH_SERVICE_NAME}/"):
            return continuation(handler_call_details)
        if self._authorized(handler_call_details.invocation_metadata or ()):
            return continuation(handler_call_details)
        return self._refusal

    def _authorized(self, metadata) -> bool:
        for key, value in metadata:
            if key != "authorization" or not isinstance(value, str):
                continue
            scheme, _, credential = value.partition(" ")
            # compare_digest: the time taken says nothing about how much of the token was right.
            if scheme.lower() == "bearer" and hmac.compare_digest(credential.strip().encode(), self._token):
                return True
        return False


class DecisionServer:
    """A gRPC server with the standard health service: NOT_SERVING until `ready()` is called.

    With a `token`, every DecisionService call must carry it as a bearer token; with None, nothing is
    checked here (Cloud Run IAM checks the callers: RETENTION_GRPC_AUTH=cloud-run-iam).
    """

    def __init__(self, address: str, *, token: str | None, workers: int = 8):
        self._components: Components | None = None
        self.health = health.HealthServicer()
        self.server = grpc.server(
            futures.ThreadPoolExecutor(max_workers=workers),
            interceptors=[BearerTokenInterceptor(token)] if token is not None else [],
            options=[("grpc.max_receive_message_length", MAX_MESSAGE_BYTES)],
        )
        add_servicer(DecisionServicer(lambda: self._components), self.server)
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
        """Serve `components`, warmed up first (Components.warm_up), so the first caller waits no longer."""
        components.warm_up()
        self._components = components
        for name in ("", SERVICE_NAME):
            self.health.set(name, health_pb2.HealthCheckResponse.SERVING)

    def stop(self, grace: float = 2.0) -> None:
        for name in ("", SERVICE_NAME):
            self.health.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)
        self.server.stop(grace).wait()
