"""First names as data: the name a message may greet, or None when the field cannot be trusted as one.

A first name is free text from the CRM, so it may hold anything, instructions to a language model
included. Only what looks like a person's name in Latin letters is ever put in a greeting; the messenger
falls back to a generic greeting otherwise, and the shield expects exactly the same name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.shield import lexicon
from services.shield.text import non_latin_share, views

MAX_NAME_LENGTH = 30
MAX_NAME_WORDS = 3
GENERIC_GREETING = "there"

_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
# Words a person's first name is not, though they are letters: the usual vocabulary of an instruction.
_NOT_A_NAME = re.compile(
    r"\b(?:ignore|disregard|instructions?|prompt|system|assistant|say|write|tell|offer|discount|percent|"
    r"free|admin|null|none|undefined|test|delete|drop|select|customer|user|name|first|unknown|there|"
    r"sir|madam|mr|mrs|ms|dr)\b"
)
_REFUSED = lexicon.compile_all(
    lexicon.INSULT + lexicon.PROFANITY + lexicon.THREAT + lexicon.INSTRUCTION_LEAK + lexicon.FALSE_PROMISE
)


def safe_first_name(raw: str) -> str | None:
    """The name to greet, cleaned of invisible and look-alike characters, or None."""
    seen = views(raw)
    name = " ".join(seen.clean.split())
    if not name or len(name) > MAX_NAME_LENGTH or seen.disguised:
        return None
    words = name.split(" ")
    if len(words) > MAX_NAME_WORDS or not all(_NAME_WORD.fullmatch(word) for word in words):
        return None
    if non_latin_share(name) > 0 or _NOT_A_NAME.search(seen.match) or _REFUSED.search(seen.match):
        return None
    return name


@lru_cache(maxsize=4096)
def greeting_word(raw: str) -> str:
    """The word after "Hi": the customer's first name when it can be trusted, else "there"."""
    return safe_first_name(raw) or GENERIC_GREETING
