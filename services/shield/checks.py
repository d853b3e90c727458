"""The shield's checks: one small function per concern, each returning the reason codes a text fails.

Every check reads the `Views` of text.py, so that obfuscated text is judged by what a reader sees.
`problems` runs them all; an empty answer means the text may be sent.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from retention.facts import FIRST_NAMES
from retention.v1 import retention_pb2 as pb
from services.shield import lexicon
from services.shield.config import ShieldSettings
from services.shield.lexicon import word_prefixes
from services.shield.names import GENERIC_GREETING, greeting_word
from services.shield.text import Views, views

# --- reason codes, by group ---------------------------------------------------------------------

CODES: dict[str, tuple[str, str]] = {
    # offer truth
    "OFFER_PERCENT_MISMATCH": ("offer", "a percentage that is not the decision's discount"),
    "OFFER_AMOUNT_MISMATCH": ("offer", "an amount that is not the bill, the saving or the new bill"),
    "OFFER_DURATION_MISMATCH": ("offer", "a number of months or years that is not the offer's"),
    "TENURE_MISMATCH": ("offer", "time with us that is not the customer's tenure"),
    "OFFER_MISSING": ("offer", "the decision's discount or its duration is not stated"),
    "OFFER_INVENTED": (
        "offer",
        "an incentive the decision did not make (voucher, cash back, any offer at level 0)",
    ),
    "FALSE_PROMISE": ("offer", "free, forever, guaranteed, lowest-price-ever style promises"),
    # personal
    "NAME_MISMATCH": ("personal", "the greeting does not use the customer's own first name"),
    "OTHER_PERSON": ("personal", "another person's name, customer id or data"),
    "PERSONAL_EMAIL": ("personal", "an e-mail address"),
    "PERSONAL_PHONE": ("personal", "a phone number"),
    "PERSONAL_CARD": ("personal", "a card or bank account number, or a request for payment credentials"),
    "PERSONAL_NATIONAL_ID": ("personal", "a national id, social security or passport number"),
    # tone
    "THREAT": ("tone", "threats: losing service, legal action, or else"),
    "GUILT": ("tone", "guilt: after all we have done, letting us down"),
    "PRESSURE": ("tone", "pressure: act now, last chance, deadlines, shouting"),
    "INSULT": ("tone", "insults"),
    "PROFANITY": ("tone", "profanity, masked or not"),
    "CHURN_MENTION": ("tone", "says or implies the customer is predicted to leave"),
    # form
    "EMPTY_MESSAGE": ("form", "nothing to read"),
    "LENGTH_TOO_SHORT": ("form", "fewer characters than the minimum"),
    "LENGTH_TOO_LONG": ("form", "more characters than the maximum"),
    "MISSING_OPT_OUT": ("form", "no opt-out line (repairable)"),
    "NOT_ENGLISH": ("form", "not English, or more than one language"),
    # robustness
    "HIDDEN_CHARACTERS": ("robustness", "zero-width, bidi or control characters"),
    "OBFUSCATED_TEXT": ("robustness", "look-alike letters, fullwidth or styled letters"),
    "INSTRUCTION_LEAK": ("robustness", "instructions, model talk, markup or template placeholders"),
    "LINK": ("robustness", "a link: customers are never sent links"),
    # policy
    "NO_CONSENT": ("policy", "the customer has not consented to be contacted"),
}
ORDER = {code: i for i, code in enumerate(CODES)}
# Only a missing opt-out line is repaired. Invisible or look-alike characters could be folded away, but a
# text that hides its words is suspect: folded, an unknown threat in it would be sent (the held-out run
# showed three), so such a text is replaced instead.
REPAIRABLE = frozenset({"MISSING_OPT_OUT"})


@dataclass(frozen=True)
class Context:
    """What a text is checked against: the decision, the customer's facts and id, the settings."""

    decision: pb.Decision
    facts: pb.CustomerFacts = field(default_factory=pb.CustomerFacts)
    customer_id: str = ""
    settings: ShieldSettings = field(default_factory=ShieldSettings)


# --- numbers ------------------------------------------------------------------------------------

_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()  # fmt: skip
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {w: i + 1 for i, w in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_WORD_NUMBER = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS[:9])}))?|a hundred|one hundred|{'|'.join(_UNITS)})"
)
_NUMBER = rf"(?:\d+(?:[.,]\d+)?|{_WORD_NUMBER})"


