"""The calibration maps: one margin at a time (the decider's path) gives what the vectorized map gives."""

from __future__ import annotations

import numpy as np
import pytest

from training import calibration

MARGINS = np.concatenate([np.linspace(-40.0, 40.0, 401), [-800.0, -709.5, 0.0, 709.5, 800.0]])
MAPS = [
    {"method": "none"},
    {"method": "platt", "a": 0.93, "b": -0.41},
    {"method": "isotonic", "x": [-3.0, -1.0, 0.5, 2.0], "y": [0.02, 0.2, 0.55, 0.9]},
]


@pytest.mark.parametrize("calibration_map", MAPS, ids=lambda m: m["method"])
def test_one_margin_is_calibrated_as_the_batch(calibration_map):
    with np.errstate(over="ignore"):  # exp(800) in the batch's sigmoid: 0 either way
        batch = calibration.apply(calibration_map, MARGINS)
    one_at_a_time = [calibration.apply_one(calibration_map, float(m)) for m in MARGINS]
    np.testing.assert_allclose(one_at_a_time, batch, rtol=0, atol=1e-12)
    assert all(0.0 <= p <= 1.0 for p in one_at_a_time)


def test_an_unknown_map_is_refused_one_at_a_time_too():
    with pytest.raises(ValueError, match="'bayes'"):
        calibration.apply_one({"method": "bayes"}, 0.3)
