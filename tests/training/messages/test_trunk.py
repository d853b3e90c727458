import torch

from training.messages import trunk


def test_trunk_then_top_equals_the_whole_forward_with_left_padding(tiny):
    model, _ = tiny
    model.eval()
    ids = torch.randint(3, 300, (2, 9))
    mask = torch.ones(2, 9, dtype=torch.long)
    mask[0, :3] = 0
    with torch.no_grad():
        full = model.model(
            input_ids=ids, attention_mask=mask, position_ids=trunk.positions(mask)
        ).last_hidden_state
        split = trunk.bottom(model, ids, mask, 1)
        parts = trunk.top(model, split, mask, 1)
    assert torch.allclose(full[mask.bool()], parts[mask.bool()], atol=1e-5)


def test_last_token_index_whatever_the_padding_side():
    mask = torch.tensor([[0, 1, 1, 0], [1, 1, 1, 1], [1, 0, 0, 0]])
    assert trunk.last_token_index(mask).tolist() == [2, 3, 0]