_NUMBER_PARTS = re.compile(r"[- ]")


def number_value(token: str) -> float:
    token = token.strip().replace(",", ".")
    if token[0].isdigit():
        return float(token)
    if token.endswith("hundred"):
        return 100.0
    parts = _NUMBER_PARTS.split(token)
    return float(sum(WORD_VALUES[p] for p in parts))


# Numbers are found from their unit backwards: the units are few and quick to find, while a number
# (digits or words) could start at any word.
_PERCENT_UNIT = re.compile(r"%|per ?cent\b|pct\b")
_PERCENT_NUMBER = re.compile(rf"\b(?P<n>{_NUMBER})\s*\Z")
_PERCENT_MARK = re.compile(r"%|\bper ?cent\b|\bpct\b")
_HALF = re.compile(r"\bhalf (?:price|off)\b|\b50 ?/ ?50\b")
_AMOUNT = re.compile(
    r"(?:[$€£]|\b(?:usd|eur|gbp)\b)\s*(?P<a>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
    r"|(?P<b>\b\d+(?:\.\d{1,2})?)\s*(?:dollars?|usd|euros?|eur|pounds?|gbp|bucks)\b"
)
_SAVING_WORDS = re.compile(
    r"\b(?:off|less|sav(?:e|es|ed|ing|ings)|back|discount(?:ed)?|cheaper|reduction|knock(?:ed)?|lower by)\b"
)
_CURRENCY_MARKS = ("$", "€", "£", "usd", "eur", "gbp", "dollar", "pound", "buck")
# "12", "twelve", "a", "a full", "half a", "a couple of", "a few": a few or several is no stated number (-1).
_DURATION_NUMBER = re.compile(
    rf"\b(?P<n>{_NUMBER}|an?|half an?|a couple of|couple of|a few|several|a dozen)\s*-?\s*"
    r"(?:(?:full|whole|entire|straight|complete|solid|calendar|consecutive) )?\Z"
)
_DURATION_UNIT = re.compile(
    r"(?P<unit>months?|mos\b|years?|yrs?|weeks?|wks?|days?|quarters?|monthly (?:bills?|payments?|invoices?)"
    r"|bills?|billing (?:cycles?|periods?)"
    r"|invoices?)\b"
)
_DURATION_WORDS = {"a": 1.0, "an": 1.0, "half a": 0.5, "half an": 0.5, "a couple of": 2.0, "couple of": 2.0,
                   "a few": -1.0, "several": -1.0, "a dozen": 12.0}  # fmt: skip
# An end the offer cannot be checked against: "until the end of the year", "for the rest of the year".
_OPEN_ENDED = re.compile(
    r"\b(?:until|till|til|through|thru|up to|right up to) (?:the end of )?(?:(?:the|next"
    r"|this) )?(?:year|summer|winter"
    r"|spring|autumn|fall|christmas|easter|new year|january|february|march|april|june|july|august|september"
    r"|october|november|december|20\d\d)\b"
    r"|\bfor the (?:rest|remainder|balance) of (?:the|this|your) (?:year|contract|plan|term|subscription)\b"
    r"|\b(?:all|the whole|the entire) (?:year|summer|winter) (?:long|round)\b|\ball year\b"
)
_TENURE_AFTER = re.compile(
    r"^(?:\s*(?:now|so far|already))?\s*(?:with us|as (?:a|an|our) |of (?:loyalty|service|membership|being|"
    r"your)|together|on (?:our|the) network|you(?:'ve| have) been|in our family|anniversary"
    r"|since (?:you |your )?(?:joined|joining|signed|signing|became|started|switched|first|came))"
)
_TENURE_BEFORE = re.compile(
    r"(?:\byour|been with us for|been a customer for|with us for|customer for|been with us|\bpast|\blast"
    r"|on board for|a member for|connected for|together for"
    r"|thanks? (?:you )?for|it'?s been|it has been|you'?ve been with us)\s*$"
)
_OFFER_BEFORE = re.compile(r"(?:\bnext|\bfirst|\bfollowing|\bcoming)\s*$")
# A price "a month for 12 months" or "down ... for 12 months" is the offer's price, and so its duration.
_OFFER_NEAR = re.compile(
    r"%|\bper ?cent\b|\boff\b|\bdiscount|\bsav(?:e|ing)|\b(?:a|per|each|every) ?(?:month|mo) (?:for|over)\s*$"
    r"|/ ?(?:month|mo) (?:for|over)\s*$|\b(?:down|reduced|lower|cheaper|less)\b"
)
_DURATION_START = re.compile(r"(?:\bfor|\bnext|\bfirst)\s*$")


