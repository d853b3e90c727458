"""Property tests of input validation: junk is refused with an error naming a field it was put in, and
whatever is accepted can be used downstream (dated, zoned, bounded)."""

import math
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from factories import make_event, make_facts
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import corrupted_events, corrupted_facts, timestamps, wire_bytes

from retention import facts as facts_module
from retention.facts import InvalidField, event_time, parse_event, validate_event, validate_request
from retention.v1 import retention_pb2 as pb

EVENT_FIELDS = {"payload", "event_id", "customer_id", "facts", "occurred_at"} | {
    f"facts.{field.name}" for field in pb.CustomerFacts.DESCRIPTOR.fields
}


def assert_names_a_field(error: InvalidField, allowed: set[str]) -> None:
    assert error.field in allowed, f"{error} names none of {sorted(allowed)}"
    message = str(error)
    # One bounded, printable line: safe to log and to put in a gRPC status or a Pub/Sub attribute.
    assert message.startswith(f"{error.field}: ") and message.isprintable() and len(message) <= 400


def assert_usable(event: pb.CustomerEvent) -> None:
    """What the handlers assume of a valid event."""
    facts = event.facts
    assert 0 <= facts.tenure <= facts_module.MAX_TENURE_MONTHS
    for amount in (facts.monthly_charges, facts.total_charges):
        assert math.isfinite(amount) and 0 <= amount <= facts_module.MAX_CHARGE
    assert len(facts.first_name) <= facts_module.MAX_NAME_LENGTH and facts.first_name.isprintable()
    ZoneInfo(facts.time_zone or "UTC")
    at = event_time(event)
    if event.occurred_at.seconds or event.occurred_at.nanos:
        assert facts_module.EARLIEST_EVENT <= at < facts_module.LATEST_EVENT


@settings(max_examples=200)
@given(corrupted_events())
def test_junk_in_an_event_is_refused_naming_its_field_or_is_usable(case):
    event, corrupted = case
    try:
        validate_event(event)
    except InvalidField as error:
        assert_names_a_field(error, corrupted)
    else:
        assert_usable(event)


@settings(max_examples=100)
@given(corrupted_facts(), st.one_of(st.just(""), st.text(max_size=200)), st.none() | timestamps)
def test_junk_in_a_request_is_refused_naming_its_field(case, request_id, occurred_at):
    facts, corrupted = case
    request = pb.DecideRequest(customer_id="c1", facts=facts, request_id=request_id)
    if occurred_at is not None:
        request.occurred_at.CopyFrom(occurred_at)
    allowed = {f"facts.{name}" for name in corrupted} | {"request_id", "occurred_at"}
    try:
        validate_request(request)
    except InvalidField as error:
        assert_names_a_field(error, allowed)


@settings(max_examples=200)
@given(wire_bytes(make_event().SerializeToString()))
def test_any_bytes_parse_to_a_usable_event_or_a_named_error(data):
    try:
        event = parse_event(data)
    except InvalidField as error:
        assert_names_a_field(error, EVENT_FIELDS)
    else:
        assert_usable(event)


printable_names = st.text(
    st.characters(categories=["L", "M", "N", "P", "S"], include_characters=" "), max_size=64
)
valid_facts = st.builds(
    make_facts,
    tenure=st.integers(0, facts_module.MAX_TENURE_MONTHS),
    monthly_charges=st.floats(0, facts_module.MAX_CHARGE),
    total_charges=st.floats(0, facts_module.MAX_CHARGE),
    first_name=printable_names,
    time_zone=st.one_of(st.just(""), st.sampled_from(sorted(facts_module.iana_time_zones()))),
)
valid_times = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31, 23), timezones=st.just(UTC)
)
printable_ids = st.text(st.characters(categories=["L", "N", "P", "S"]), min_size=1, max_size=128)


@settings(max_examples=100)
@given(printable_ids, printable_ids, valid_times, valid_facts)
def test_valid_events_are_accepted_and_survive_the_wire(event_id, customer_id, at, facts):
    event = make_event(event_id=event_id, customer_id=customer_id, at=at)
    event.facts.CopyFrom(facts)
    assert parse_event(event.SerializeToString()) == event
    assert event_time(event) == at
    validate_request(pb.DecideRequest(customer_id=customer_id, facts=facts, request_id=event_id))


def test_bounds_of_the_event_time():
    validate_event(make_event(at=facts_module.EARLIEST_EVENT))
    validate_event(make_event(at=facts_module.LATEST_EVENT - timedelta(seconds=1)))
    for outside in (facts_module.EARLIEST_EVENT - timedelta(seconds=1), facts_module.LATEST_EVENT):
        with pytest.raises(InvalidField, match="^occurred_at: "):
            validate_event(make_event(at=outside))
