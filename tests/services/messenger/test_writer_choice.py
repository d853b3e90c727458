"""The messenger's choice of writer, and its fallback to the template on failure or timeout."""

import os
import time

import pytest
from factories import make_event

from retention.settings import ConfigError
from retention.v1 import retention_pb2 as pb
from services.messenger.config import WriterSettings
from services.messenger.handler import Messenger, TemplateWriter, build_messenger

os.environ.setdefault("RETENTION_TORCH_THREADS", "1")


def decided(contact=True):
    decision = pb.Decision(contact=contact, offer_level=2, offer_percent=20.0, offer_months=3)
    return pb.DecidedEvent(event=make_event(first_name="Lena"), decision=decision)


class FixedWriter:
    name = "llm"

    def __init__(
        self, text="Hi Lena, 20% off your bill for 3 months. Reply YES. Reply STOP to opt out.", delay=0.0
    ):
        self.text, self.delay, self.calls = text, delay, 0

    def write(self, event, decision):
        self.calls += 1
        time.sleep(self.delay)
        return self.text


class BrokenWriter:
    name = "llm"

    def write(self, event, decision):
        raise RuntimeError("model crashed")


def test_the_model_writes_and_is_recorded():
    writer = FixedWriter()
    draft = Messenger(writer, timeout_s=5).draft(decided())
    assert draft.text == writer.text and draft.writer == "llm"


def test_failure_falls_back_to_the_template_and_says_so():
    draft = Messenger(BrokenWriter(), timeout_s=5).draft(decided())
    assert draft.writer == "template" and draft.text == TemplateWriter().write(draft.event, draft.decision)


def test_timeout_falls_back_to_the_template():
    start = time.perf_counter()
    draft = Messenger(FixedWriter(delay=1.0), timeout_s=0.05).draft(decided())
    assert draft.writer == "template" and draft.text.startswith("Hi Lena,")
    assert time.perf_counter() - start < 0.9


def test_an_empty_message_falls_back():
    assert Messenger(FixedWriter(text="  "), timeout_s=5).draft(decided()).writer == "template"


def test_no_contact_no_call_to_the_model():
    writer = FixedWriter()
    draft = Messenger(writer, timeout_s=5).draft(decided(contact=False))
    assert draft.text == "" and writer.calls == 0


def test_without_trained_weights_the_template_writes(tmp_path):
    for writer in ("auto", "llm", "template"):
        settings = WriterSettings.from_env(
            {"RETENTION_MESSAGE_WRITER": writer, "RETENTION_MESSAGE_MODEL": str(tmp_path / "none")}
        )
        messenger = build_messenger(settings)
        assert isinstance(messenger.writer, TemplateWriter)
        assert messenger.draft(decided()).writer == "template"


def test_settings_from_the_environment(tmp_path):
    settings = WriterSettings.from_env(
        {
            "RETENTION_MESSAGE_WRITER": "LLM",
            "RETENTION_MESSAGE_TIMEOUT_S": "1.5",
            "RETENTION_MESSAGE_INT8": "1",
        }
    )
    assert settings.writer == "llm" and settings.timeout_s == 1.5 and settings.int8
    with pytest.raises(ConfigError):
        WriterSettings.from_env({"RETENTION_MESSAGE_WRITER": "gpt"})


def test_fp32_is_served_by_default_and_int8_on_request():
    # int8 by torch dynamic quantization broke the trained writer's messages (reports/messages.json)
    assert not WriterSettings.from_env({}).int8
    assert WriterSettings.from_env({"RETENTION_MESSAGE_INT8": "on"}).int8
    assert not WriterSettings.from_env({"RETENTION_MESSAGE_INT8": "0"}).int8


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("RETENTION_MESSAGE_INT8", "maybe"),
        ("RETENTION_MESSAGE_TIMEOUT_S", "soon"),
        ("RETENTION_MESSAGE_TIMEOUT_S", "-1"),
        ("RETENTION_MESSAGE_MAX_NEW_TOKENS", "7.5"),
        ("RETENTION_MESSAGE_MAX_NEW_TOKENS", "100000"),
    ],
)
def test_a_bad_setting_names_its_variable(name, raw):
    with pytest.raises(ConfigError, match=name):
        WriterSettings.from_env({name: raw})


@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory):
    from training.messages.model import save_tiny_base

    return save_tiny_base(tmp_path_factory.mktemp("tiny"))


def test_a_model_that_does_not_finish_fails_and_the_template_writes(tiny_model_dir):
    from services.messenger.llm_writer import LLMWriter, WriterFailed

    writer = LLMWriter(tiny_model_dir, max_new_tokens=4)
    assert not writer.loaded
    with pytest.raises(WriterFailed):
        writer.write(make_event(), pb.Decision(contact=True))
    assert writer.loaded
    settings = WriterSettings(writer="auto", model_dir=tiny_model_dir, timeout_s=30, max_new_tokens=4)
    messenger = build_messenger(settings)
    assert messenger.writer.name == "llm"
    assert messenger.draft(decided()).writer == "template"


def test_int8_leaves_the_mlp_down_projections_in_fp32():
    # Per-tensor int8 of the down_proj inputs wrecked every message; the other linear layers are quantized.
    import torch

    from services.messenger.llm_writer import int8_layers, quantize_int8
    from training.messages import model as lm

    model = lm.tiny_model(lm.tiny_tokenizer()).eval()
    names = int8_layers(model)
    assert names and not any(name.endswith("down_proj") for name in names)
    assert any(name.endswith("up_proj") for name in names)
    quantized = quantize_int8(model)
    modules = dict(quantized.named_modules())
    down = [m for name, m in modules.items() if name.endswith("down_proj")]
    assert down and all(type(m) is torch.nn.Linear for m in down)
    assert all(type(modules[name]) is not torch.nn.Linear for name in names)