def _percent_numbers(text: str) -> list[str]:
    """The number written before each percent sign, "percent" or "pct"."""
    found = []
    for unit in _PERCENT_UNIT.finditer(text):
        number = _PERCENT_NUMBER.search(text, max(0, unit.start() - 30), unit.start())
        if number:
            found.append(number.group("n"))
    return found


def _amounts(text: str) -> list[tuple[float, bool, bool]]:
    """(value, written with cents, said to be a saving) of every amount of money in the text."""
    if not any(mark in text for mark in _CURRENCY_MARKS):
        return []
    found = []
    for m in _AMOUNT.finditer(text):
        raw = (m.group("a") or m.group("b")).replace(",", "")
        near = text[max(0, m.start() - 20) : m.start()] + " " + text[m.end() : m.end() + 25]
        found.append((float(raw), "." in raw, bool(_SAVING_WORDS.search(near))))
    return found


def _allowed_amounts(ctx: Context, saving: bool) -> list[float]:
    """The amounts a message may state: a saving is the monthly or the total saving; any other amount may
    also be the bill or the discounted bill."""
    bill = ctx.facts.monthly_charges
    share = ctx.decision.offer_percent / 100
    savings = [bill * share, bill * share * ctx.decision.offer_months] if share else []
    savings += [ctx.decision.offer_cost] if share and ctx.decision.offer_cost else []
    return savings if saving else [bill, *savings, *([bill * (1 - share)] if share else [])]


def _amount_matches(value: float, cents: bool, allowed: float) -> bool:
    if cents:
        return abs(value - allowed) < 0.0051 or abs(value - round(allowed, 2)) < 1e-9
    return value in (round(allowed), math.floor(allowed))


def _durations(text: str) -> list[tuple[int, bool, str]]:
    """(months, in years, what it is about) for every duration of months, years or bills.

    What a duration is about comes from the words around it: "tenure" (with us, since you joined),
    "offer" (the next 3 bills, 20% off for 3 months) or "" when the words do not say.
    """
    found = []
    for unit in _DURATION_UNIT.finditer(text):
        m = _DURATION_NUMBER.search(text, max(0, unit.start() - 30), unit.start())
        if not m:
            continue
        before, after = text[max(0, m.start() - 40) : m.start()], text[unit.end() : unit.end() + 40]
        n, unit_word = m.group("n"), unit.group("unit")
        if n in ("a", "an") and not _DURATION_START.search(before):
            continue  # "$8 a month" is a rate, not a duration
        count = _DURATION_WORDS[n] if n in _DURATION_WORDS else number_value(n)
        years = unit_word.startswith(("year", "yr"))
        if unit_word.startswith(("week", "wk", "day")):
            # Weeks and days only count when tied to the offer: "we'll call you within 2 days" is no offer.
            if not (_OFFER_BEFORE.search(before) or _OFFER_NEAR.search(before[-30:])):
                continue
            days = count * (7 if unit_word.startswith("w") else 1)
            found.append((_months_of_days(days), False, "offer"))
            continue
        if unit_word.startswith("quarter"):
            count *= 3
        if count < 0:
            found.append((-1, years, "offer"))
            continue
        if _TENURE_AFTER.search(after) or _TENURE_BEFORE.search(before):
            about = "tenure"
        elif _OFFER_BEFORE.search(before) or _OFFER_NEAR.search(before[-30:]):
            about = "offer"
        else:
            about = ""
        found.append((int(count * (12 if years else 1)), years, about))
    return found


def _months_of_days(days: float) -> int:
    """Whole months a number of days stands for (84-93 days: 3 months), or -1 when it is no whole number."""
    months = round(days / 30.4)
    return months if months and 28 * months <= days <= 31 * months else -1


