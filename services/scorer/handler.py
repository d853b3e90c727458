"""The scorer's pure handler: CustomerEvent in, ScoredEvent out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retention.facts import event_time
from retention.limits import ContactHistory
from retention.v1 import retention_pb2 as pb

if TYPE_CHECKING:  # the handler takes any object with the ScoringModels methods (tests pass fakes)
    from services.scorer.model import ScoringModels


class Scorer:
    def __init__(self, models: ScoringModels):
        self.models = models

    def versions(self) -> pb.ModelVersions:
        return pb.ModelVersions(risk_model=self.models.risk_version, accept_model=self.models.accept_version)

    def score(self, event: pb.CustomerEvent) -> pb.ScoredEvent:
        return self.score_many([event])[0]

    def score_many(self, events: Sequence[pb.CustomerEvent]) -> list[pb.ScoredEvent]:
        """Scores a batch in one model call each; acceptance assumes a first contact (the decider
        re-scores acceptance with the ledger's contact history inside its transaction). The events come
        validated: by the stage's parser (retention.facts.parse_event) or the gRPC API's
        (validate_request), so they are not checked a second time here."""
        facts = [event.facts for event in events]
        risks, reasons = self.models.risk_with_reasons(facts, top=3)
        accept = self.models.accept_probability(
            facts, [ContactHistory()] * len(events), [event_time(event) for event in events]
        )
        versions = self.versions()
        scored = []
        for i, event in enumerate(events):
            out = pb.ScoredEvent(event=event, churn_risk=float(risks[i]), model_versions=versions)
            out.accept_probability.extend(float(p) for p in accept[i])
            out.risk_reasons.extend(
                pb.FeatureContribution(feature=r.feature, contribution=float(r.contribution))
                for r in reasons[i]
            )
            scored.append(out)
        return scored
