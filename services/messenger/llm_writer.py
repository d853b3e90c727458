"""The language-model writer: the trained message writer (training/messages) served on CPU or GPU.

Loaded once, lazily (the messenger starts at once; the first message may fall back to the template while
the weights load). Generation is greedy with bounded new tokens and a time limit; a message that does not
end within them is a failure, and the Messenger falls back to the template writer. Where the weights come
with a lookup corpus (lookup.py), the greedy tokens are found in fewer forward passes: the same message,
about twice as fast on CPU.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from retention.v1 import retention_pb2 as pb
from services.messenger import lookup
from services.messenger.prompt import END_OF_TURN, Brief, render_prompt

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


class WriterFailed(RuntimeError):
    """The model gave no usable message (cut at its token or time budget, or empty)."""


class LLMWriter:
    name = "llm"

    def __init__(
        self,
        model_dir: Path,
        max_new_tokens: int = 72,
        max_time_s: float = 4.0,
        int8: bool = False,
        threads: int | None = None,
        lookup: bool = True,
    ):
        self.model_dir = Path(model_dir)
        self.max_new_tokens, self.max_time_s = max_new_tokens, max_time_s
        self.int8, self.threads, self.use_lookup = int8, threads, lookup
        self._lock = threading.Lock()
        self._model = self._tokenizer = self._index = None
        self.forward_passes = 0  # of every message written so far: for the benchmarks

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self) -> None:
        """Load the weights once; concurrent callers wait for the first."""
        with self._lock:
            if self._model is not None:
                return
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer

            torch.set_num_threads(self.threads or int(os.environ.get("RETENTION_TORCH_THREADS", "2")))
            tokenizer = AutoTokenizer.from_pretrained(self.model_dir)
            model = AutoModelForCausalLM.from_pretrained(self.model_dir, dtype="float32").eval()
            if self.int8:
                model = quantize_int8(model)
            self._index = lookup.load_index(self.model_dir) if self.use_lookup else None
            self._tokenizer, self._model = tokenizer, model

    @property
    def looks_up(self) -> bool:
        """Whether the loaded weights came with a lookup corpus (and lookup is on)."""
        return self._index is not None

    def write(self, event: pb.CustomerEvent, decision: pb.Decision) -> str:
        self.load()
        tokenizer, model = self._tokenizer, self._model
        prompt = render_prompt(Brief.of(event, decision))
        ids = tokenizer(prompt, return_tensors="pt", add_special_tokens=False).to(_device(model))
        end = tokenizer.convert_tokens_to_ids(END_OF_TURN)
        decoded = lookup.greedy_decode(
            model, ids.input_ids, end, self.max_new_tokens, self.max_time_s, index=self._index
        )
        self.forward_passes += decoded.forward_passes
        new = decoded.tokens
        if not decoded.finished:
            raise WriterFailed(f"no end of message within {self.max_new_tokens} tokens / {self.max_time_s} s")
        text = tokenizer.decode(new[: new.index(end)], skip_special_tokens=True).strip()
        if not text:
            raise WriterFailed("empty message")
        return text


def quantize_int8(model):
    """int8 weights: torch dynamic quantization of the linear layers on CPU, bitsandbytes on a GPU."""
    import torch

    if torch.cuda.is_available():  # pragma: no cover - needs a GPU and bitsandbytes
        from transformers import AutoModelForCausalLM, BitsAndBytesConfig

        path = model.name_or_path
        return AutoModelForCausalLM.from_pretrained(
            path, quantization_config=BitsAndBytesConfig(load_in_8bit=True), device_map="auto"
        )
    return torch.ao.quantization.quantize_dynamic(model, int8_layers(model), dtype=torch.qint8)


def int8_layers(model) -> set[str]:
    """The linear layers dynamic int8 quantizes on CPU: all but the MLPs' `down_proj`, whose inputs
    (SiLU(gate) * up) range too widely for one int8 scale per tensor: quantizing those alone wrecked every
    message, the others change a few words (training/messages/README.md, Figures)."""
    import torch

    return {
        name
        for name, module in model.named_modules()
        if isinstance(module, torch.nn.Linear) and not name.endswith("down_proj")
    }


def _device(model):
    return next(model.parameters()).device