def _is_tenure(months: int, years: bool, tenure: int) -> bool:
    return months == tenure or (years and months // 12 in (tenure // 12, round(tenure / 12)))


def check_offer(v: Views, ctx: Context) -> list[str]:
    text, decision = v.folded.lower(), ctx.decision
    found = []
    numbers = _percent_numbers(text)
    percents = [number_value(n) for n in numbers] + [50.0] * len(_HALF.findall(text))
    # A percent sign without a number before it ("2O%") is a percentage that cannot be true.
    if len(_PERCENT_MARK.findall(text)) > len(numbers) or any(
        abs(p - decision.offer_percent) > 1e-9 for p in percents
    ):
        found.append("OFFER_PERCENT_MISMATCH")
    amounts = _amounts(text)
    if any(not any(_amount_matches(a, c, x) for x in _allowed_amounts(ctx, s)) for a, c, s in amounts):
        found.append("OFFER_AMOUNT_MISMATCH")
    durations = _durations(text)
    if _OPEN_ENDED.search(v.match):
        found.append("OFFER_DURATION_MISMATCH")
    tenure = ctx.facts.tenure
    for months, years, about in durations:
        offer_ok = bool(decision.offer_months) and months == decision.offer_months
        if about == "tenure" and not _is_tenure(months, years, tenure):
            found.append("TENURE_MISMATCH")
        elif about == "offer" and not offer_ok:
            found.append("OFFER_DURATION_MISMATCH")
        elif not about and not offer_ok and not _is_tenure(months, years, tenure):
            # The words do not say: either true figure is accepted, any other is not.
            found.append("OFFER_DURATION_MISMATCH")
    if decision.offer_percent:
        # The offer is stated by its percentage, its saving, or the discounted bill.
        new_bill = ctx.facts.monthly_charges * (1 - decision.offer_percent / 100)
        stated = decision.offer_percent in percents or any(
            _amount_matches(a, c, x) for a, c, _ in amounts for x in (*_allowed_amounts(ctx, True), new_bill)
        )
        lasts = any(m == decision.offer_months and about != "tenure" for m, _, about in durations)
        if not stated or (decision.offer_months and not lasts):
            found.append("OFFER_MISSING")
    # With no discount decided, any percentage or offer word is an offer the decision did not make.
    no_offer = not decision.offer_percent
    if _OFFER_EXTRAS.search(v.match) or (no_offer and (percents or _OFFER_WORDS.search(v.match))):
        found.append("OFFER_INVENTED")
    if _PHRASES["FALSE_PROMISE"].search(v.match) or _squashed("FALSE_PROMISE", v):
        found.append("FALSE_PROMISE")
    return found


# --- personal -----------------------------------------------------------------------------------

_GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|welcome back)\b"
    r"[\s,!.:;-]*(?P<who>[^\W\d_][\w'\-]*)?",
    re.IGNORECASE,
)
_FIRST_SENTENCE = re.compile(r"^[^.!?\n]{0,80}")
_OTHER_NAMES = frozenset(n.casefold() for n in FIRST_NAMES) | frozenset(
    """john james michael robert william richard thomas mark paul peter george steven kevin brian edward
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen emma olivia sophia emily anna
    laura kate helen rachel lucy tom jack harry oliver charlie daniel matthew andrew joseph chris""".split()
)
# On the match view, so that "M R S .  P A T E L" counts; "miss" is a verb there, so it needs a capital.
_HONORIFIC = re.compile(r"\b(?:mr|mrs|ms|dr|mx)\b\.? ?(?P<name>[a-z]+)?")
_MISS = re.compile(r"\bMiss [A-Z][a-z]+")
_OTHER_PEOPLE = lexicon.compile_all(
    (
        r"\b(?:another|other) customer'?s\b",
        r"\bcustomers' (?:accounts?|bills?|data|details|numbers?|addresses?)\b",
        r"\bcustomer (?:named|called)\b",
        r"\byour neighbou?r'?s?\b",
        r"\b(?:wife|husband|partner|son|daughter|mother|father|mum|mom|dad|friend|colleague|brother|sister|"
        r"flatmate|roommate)'?s? (?:account|bill|number|details|plan|data|phone|balance|address)\b",
        r"\b(?:his|her) (?:account|bill|number|address|details|data|plan|phone|e-?mail|card|balance)\b",
        r"\btheir (?:account|bill|card|phone|e-?mail|balance) (?:details|number)\b",
    )
)
# Ids and national insurance numbers are also looked for with spaces, dots and dashes removed, so that
# "7 5 9 0 - V H V E G" is still an id.
_CUSTOMER_ID = re.compile(r"(?<![A-Z0-9])\d{4}[A-Z]{5}(?![A-Z])")
_SEPARATORS = re.compile(r"[\s.\-]+")


