"""Shared fixtures: settings and a small fake scoring model."""

from __future__ import annotations

import pytest
from factories import FakeModels

from retention import settings as settings_module


@pytest.fixture
def fake_models() -> FakeModels:
    return FakeModels()


@pytest.fixture
def settings() -> settings_module.Settings:
    return settings_module.load(environ={})
