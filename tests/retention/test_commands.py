"""`retention decide|retain` against an in-process decider that checks the bearer token."""

import json

import pytest
from factories import FakeModels, make_facts
from google.protobuf import json_format

from retention import cli
from retention.config import GRPC_TOKEN_ENV, LOCAL_GRPC_TOKEN
from retention.ledger import SqliteLedger
from retention.pipeline import Components
from services.decider.grpc_api import DecisionServer


@pytest.fixture
def address(tmp_path, settings):
    server = DecisionServer("127.0.0.1:0", token=LOCAL_GRPC_TOKEN).start()
    ledger = SqliteLedger(tmp_path / "ledger.sqlite", settings.limits, settings.offers)
    server.ready(Components(FakeModels(), ledger, settings))
    yield f"127.0.0.1:{server.port}"
    server.stop(0)
    ledger.close()


def decide(address: str) -> int:
    facts = json_format.MessageToJson(make_facts(), indent=None)
    return cli.main(["decide", "--facts-json", facts, "--customer-id", "c1", "--address", address])


def test_decide_sends_the_local_token_by_default(address, monkeypatch, capsys):
    monkeypatch.delenv(GRPC_TOKEN_ENV, raising=False)
    assert decide(address) == 0
    assert json.loads(capsys.readouterr().out)["customerId"] == "c1"


def test_a_wrong_token_is_one_line_naming_the_variable(address, monkeypatch, capsys):
    monkeypatch.setenv(GRPC_TOKEN_ENV, "not-the-token")
    assert decide(address) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "UNAUTHENTICATED" in err and GRPC_TOKEN_ENV in err
    assert "not-the-token" not in err