def _dense(v: Views) -> str:
    return _dense_text(v.folded)


@lru_cache(maxsize=1024)
def _dense_text(folded: str) -> str:
    return _SEPARATORS.sub("", folded)


_EMAIL_AT = re.compile(
    r"(?<=[\w.+-])\s*@\s*\w+(?:\s*-\s*\w+)*(?:\.[a-z]{2,}|\s*\.\s*(?:com|net|org|io|co|uk|de|fr|info|me)\b)+"
    r"|(?<=\S)@\S+\.\S{2,}"  # any characters around the @ and the dot: "h€1p@t€1c0.!0"
)
# "(at)" and "[at]" are only ever written in addresses: any domain ending counts after them.
_EMAIL_BRACKETED = re.compile(
    r"(?<=\w)\s*(?:\(at\)|\[at\]|\{at\})\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\{dot\})\s*[a-z]{2,6})+"
)
_EMAIL_SPELLED = re.compile(
    r"(?<=\w)\s*(?:\(at\)|\[at\]|\{at\}|\sat\s)\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\{dot\}"
    r"|\sdot\s)\s*[\w-]+)*"
    r"\s*(?:\.|\(dot\)|\[dot\]|\{dot\}|\sdot\s)\s*(?:com|net|org|io|co|uk|de|fr|edu|gov|info|me|mail)\b"
)
_EMAIL_WORDS = re.compile(r"\be-?mail (?:address|us at|me at)\b")
# A domain spelled out with "dot" is only ever written to dodge a filter: an address, whatever precedes it.
_DOMAIN_SPELLED = re.compile(
    r"\b[\w-]+ ?(?:\(dot\)|\[dot\]|\{dot\}| dot ) ?(?:com|net|org|io|co|uk|de|fr|edu|gov|info|me)\b"
)
_DATE = re.compile(r"\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\s*")
_SSN = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")
_NATIONAL_ID = re.compile(r"[a-z]{2}\d{6}[a-d]")  # UK national insurance number, on _dense
_NATIONAL_ID_WORDS = re.compile(
    r"\b(?:ssn|ni (?:number|no)|nino|social security|national (?:id|insurance|identity)|passport"
    r"|tax (?:id|number)|id card"
    r"|identity (?:card|number)|driver'?s licen[cs]e)\b"
)
_IBAN = re.compile(r"\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){3,7}\b")
_CARD_WORDS = re.compile(
    r"\b(?:card number|cvv|cvc|security code|expiry date|account number|sort code|routing number|bank details"
    r"|pin (?:code|number)|password|login details)\b"
)
_NOT_DIGIT = re.compile(r"\D+")
_DIGIT_RUN = re.compile(r"(?<![\w$€£.,])(?:\+|00)?\(?\d[\d\s().\-/]{5,}\d(?![\w%])")


def _expected_name(ctx: Context) -> str:
    return greeting_word(ctx.facts.first_name)


def check_name(v: Views, ctx: Context) -> list[str]:
    """The greeting names the customer (the messenger's trusted name), or no one when it is untrusted."""
    expected = views(_expected_name(ctx)).match
    greeting = _GREETING.match(v.folded)
    who = greeting.group("who") if greeting else None
    # Only a capitalised word after "Hi" is a name: "Hello, thank you ..." names no one.
    who = views(who).match if who and who[0].isupper() else None
    if who == GENERIC_GREETING:
        who = None
    if expected == GENERIC_GREETING:
        # The customer's name cannot be trusted: a greeting must name no one, nor echo the name field.
        raw = views(ctx.facts.first_name).match
        echoed = len(raw) >= 2 and raw in v.match
        return ["NAME_MISMATCH"] if who is not None or not greeting or echoed else []
    if who is not None and who != expected.split(" ")[0]:
        return ["NAME_MISMATCH"]
    opening = _FIRST_SENTENCE.match(v.match).group(0)
    return [] if re.search(rf"\b{re.escape(expected)}\b", opening) else ["NAME_MISMATCH"]


