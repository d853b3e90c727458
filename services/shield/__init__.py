"""Shield: checks every message; nothing unsafe or untrue leaves."""
