import json
import random

from training.messages import rubric
from training.messages.data import (
    FAULTS,
    HELDOUT_FAULTS,
    TRAIN_FAULTS,
    DataConfig,
    fault_pairs,
    has_call_to_action,
    is_clean,
    make_data,
    ranked_pairs,
    read_jsonl,
    render_prompt,
    synthetic_briefs,
    write_good,
)
from training.messages.reward_trainer import length_baseline_accuracy


def test_good_messages_pass_the_shield_and_the_rubric():
    rng = random.Random(1)
    for brief in synthetic_briefs(200, rng):
        text = write_good(brief, rng)
        assert is_clean(text, brief), text
        assert brief.name in text.split(".")[0] and text.endswith("Reply STOP to opt out.")


def test_every_fault_makes_a_message_fail_a_check():
    rng = random.Random(2)
    briefs = [b for b in synthetic_briefs(80, rng) if b.offer_percent]
    for kind, fault in FAULTS.items():
        faulty = [fault(write_good(b, rng), b, rng) for b in briefs]
        checked = [(t, b) for t, b in zip(faulty, briefs, strict=True) if t is not None]
        assert checked, kind
        assert all(not is_clean(t, b) for t, b in checked), kind


def test_heldout_fault_kinds_stay_out_of_training():
    assert set(HELDOUT_FAULTS).isdisjoint(TRAIN_FAULTS)
    pairs = fault_pairs(synthetic_briefs(60, random.Random(3)), TRAIN_FAULTS, random.Random(3))
    assert pairs and {p["kind"] for p in pairs} <= set(TRAIN_FAULTS)
    assert all(p["chosen"] != p["rejected"] for p in pairs)


def test_prompt_holds_the_name_and_the_offer():
    brief = synthetic_briefs(1, random.Random(4))[0]
    prompt = render_prompt(brief)
    assert prompt.startswith("<|im_start|>user\n") and prompt.endswith("<|im_start|>assistant\n")
    assert f"Name: {brief.name}." in prompt


def test_model_samples_are_ranked_by_the_rubric():
    brief = [b for b in synthetic_briefs(20, random.Random(5)) if b.offer_percent][0]
    good = write_good(brief, random.Random(0))
    bad = good.replace(" Reply STOP to opt out.", "")
    pairs = ranked_pairs([brief, brief], [[bad, good], [good, good]])
    assert len(pairs) == 1 and pairs[0]["chosen"] == good and pairs[0]["rejected"] == bad


def test_human_pairs_read_in_the_same_format(tmp_path):
    path = tmp_path / "human.jsonl"
    path.write_text(json.dumps({"prompt": "p", "chosen": "a", "rejected": "b"}) + "\n")
    (pair,) = read_jsonl(path)
    assert pair["kind"] == "human" and pair["source"] == "human"


def test_make_data_writes_every_file_without_the_telco_file(tmp_path, monkeypatch):
    monkeypatch.setenv("RETENTION_DATA_DIR", str(tmp_path / "none"))
    counts = make_data(DataConfig.quick(tmp_path))
    assert counts["sft"] > 0 and counts["pairs_train"] > 0 and counts["pairs_heldout_faults"] > 0
    kinds = {p["kind"] for p in read_jsonl(tmp_path / "data" / "pairs_heldout_faults.jsonl")}
    assert kinds <= set(HELDOUT_FAULTS)


def test_rubric_catches_each_item():
    brief = [b for b in synthetic_briefs(30, random.Random(6)) if b.offer_percent][0]
    good = write_good(brief, random.Random(0))
    assert rubric.passes(good, brief)
    wrong = good.replace(f"{brief.offer_percent:g}%", "99%")
    assert "offer" in rubric.check(wrong, brief)
    assert "first_name" in rubric.check(good.replace(brief.name, "there"), brief)
    assert "opt_out" in rubric.check(good.replace(" Reply STOP to opt out.", ""), brief)
    assert "banned_content" in rubric.check(good + " Act now!", brief)
    assert "length" in rubric.check(good + " More words." * 40, brief)


def test_an_untrusted_name_is_greeted_there_and_such_messages_are_kept():
    from dataclasses import replace

    rng = random.Random(7)
    briefs = [replace(b, name="there") for b in synthetic_briefs(40, rng)]
    texts = [write_good(b, rng) for b in briefs]
    assert all(t.startswith(("Hi there", "Hello there")) for t in texts)
    assert all(is_clean(t, b) for t, b in zip(texts, briefs, strict=True))
    assert briefs[0].event().facts.first_name == ""  # "there" itself would read as an echoed name


def test_the_call_to_action_faults_remove_what_they_say():
    rng = random.Random(8)
    brief = [b for b in synthetic_briefs(30, rng) if b.offer_percent][0]
    good = write_good(brief, rng)
    no_call = FAULTS["missing_call_to_action"](good, brief, rng)
    no_offer = FAULTS["missing_offer"](good, brief, rng)
    assert has_call_to_action(good) and not has_call_to_action(no_call)
    assert f"{brief.offer_percent:g}%" not in no_offer and no_offer.endswith("Reply STOP to opt out.")


def test_length_alone_does_not_tell_the_training_pairs_apart():
    # The first reward model learnt "shorter is better" from pairs where the rejected text was longer.
    pairs = fault_pairs(synthetic_briefs(400, random.Random(9)), TRAIN_FAULTS, random.Random(9))
    assert len(pairs) > 300
    assert length_baseline_accuracy(pairs) < 0.62
