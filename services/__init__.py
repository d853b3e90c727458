"""The four services of the retention pipeline: scorer, decider, messenger, shield."""
