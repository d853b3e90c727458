"""Scorer: calibrated churn risk and offer-acceptance probability for each customer event."""
