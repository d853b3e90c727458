"""Messenger: tokens per second and message latency of the language-model writer, fp32 against int8
(torch dynamic quantization on CPU), beside a bare `generate()` of the same weights in the same run.

The weights come from `--model` (default artifacts/llm/ppo/merged); without them the section is skipped
and says why. Greedy decoding is deterministic, so the writer generates exactly the tokens the bare
`generate()` does for the same prompt: the writer's tokens per second count those. Where the weights come
with a lookup corpus the writer guesses ahead (services/messenger/lookup.py) and needs fewer forward passes
than the bare `generate()` for the same tokens: `messenger_tokens_per_pass` says how many fewer.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from retention.bench.run import Context, Skipped
from retention.bench.stats import percentiles_ms, rate
from retention.config import REPO_ROOT
from retention.facts import event_from_telco_row
from retention.v1 import retention_pb2 as pb

WRITER_TIME_LIMIT_S = 600.0  # the writer's own limit (5 s in service) would cut a slow machine's messages


def model_folder(path: Path) -> Path:
    if not (path / "config.json").is_file():
        raise Skipped(f"no language model at {path} (--model): config.json is missing")
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError as error:
        raise Skipped(f"torch/transformers cannot be imported: {error}") from None
    return path


def briefs(context: Context, count: int) -> list[tuple[pb.CustomerEvent, pb.Decision]]:
    """Contacted customers with an offer each (levels in turn), as the messenger receives them."""
    from datetime import UTC, datetime

    offers, out = context.settings.offers, []
    for i, row in enumerate(context.telco_rows[:count]):
        event = event_from_telco_row(row, f"row {i}", datetime.now(UTC), "bench")
        level = i % offers.levels
        decision = pb.Decision(
            event_id=event.event_id,
            customer_id=event.customer_id,
            contact=True,
            offer_level=level,
            offer_percent=offers.percent(level),
            offer_months=offers.months if level else 0,
        )
        out.append((event, decision))
    return out


def bare_generate(model, tokenizer, prompts: list[str], max_new_tokens: int) -> tuple[list[int], list[float]]:
    """`generate()` alone on prompts tokenized beforehand: new tokens and seconds per prompt."""
    import torch

    from services.messenger.prompt import END_OF_TURN

    end = tokenizer.convert_tokens_to_ids(END_OF_TURN)
    tokens, seconds = [], []
    for prompt in prompts:
        ids = tokenizer(prompt, return_tensors="pt", add_special_tokens=False)
        started = time.perf_counter()
        with torch.inference_mode():
            out = model.generate(
                **ids,
                max_new_tokens=max_new_tokens,
                do_sample=False,
                eos_token_id=end,
                pad_token_id=tokenizer.pad_token_id or end,
            )
        seconds.append(time.perf_counter() - started)
        tokens.append(int(out.shape[1] - ids.input_ids.shape[1]))
    return tokens, seconds


def writer_calls(writer, cases) -> list[float]:
    """Seconds of each `LLMWriter.write` (prompt, tokenize, generate, decode); a message cut at the token
    budget raises WriterFailed after the same work, and is timed the same."""
    from services.messenger.llm_writer import WriterFailed

    seconds = []
    for event, decision in cases:
        started = time.perf_counter()
        try:
            writer.write(event, decision)
        except WriterFailed:
            pass
        seconds.append(time.perf_counter() - started)
    return seconds


def prompts_of(cases) -> list[str]:
    from services.messenger.prompt import Brief, render_prompt

    return [render_prompt(Brief.of(event, decision)) for event, decision in cases]


def precision(name: str, bare_model, tokenizer, folder: Path, cases, max_new_tokens: int) -> dict:
    """The writer and a bare generate() at one precision: tokens, seconds per message, load time."""
    from services.messenger.llm_writer import LLMWriter

    prompts = prompts_of(cases)
    bare_generate(bare_model, tokenizer, prompts[:1], 4)  # warm
    tokens, bare_s = bare_generate(bare_model, tokenizer, prompts, max_new_tokens)
    writer = LLMWriter(
        folder, max_new_tokens=max_new_tokens, max_time_s=WRITER_TIME_LIMIT_S, int8=name == "int8"
    )
    started = time.perf_counter()
    writer.load()
    load_s = time.perf_counter() - started
    writer_calls(writer, cases[:1])  # warm
    passes = writer.forward_passes
    writer_s = writer_calls(writer, cases)
    return {
        "writer_looks_up": writer.looks_up,
        "writer_tokens_per_pass": sum(tokens) / max(1, writer.forward_passes - passes),
        "tokens": tokens,
        "load_s": load_s,
        "writer_tokens_per_s": rate(sum(tokens), sum(writer_s)),
        "generate_tokens_per_s": rate(sum(tokens), sum(bare_s)),
        "writer_message": percentiles_ms(writer_s),
        "generate_message": percentiles_ms(bare_s),
    }


def one_thread(model, tokenizer, cases, max_new_tokens: int) -> float:
    """Tokens per second of the bare fp32 generate() on one torch thread, for comparison: on a busy
    two-core machine two threads wait for each other at every operation."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        tokens, seconds = bare_generate(model, tokenizer, prompts_of(cases), max_new_tokens)
    finally:
        torch.set_num_threads(threads)
    return rate(sum(tokens), sum(seconds))


def section(context: Context) -> dict:
    folder = model_folder(Path(context.config.model))
    import torch

    from services.messenger.llm_writer import quantize_int8
    from training.messages import model as lm

    sizes = context.sizes
    lm.set_threads()  # as the service: RETENTION_TORCH_THREADS, else 2
    tokenizer, model = lm.load_tokenizer(folder), lm.load_causal_lm(folder).eval()
    cases = briefs(context, sizes.messenger_messages)
    fp32 = precision("fp32", model, tokenizer, folder, cases, sizes.messenger_max_new_tokens)
    int8 = precision("int8", quantize_int8(model), tokenizer, folder, cases, sizes.messenger_max_new_tokens)
    threads = torch.get_num_threads()
    single = one_thread(model, tokenizer, cases, sizes.messenger_max_new_tokens) if threads != 1 else None
    figures = {
        "messenger_tokens_per_s": fp32["writer_tokens_per_s"],
        "generate_tokens_per_s": fp32["generate_tokens_per_s"],
        "messenger_int8_tokens_per_s": int8["writer_tokens_per_s"],
        "generate_int8_tokens_per_s": int8["generate_tokens_per_s"],
        "messenger_message_p50_ms": fp32["writer_message"]["p50_ms"],
        "messenger_int8_message_p50_ms": int8["writer_message"]["p50_ms"],
        "messenger_tokens_per_message": float(np.mean(fp32["tokens"])),
        "generate_one_thread_tokens_per_s": single,
        "messenger_tokens_per_pass": fp32["writer_tokens_per_pass"],
    }
    settings = {
        "model": str(folder.relative_to(REPO_ROOT) if folder.is_relative_to(REPO_ROOT) else folder),
        "messages": len(cases),
        "max_new_tokens": sizes.messenger_max_new_tokens,
        "torch_threads": threads,
        "decoding": "greedy + n-gram lookup" if fp32["writer_looks_up"] else "greedy",
    }
    return {"figures": figures, "details": {"fp32": fp32, "int8": int8, "settings": settings}}
