"""The quick pipeline through the CLI, and the generate round trip."""

import json

from factories import make_event
from google.protobuf import json_format

from retention.cli import main
from retention.v1 import retention_pb2 as pb
from training.messages.evaluate import REPORT_KEYS, distinct_n, win_rate


def test_quick_pipeline_writes_every_artifact_and_the_report(quick_root):
    for path in (
        "sft/adapter",
        "sft/merged",
        "reward/adapter",
        "reward/head.pt",
        "ppo/adapter",
        "ppo/merged",
        "ppo/merged/lookup_corpus.json",
    ):
        assert (quick_root / path).exists(), path
    report = json.loads((quick_root / "reports" / "messages.json").read_text())
    assert set(REPORT_KEYS) <= set(report)
    # The served precision is fp32 by default; int8's messages are checked like fp32's.
    assert report["latency_served_precision"] == "fp32"
    assert report["latency_p95_s"] == report["latency_fp32_p95_s"]
    assert 0 <= report["int8_rubric_pass_rate"] <= 1 and 0 <= report["int8_same_as_fp32"] <= 1
    # Served with the lookup corpus: the same messages as plain greedy decoding.
    assert report["latency_decoding"] == "greedy + n-gram lookup"
    assert report["lookup_same_as_greedy"] == 1.0 and report["lookup_tokens_per_pass"] >= 1
    assert (quick_root / "reports" / "messages_ppo.png").stat().st_size > 0
    log = [json.loads(line) for line in (quick_root / "ppo" / "log.jsonl").read_text().splitlines()]
    assert {"kl", "kl_coef", "score", "policy_loss", "value_loss", "clipfrac", "approx_kl"} <= set(log[0])


def _line(contact=True):
    decision = pb.Decision(contact=contact, offer_level=2, offer_percent=20, offer_months=3)
    return {
        "customer": json_format.MessageToDict(make_event(first_name="Lena")),
        "decision": json_format.MessageToDict(decision),
    }


def test_generate_round_trip(tmp_path, quick_root):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(json.dumps(_line(c)) for c in (True, False)) + "\n")
    assert (
        main(
            ["messages", "generate", "--input", str(source), "--output", str(target), "--writer", "template"]
        )
        == 0
    )
    first, second = [json.loads(line) for line in target.read_text().splitlines()]
    assert first["writer"] == "template" and first["message"].startswith("Hi Lena,")
    assert first["customer"] == _line()["customer"] and second["message"] == ""
    # The tiny model cannot write a message that ends: every line falls back, and says so.
    model = quick_root / "ppo" / "merged"
    args = ["messages", "generate", "--input", str(source), "--output", str(target), "--writer", "llm"]
    assert main([*args, "--model", str(model), "--timeout", "30"]) == 0
    first = json.loads(target.read_text().splitlines()[0])
    assert first["writer"] in ("llm", "template") and first["message"]


def test_generate_reports_a_bad_line(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"customer": {}}) + "\n")
    assert main(["messages", "generate", "--input", str(source), "--output", str(tmp_path / "o.jsonl")]) == 1


def test_metrics_on_hand_examples():
    assert distinct_n(["a b c", "a b d"]) == 3 / 4
    assert win_rate([1.0, 0.0, 2.0], [0.0, 0.0, 3.0]) == 0.5


def test_set_overrides_a_stage_config_field_by_its_type():
    from training.messages.cli import apply_overrides
    from training.messages.reward_config import RewardConfig

    config = apply_overrides(RewardConfig(), ["steps=12", "learning_rate=1e-4", "extra_pairs=h.jsonl"])
    assert config.steps == 12 and config.learning_rate == 1e-4 and str(config.extra_pairs) == "h.jsonl"


def test_set_names_an_unknown_field_or_a_bad_value(tmp_path, capsys):
    assert main(["messages", "sft", "--root", str(tmp_path), "--set", "stepz=3"]) == 1
    assert "SFTConfig has no field 'stepz'" in capsys.readouterr().err
    assert main(["messages", "ppo", "--root", str(tmp_path), "--set", "updates=many"]) == 1
    assert "updates needs a int, got 'many'" in capsys.readouterr().err
