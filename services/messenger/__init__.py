"""Messenger: writes the retention message for each contacted customer."""
