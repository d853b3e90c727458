"""Decider: whether to contact a customer and with which offer, under the ledger's hard limits."""
