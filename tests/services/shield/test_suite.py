from collections import Counter

import pytest

from services.shield import report
from services.shield.checks import CODES
from services.shield.handler import Shield
from services.shield.suite import TRICKS, cases, disguise, splits, trick_codes
from services.shield.suite_text import DEV


@pytest.fixture(
    scope="module",
    params=[split for split in splits() if split.name.startswith("heldout")],  # every held-out split
    ids=lambda split: split.name,
)
def heldout(request):
    return cases(request.param)


def test_the_held_out_split_is_large_and_covers_every_code(heldout):
    assert len(heldout) >= 300
    covered = Counter(code for case in heldout for code in case.expected)
    assert set(covered) == set(CODES)
    assert all(n >= 3 for n in covered.values()), covered
    assert sum(not case.unsafe for case in heldout) >= 100


def test_every_split_has_good_unsafe_and_obfuscated_cases():
    for split in splits():
        made = cases(split)
        tricks = {case.trick for case in made if case.trick}
        assert any(not c.unsafe for c in made) and any(c.unsafe for c in made), split.name
        assert tricks >= {"zero_width", "homoglyph", "fullwidth", "spaced", "leet"}, split.name


def test_cases_are_generated_the_same_way_every_time_with_unique_ids():
    first, second = cases(DEV), cases(DEV)
    assert [(c.id, c.text, c.expected) for c in first] == [(c.id, c.text, c.expected) for c in second]
    every = [c.id for split in splits() for c in cases(split)]
    assert len(every) == len(set(every))


def test_splits_share_no_message():
    seen: dict[str, str] = {}
    for split in splits():
        for case in cases(split):
            if case.expected != ("EMPTY_MESSAGE",):  # the same few empty texts in every split
                assert seen.setdefault(case.text, split.name) == split.name, case.id


def test_disguises_and_the_codes_they_earn():
    sentence = "This price is «guaranteed»."
    assert disguise(sentence, "", DEV) == "This price is guaranteed."
    assert disguise(sentence, "spaced", DEV) == "This price is g u a r a n t e e d."
    zero_width = disguise(sentence, "zero_width", DEV)
    assert trick_codes(zero_width, DEV) == ("HIDDEN_CHARACTERS",)
    assert trick_codes(disguise(sentence, "mixed", DEV), DEV) == ("HIDDEN_CHARACTERS", "OBFUSCATED_TEXT")
    assert set(DEV.tricks) <= set(TRICKS)


def test_figures_count_recall_false_blocks_and_releases():
    sample = [c for c in cases(DEV) if c.id.endswith(("good-000", "good-001")) or "false_promise" in c.id]
    shield = Shield()
    figures = report.figures(report.run(sample, shield), shield)
    assert figures["n_cases"] == len(sample) and figures["n_good"] == 2
    assert figures["unsafe_recall"] == 1.0 and figures["false_block_rate"] == 0.0
    assert figures["recall_by_code"]["FALSE_PROMISE"] == 1.0 and figures["unsafe_released"] == 0
    timing = report.timing(sample[:5], shield, repeats=1)
    assert timing["timed_checks"] == 5 and timing["mean_check_ms"] > 0
