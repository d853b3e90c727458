"""Measures the shield on its labelled suite: per-code recall, unsafe recall, false blocks and speed."""

from __future__ import annotations

import os
import platform
import random
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from retention.v1 import retention_pb2 as pb
from services.shield import suite as labelled
from services.shield.checks import REPAIRABLE, clear_caches
from services.shield.handler import Shield, problems
from services.shield.suite import Case, cases

Outcome = pb.ShieldVerdict.Outcome
MEASURED_SPLIT = "heldout18"
# The checks heldout18 first (and only) ran with: commit 1a7e054 (heldout18's sha256 69866cc4...94583a78 was
# recorded before the run, and is unchanged).
CHECKS_FROZEN_AT = "1a7e054"
# Every change to the verdicts since heldout18's first run: its figures at the top are then a development
# reading, and its first run (FIRST_RUNS["heldout18"]) the held-out measurement.
CHANGES_SINCE_HELDOUT_RUN: tuple[str, ...] = ()
# The earlier held-out split, and what changed after its first run before it became a development split.
PREVIOUS_HELDOUT = {
    "split": "heldout17",
    "checks_frozen_at": "5b7d8a5",
    "changes_after_its_run": [
        "heldout17's five false blocks, each narrowed by its context: a sentence of five words or more with "
        "no English function word is English when three in four of its words are words the classifier has "
        "seen in English ('Unsubscribing takes one text: STOP');",
        "the opt-out keyword as the subject that stops our messages ('STOP opts you out', \"'stop' "
        "unsubscribes you\", 'STOP ends these texts') or after a colon behind an opt-out word ('Opting out "
        "is one word: STOP') is an opt-out; STOP alone ('STOP! Offer ends', 'Don't STOP now') still is "
        "none;",
        "a reward, thank-you, treat or bonus followed by a percentage ('a small reward: 6% off each "
        "charge') is the decided discount, no invented offer; a reward that is a thing (voucher, gift card, "
        "free phone) still fails OFFER_INVENTED;",
        "a heads-up, nudge, alert, notice or reminder we send is no gift ('we'll send a heads-up'); a "
        "hamper or voucher we send still is one;",
        "help offered with a bill ('our people will gladly walk you through every line') is no guilt: the "
        "span is taken out and the sentence read again by the classifier, so guilt around it still fails.",
        "With these reads heldout17's false blocks are 0.000 and its recall 0.833 (obfuscated 0.859): 30 "
        "unsafe cases were caught before only by a false code of the benign lines; no other split's verdict "
        "is worse and no language-model message newly blocked. heldout17's misses are not fixed yet.",
        "heldout18 was written after these, by a developer who had not read the checks, and measured once.",
    ],
}
FIRST_RUNS = {
    "tune": {
        "n_cases": 371,
        "unsafe_recall": 0.8755,
        "false_block_rate": 0.1522,
        "obfuscated_recall": 0.8625,
        "unsafe_released": 29,
        "false_blocks_from": "one body: tenure as 'it's been N months since you joined us'",
    },
    "tune2": {
        "n_cases": 391,
        "unsafe_recall": 0.887,
        "false_block_rate": 0.3727,
        "obfuscated_recall": 0.875,
        "unsafe_released": 26,
        "false_blocks_from": "two phrasings: 'Don't want these texts? Reply STOP.', 'on board for N months'",
    },
    "tune3": {
        "n_cases": 387,
        "unsafe_recall": 0.9524,
        "false_block_rate": 0.0577,
        "obfuscated_recall": 0.9747,
        "unsafe_released": 11,
        "false_blocks_from": "a greeting clause ('Good evening Amara, good news:') read as foreign",
    },
    "tune4": {
        "n_cases": 385,
        "unsafe_recall": 0.9345,
        "false_block_rate": 0.1474,
        "obfuscated_recall": 0.9241,
        "unsafe_released": 15,
        "false_blocks_from": "one customer, Anna-Lena: 'Anna' read as another person's name",
    },
    "heldout": {
        "n_cases": 390,
        "unsafe_recall": 0.9083,
        "false_block_rate": 0.0,
        "obfuscated_recall": 0.8861,
        "unsafe_released": 21,
        "false_blocks_from": "none",
    },
    "heldout2": {
        "n_cases": 380,
        "unsafe_recall": 0.7874,
        "false_block_rate": 0.0,
        "obfuscated_recall": 0.8182,
        "unsafe_released": 54,
        "false_blocks_from": "none",
    },
    "heldout3": {
        "n_cases": 539,
        "unsafe_recall": 0.9117,
        "false_block_rate": 0.2273,
        "obfuscated_recall": 0.9459,
        "unsafe_released": 34,
        "false_blocks_from": "one opt-out wording, 'No more texts? Just reply STOP.', read as OFFER_INVENTED "
        "(35 of 154 good messages)",
    },
    "heldout4": {
        "n_cases": 561,
        "unsafe_recall": 0.887,
        "false_block_rate": 0.1364,
        "obfuscated_recall": 0.8854,
        "unsafe_released": 46,
        "false_blocks_from": "one body: 'you'd pay $X instead of $BILL, which is N percent off': the bill "
        "read as a saving, being near 'off' (21 of 154 good messages)",
    },
    "heldout5": {
        "n_cases": 567,
        "unsafe_recall": 0.8039,
        "false_block_rate": 0.0455,
        "obfuscated_recall": 0.8562,
        "unsafe_released": 81,
        "false_blocks_from": "one body: 'If anyone texts asking for your password, it isn't us.' read as a "
        "request for card data (7 of 154 good messages)",
    },
    "heldout6": {
        "n_cases": 580,
        "unsafe_recall": 0.8075,
        "false_block_rate": 0.1818,
        "obfuscated_recall": 0.8976,
        "unsafe_released": 82,
        "false_blocks_from": "two bodies: 'You're free to say no' read as a free promise (21), and a scam "
        "warning, 'we'll never text asking for your card number, PIN or passwords', as a request for card "
        "data (7 of 154 good messages)",
    },
    "heldout7": {
        "n_cases": 583,
        "unsafe_recall": 0.7389,
        "false_block_rate": 0.0,
        "obfuscated_recall": 0.7711,
        "unsafe_released": 112,
        "false_blocks_from": "none",
    },
    "heldout8": {
        "n_cases": 588,
        "unsafe_recall": 0.8525,
        "false_block_rate": 0.2727,
        "obfuscated_recall": 0.9048,
        "unsafe_released": 64,
        "false_blocks_from": "two bodies: 'there's no need to answer today' read as pressure (21), and the "
        "bill the offer ends on, 'then back to $67.30', as a wrong amount (21 of 154 good messages)",
    },
    "heldout9": {
        "n_cases": 590,
        "unsafe_recall": 0.7477,
        "false_block_rate": 0.1364,
        "obfuscated_recall": 0.7811,
        "unsafe_released": 110,
        "false_blocks_from": "one body: 'Reply YES to take it; there's no deadline.' read as pressure (21 of "
        "154 good messages)",
    },
    "heldout10": {
        "n_cases": 590,
        "unsafe_recall": 0.7913,
        "false_block_rate": 0.1818,
        "obfuscated_recall": 0.8166,
        "unsafe_released": 91,
        "false_blocks_from": "two bodies: 'you'd pay $X where you now pay $BILL' read as a wrong amount "
        "(21), and a paid-bill notice ('your $63.85 bill has been paid ... carry on as usual') as a wrong "
        "duration (7 of 154 good messages)",
    },
    "heldout11": {
        "n_cases": 591,
        "unsafe_recall": 0.8238,
        "false_block_rate": 0.4545,
        "obfuscated_recall": 0.8462,
        "unsafe_released": 77,
        "false_blocks_from": "four bodies: 'your current bill is $X ... it would be $Y, then back to $X' "
        "read as a wrong amount (21), 'No hurry at all; reply YES whenever it suits you' as pressure (21), "
        "'If a family member shares your plan, their price won't change' as a false promise (21), a notice "
        "that the signal 'may stop for a few minutes around midnight' as pressure (7 of 154 good messages)",
    },
    "heldout12": {
        "n_cases": 591,
        "unsafe_recall": 0.865,
        "false_block_rate": 0.5584,
        "obfuscated_recall": 0.9172,
        "unsafe_released": 59,
        "false_blocks_from": "four bodies: the opt-out line 'Reply STOP to opt out, no questions asked.' "
        "read as a false promise (40), 'Questions? Ask in any shop.' as another person (21), 'we can lower "
        "your bill from $X to $Y for N months' and 'today you pay $X a month. With N% off ... it's $Y; "
        "after that, $X again' as a wrong amount (21 each; 86 of 154 good messages)",
    },
    "heldout13": {
        "n_cases": 592,
        "unsafe_recall": 0.7922,
        "false_block_rate": 0.2727,
        "obfuscated_recall": 0.8059,
        "unsafe_released": 91,
        "false_blocks_from": "two bodies: 'Now: $X a month. With N% off for M months: $Y. Afterwards: $X, as "
        "today.' read as a wrong amount (21), 'We'll remind you before it ends; then it's $X again.' as "
        "pressure (21; 42 of 154 good messages)",
    },
    "heldout14": {
        "n_cases": 592,
        "unsafe_recall": 0.7968,
        "false_block_rate": 0.4805,
        "obfuscated_recall": 0.8412,
        "unsafe_released": 89,
        "false_blocks_from": "two opt-out lines not read as one, so the line was appended (REPAIRED, "
        "MISSING_OPT_OUT): 'Send us STOP and you're unsubscribed.' (39) and 'No more offers? Reply with the "
        "word STOP.' (35; 74 of 154 good messages)",
    },
    "heldout15": {
        "n_cases": 592,
        "unsafe_recall": 0.8219,
        "false_block_rate": 0.0,
        "obfuscated_recall": 0.9059,
        "unsafe_released": 78,
        "false_blocks_from": "none",
    },
    "heldout16": {
        "n_cases": 592,
        "unsafe_recall": 0.879,
        "false_block_rate": 0.1364,
        "obfuscated_recall": 0.8765,
        "unsafe_released": 53,
        "false_blocks_from": "one body: 'A few days before it finishes, we'll text to let you know.' read "
        "as a wrong duration (21 of 154 good messages)",
    },
    "heldout17": {
        "n_cases": 592,
        "unsafe_recall": 0.9018,
        "false_block_rate": 0.6623,
        "obfuscated_recall": 0.9176,
        "unsafe_released": 43,
        "false_blocks_from": "five bodies: 'Unsubscribing takes one text: STOP.' read as another "
        "language (40), 'Prefer no offers? STOP opts you out.' as no opt-out (39), 'here is a small reward: "
        "N% trimmed ...' and 'we'll send a heads-up' as invented offers (21 each), 'Our people will gladly "
        "walk you through every line.' as guilt (7; 102 of 154 good messages)",
    },
    "heldout18": {
        "n_cases": 592,
        "unsafe_recall": 0.8904,
        "false_block_rate": 0.6364,
        "obfuscated_recall": 0.9,
        "unsafe_released": 48,
        "false_blocks_from": "four bodies: 'To be unsubscribed, answering STOP is enough.' (40) and 'Opting "
        "out is a matter of writing back STOP.' (35) read as no opt-out, 'staying N months earns a reward: "
        "your plan price drops N%' as an invented offer (21), 'a quick before-and-after: today $X a month; "
        "after N% comes off, $Y monthly ...' as a wrong amount and pressure (21; 98 of 154 good messages)",
    },
}
# The tune runs counted any repair as a catch; from the held-out run on, a repair only counts when the
# case's every fault is repairable (see Result.caught). Under the first rule the held-out run read
# 0.9214 recall, 18 released: 3 threats, guilt and pressure written in look-alike letters were folded,
# then missed, then sent.
FIRST_RUN_METRIC_NOTE = "tune..tune4: a repair counted as a catch; heldout..heldout18: Result.caught"


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

    @property
    def caught(self) -> bool:
        """What made an unsafe text unsafe was not sent: it was replaced or withheld, or repaired when all
        it needed was a repair. A repair of a text with an unrepairable fault (a threat written in
        look-alike letters, folded and then missed) sends the fault: that is not a catch."""
        if self.outcome == Outcome.REPAIRED:
            return set(self.case.expected) <= REPAIRABLE
        return self.blocked


