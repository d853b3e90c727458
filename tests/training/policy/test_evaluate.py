"""The evaluation report has the shape the issue asks for, and its plots are drawn."""

from __future__ import annotations

import json

import torch

from training.policy import evaluate, exported
from training.policy.observation import OBSERVATION_FEATURES
from training.policy.ppo import Agent


def test_report_shape_and_plots(small_world, tmp_path):
    pool, models, settings = small_world
    torch.manual_seed(0)
    card = {
        "name": "ppo",
        "trained_on": {"risk_model": models.risk_version, "accept_model": models.accept_version},
    }
    exported.save(tmp_path / "policy", Agent(len(OBSERVATION_FEATURES), 5, 16).export_weights(), card)
    learned = exported.ExportedPolicy.load(tmp_path / "policy")
    config = evaluate.EvalConfig(
        seeds=(0, 1), episodes_per_seed=1, report=tmp_path / "policy.json", plots=tmp_path
    )
    report = evaluate.evaluate(config, pool, models, settings, learned, progress=False).to_json(settings, {})
    evaluate.write(report, config)
    evaluate.plot_comparison(report, tmp_path / "policy_comparison.png")
    evaluate.plot_training(
        [
            {"iteration": i, "net_value": 1.0, "constraint/budget": 0.9, "multiplier/budget": 0.1}
            for i in range(1, 4)
        ],
        tmp_path / "policy_training.png",
    )

    written = json.loads(config.report.read_text())
    assert written["seeds"] == [0, 1] and set(written["policies"]) == set(evaluate.POLICIES)
    for summary in written["policies"].values():
        for key in ("net_value_mean", "retained_mean", "roi_mean", "budget_used_mean", "contacts_mean"):
            assert isinstance(summary[key], float)
        assert len(summary["net_value_ci95"]) == 2 and summary["hard_violations"] == 0
        assert set(summary["constraints"]) == {"budget", "pacing", "contact_rate"}
    assert written["policies"]["no_contact"]["net_value_mean"] == 0
    assert written["policies"]["oracle"]["share_of_oracle_mean"] == 1
    assert {"best_baseline", "ppo_share_of_oracle", "reached"} <= set(written["goal"])
    assert (tmp_path / "policy_comparison.png").stat().st_size > 0
    assert (tmp_path / "policy_training.png").stat().st_size > 0
