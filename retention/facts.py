"""Validation of customer events and conversion from Telco-format CSV rows.

Every check raises `InvalidField`, which names the field, so that the gRPC API can answer
INVALID_ARGUMENT and the bus can dead-letter the message with a reason.
"""

from __future__ import annotations

import functools
import hashlib
import math
import uuid
import zoneinfo
from collections.abc import Mapping
from datetime import UTC, datetime

from google.protobuf.timestamp_pb2 import Timestamp

from retention.v1 import retention_pb2 as pb

YES_NO = ("Yes", "No")
NO_PHONE = ("Yes", "No", "No phone service")
NO_INTERNET = ("Yes", "No", "No internet service")

# The Telco values, verbatim, for every categorical field of CustomerFacts.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "gender": ("Female", "Male"),
    "partner": YES_NO,
    "dependents": YES_NO,
    "phone_service": YES_NO,
    "multiple_lines": NO_PHONE,
    "internet_service": ("DSL", "Fiber optic", "No"),
    "online_security": NO_INTERNET,
    "online_backup": NO_INTERNET,
    "device_protection": NO_INTERNET,
    "tech_support": NO_INTERNET,
    "streaming_tv": NO_INTERNET,
    "streaming_movies": NO_INTERNET,
    "contract": ("Month-to-month", "One year", "Two year"),
    "paperless_billing": YES_NO,
    "payment_method": (
        "Electronic check",
        "Mailed check",
        "Bank transfer (automatic)",
        "Credit card (automatic)",
    ),
}

# Telco CSV header -> CustomerFacts field.
TELCO_COLUMNS: dict[str, str] = {
    "gender": "gender",
    "SeniorCitizen": "senior_citizen",
    "Partner": "partner",
    "Dependents": "dependents",
    "tenure": "tenure",
    "PhoneService": "phone_service",
    "MultipleLines": "multiple_lines",
    "InternetService": "internet_service",
    "OnlineSecurity": "online_security",
    "OnlineBackup": "online_backup",
    "DeviceProtection": "device_protection",
    "TechSupport": "tech_support",
    "StreamingTV": "streaming_tv",
    "StreamingMovies": "streaming_movies",
    "Contract": "contract",
    "PaperlessBilling": "paperless_billing",
    "PaymentMethod": "payment_method",
    "MonthlyCharges": "monthly_charges",
    "TotalCharges": "total_charges",
}

MAX_ID_LENGTH = 128
MAX_NAME_LENGTH = 64
MAX_TIME_ZONE_LENGTH = 64  # the longest IANA name has 32 characters
MAX_TENURE_MONTHS = 1200
MAX_CHARGE = 1e7
# Events come from our own systems: a date outside these bounds is a clock or encoding error, and some
# Timestamps the wire allows cannot even be a datetime. The zero Timestamp stands for "now" (event_time).
EARLIEST_EVENT = datetime(2000, 1, 1, tzinfo=UTC)
LATEST_EVENT = datetime(2100, 1, 1, tzinfo=UTC)
NANOS_PER_SECOND = 1_000_000_000


class InvalidField(ValueError):
    """Bad input, naming the field at fault."""

    def __init__(self, field: str, problem: str):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def shown(value: str, limit: int = 60) -> str:
    """`value` quoted for an error message: escaped, so that no control character reaches a log or a
    terminal, and cut short, so that the message stays one short line."""
    quoted = repr(value)
    return quoted if len(quoted) <= limit else quoted[: limit - 4] + "..." + quoted[0]


def validate_facts(facts: pb.CustomerFacts, prefix: str = "facts.") -> None:
    for name, allowed in CATEGORIES.items():
        value = getattr(facts, name)
        if value not in allowed:
            raise InvalidField(prefix + name, f"{shown(value)} is not one of {list(allowed)}")
    if not 0 <= facts.tenure <= MAX_TENURE_MONTHS:
        raise InvalidField(prefix + "tenure", f"{facts.tenure} is outside 0..{MAX_TENURE_MONTHS} months")
    for name in ("monthly_charges", "total_charges"):
        value = getattr(facts, name)
        if not math.isfinite(value) or not 0 <= value <= MAX_CHARGE:
            raise InvalidField(prefix + name, f"{value} is not a finite amount in 0..{MAX_CHARGE:g}")
    validate_first_name(facts.first_name, prefix + "first_name")
    if facts.time_zone:
        validate_time_zone(facts.time_zone, prefix + "time_zone")