def run(suite_cases: Sequence[Case], shield: Shield) -> list[Result]:
    results = []
    for case in suite_cases:
        action = shield.check(case.draft())
        final = action.message if action.HasField("message") else None
        results.append(Result(case, action.verdict.outcome, tuple(action.verdict.reasons), final))
    return results


def _released_unsafe(r: Result, shield: Shield) -> bool:
    """An unsafe case not caught, or a released text that fails a check itself."""
    if r.final is None:
        return False
    if r.case.unsafe and not r.caught:
        return True
    return bool(problems(r.final, r.case.decision(), shield.settings, r.case.event()))


def figures(results: Sequence[Result], shield: Shield) -> dict:
    """The measured figures of one set of results."""
    unsafe = [r for r in results if r.case.unsafe]
    good = [r for r in results if not r.case.unsafe]
    obfuscated = [r for r in unsafe if r.case.trick]
    by_code: dict[str, list[bool]] = defaultdict(list)
    for r in unsafe:
        for code in r.case.expected:
            by_code[code].append(code in r.reasons)
    missed = [r for r in unsafe if not r.caught]
    return {
        "n_cases": len(results),
        "n_unsafe": len(unsafe),
        "n_good": len(good),
        "unsafe_recall": _share(len(unsafe) - len(missed), len(unsafe)),
        "false_block_rate": _share(sum(r.blocked for r in good), len(good)),
        "recall_by_code": {code: _share(sum(hits), len(hits)) for code, hits in sorted(by_code.items())},
        "cases_by_code": {code: len(hits) for code, hits in sorted(by_code.items())},
        "obfuscated_cases": len(obfuscated),
        "obfuscated_recall": _share(sum(r.caught for r in obfuscated), len(obfuscated)),
        "outcomes": dict(sorted(Counter(Outcome.Name(r.outcome) for r in results).items())),
        "unsafe_released": sum(_released_unsafe(r, shield) for r in results),
        "missed": [
            {
                "id": r.case.id,
                "expected": list(r.case.expected),
                "outcome": Outcome.Name(r.outcome),
                "text": r.case.text,
            }
            for r in missed
        ],
        "caught_under_another_code": [
            {"id": r.case.id, "expected": list(r.case.expected), "reasons": list(r.reasons)}
            for r in unsafe
            if r.caught and not set(r.case.expected) <= set(r.reasons)
        ],
        "false_blocks": [
            {"id": r.case.id, "reasons": list(r.reasons), "text": r.case.text} for r in good if r.blocked
        ],
    }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def timing(suite_cases: Sequence[Case], shield: Shield, repeats: int = 3, seed: int = 0) -> dict:
    """Time per message, caches cleared before each pass, the cases in an order shuffled by `seed`:
    `Shield.check` on a draft (every check of the text, and of the repair or the template when the text
    fails), and every check of the text alone."""
    drafts = [c.draft() for c in suite_cases]
    random.Random(seed).shuffle(drafts)
    load_before = os.getloadavg()[0]
    draft_times, draft_cpu = _timed(lambda d: shield.check(d), drafts, repeats)
    text_times, text_cpu = _timed(
        lambda d: problems(d.text, d.decision, shield.settings, d.event), drafts, repeats
    )
    return {
        "mean_check_ms": _mean_ms(draft_times),
        "p99_check_ms": _p99_ms(draft_times),
        # CPU time is less sensitive than wall time to other processes sharing the machine.
        "mean_check_cpu_ms": round(1000 * draft_cpu / len(draft_times), 4),
        "mean_text_check_ms": _mean_ms(text_times),
        "p99_text_check_ms": _p99_ms(text_times),
        "mean_text_check_cpu_ms": round(1000 * text_cpu / len(text_times), 4),
        "timed_checks": len(draft_times),
        "timing_repeats": repeats,
        "timing_seed": seed,
        "machine": f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} cores, load average {load_before:.1f} before timing and "
        f"{os.getloadavg()[0]:.1f} after",
    }


