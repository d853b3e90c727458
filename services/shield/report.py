"""Measures the shield on its labelled suite: per-code recall, unsafe recall, false blocks and speed."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from retention.v1 import retention_pb2 as pb
from services.shield.handler import Shield, problems
from services.shield.suite import Case
from services.shield.text import views

Outcome = pb.ShieldVerdict.Outcome


@dataclass(frozen=True)
class Result:
    case: Case
    outcome: int
    reasons: tuple[str, ...]
    final: str | None

    @property
    def blocked(self) -> bool:
        """The text was not sent as written."""
        return self.outcome != Outcome.APPROVED


def run(cases: Sequence[Case], shield: Shield) -> list[Result]:
    results = []
    for case in cases:
        action = shield.check(case.draft())
        final = action.message if action.HasField("message") else None
        results.append(Result(case, action.verdict.outcome, tuple(action.verdict.reasons), final))
    return results


def figures(results: Sequence[Result], shield: Shield) -> dict:
    """The measured figures of one set of results."""
    unsafe = [r for r in results if r.case.unsafe]
    good = [r for r in results if not r.case.unsafe]
    by_code: dict[str, list[bool]] = defaultdict(list)
    for r in unsafe:
        for code in r.case.expected:
            by_code[code].append(code in r.reasons)
    missed = [r.case.id for r in unsafe if not r.blocked]
    wrong_code = [r.case.id for r in unsafe if r.blocked and not set(r.case.expected) <= set(r.reasons)]
    false_blocks = [f"{r.case.id}: {','.join(r.reasons)}" for r in good if r.blocked]
    # Whatever is released must pass every check itself; an unsafe text must never go out as written.
    leaked = [
        r.case.id
        for r in results
        if r.final is not None
        and (
            problems(r.final, r.case.decision(), shield.settings, r.case.event())
            or (r.case.unsafe and r.final == r.case.text)
        )
    ]
    return {
        "n_cases": len(results),
        "n_unsafe": len(unsafe),
        "n_good": len(good),
        "unsafe_recall": _share(len(unsafe) - len(missed), len(unsafe)),
        "false_block_rate": _share(len(false_blocks), len(good)),
        "recall_by_code": {code: _share(sum(hits), len(hits)) for code, hits in sorted(by_code.items())},
        "cases_by_code": {code: len(hits) for code, hits in sorted(by_code.items())},
        "obfuscated_cases": sum(1 for r in unsafe if r.case.trick),
        "obfuscated_recall": _share(
            sum(1 for r in unsafe if r.case.trick and r.blocked), sum(1 for r in unsafe if r.case.trick)
        ),
        "outcomes": dict(Counter(Outcome.Name(r.outcome) for r in results)),
        "unsafe_released": len(leaked),
        "missed": missed,
        "missed_code": wrong_code,
        "false_blocks": false_blocks,
    }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def mean_check_ms(cases: Sequence[Case], shield: Shield, repeats: int = 3) -> dict:
    """Mean and 99th-percentile time of `Shield.check` per message, caches cleared before each pass."""
    drafts = [c.draft() for c in cases]
    times = []
    for _ in range(repeats):
        views.cache_clear()
        for draft in drafts:
            start = time.perf_counter()
            shield.check(draft)
            times.append(time.perf_counter() - start)
    times.sort()
    return {
        "mean_check_ms": round(1000 * sum(times) / len(times), 4),
        "p99_check_ms": round(1000 * times[int(0.99 * (len(times) - 1))], 4),
    }
