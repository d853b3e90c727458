"""The decision policy: an uplift-aware simulator of one budget period, PPO with Lagrangian constraints,
baselines, a hindsight oracle, the evaluation and the exported policy the decider serves."""