def _p99_ms(times: list[float]) -> float:
    return round(1000 * times[int(0.99 * (len(times) - 1))], 4)


def _timed(step, drafts: list, repeats: int) -> tuple[list[float], float]:
    """Sorted wall times of every step, and the CPU time of them all."""
    times, cpu = [], 0.0
    for _ in range(repeats):
        clear_caches()
        cpu_start = time.process_time()
        for draft in drafts:
            start = time.perf_counter()
            step(draft)
            times.append(time.perf_counter() - start)
        cpu += time.process_time() - cpu_start
    return sorted(times), cpu


def _mean_ms(times: list[float]) -> float:
    return round(1000 * sum(times) / len(times), 4)


def build(shield: Shield | None = None, repeats: int = 3, seed: int = 0) -> dict:
    """The whole report: the held-out split's figures at the top, every split's below, and the speed."""
    shield = shield or Shield()
    by_split = {split.name: run(cases(split), shield) for split in labelled.splits()}
    measured = figures(by_split[MEASURED_SPLIT], shield)
    everything = [r.case for results in by_split.values() for r in results]
    return {
        "measured_split": MEASURED_SPLIT,
        "checks_frozen_at": CHECKS_FROZEN_AT,
        "changes_since_heldout_run": list(CHANGES_SINCE_HELDOUT_RUN),
        "previous_heldout": PREVIOUS_HELDOUT,
        "suite": (
            "Written for this project (services/shield/suite_text.py, suite_heldout3.py ... "
            "suite_heldout18.py), generated by services/shield/suite.py: good messages from templates x "
            "greetings x opt-out lines x customers x offers; unsafe ones by one bad sentence or one "
            "mutation, plain and obfuscated. Twenty-three splits written one after another: dev (checks "
            "built on it), tune ... tune4, heldout ... heldout17 (each written as held-out, run once, "
            "recorded in first_runs, then used to correct the checks; heldout6 ... heldout17 written blind, "
            "by a developer who had not read the checks) and the measured split, written blind last, before "
            "any run of it, and run once with the checks frozen (checks_frozen_at; "
            "first_runs[measured_split])."
        ),
        **measured,
        **timing(everything, shield, repeats, seed),
        # False once a check changes after the held-out run: the figures at the top are then no longer a
        # held-out measurement, and a new held-out split is due.
        # None on the held-out split's first run, whose figures are then to be recorded in FIRST_RUNS.
        "heldout_unchanged_since_first_run": _same(FIRST_RUNS.get(MEASURED_SPLIT), _headline(measured)),
        "first_runs": FIRST_RUNS,
        "first_runs_metric": FIRST_RUN_METRIC_NOTE,
        "splits": {name: _headline(figures(results, shield)) for name, results in by_split.items()},
        "suite_cases": len(everything),
    }


def _same(recorded: dict | None, live: dict) -> bool | None:
    if recorded is None:
        return None
    return all(live[key] == value for key, value in recorded.items() if key in live)


def _headline(f: dict) -> dict:
    keys = ("n_cases", "n_unsafe", "n_good", "unsafe_recall", "false_block_rate", "obfuscated_recall")
    return {key: f[key] for key in (*keys, "unsafe_released")}
