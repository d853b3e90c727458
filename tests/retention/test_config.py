"""RuntimeConfig: the gRPC API's credentials, which only the decider requires."""

import pytest

from retention.config import GRPC_TOKEN_ENV, RuntimeConfig
from retention.settings import ConfigError


def test_other_services_start_without_a_token():
    config = RuntimeConfig.from_env({})
    assert (config.grpc_auth, config.grpc_token) == ("token", "")


def test_the_decider_requires_a_token_and_names_the_variable():
    for environ in ({}, {GRPC_TOKEN_ENV: "  "}, {"RETENTION_GRPC_AUTH": "token"}):
        with pytest.raises(ConfigError, match=GRPC_TOKEN_ENV):
            RuntimeConfig.from_env(environ).required_grpc_token()


def test_the_token_is_required_unless_cloud_run_iam_checks_callers():
    assert RuntimeConfig.from_env({GRPC_TOKEN_ENV: "s3cret"}).required_grpc_token() == "s3cret"
    assert RuntimeConfig.from_env({"RETENTION_GRPC_AUTH": "cloud-run-iam"}).required_grpc_token() is None


def test_an_unknown_auth_mode_is_refused():
    with pytest.raises(ConfigError, match="RETENTION_GRPC_AUTH"):
        RuntimeConfig.from_env({"RETENTION_GRPC_AUTH": "none"})


def test_the_token_is_never_in_the_config_repr():
    assert "s3cret" not in repr(RuntimeConfig.from_env({GRPC_TOKEN_ENV: "s3cret"}))
