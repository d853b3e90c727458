"""Shared fixtures: settings and a small fake scoring model; the Hypothesis profile of the property tests."""

from __future__ import annotations

import pytest
from factories import FakeModels
from hypothesis import settings as hypothesis_settings

from retention import settings as settings_module

# No per-example deadline: the suite shares small machines, where a slow example is not a failure.
# Each property test sets its own max_examples, sized to keep the suite fast.
hypothesis_settings.register_profile("retention", deadline=None, print_blob=True)
hypothesis_settings.load_profile("retention")


@pytest.fixture
def fake_models() -> FakeModels:
    return FakeModels()


@pytest.fixture
def settings() -> settings_module.Settings:
    return settings_module.load(environ={})
