"""Batched generation of messages from a causal LM: left-padded prompts, bounded new tokens, the response
cut at the end of the assistant turn."""

from __future__ import annotations

from dataclasses import dataclass

from training.messages import model as lm


@dataclass
class Rollout:
    sequences: object  # (batch, prompt + response) token ids, prompt left-padded, response right-padded
    attention_mask: object  # 1 on real tokens of the prompt and of the response up to its end token
    prompt_length: int  # width of the left-padded prompt block
    texts: list[str]  # the responses, decoded, without the end token
    finished: list[bool]  # whether each response ended with the end token within the budget


def generate(
    model,
    tokenizer,
    prompts: list[str],
    max_new_tokens: int = 64,
    do_sample: bool = False,
    temperature: float = 1.0,
    max_time: float | None = None,
) -> Rollout:
    import torch

    end = lm.end_token_id(tokenizer)
    tokenizer.padding_side = "left"
    batch = tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False)
    tokenizer.padding_side = "right"
    device = next(model.parameters()).device
    ids, mask = batch.input_ids.to(device), batch.attention_mask.to(device)
    kwargs = (
        {"do_sample": True, "temperature": temperature, "top_k": 0, "top_p": 1.0}
        if do_sample
        else {"do_sample": False}
    )
    with torch.no_grad():
        out = model.generate(
            input_ids=ids,
            attention_mask=mask,
            max_new_tokens=max_new_tokens,
            eos_token_id=end,
            pad_token_id=tokenizer.pad_token_id,
            max_time=max_time,
            **kwargs,
        )
    width = ids.size(1)
    response = out[:, width:]
    is_end = response == end
    finished = is_end.any(dim=1)
    # Real response tokens: everything up to and including the first end token.
    after_end = (is_end.long().cumsum(dim=1) - is_end.long()) > 0
    response_mask = (~after_end).long()
    attention = torch.cat([mask, response_mask], dim=1)
    texts = []
    for row, keep in zip(response, response_mask, strict=True):
        tokens = [t for t, k in zip(row.tolist(), keep.tolist(), strict=True) if k and t != end]
        texts.append(tokenizer.decode(tokens, skip_special_tokens=True).strip())
    return Rollout(out, attention, width, texts, finished.tolist())
