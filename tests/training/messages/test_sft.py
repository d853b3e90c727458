import torch
from peft import get_peft_model

from training.messages import model as lm
from training.messages import trunk
from training.messages.sft_trainer import IGNORE, collate, encode_example, sft_loss


def test_loss_mask_covers_only_the_response_tokens(tiny):
    _, tokenizer = tiny
    prompt, response = "<|im_start|>user\nName: Maya.<|im_end|>\n<|im_start|>assistant\n", "Hi Maya, thanks."
    ids, labels = encode_example(tokenizer, prompt, response, 128)
    n_prompt = len(tokenizer(prompt, add_special_tokens=False).input_ids)
    assert labels[:n_prompt] == [IGNORE] * n_prompt
    assert labels[n_prompt:] == ids[n_prompt:] and len(ids) > n_prompt
    assert ids[-1] == lm.end_token_id(tokenizer)  # the end of turn is learnt too
    _, mask, padded = collate([(ids, labels), (ids[:5], labels[:5])], tokenizer.pad_token_id)
    assert (padded[1, 5:] == IGNORE).all() and mask[1].sum() == 5


def test_loss_is_the_cross_entropy_of_the_response_tokens(tiny):
    model, tokenizer = tiny
    ids, labels = encode_example(tokenizer, "<|im_start|>user\nHi<|im_end|>\n", "Reply YES.", 64)
    ids, mask, labels = collate([(ids, labels)], tokenizer.pad_token_id)
    with torch.no_grad():
        loss = sft_loss(model, trunk.bottom(model, ids, mask, 0), mask, labels, 0)
        logits = model(input_ids=ids).logits[0, :-1]
        keep = labels[0, 1:] != IGNORE
        expected = torch.nn.functional.cross_entropy(logits[keep], labels[0, 1:][keep])
    assert torch.allclose(loss, expected, atol=1e-5)


def test_a_step_changes_lora_weights_and_not_the_base(tiny):
    base, tokenizer = tiny
    model = lm.tiny_model(tokenizer, seed=1)
    model = get_peft_model(model, lm.lora_config(model, 4, 8, 0.0, top_layers=1))
    split = trunk.split_of(model, 1)
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    ids, labels = encode_example(tokenizer, "<|im_start|>user\nHi<|im_end|>\n", "Hi Maya, 20% off.", 64)
    ids, mask, labels = collate([(ids, labels)], tokenizer.pad_token_id)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    sft_loss(model, trunk.bottom(model, ids, mask, split), mask, labels, split).backward()
    optimizer.step()
    changed = {n for n, p in model.named_parameters() if not torch.equal(p, before[n])}
    assert changed and all("lora_" in n for n in changed)
    assert any("layers.1." in n for n in changed) and not any("layers.0." in n for n in changed)
