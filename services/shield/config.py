"""The shield's settings: form bounds, quiet hours and the thresholds of the one-language heuristic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class ShieldSettings:
    min_length: int = 50
    """Fewest characters a message may have (default 50)."""
    max_length: int = 320
    """Most characters a message may have (default 320: two SMS segments)."""
    quiet_from: time = time(21, 0)
    """No delivery from this local time ..."""
    quiet_until: time = time(8, 0)
    """... until this one, in the customer's time zone."""
    min_english_share: float = 0.15
    """Least share of English function words among a message's words (plain English text runs 0.3-0.5)."""
    min_words_for_share: int = 8
    """Shorter texts are not judged on the share above: too few words to say."""
    max_foreign_words: int = 1
    """Most function words of other common languages (es, fr, de, pt, it, nl) a message may hold."""
    max_non_latin_share: float = 0.15
    """Most share of letters in other scripts (a name in another script is refused by the messenger)."""
    max_shouted_words: int = 1
    """Most all-capital words of four letters or more, besides STOP, YES and HELP, before it is shouting."""