def validate_first_name(name: str, field: str) -> None:
    """Bounded and printable. Not letters only: the name is untrusted text that the messenger and the shield
    already treat as data (a name that is not a plain name gets a generic greeting), and a customer
    is not to go without a decision over an odd name in the CRM."""
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidField(field, f"longer than {MAX_NAME_LENGTH} characters")
    if not name.isprintable():
        raise InvalidField(field, "holds control, formatting or other invisible characters")


@functools.cache
def iana_time_zones() -> frozenset[str]:
    """The zone names of the installed tz database, read once."""
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(name: str, field: str) -> None:
    # A set lookup, not ZoneInfo(name): ZoneInfo opens files named after its argument and fails with
    # IsADirectoryError or OSError on names such as "America" or very long ones.
    if len(name) > MAX_TIME_ZONE_LENGTH:
        raise InvalidField(field, f"longer than {MAX_TIME_ZONE_LENGTH} characters")
    if name not in iana_time_zones():
        raise InvalidField(field, f"{shown(name)} is not an IANA time zone")


def validate_id(value: str, field: str) -> None:
    if not value:
        raise InvalidField(field, "is empty")
    if len(value) > MAX_ID_LENGTH:
        raise InvalidField(field, f"longer than {MAX_ID_LENGTH} characters")
    if not value.isprintable():
        raise InvalidField(field, "holds control characters")


def validate_time(stamp: Timestamp, field: str) -> None:
    if not 0 <= stamp.nanos < NANOS_PER_SECOND:
        raise InvalidField(field, f"nanos {stamp.nanos} is outside 0..{NANOS_PER_SECOND - 1}")
    if stamp.seconds == 0 and stamp.nanos == 0:
        return
    if not EARLIEST_EVENT.timestamp() <= stamp.seconds < LATEST_EVENT.timestamp():
        raise InvalidField(
            field, f"{stamp.seconds} s is outside {EARLIEST_EVENT:%Y-%m-%d}..{LATEST_EVENT:%Y-%m-%d}"
        )


def validate_event(event: pb.CustomerEvent) -> None:
    validate_id(event.event_id, "event_id")
    validate_id(event.customer_id, "customer_id")
    if not event.HasField("facts"):
        raise InvalidField("facts", "is missing")
    validate_facts(event.facts)
    if event.HasField("occurred_at"):
        validate_time(event.occurred_at, "occurred_at")


def validate_request(request: pb.DecideRequest) -> None:
    """A DecideRequest as the decider's API takes it, checked in the order the API checks it."""
    validate_id(request.customer_id, "customer_id")
    if not request.HasField("facts"):
        raise InvalidField("facts", "is missing")
    if request.request_id:
        validate_id(request.request_id, "request_id")
    validate_facts(request.facts)
    if request.HasField("occurred_at"):
        validate_time(request.occurred_at, "occurred_at")


def parse_event(data: bytes) -> pb.CustomerEvent:
    """Decode and validate a serialized CustomerEvent."""
    event = pb.CustomerEvent()
    try:
        event.ParseFromString(data)
    except Exception as error:  # protobuf raises DecodeError, and others on some inputs
        raise InvalidField("payload", f"not a serialized retention.v1.CustomerEvent ({error})") from None
    validate_event(event)
    return event


# --- What the decider adds: the decision ---------------------------------------------------------
# The messenger and the shield act on it without checking it again (a message promises offer_percent),
# so a decision that breaks it, from a bug or a stray publisher, is dead-lettered rather than acted on.

MAX_OFFER_MONTHS = 120


def validate_decision(decision: pb.Decision, event: pb.CustomerEvent) -> None:
    for name in ("event_id", "customer_id"):
        if getattr(decision, name) != getattr(event, name):
            raise InvalidField(f"decision.{name}", f"is not the {name} of the event")
    if decision.offer_level < 0:
        raise InvalidField("decision.offer_level", f"{decision.offer_level} is negative")
    if not (math.isfinite(decision.offer_percent) and 0 <= decision.offer_percent <= 100):
        raise InvalidField("decision.offer_percent", f"{decision.offer_percent} is not in 0..100")
    months = decision.offer_months
    if not 0 <= months <= MAX_OFFER_MONTHS:
        raise InvalidField("decision.offer_months", f"{months} is not in 0..{MAX_OFFER_MONTHS}")
    cost = decision.offer_cost
    if not (math.isfinite(cost) and 0 <= cost <= MAX_CHARGE * MAX_OFFER_MONTHS):
        raise InvalidField(
            "decision.offer_cost", f"{cost} is not a finite amount in 0..{MAX_CHARGE * MAX_OFFER_MONTHS:g}"
        )


