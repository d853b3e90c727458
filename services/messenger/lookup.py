"""Greedy decoding sped up by n-gram lookup: the same tokens as plain greedy decoding, fewer forward passes.

On CPU one forward pass of the 135M model costs about the same for one token as for eight: it reads every
weight once either way. The model's messages are formulaic ("we are glad to have you with us. We would like
to offer you ..."), so the next few tokens can often be guessed by looking up the last tokens in messages
the model wrote before (its own greedy messages on training prompts, `lookup_corpus.json` beside the
weights) or earlier in the same prompt and message (the name, the offer). The guess is checked in one
forward pass: the model's own greedy choice at each guessed position is computed in that pass, the guess is
kept up to its first disagreement, and the model's choice there is taken instead. So every token is exactly
the one greedy decoding picks (prompt lookup decoding, Saxena 2023; speculative decoding, Leviathan et al.
2023, with a draft that costs nothing).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

CORPUS_FILE = "lookup_corpus.json"
# Longest key first: more tokens of context pick a continuation better than fewer.
KEY_TOKENS = (4, 3, 2)
# Tokens guessed per forward pass. On CPU a pass of ten tokens costs little more than one of two (one token
# alone is cheaper), so a longer guess is nearly free. The keys, this length and the corpus size
# (lookup_corpus.LookupConfig.prompts) were chosen on training prompts outside the corpus, by replaying their
# greedy messages and counting passes; the held-out figure is `lookup_tokens_per_pass` in
# reports/messages.json.
DRAFT_TOKENS = 10


@dataclass(frozen=True)
class NGramIndex:
    """For each run of 2 to 4 tokens seen in the corpus, the tokens that followed its first occurrence."""

    table: dict[tuple[int, ...], tuple[int, ...]]

    @classmethod
    def build(cls, sequences: Iterable[Sequence[int]], continuation: int = DRAFT_TOKENS) -> NGramIndex:
        table: dict[tuple[int, ...], tuple[int, ...]] = {}
        for sequence in sequences:
            tokens = list(sequence)
            for n in KEY_TOKENS:
                for i in range(len(tokens) - n):
                    table.setdefault(tuple(tokens[i : i + n]), tuple(tokens[i + n : i + n + continuation]))
        return cls(table)

    def propose(self, context: Sequence[int], k: int) -> list[int]:
        """Up to `k` tokens that followed the longest matching end of `context` in the corpus."""
        for n in KEY_TOKENS:
            if len(context) >= n:
                found = self.table.get(tuple(context[-n:]))
                if found:
                    return list(found[:k])
        return []


def from_context(context: Sequence[int], k: int, n: int = 2) -> list[int]:
    """Up to `k` tokens that followed the last earlier occurrence of the last `n` tokens of `context` in
    `context` itself (the prompt and the message so far): names and figures are copied from the prompt."""
    if len(context) <= n:
        return []
    key = list(context[-n:])
    for start in range(len(context) - n - 1, -1, -1):
        if list(context[start : start + n]) == key:
            return list(context[start + n : start + n + k])
    return []


def _guess(context: Sequence[int], k: int, index: NGramIndex | None) -> list[int]:
    # No index: plain greedy decoding, one token a pass. The corpus first: its continuations are whole
    # phrases of the model's; the context's are often not (corpus then context: 4.2 tokens a pass on 12
    # held-out prompts; context then corpus: 3.4).
    if index is None:
        return []
    return index.propose(context, k) or from_context(context, k)


def load_index(model_dir: Path) -> NGramIndex | None:
    """The index of the corpus saved beside the weights, or None when there is none."""
    path = Path(model_dir) / CORPUS_FILE
    if not path.exists():
        return None
    sequences = json.loads(path.read_text())["sequences"]
    return NGramIndex.build(sequences)


def save_corpus(model_dir: Path, sequences: list[list[int]], source: str) -> Path:
    path = Path(model_dir) / CORPUS_FILE
    path.write_text(json.dumps({"source": source, "sequences": sequences}))
    return path


def accepted_length(draft: Sequence[int], greedy: Sequence[int]) -> int:
    """How many draft tokens agree with the model's greedy choices at their positions (up to the first
    disagreement)."""
    n = 0
    while n < len(draft) and draft[n] == greedy[n]:
        n += 1
    return n


@dataclass
class Decoded:
    tokens: list[int]  # the new tokens, up to and including the end token when one was reached
    forward_passes: int
    finished: bool  # the end token was reached within the token and time budgets


def greedy_decode(
    model,
    input_ids,
    end_id: int,
    max_new_tokens: int,
    max_time_s: float | None = None,
    index: NGramIndex | None = None,
    draft_tokens: int = DRAFT_TOKENS,
) -> Decoded:
    """Greedy decoding of one prompt (a 1 x n tensor), guessing ahead with `index` and the context (with no
    index, plain greedy decoding)."""
    import torch
    from transformers import DynamicCache

    deadline = None if max_time_s is None else time.monotonic() + max_time_s
    prompt = input_ids[0].tolist()
    cache = DynamicCache()
    with torch.inference_mode():
        # Only the prompt's last position is read: the vocabulary projection of the others (~20% of the
        # prompt's pass) is skipped.
        logits = model(input_ids=input_ids, past_key_values=cache, use_cache=True, logits_to_keep=1).logits
        new = [int(logits[0, -1].argmax())]
        passes = 1
        while new[-1] != end_id and len(new) < max_new_tokens:
            if deadline is not None and time.monotonic() > deadline:
                break
            context = prompt + new
            room = min(draft_tokens, max_new_tokens - len(new) - 1)
            draft = _guess(context, room, index) if room else []
            step = torch.tensor([[new[-1], *draft]], device=input_ids.device)
            greedy = (
                model(input_ids=step, past_key_values=cache, use_cache=True).logits[0].argmax(-1).tolist()
            )
            passes += 1
            kept = accepted_length(draft, greedy)
            new += [*draft[:kept], greedy[kept]]
            rejected = len(draft) - kept
            if rejected:  # the cache holds the rejected guesses: drop them
                cache.crop(-rejected)
    if end_id in new:
        new = new[: new.index(end_id) + 1]
    return Decoded(new[:max_new_tokens], passes, end_id in new[:max_new_tokens])
