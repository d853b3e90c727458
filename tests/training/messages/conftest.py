"""Fixtures of the message-writer tests: a tiny random Llama and its tokenizer, and a quick pipeline run."""

from __future__ import annotations

import os

import pytest

from training.messages import model as lm

# One thread: the tiny model's operations are too small to share, and a busy machine makes two threads
# wait for each other at every one of them.
os.environ.setdefault("RETENTION_TORCH_THREADS", "1")


@pytest.fixture(scope="session")
def tiny():
    lm.set_threads()
    tokenizer = lm.tiny_tokenizer()
    return lm.tiny_model(tokenizer), tokenizer


@pytest.fixture(scope="session")
def quick_root(tmp_path_factory):
    """Every stage of `retention messages all --quick`, once for the session."""
    from retention.cli import main

    root = tmp_path_factory.mktemp("llm")
    assert main(["messages", "all", "--quick", "--root", str(root), "--reports", str(root / "reports")]) == 0
    return root
