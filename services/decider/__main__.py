"""Decider process: `scored-events` -> decision through the ledger -> `decisions`, and the gRPC API.

The gRPC server starts first and reports NOT_SERVING; it turns SERVING once the models are loaded.
"""

from retention import pipeline, service
from retention.pipeline import Components
from services.decider.grpc_api import DecisionServer


def main() -> None:
    server: DecisionServer | None = None

    def build(config, settings):
        nonlocal server
        server = DecisionServer(config.grpc_address).start()
        components = Components.from_artifacts(
            config.artifacts_dir, service.make_ledger(config, settings), settings
        )
        server.ready(components)
        return pipeline.decider_stage(components.decider)

    service.run("decider", build, on_stop=lambda: server and server.stop())


if __name__ == "__main__":
    main()
