"""The frozen trunk: LoRA adapts only the top blocks of the network, so the output of the blocks below is
the same for the SFT model, the reward model, the PPO policy and its reference. It is computed once per
text and reused: the cheap top blocks are all that runs again in each epoch, each PPO pass, each model.

This is what makes the pipeline affordable on two CPU cores (a forward pass of SmolLM2 over 8 messages
takes 5-10 s there, the top six blocks a fifth of that).
"""

from __future__ import annotations


def llama_of(model):
    """The LlamaModel (embeddings, blocks, final norm) inside a causal LM, a PEFT wrapper or a backbone."""
    inner = model.get_base_model() if hasattr(model, "get_base_model") else model
    return inner.model if hasattr(inner, "lm_head") else inner


def split_of(model, top_layers: int) -> int:
    """Index of the first adapted block (0 when every block is adapted)."""
    n = llama_of(model).config.num_hidden_layers
    return n - top_layers if 0 < top_layers < n else 0


def run_blocks(llama, hidden, attention_mask, position_ids, start: int, end: int):
    """Blocks [start, end) of a LlamaModel on `hidden`, as its own forward would run them."""
    from transformers.masking_utils import create_causal_mask

    causal_mask = create_causal_mask(
        config=llama.config,
        inputs_embeds=hidden,
        attention_mask=attention_mask,
        past_key_values=None,
        position_ids=position_ids,
    )
    position_embeddings = llama.rotary_emb(hidden, position_ids=position_ids)
    for block in llama.layers[start:end]:
        hidden = block(
            hidden,
            attention_mask=causal_mask,
            position_embeddings=position_embeddings,
            position_ids=position_ids,
        )
    return hidden


def positions(attention_mask):
    """Positions that skip left padding, so a left-padded row reads as if it were unpadded."""
    return (attention_mask.long().cumsum(-1) - 1).clamp(min=0)


def bottom(model, input_ids, attention_mask, split: int):
    """Output of the frozen blocks below `split` (no gradient)."""
    import torch

    llama = llama_of(model)
    with torch.no_grad():
        hidden = llama.embed_tokens(input_ids)
        return run_blocks(llama, hidden, attention_mask, positions(attention_mask), 0, split)


def top(model, hidden, attention_mask, split: int):
    """The adapted blocks from `split` and the final norm: the last hidden states."""
    llama = llama_of(model)
    end = llama.config.num_hidden_layers
    return llama.norm(run_blocks(llama, hidden, attention_mask, positions(attention_mask), split, end))


def last_token_index(attention_mask):
    """Index of the last real token of each row, whatever the padding side."""
    width = attention_mask.size(1)
    return width - 1 - attention_mask.long().flip(dims=[1]).argmax(dim=1)
