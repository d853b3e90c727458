import json

import pytest
from factories import make_event
from google.protobuf import json_format

from retention.cli import main
from retention.v1 import retention_pb2 as pb
from services.shield import classifier, suite
from services.shield.suite_heldout18 import HELDOUT18

DECISION = pb.Decision(contact=True, offer_level=2, offer_percent=20.0, offer_months=3, offer_cost=60.0)
GOOD = (
    "Hi Maya, thank you for your 5 months with us. We can take 20% off your bill for 3 months. "
    "Reply STOP to opt out."
)


def line(message, decision=DECISION, **facts) -> dict:
    return {
        "customer": json_format.MessageToDict(make_event(**facts)),
        "decision": json_format.MessageToDict(decision),
        "message": message,
    }


def write_jsonl(path, records) -> None:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records))


def test_check_round_trip(tmp_path, capsys):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    records = [
        line(GOOD),
        line(GOOD + " This price is g u a r a n t e e d."),
        line(GOOD.replace(" Reply STOP to opt out.", "")),
        line(GOOD, contact_consent=False),
        line(None, pb.Decision(contact=False)),
    ]
    write_jsonl(source, records)
    assert main(["shield", "check", "--input", str(source), "--output", str(target)]) == 0
    out = [json.loads(row) for row in target.read_text().splitlines()]
    assert [row["verdict"] for row in out] == [
        "APPROVED",
        "REPLACED",
        "REPAIRED",
        "WITHHELD",
        "NOT_CONTACTED",
    ]
    assert out[0]["final_message"] == GOOD and out[0]["reasons"] == [] and out[0]["deliver_after"]
    assert out[1]["reasons"] == ["FALSE_PROMISE"] and "guaranteed" not in out[1]["final_message"]
    assert out[2]["final_message"].endswith("Reply STOP to opt out.")
    assert out[3]["reasons"] == ["NO_CONSENT"] and out[3]["final_message"] is None
    assert out[4]["final_message"] is None
    assert all(row["customer"] == record["customer"] for row, record in zip(out, records, strict=True))
    assert "5 messages checked" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("bad", "said"),
    [
        ("{not json", "line 2: not JSON"),
        ("[1, 2]", "line 2: expected a JSON object"),
        ({"customer": {}, "message": "x"}, "line 2: field decision is missing"),
        ({"decision": {}, "customer": {}, "message": "x"}, "line 2: field customer.event_id: is empty"),
        ({**line(GOOD), "customer": {"facts": {"tenure": "many"}}}, "line 2: field customer: not a"),
        ({**line(GOOD), "decision": {"offerPercent": 150}}, "line 2: field decision.offer_percent"),
        ({**line(GOOD), "decision": {"contact": "maybe"}}, "line 2: field decision: not a"),
        ({**line(GOOD), "message": 42}, "line 2: field message: expected a string"),
        ({k: v for k, v in line(GOOD).items() if k != "message"}, "line 2: field message is missing"),
        (line(GOOD, tenure=-1), "line 2: field customer.facts.tenure"),
    ],
)
def test_bad_lines_are_named_with_their_field_and_nothing_is_written(tmp_path, capsys, bad, said):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [line(GOOD), bad])
    assert main(["shield", "check", "--input", str(source), "--output", str(target)]) == 1
    error = capsys.readouterr().err
    assert f"{source} {said}" in error, error
    assert not target.exists()


def test_missing_input_file_is_a_clear_error(tmp_path, capsys):
    assert (
        main(["shield", "check", "--input", str(tmp_path / "no.jsonl"), "--output", str(tmp_path / "o")]) == 1
    )
    assert "no such file" in capsys.readouterr().err


@pytest.fixture
def only_the_measured_split(monkeypatch):
    """The suite cut to its measured split, to keep the report quick. The sentence classifier is trained
    first: it reads its training splits by name from suite.splits(), and a test run on its own would
    otherwise train it on the cut suite and fail."""
    classifier.model()
    monkeypatch.setattr(suite, "splits", lambda: (HELDOUT18,))


def test_report_writes_the_measured_figures(tmp_path, only_the_measured_split):
    target = tmp_path / "shield.json"
    assert main(["shield", "report", "--output", str(target), "--repeats", "1"]) == 0
    written = json.loads(target.read_text())
    for key in ("recall_by_code", "unsafe_recall", "false_block_rate", "n_cases", "n_unsafe", "n_good"):
        assert key in written
    assert written["measured_split"] == "heldout18" and written["mean_check_ms"] > 0
    assert written["timing_seed"] == 0 and written["p99_text_check_ms"] > 0
    assert written["n_cases"] == written["n_unsafe"] + written["n_good"] >= 300
    # Figures that moved since the held-out split's first run must come with the changes that moved them.
    assert written["heldout_unchanged_since_first_run"] or written["changes_since_heldout_run"]
    assert set(written["first_runs"]) == {
        "tune",
        "tune2",
        "tune3",
        "tune4",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
    }


def test_bench_prints_the_timing(capsys, only_the_measured_split):
    assert main(["shield", "bench", "--repeats", "1", "--seed", "3"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["timing_seed"] == 3 and printed["mean_text_check_ms"] > 0