def timestamp(at: datetime) -> Timestamp:
    stamp = Timestamp()
    stamp.FromDatetime(at.astimezone(UTC))
    return stamp


def event_time(event: pb.CustomerEvent) -> datetime:
    """When the event happened; events without a time are taken as happening now."""
    if event.HasField("occurred_at") and (event.occurred_at.seconds or event.occurred_at.nanos):
        return event.occurred_at.ToDatetime(tzinfo=UTC)
    return datetime.now(UTC)


# --- Telco CSV rows -----------------------------------------------------------------------------

FIRST_NAMES = (
    "Ava",
    "Liam",
    "Maya",
    "Noah",
    "Zoe",
    "Omar",
    "Lena",
    "Ravi",
    "Chloe",
    "Mateo",
    "Aisha",
    "Jonas",
    "Sofia",
    "Kenji",
    "Amara",
    "Lucas",
    "Priya",
    "Elias",
    "Nora",
    "Diego",
    "Hana",
    "Felix",
    "Ines",
    "Samuel",
    "Leila",
    "Tomas",
    "Yara",
    "Hugo",
    "Mila",
    "Arjun",
    "Clara",
    "Emeka",
    "Freya",
    "Jamal",
    "Greta",
    "Kofi",
    "Julia",
    "Malik",
    "Rosa",
    "Viktor",
    "Alice",
    "Ben",
    "Carmen",
    "David",
    "Elena",
    "Farid",
    "Grace",
    "Henrik",
    "Isla",
    "Jorge",
    "Kira",
    "Leo",
    "Marta",
    "Nikhil",
    "Olga",
    "Pablo",
)
TIME_ZONES = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "Europe/London",
    "Europe/Paris",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Australia/Sydney",
)
CONSENT_SHARE = 0.9


def _stable_fraction(key: str) -> float:
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0x100000000


def facts_from_telco_row(row: Mapping[str, str], row_label: str) -> pb.CustomerFacts:
    """Build CustomerFacts from one Telco CSV row.

    The Telco file has no first name, time zone or consent: unless the row carries
    `first_name`, `time_zone` and `contact_consent` columns, they are drawn deterministically
    from the customer id (a stand-in for a CRM lookup, the same on every replay).
    """
    missing = [column for column in TELCO_COLUMNS if column not in row]
    if missing:
        raise InvalidField(row_label, f"missing Telco columns {missing}")
    facts = pb.CustomerFacts()
    for column, field in TELCO_COLUMNS.items():
        raw = (row[column] or "").strip()
        try:
            if field == "senior_citizen":
                facts.senior_citizen = raw in ("1", "Yes", "true", "True")
            elif field == "tenure":
                facts.tenure = int(raw)
            elif field in ("monthly_charges", "total_charges"):
                # TotalCharges is blank for customers in their first month: nothing billed yet.
                setattr(facts, field, float(raw) if raw else 0.0)
            else:
                setattr(facts, field, raw)
        except ValueError:
            raise InvalidField(f"{row_label} column {column}", f"{shown(raw)} is not a number") from None
    key = row.get("customerID") or row_label  # None in a row shorter than the header
    facts.first_name = (
        row.get("first_name") or FIRST_NAMES[int(_stable_fraction(key + "/name") * len(FIRST_NAMES))]
    )
    facts.time_zone = row.get("time_zone") or TIME_ZONES[int(_stable_fraction(key + "/tz") * len(TIME_ZONES))]
    consent = row.get("contact_consent")
    facts.contact_consent = (
        consent.strip().lower() in ("1", "yes", "true")
        if consent
        else _stable_fraction(key + "/consent") < CONSENT_SHARE
    )
    validate_facts(facts, prefix=f"{row_label} ")
    return facts


def event_from_telco_row(
    row: Mapping[str, str], row_label: str, at: datetime, batch_id: str
) -> pb.CustomerEvent:
    """A CustomerEvent whose event_id is stable for (batch, customer), so a replay is recognised."""
    customer_id = (row.get("customerID") or "").strip()
    if not customer_id:
        raise InvalidField(f"{row_label} column customerID", "is empty")
    event = pb.CustomerEvent(
        event_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"retention/{batch_id}/{customer_id}")),
        customer_id=customer_id,
        facts=facts_from_telco_row(row, row_label),
    )
    event.occurred_at.CopyFrom(timestamp(at))
    return event
