"""The economics section of config/retention.yaml: read, validated, and overridable where documented."""

from pathlib import Path

import pytest
import yaml

from retention import settings
from retention.settings import DEFAULT_CONFIG


def write_config(tmp_path: Path, **economics) -> Path:
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text())
    raw["economics"].update(economics)
    path = tmp_path / "retention.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


def test_the_config_file_states_every_simulator_assumption():
    economics = settings.load(environ={}).economics
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text())["economics"]
    assert economics.horizon_months == raw["horizon_months"]
    assert list(economics.churn_reduction_by_level) == raw["churn_reduction_by_level"]
    assert economics.contact_cost == raw["contact_cost"]
    assert economics.arrivals.customers_per_period == raw["arrivals"]["customers_per_period"]
    assert economics.targets.contact_rate_ceiling == raw["targets"]["contact_rate_ceiling"]


def test_the_code_reads_the_file_not_its_defaults(tmp_path):
    loaded = settings.load(write_config(tmp_path, horizon_months=24, contact_cost=7.5), environ={})
    assert loaded.economics.horizon_months == 24 and loaded.economics.contact_cost == 7.5


@pytest.mark.parametrize(
    "bad",
    [
        {"churn_reduction_by_level": [0.2, 0.3]},  # not one per offer level
        {"churn_reduction_by_level": [0.2, 0.3, 0.4, 1.5]},
        {"horizon_months": 0},
        {"control_share": 1.0},
        {
            "targets": {
                "budget_share": 1.0,
                "pacing_tolerance": 0.7,
                "contact_rate_ceiling": 0.25,
            }
        },  # fmt: skip
        {"arrivals": {"customers_per_period": 10, "unknown_setting": 1}},
    ],
)
def test_bad_economics_are_refused_with_the_setting_named(tmp_path, bad):
    with pytest.raises(settings.ConfigError, match="economics"):
        settings.load(write_config(tmp_path, **bad), environ={})


def test_control_share_can_be_overridden_by_the_environment():
    assert settings.load(environ={"RETENTION_CONTROL_SHARE": "0.1"}).economics.control_share == 0.1
    with pytest.raises(settings.ConfigError, match="RETENTION_CONTROL_SHARE"):
        settings.load(environ={"RETENTION_CONTROL_SHARE": "some"})