_NAME_PARTS = re.compile(r"[\s'-]+")
_CAPITALIZED = re.compile(r"\b[A-Z][a-z]+\b")


def check_other_people(v: Views, ctx: Context) -> list[str]:
    # Every part of the customer's own name is theirs: "Anna" in "Anna-Lena" is no other person.
    names = (views(_expected_name(ctx)).match, views(ctx.facts.first_name).match)
    own = {part for name in names for part in _NAME_PARTS.split(name)} | set(names)
    capitalized = _CAPITALIZED.findall(v.folded) + [w.capitalize() for w in v.spaced_words]
    if any(w.casefold() in _OTHER_NAMES and w.casefold() not in own for w in capitalized):
        return ["OTHER_PERSON"]
    for honorific in _HONORIFIC.finditer(v.match):
        if not honorific.group("name") or honorific.group("name") not in own:
            return ["OTHER_PERSON"]
    if _MISS.search(v.folded):
        return ["OTHER_PERSON"]
    own_id = ctx.customer_id.replace("-", "")
    if any(cid != own_id for cid in _CUSTOMER_ID.findall(_dense(v))) or _OTHER_PEOPLE.search(v.match):
        return ["OTHER_PERSON"]
    return []


def _has_email(text: str) -> bool:
    if "@" in text and _EMAIL_AT.search(text):
        return True
    if "dot" in text and _DOMAIN_SPELLED.search(text):
        return True
    if ("(at)" in text or "[at]" in text or "{at}" in text) and _EMAIL_BRACKETED.search(text):
        return True
    spelled = " at " in text or "(at)" in text or "[at]" in text or "{at}" in text
    return (spelled and bool(_EMAIL_SPELLED.search(text))) or (
        "mail" in text and bool(_EMAIL_WORDS.search(text))
    )


def check_contact_data(v: Views, ctx: Context) -> list[str]:
    text = v.folded.lower()
    found = []
    # Digits are read on the folded view (leetspeak would turn them into letters), words on the match view.
    if _has_email(text) or _has_email(v.match):
        found.append("PERSONAL_EMAIL")
    if _NATIONAL_ID.search(_dense(v).lower()) or _SSN.search(text) or _NATIONAL_ID_WORDS.search(v.match):
        found.append("PERSONAL_NATIONAL_ID")
        text = _SSN.sub(" ", text)
    if _IBAN.search(text) or _CARD_WORDS.search(v.match):
        found.append("PERSONAL_CARD")
    if len(_NOT_DIGIT.sub("", text)) < 7:  # too few digits for any phone or card number: the usual case
        return found
    for run in _DIGIT_RUN.finditer(text):
        digits = sum(ch.isdigit() for ch in run.group(0))
        if _DATE.fullmatch(run.group(0)):
            continue
        if digits >= 13:
            found.append("PERSONAL_CARD")
        elif digits >= 7:
            found.append("PERSONAL_PHONE")
    return found


# --- tone, robustness ---------------------------------------------------------------------------

_PHRASES = {
    code: lexicon.compile_all(getattr(lexicon, code))
    for code in (
        "FALSE_PROMISE",
        "THREAT",
        "GUILT",
        "PRESSURE",
        "INSULT",
        "PROFANITY",
        "CHURN_MENTION",
        "INSTRUCTION_LEAK",
        "LINK",
    )
}
_OFFER_EXTRAS = lexicon.compile_all(lexicon.OFFER_EXTRAS)
_OFFER_WORDS = lexicon.compile_all(lexicon.OFFER_WORDS)
_SHOUTED = re.compile(r"\b[A-Z]{4,}\b")
_SHOUT_OK = frozenset({"STOP", "YES", "HELP", "INFO"})


def _squashed(code: str, v: Views) -> bool:
    return any(term in v.squashed for term in lexicon.SQUASHED.get(code, ()))


def _shouted_words(v: Views, ctx: Context) -> int:
    own = views(ctx.facts.first_name).folded.upper()
    return sum(1 for w in _SHOUTED.findall(v.folded) if w not in _SHOUT_OK and w != own)


def check_tone(v: Views, ctx: Context) -> list[str]:
    found = [
        code
        for code in ("THREAT", "GUILT", "PRESSURE", "INSULT", "PROFANITY", "CHURN_MENTION")
        if _PHRASES[code].search(v.match) or _squashed(code, v)
    ]
    if "PRESSURE" not in found and _shouted_words(v, ctx) > ctx.settings.max_shouted_words:
        found.append("PRESSURE")
    return found


