import pytest

from retention import settings


def test_defaults_come_from_the_config_file():
    loaded = settings.load(environ={})
    assert loaded.offers.percent_by_level[0] == 0
    assert loaded.limits.cooldown_days == 7 and loaded.limits.fatigue_cap == 3


def test_environment_overrides_limits():
    loaded = settings.load(environ={"RETENTION_PERIOD_BUDGET": "123.5", "RETENTION_COOLDOWN_DAYS": "2"})
    assert loaded.limits.period_budget == 123.5 and loaded.limits.cooldown_days == 2


def test_bad_values_are_named(tmp_path):
    with pytest.raises(settings.ConfigError, match="RETENTION_FATIGUE_CAP"):
        settings.load(environ={"RETENTION_FATIGUE_CAP": "many"})
    broken = tmp_path / "broken.yaml"
    broken.write_text("offers: {months: 3}\n")
    with pytest.raises(settings.ConfigError, match="broken.yaml"):
        settings.load(broken, environ={})
    with pytest.raises(settings.ConfigError, match="not found"):
        settings.load(tmp_path / "absent.yaml", environ={})


def test_offer_cost_is_discount_over_its_months():
    offers = settings.OfferCatalog((0, 10, 20), 3)
    assert offers.cost(0, 80.0) == 0 and offers.cost(2, 80.0) == 48.0
