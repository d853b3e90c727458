"""The decider process refuses to start without the gRPC API's token."""

import os
import subprocess
import sys

from retention.config import GRPC_TOKEN_ENV, REPO_ROOT


def test_the_decider_exits_at_once_naming_the_missing_token():
    env = {key: value for key, value in os.environ.items() if key != GRPC_TOKEN_ENV}
    env.update(RETENTION_GRPC_AUTH="token", DECIDER_GRPC_ADDRESS="127.0.0.1:0")
    result = subprocess.run(
        [sys.executable, "-m", "services.decider"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line.startswith("decider: configuration error: RETENTION_GRPC_TOKEN is not set")
    assert "Traceback" not in result.stderr
