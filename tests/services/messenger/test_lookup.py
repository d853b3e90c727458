"""Lookup decoding: the guesses, and that decoding with them gives exactly the greedy tokens."""

import pytest

from services.messenger import lookup


def test_the_longest_matching_key_picks_the_continuation():
    index = lookup.NGramIndex.build([[1, 2, 3, 4, 5, 6], [9, 2, 3, 7, 8]], continuation=3)
    assert index.propose([0, 1, 2, 3], k=3) == [4, 5, 6]  # three tokens of context: the first message
    assert index.propose([5, 9, 2, 3], k=2) == [7, 8]  # "9 2 3" is the second message's
    assert index.propose([8, 2, 3], k=3) == [4, 5, 6]  # only "2 3" matches: its first continuation
    assert index.propose([4, 4], k=3) == []


def test_the_context_is_searched_from_its_end():
    assert lookup.from_context([5, 6, 1, 2, 7, 1, 2, 8, 9, 1, 2], k=2) == [8, 9]
    assert lookup.from_context([1, 2], k=2) == []


def test_a_guess_is_kept_up_to_its_first_disagreement():
    assert lookup.accepted_length([4, 5, 6], [4, 5, 9, 1]) == 2
    assert lookup.accepted_length([], [3]) == 0
    assert lookup.accepted_length([3, 3], [3, 3, 7]) == 2


@pytest.fixture(scope="module")
def tiny():
    import torch

    from training.messages import model as lm

    torch.manual_seed(0)
    tokenizer = lm.tiny_tokenizer()
    return lm.tiny_model(tokenizer).eval(), tokenizer


def _plain_greedy(model, ids, end, max_new_tokens):
    import torch

    with torch.inference_mode():
        out = model.generate(
            input_ids=ids, max_new_tokens=max_new_tokens, do_sample=False, eos_token_id=end, pad_token_id=end
        )
    return out[0, ids.size(1) :].tolist()


@pytest.mark.parametrize("corpus", ["own", "wrong", "none"])
def test_lookup_decoding_gives_the_greedy_tokens(tiny, corpus):
    import torch

    model, tokenizer = tiny
    # The random model would end at once: an end token it never picks makes it write all 24 tokens.
    end = model.config.vocab_size - 1
    prompts = [torch.tensor([[5, 17, 23, 8, 42, 11]]), torch.tensor([[3, 9, 9, 30, 2]])]
    greedy = [_plain_greedy(model, ids, end, 24) for ids in prompts]
    assert all(len(g) == 24 and end not in g for g in greedy)
    index = {
        "own": lookup.NGramIndex.build(greedy),  # right guesses: fewer forward passes
        "wrong": lookup.NGramIndex.build([[t + 1 for t in g] for g in greedy]),  # every guess rejected
        "none": None,
    }[corpus]
    for ids, expected in zip(prompts, greedy, strict=True):
        decoded = lookup.greedy_decode(model, ids, end, 24, index=index)
        assert decoded.tokens == expected
        if corpus == "own":
            assert decoded.forward_passes < len(expected)


def test_the_corpus_is_saved_beside_the_weights(tmp_path):
    assert lookup.load_index(tmp_path) is None
    lookup.save_corpus(tmp_path, [[1, 2, 3, 4]], "test")
    assert lookup.load_index(tmp_path).propose([1, 2, 3], k=1) == [4]