def check_robustness(v: Views, ctx: Context) -> list[str]:
    found = []
    if v.hidden:
        found.append("HIDDEN_CHARACTERS")
    if v.disguised:
        found.append("OBFUSCATED_TEXT")
    if _PHRASES["INSTRUCTION_LEAK"].search(v.match) or _squashed("INSTRUCTION_LEAK", v):
        found.append("INSTRUCTION_LEAK")
    if _PHRASES["LINK"].search(v.folded.lower()) or _PHRASES["LINK"].search(v.match) or _squashed("LINK", v):
        found.append("LINK")
    return found


# --- form ---------------------------------------------------------------------------------------

# STOP after reply/text/send is the usual SMS opt-out; in capitals on the folded view only, so that
# "stop by the shop" is not one.
_STOP_KEYWORD = re.compile(r"\b(?:[Rr]eply|[Tt]ext|[Ss]end|[Ss][Mm][Ss]|REPLY|TEXT|SEND)(?: with)? STOP\b")
_OPT_OUT = re.compile(
    r"\bstop\b.{0,30}\b(?:opt[- ]?out|unsubscribe|stop (?:these|receiving|all|messages)"
    r"|end (?:these|messages)"
    r"|no more messages)\b|\b(?:opt[- ]?out|unsubscribe)\b.{0,30}\bstop\b|\bunsubscribe\b"
)
ENGLISH_WORDS = frozenset(
    """the a an and or to of for you your we our us is are be it in on with this that as at by from will
    can have has thank thanks please reply hi hello off next if would love like how what any all more just
    so me my i month months bill bills here there been being was were do does not no yes he she they them
    their his its who which when where why into about over after before than then also only very too up
    out down again still get got""".split()
)
# Frequent words of es, fr, de, pt, it, nl that are not English words.
_FOREIGN = """gracias por para usted nuestro nuestra nuestros cliente clientes meses descuento factura hola
    estimado estimada mensual gratis oferta responda aceptar ahora los las del una que muy mes anos
    todo pronto hasta esta este gusto siempre
    merci vous votre vos nous avec pour mois remise bonjour chere cher facture mensuelle repondez offre les
    des une est pas etre tres beaucoup toujours aussi bien avons sommes et encore bientot le la au du sur
    danke ihre ihr und nicht mit monate rabatt liebe sehr rechnung antworten sie wir der das ein eine zu auf
    bitte schon bald immer vielen dank ist sind fur bis auch noch
    obrigado obrigada voce seu sua desconto fatura ola connosco conosco muito
    grazie ciao mesi sconto bolletta vostro tuo della sono mille fiducia il gli di che molto sempre
    bedankt maanden korting jij uw wij een niet voor het krijgt gedurende vertrouwen tot ziens nogmaals
    el un
    pero como cuando donde porque tambien mas muy usted ustedes nuestras su sus tu tus mi mis le tiene tenemos
    estamos somos vemos
    mais donc alors cette ces leur leurs qui quoi dans sans chez ici je il elle ils sommes avons bon bonne
    aber oder wenn dass haben wird werden kann konnen ihnen euch dich dir mich mir ich uns unser unsere gerne
    morgen abend nacht
    anche ancora tutti tutto perche piu questo questa siamo abbiamo nostro nostra nostri vostra presto
    voce voces nosso nossa nossos tambem agora entao nao breve
    jullie onze jouw graag alvast snel binnenkort maar ook nog wel dag"""
FOREIGN_WORDS = frozenset(_FOREIGN.split()) - ENGLISH_WORDS
# Greetings, thanks and sign-offs of other languages: one is enough, as a message opening or closing in
# another language is in two languages ("Obrigado e até breve", "Grazie e a presto").
FOREIGN_MARKERS = (
    frozenset(
        """hola gracias adios hasta luego saludos buenos buenas dias tardes noches muchas atentamente besos
    abrazos chao bonjour bonsoir merci salut revoir bientot cordialement bisous amities journee soiree
    hallo tschuss wiedersehen danke gruss grusse freundlichen herzliche herzlichen guten ciao grazie
    buongiorno buonasera buonanotte arrivederci prego saluti cordiali ola obrigado obrigada tchau beijos
    abracos goedemorgen goedemiddag goedenavond doei groeten bedankt dankjewel hartelijk vriendelijke
    kiitos dziekuje merhaba tesekkurler multumesc spasibo arigato salamat terima kasih shukran""".split()
    )
    - ENGLISH_WORDS
)


