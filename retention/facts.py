"""Validation of customer events and conversion from Telco-format CSV rows.

Every check raises `InvalidField`, which names the field, so that the gRPC API can answer
INVALID_ARGUMENT and the bus can dead-letter the message with a reason.
"""

from __future__ import annotations

import hashlib
import math
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
MAX_TENURE_MONTHS = 1200
MAX_CHARGE = 1e7


class InvalidField(ValueError):
    """Bad input, naming the field at fault."""

    def __init__(self, field: str, problem: str):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def validate_facts(facts: pb.CustomerFacts, prefix: str = "facts.") -> None:
    for name, allowed in CATEGORIES.items():
        value = getattr(facts, name)
        if value not in allowed:
            raise InvalidField(prefix + name, f"{value[:40]!r} is not one of {list(allowed)}")
    if not 0 <= facts.tenure <= MAX_TENURE_MONTHS:
        raise InvalidField(prefix + "tenure", f"{facts.tenure} is outside 0..{MAX_TENURE_MONTHS} months")
    for name in ("monthly_charges", "total_charges"):
        value = getattr(facts, name)
        if not math.isfinite(value) or not 0 <= value <= MAX_CHARGE:
            raise InvalidField(prefix + name, f"{value} is not a finite amount in 0..{MAX_CHARGE:g}")
    if len(facts.first_name) > MAX_NAME_LENGTH:
        raise InvalidField(prefix + "first_name", f"longer than {MAX_NAME_LENGTH} characters")
    if facts.time_zone:
        try:
            ZoneInfo(facts.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidField(
                prefix + "time_zone", f"{facts.time_zone[:60]!r} is not an IANA time zone"
            ) from None


def validate_id(value: str, field: str) -> None:
    if not value:
        raise InvalidField(field, "is empty")
    if len(value) > MAX_ID_LENGTH:
        raise InvalidField(field, f"longer than {MAX_ID_LENGTH} characters")
    if not value.isprintable():
        raise InvalidField(field, "holds control characters")


def validate_event(event: pb.CustomerEvent) -> None:
    validate_id(event.event_id, "event_id")
    validate_id(event.customer_id, "customer_id")
    if not event.HasField("facts"):
        raise InvalidField("facts", "is missing")
    validate_facts(event.facts)


def parse_event(data: bytes) -> pb.CustomerEvent:
    """Decode and validate a serialized CustomerEvent."""
    event = pb.CustomerEvent()
    try:
        event.ParseFromString(data)
    except Exception as error:  # protobuf raises DecodeError, and others on some inputs
        raise InvalidField("payload", f"not a serialized retention.v1.CustomerEvent ({error})") from None
    validate_event(event)
    return event


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
            raise InvalidField(f"{row_label} column {column}", f"{raw[:40]!r} is not a number") from None
    key = row.get("customerID", row_label)
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
