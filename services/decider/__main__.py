"""Decider process: `scored-events` -> decision through the ledger -> `decisions`, and the gRPC API.

The gRPC server starts first and reports NOT_SERVING; it turns SERVING once the models are loaded.
Its callers need the bearer token of RETENTION_GRPC_TOKEN unless RETENTION_GRPC_AUTH=cloud-run-iam.
"""

from retention import pipeline, service
from retention.pipeline import Components
from services.decider.grpc_api import DecisionServer


def main() -> None:
    server: DecisionServer | None = None
    ledger = None

    def build(config, settings):
        nonlocal server, ledger
        server = DecisionServer(config.grpc_address, token=config.required_grpc_token()).start()
        ledger = service.make_ledger(config, settings)
        components = Components.from_artifacts(config.artifacts_dir, ledger, settings)
        server.ready(components)
        return pipeline.decider_stage(components.decider)

    def stop() -> None:
        if server:
            server.stop()
        if ledger:
            ledger.close()  # gives this replica's unused budget leases back to the period

    service.run("decider", build, on_stop=stop)


if __name__ == "__main__":
    main()