def check_form(v: Views, ctx: Context) -> list[str]:
    settings, found = ctx.settings, []
    if len(v.raw) < settings.min_length:
        found.append("LENGTH_TOO_SHORT")
    if len(v.raw) > settings.max_length:
        found.append("LENGTH_TOO_LONG")
    if not (_OPT_OUT.search(v.match) or _STOP_KEYWORD.search(v.folded)):
        found.append("MISSING_OPT_OUT")
    if not is_english(v, settings, _own_name_words(ctx)):
        found.append("NOT_ENGLISH")
    return found


# Sentence ends: . ! ? followed by a space or the end (not the dot of "$85.64"), or a line break.
_SENTENCES = re.compile(r"[.!?]+(?:\s+|$)|\n+")
_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")
_GREETING_WORDS = frozenset("hi hello hey dear good morning afternoon evening day greetings".split())
# A word with an accented Latin letter ("até", "soirée", "à"): English words have none, names aside.
_ACCENTED_WORD = re.compile(r"\w*[À-ÖØ-öø-ɏ]\w*")


def _own_name_words(ctx: Context) -> frozenset[str]:
    name = f"{ctx.facts.first_name} {_expected_name(ctx)}".casefold()
    return frozenset(_NAME_PARTS.split(name)) | frozenset(_NAME_PARTS.split(views(name).match))


def is_english(v: Views, settings: ShieldSettings, own_names: frozenset[str] = frozenset()) -> bool:
    """English and English only, by a heuristic documented in the README.

    A message is English when few of its letters are in other scripts, it holds no greeting or sign-off
    of another language, at most `max_foreign_words` function words of other common languages or
    accented words (the customer's own name aside), and (when long enough to tell) at least
    `min_english_share` of its words are English function words.
    """
    if v.non_latin > settings.max_non_latin_share:
        return False
    words = _WORDS.findall(v.match)
    if any(w in FOREIGN_MARKERS and w not in own_names for w in words):
        return False
    foreign = sum(w in FOREIGN_WORDS and w not in own_names for w in words)
    if not v.clean.isascii():
        foreign += sum(w.casefold() not in own_names for w in _ACCENTED_WORD.findall(v.clean))
    if foreign > settings.max_foreign_words:
        return False
    # A sentence of five words or more without one English function word is in another language.
    for sentence in _SENTENCES.split(v.match):
        said = [w for w in _WORDS.findall(sentence) if w not in _GREETING_WORDS]
        if len(said) >= 5 and not any(w in ENGLISH_WORDS for w in said):
            return False
    if len(words) >= settings.min_words_for_share:
        return sum(w in ENGLISH_WORDS for w in words) / len(words) >= settings.min_english_share
    return True


# --- all checks ---------------------------------------------------------------------------------

CHECKS: tuple[Callable[[Views, Context], list[str]], ...] = (
    check_form,
    check_offer,
    check_name,
    check_other_people,
    check_contact_data,
    check_tone,
    check_robustness,
)


def clear_caches() -> None:
    """Forget every text seen (the views, word prefixes and names are cached per text): for timings."""
    views.cache_clear()
    word_prefixes.cache_clear()
    greeting_word.cache_clear()
    _dense_text.cache_clear()


OVERSIZE_FACTOR = 8  # a text over 8 x max_length is refused on its length alone


def problems(text: str, ctx: Context) -> list[str]:
    """Reason codes of every check the text fails, in CODES order (empty: the text may be sent)."""
    if len(text) > OVERSIZE_FACTOR * ctx.settings.max_length:
        # Far too long to send whatever it says: not worth the checks, whose cost grows with the text
        # (a 1 MB draft took seconds). It is replaced by the template, like any text that fails a check.
        return ["LENGTH_TOO_LONG"]
    v = views(text)
    if not v.clean.strip():
        return ["EMPTY_MESSAGE"]
    found = {code for check in CHECKS for code in check(v, ctx)}
    return sorted(found, key=ORDER.__getitem__)
