"""The shield's checks: one small function per concern, each returning the reason codes a text fails.

Every check reads the `Views` of text.py, so that obfuscated text is judged by what a reader sees.
`problems` runs them all; an empty answer means the text may be sent.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import IntEnum
from functools import lru_cache

from retention.facts import FIRST_NAMES
from retention.v1 import retention_pb2 as pb
from services.shield import classifier, lexicon
from services.shield.config import ShieldSettings
from services.shield.lexicon import word_index
from services.shield.names import GENERIC_GREETING, greeting_word
from services.shield.text import LEET, Views, script, views

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
_BELOW_HUNDRED = rf"(?:(?:{'|'.join(_TENS)})(?:[- ]?(?:{'|'.join(_UNITS[:9])}))?|{'|'.join(_UNITS)})"
# Hundreds and thousands in words (heldout9): "four hundred months", "ten thousand days".
_HUNDREDS = rf"[ -](?:hundred|thousand)(?:(?: and)? {_BELOW_HUNDRED})?"
_WORD_NUMBER = rf"(?:{_BELOW_HUNDRED}(?:{_HUNDREDS})?|a{_HUNDREDS})"
_NUMBER = rf"(?:\d+(?:[.,]\d+)?|{_WORD_NUMBER})"


_NUMBER_PARTS = re.compile(r"[- ]|(?<=ty)(?=[a-z])")  # "twenty-four", "twenty four", "twentyfour"


def number_value(token: str) -> float:
    token = token.strip().replace(",", ".")
    if token[0].isdigit():
        return float(token)
    if "hundred" not in token and "thousand" not in token:
        return float(sum(WORD_VALUES[p] for p in _NUMBER_PARTS.split(token)))
    total = current = 0
    for part in _NUMBER_PARTS.split(token):
        if part == "hundred":
            current = (current or 1) * 100
        elif part == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif part in WORD_VALUES:
            current += WORD_VALUES[part]
        elif part == "a":
            current += 1
    return float(total + current)


# Numbers are found from their unit backwards: the units are few and quick to find, while a number
# (digits or words) could start at any word.
_PERCENT_UNIT = re.compile(r"%|per[ -]?cent\b|pct\b|p(?<=\dp)c\b|p(?<=\d p)c\b")  # "30pc", "61 pc"
_PERCENT_NUMBER = re.compile(rf"\b(?P<n>{_NUMBER})[\s-]*\Z")  # "a 90-per-cent saving" (heldout10)
# Regexes searched over a whole text start with a character, not \b, where they can: the regex engine
# then jumps to the next place that character occurs instead of trying every position. "p(?<!\wp)" is
# "\bp" written that way.
_PERCENT_MARK = re.compile(r"%|p(?<!\wp)(?:er[ -]?cent|ct)\b|p(?<=\dp)c\b|p(?<=\d p)c\b")
_FIFTY_FIFTY = re.compile(r"\b50 ?/ ?50\b")
# Cents off each dollar are a percentage (heldout12): "35 cents off every dollar you pay us" is 35%.
_CENTS_ON_THE_DOLLAR = re.compile(
    r"\b(?P<n>\d{1,2}) ?(?:cents?|pence|p|c) (?:off|back|saved|knocked off) (?:of |on )?"
    r"(?:every|each|per|a|the) (?:dollar|pound|euro)\b"
)
# ... and so are so many dollars in every so many (heldout12: "Two in every three dollars of your bill,
# gone").
_SHARE_OF_EACH = re.compile(
    rf"\b(?P<n>{_BELOW_HUNDRED}|\d{{1,2}}) (?:in|out of|of) (?:every|each) "
    rf"(?P<d>{_BELOW_HUNDRED}|\d{{1,3}}) (?:dollars|pounds|euros|bucks|quid)\b"
)
_SHARE_BEFORE = re.compile(r"\b(?:in|out of|of) (?:every|each) $")
# A share of the bill in words is a percentage: "half price" is 50%, "a third off" 33.3% (no 30% offer).
# Any share in words (heldout9): "one-eighth off", "nine-tenths off", "a sixth off".
_FRACTION = re.compile(
    r"\b(?P<share>half|(?P<num>a|one|two|three|four|five|six|seven|eight|nine)(?: ?- ?| )(?P<den>thirds?"
    r"|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|elevenths?|twelfths?|twentieths?))[ -]"
    # a share and a little more is no exact share either (heldout14: "a fifth and a bit off")
    r"(?:(?:and a bit|or so|plus|and change|or more|and then some|and a little|odd),? )?"
    r"(?:(?:knocked|comes?|coming|taken|shaved|trimmed|cut) )?"
    r"(?:off|price|discount|of (?:your|the) (?:bill|price|plan) off"
    # a share of the bill said to be gone (heldout10: "seven-tenths of your bill, gone")
    r"|of (?:your|the) (?:monthly )?(?:bill|price|plan),? (?:just |simply )?(?:gone|vanishes|vanished|disap"
    r"pears|disappeared|wiped (?:off|out|away)|knocked off|slashed|removed|taken off|melts away))\b"
)
_SAVE_FRACTION = re.compile(
    r"\bsav(?:e|es|ing) (?:you )?(?:exactly |just |nearly |almost |about |around |over |roughly )?(?:a|one) "
    r"(?P<share>third|quarter|fifth|tenth)\b"
)
_FRACTION_PERCENT = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0,
                     "two thirds": 200 / 3, "three quarters": 75.0, "two fifths": 40.0,
                     "three fifths": 60.0, "four fifths": 80.0}  # fmt: skip
_SHARE_WORDS = (
    "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "twentieth",
)  # fmt: skip
_DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                 "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20}  # fmt: skip
# A share said as what the bill falls by (heldout14: "your bill drops by a good two-thirds"), so many
# hundredths ("35 hundredths off") and a percentage and a half ("eleven and a half percent").
_FRACTION_BY = re.compile(
    r"\b(?:drops?|dropped|falls?|fell|cut|reduced|slashed|lowered|comes? down|goes? down|shrinks?|shrunk|"
    r"trimmed|shaved|lighter) by (?:a good |a full |fully |about |around |roughly |nearly |almost |over |just"
    r" over |some |a solid |a whole |a hefty )?(?:(?P<half>half)|(?P<num>a|one|two|three|four|five|six|seven|"
    r"eight|nine)(?: ?- ?| )(?P<den>thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|tw"
    r"elfths?|twentieths?))\b"
)
_HUNDREDTHS = re.compile(rf"\b(?P<n>\d{{1,2}}|{_WORD_NUMBER}) ?-? ?hundredths?\b")
_HALF_PERCENT = re.compile(rf"\b(?P<n>\d{{1,2}}|{_WORD_NUMBER}) and a half (?:per ?cent|%|pct|pc)")
# A share as digits ("3/5 off", "3 / 5 off") or a bill halved in other words ("half your bill just
# disappears"): heldout8.
_DIGIT_FRACTION = re.compile(
    r"(?<![\d/.])(?P<n>[1-9]) ?/ ?(?P<d>[2-9]|10)(?![\d/]) ?(?:off|of (?:your|the) bill|price|discount)\b"
    # "3-in-10 discount", "3 in 10 off" (heldout13)
    r"|(?<![\d/.])(?P<n2>[1-9]) ?-? ?in ?-? ?(?P<d2>[2-9]|10|100)(?![\d/]) ?(?:off|discount|reduction|saving|"
    r"(?:of|from) (?:your|the) bill)\b"
)
_FRACTION_WORDS = ("off", "price", "discount", "reduction", "saving", "bill")
_HALF_BILL = re.compile(
    # "your bill, halved" (heldout12)
    r"\byour (?:monthly )?(?:bill|price|charges?),? (?:is |gets |now )?(?:halved|cut in half)\b|"
    r"\bhalf (?:of )?(?:your|the) (?:monthly )?(?:bill|price|charges?)(?: just| simply)? "
    r"(?:disappears|vanishes|is gone|melts away|comes off|is knocked off|off)\b"
)
_AMOUNT = re.compile(
    r"(?:[$€£]|\b(?:usd|eur|gbp)\b)\s*(?P<a>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
    r"|(?P<b>\b\d+(?:\.\d{1,2})?)\s*(?:dollars?|usd|euros?|eur|pounds?|gbp|bucks|quid)\b"
    # An amount in words before a currency word: "seventy bucks", "twenty-five dollars".
    rf"|\b(?P<w>{_WORD_NUMBER})[ -](?:dollars?|euros?|pounds?|bucks|quid)\b"
    # An amount in cents (heldout12: "2,750 cents less every month" is $27.50).
    r"|(?P<c>\b\d{1,3}(?: ?, ?\d{3})+|\b\d+) ?cents\b"
)
# "back" is a saving ("$9 back each month"), not the price the offer ends on: "then back to $67.30", "goes
# back up to", "back at" (heldout8).
_SAVING_WORDS = re.compile(
    r"\b(?:off|less|sav(?:e|es|ed|ing|ings)|back(?! (?:up |down )?(?:to|at|again)\b)|discount(?:ed)?|cheaper"
    r"|reduction|knock(?:ed)?|lower by)\b"
)
# "$.3.1...7.5": an amount with a dot between its digits, a run of dots standing for the decimal point.
# Two digits are enough after a dot (heldout9: "U.S.$.5.7"); "$5.7" alone is left as written.
_DOTTED_AMOUNT = re.compile(
    # a full stop may end it; a comma between thousands dotted too ("$.3.,.0.0.0": heldout10)
    r"(?<=[$€£])(?:\.\d(?:(?:\.{1,3}|\.?,\.?)\d)+|\d(?:(?:\.{1,3}|\.?,\.?)\d){2,})(?!\.*\d)"
)


def _join_dotted_amount(m: re.Match) -> str:
    return re.sub(r"\.{2,}", "\x00", m.group(0)).replace(".", "").replace("\x00", ".")


# Before an amount that is no saving: a price it was, or the price the offer ends on ("then back to $67.30",
# "returns to", "goes back up to": heldout8).
# The bill paid now (heldout10): "you'd pay $53.00 where you now pay $63.85 (17% off)".
# The bill named as it is now, or as it is once the offer ends (heldout11): "your current bill is $68.90.
# With 23% off ...", "your bill today is", "once it ends, it's $68.90".
_INSTEAD_OF = re.compile(
    r"\b(?:instead of|rather than|down from|up from|usually|normally|was|were|from|back to|back up to"
    r"|(?:returns?|reverts?|goes|going) (?:back )?(?:up )?to|then|afterwards?,?(?: it'?s| it is| you pay)?"
    r"|(?:now|currently|presently|today) pay(?:s|ing)?|pay(?:s|ing)? (?:now|currently|today|at present)"
    r"|(?:current|present|existing|usual|normal|regular|standard|full|today'?s) (?:monthly )?(?:bill|pric"
    r"e|charge|rate|payment|cost)s? (?:is |are |of |stands at |comes to |sits at )?"
    r"|(?:bill|price|charge|payment)s? (?:(?:is|are) )?(?:(?:currently|now|at present|today|at the moment)"
    r"(?: is| are)?|is|are|of|stands at|comes to|sits at)"
    r"|(?:ends|is over|runs out|finishes|expires),? (?:it'?s|it is|it goes to|you pay|you'?d pay))\s*$"
)


# ... or the bill named by the word after it: "$20.00 off your $100.00 bill" (heldout11's family).
_BILL_NAMED = re.compile(r"\s?(?:monthly |a month )?(?:bill|invoice|plan|charge)s?\b")
# Before an amount said as a bill, what is paid or where the bill goes (heldout12): "today you pay $61.75",
# "lower your bill from $61.75 to $48.78", "with 21% off it's $48.78". Its value, not the words near it, then
# tells it: the bill now or the bill with the offer is right, any other amount there is wrong ("from $61.75
# to $30.00" with 21% off); "save up to $12.97" is a saving.
_BILL_SAID = re.compile(
    r"(?:(?<!up )(?<!close )(?<!next )\bto|\bit'?s|\bit is|\bit(?:'ll| will|'d| would) be|\bbecomes?"
    r"|\byou(?:'d| would|'ll| will)? pay|\bafter (?:that|this|it ends|the offer(?: ends)?),?)\s*$"
)
# ... unless a saving word comes right after it: "it's $12.97 less each month", "to $12.97 off".
_SAVING_NEXT = re.compile(
    r"\s?(?:(?:a|each|every|per) month |monthly )?(?:off|less|cheaper|back|saved|savings?|discount|lower)\b"
)
# A saving word counts for the amounts of its own sentence (heldout12): "today you pay $61.75 a month. With
# 21% off ..." says no saving of $61.75.
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def _is_money(text: str, start: int) -> bool:
    """A number at start is an amount of money or its cents ("$63.85 bill"), not a count (heldout10)."""
    before = text[max(0, start - 2) : start]
    return before[-1:] in ("$", "€", "£") or (before[-1:] in (".", ",") and before[:1].isdigit())


_CURRENCY_MARKS = ("$", "€", "£", "usd", "eur", "gbp", "dollar", "pound", "buck", "quid", "cents")
_CURRENCY_WORDS = _CURRENCY_MARKS[3:]
# _AMOUNT when the text names no currency: a sign then the amount, found from the sign.
_AMOUNT_SIGNED = re.compile(r"[$€£]\s*(?P<a>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)(?P<b>)")
# "12", "twelve", "a", "a full", "half a", "a couple of", "a few": a few or several is no stated number (-1).
_DURATION_NUMBER = re.compile(
    rf"\b(?P<n>{_NUMBER}|an?|half an?|a couple of|couple of|a few|several|a dozen|half a dozen"
    r"|(?:two|three|four|five|six) dozen)\s*-?\s*(?:odd |plus |or so )?"
    r"(?:more )?(?P<whole>(?:full|whole|entire|straight|complete|solid|calendar|consecutive|single) )?\Z"
)
_DURATION_UNIT = re.compile(
    r"(?P<unit>months?|mos\b|years?|yrs?|decades?|weeks?|wks?|days?|fortnights?|quarters?"
    r"|monthly (?:bills?|payments?|invoices?|instal?ments?|charges?|debits?|statements?)"
    # (heldout13's family) "forty-one billing months", "thirty-six monthly instalments"
    r"|bills?|billing (?:cycles?|periods?|months?)|direct debits?|instal?ments?"
    r"|invoices?|statements?"
    # payments and the dates they fall on (heldout12: "Thirty-two payment dates at the lower price")
    r"|payments|(?:payment|billing|due|debit) dates|(?:payment|billing) days"
    # a count of what comes once a year (heldout12): "fourteen Christmases on our network", "two more summers"
    r"|christmases|birthdays|summers|winters|new years)\b"
)
_DURATION_WORDS = {"a": 1.0, "an": 1.0, "half a": 0.5, "half an": 0.5, "a couple of": 2.0, "couple of": 2.0,
                   "a few": -1.0, "several": -1.0, "a dozen": 12.0, "half a dozen": 6.0, "two dozen": 24.0,
                   "three dozen": 36.0, "four dozen": 48.0, "five dozen": 60.0,
                   "six dozen": 72.0}  # fmt: skip
# An end the offer cannot be checked against: "until the end of the year", "for the rest of the year".
_OPEN_ENDED = (  # phrases, searched with the others of _SENTENCE_PHRASES
    r"\b(?:until|till|til|up until|through(?: to)?|thru|right through|up to|right up to|all the way"
    r" (?:to|through|until)|as far as) (?:the end of )?(?:(?:the|next|this) )?(?:year|summer|winter"
    r"|spring|autumn|fall|christmas|easter|new year|halloween|thanksgiving|diwali|eid|hanukkah|valentine'?s"
    r"|january|february|march|april|june|july|august"
    r"|september|october|november|december|20\d\d)\b",
    # Family (heldout8): an end set by the calendar of something else: "until the school year ends", "till
    # the clocks go back", "until the end of the football season".
    r"\b(?:until|till|til|up until|through(?: to)?|right through) (?:the )?(?:end of (?:the |this )?)?"
    r"(?:clocks? (?:go|goes|change|spring|fall)"
    r"|(?:school|academic|tax|financial|football|sports?|holiday|festive) (?:year|term|season)"
    r"|(?:school|summer|christmas|winter|easter|half-term) (?:holidays?|break|term)|semester"
    r"|(?:this|next) (?:term|season))\b",
    # Family (heldout16's misses): an end set by the customer's own life ("until your mortgage is paid off",
    # heldout15's "until your eldest starts university", "until you retire").
    r"\b(?:until|till|til|right up until|up until|right up to) (?:your|you) (?:[\w-]+ ){0,3}(?:paid off|clea"
    r"red|grown up|grow up|retire|retires|graduate|graduates|starts? (?:university|college|school|secondary)|"
    r"leaves? home|moves? out|finish(?:es)? (?:school|university|college)|gets? married|turns? \d+)\b",
    # Family (heldout9): the new year of another calendar, a festival, the customer's own dates.
    r"\b(?:until|till|til|up until|through(?: to)?|right through|up to) (?:the )?(?:end of )?(?:(?:lunar|chi"
    r"nese|jewish|islamic|hindu|persian|orthodox|tamil|sinhala|sinhalese|vietnamese|korean|hmong|ethiopian) "
    r"new year|ramadan|passover|kwanzaa|holi|vesak|songkran|tet|nowruz|carnival|mardi gras|bank holiday|blac"
    r"k friday|boxing day|(?:your )?(?:next )?(?:birthday|anniversary|name day))\b",
    # Family (heldout10): a quarter or a half of the business year: "through the end of Q3".
    r"\b(?:until|till|til|up until|through(?: to)?|right through|up to|thru) (?:the )?(?:end of )?(?:q[1-4]|"
    r"(?:the )?(?:first|second|third|fourth|final|last|next|this) (?:quarter|half)(?: of the year)?|quarter "
    r"(?:one|two|three|four|[1-4])|h[12])\b",
    r"\bfor the (?:rest|remainder|balance) of (?:the|this|your) (?:year|contract|plan|term|subscription)\b",
    r"\b(?:all|the whole|the entire) (?:year|summer|winter) (?:long|round)\b",
    r"\ball year\b",
    r"\b(?:for|through|throughout|applies (?:for|to|through)|lasts (?:for)?|runs (?:for|through)|valid (?:for"
    r"|through)) (?:the )?(?:rest|remainder|balance) of (?:the year|this year|20\d\d)\b",
    # Family (heldout11): an end set by an event of the calendar: "until the next leap year", "till the World
    # Cup final".
    r"\b(?:until|till|til|up until|through(?: to)?|right through|up to) (?:the )?(?:end of )?(?:(?:next|this|"
    r"coming) )?(?:leap year|world cup(?: final)?|olympics|olympic games|euros|eurovision|super bowl|general "
    r"election|election|grand final|cup final|commonwealth games|wimbledon|tour de france|solstice"
    r"|equinox)\b",
    # Family (heldout12): an end set by the customer's next upgrade or renewal: "until you next upgrade your
    # phone", "until your next contract renewal".
    r"\b(?:until|till|til|up until|up to) (?:you next (?:upgrade|renew|switch|change)"
    r"|your next (?:\w+ )?(?:upgrade|renewal|contract|handset|phone))\b",
    # Family (heldout14): an event of a place or year ("until the Brisbane Olympics", "till the 2030 World
    # Cup"), the end of a decade or century, a semester or a season as the offer's length.
    r"\b(?:until|till|til|up until|through(?: to)?|right through|up to|right up to) the (?:[\w'-]+ ){1,2}(?:o"
    r"lympics|olympic games|paralympics|world cup|euros|eurovision|super bowl|commonwealth games|games|elect"
    r"ion|expo|world fair|jubilee|coronation)\b",
    r"\b(?:until|till|til|up until|through(?: to)?|right through|up to|right up to|all the way to|into) (?:th"
    r"e )?(?:(?:end|close|turn) of (?:the |this |next )?|next )(?:decade|century|millennium|twenties|thirtie"
    r"s|forties|era)\b",
    r"\b(?:for|lasts?(?: for)?|runs?(?: for)?|over|throughout|stays? (?:for)?) (?:a|one|two|three|the|this|ne"
    r"xt|an entire|a whole|the whole|a full) (?:semesters?|trimesters?|school terms?|academic (?:years?|terms"
    r"?)|terms? of study|sporting seasons?|football seasons?|tax years?|financial years?|fiscal years?)\b",
    r"\b(?:savings?|discount|offer|deal|(?:lower |new )?price|reduction)s? (?:continues?|lasts?|runs?"
    r"|carr(?:y|ies) on|goes on|extends?|stays?) (?:on )?(?:into|until|till|through|to|past) "
    r"(?:20\d\d|next year|the new year)\b",
)
# ... what may stand between (heldout12: "a couple of years, give or take, as our customer", "fifteen
# birthdays you've celebrated as our customer")
_TENURE_AFTER = re.compile(
    r"^\s*,?(?:\s*(?:now|so far|already|give or take|more or less|or so|and counting|all told|in all)"
    r"\s*,?)?\s*"
    r"(?:you(?:'ve| have) (?:celebrated|spent|enjoyed|had|clocked(?: up)?|racked up|notched up|marked) )?"
    r"(?:with us|as (?:a|an|our) |as one of (?:ours|us|our own|the family)"
    r"|of (?:loyalty|service|membership|being|your)|together|on (?:our|the) (?:network|books)"
    r"|you(?:'ve| have) been|in our family|anniversary"
    r"|since (?:you |your )?(?:joined|joining|signed|signing|became|started|switched|first|came))"
)
_TENURE_BEFORE = re.compile(
    r"(?:\byour|been with us for|been a customer for|with us for|customer for|been with us|\bpast|\blast"
    r"|(?:being|staying|sticking) with us(?: for)?"  # "for being with us 125 months" (heldout12)
    r"|on board for|a member for|connected for|together for"
    r"|thanks? (?:you )?for|it'?s been|it has been|you'?ve been with us"
    r"|(?:customer|member) of (?:just |only |nearly |almost |over |more than )?)\s*$"
)
_OFFER_BEFORE = re.compile(r"(?:\bnext|\bfirst|\bfollowing|\bcoming)\s*$")
# A price "a month for 12 months" or "down ... for 12 months" is the offer's price, and so its duration.
_OFFER_NEAR = re.compile(
    r"%|\bper ?cent\b|\boff\b|\bdiscount|\bsav(?:e|ing)|\b(?:a|per|each|every) ?(?:month|mo) (?:for|over)\s*$"
    r"|[$€£] ?\d+(?:[.,]\d+)? (?:a month |per month |monthly |each month )?(?:for|over)\s*$"
    r"|/ ?(?:month|mo) (?:for|over)\s*$|\b(?:down|reduced|lower|cheaper|less)\b"
    r"|\b(?:price|bill) cuts? for\s*$"
)
# What follows a duration can tie it to the offer: "six weeks of lower bills", "a year and a bit of savings".
_OFFER_AFTER = re.compile(
    r"\s*(?:and a (?:bit|half|little|few \w+) )?(?:of|with|at) (?:the )?(?:lower|lowered|reduced|cheaper"
    r"|discounted|smaller|new) (?:bills?|prices?|payments?|rates?|invoices?|plan)\b"
    r"|\s*(?:and a (?:bit|half|little|few \w+) )?(?:of|with) (?:the )?(?:savings?|discount|offer|reduction)\b"
)
# "a year and nine months": one duration, in months.
_YEARS_AND_MONTHS = re.compile(rf"\b(?P<y>{_NUMBER}|a|an) years? and (?P<m>{_NUMBER}) months?\b")
_LONG_SPANS = {"a quarter of a century": "25 years", "quarter of a century": "25 years",
               "half a century": "50 years", "a century": "100 years", "a decade and a half": "15 years",
               "half a decade": "5 years",
               # a dozen and a half (heldout10), a joining date in the last century (25 years at least)
               "a dozen and a half": "18", "dozen and a half": "18", "since the last century": "for 25 years",
               "since the previous century": "for 25 years", "since the last millennium": "for 25 years",
               "since the nineties": "for 25 years", "since the 90s": "for 25 years",
               "since the 1990s": "for 25 years", "since the eighties": "for 35 years",
               "since the 80s": "for 35 years", "since the 1980s": "for 35 years"}  # fmt: skip
_LONG_SPAN = re.compile("|".join(sorted(_LONG_SPANS, key=len, reverse=True)))
_LONG_SPAN_NEEDS = (
    "century", "decade and a half", "half a decade", "dozen and a half", "millennium", "since the"
)  # fmt: skip
# "two and a half years", "two and a quarter years" (heldout9), "a year and three quarters" aside
_AND_A_HALF = re.compile(
    rf"\b(?P<n>{_NUMBER}) and (?P<f>a half|a quarter|three quarters|a third|two thirds) (?P<unit>years?|mont"
    rf"hs?)\b"
)
_ALL_OF_YOUR = re.compile(rf"\ball (?P<n>{_NUMBER}) of (?:your|our) (?=(?:months|years|weeks|days)\b)")
_AND_SHARES = {
    "a half": 0.5,
    "a quarter": 0.25,
    "three quarters": 0.75,
    "a third": 1 / 3,
    "two thirds": 2 / 3,
}
_OF_SAVINGS = re.compile(
    r"\s*(?:and a (?:bit|half|little) )?of (?:the )?(?:savings?|discount|lower|reduced)\b"
)
_APPLIES = re.compile(
    r"\b(?:it|this|that|the (?:offer|discount|deal|price|saving)s?|it's yours|it is yours) "
    r"(?:(?:applies|lasts|runs|carries on|continues|goes on|keeps going)(?: for| across)?|(?<=yours )for)"
    r"(?: a good| a full| a whole)?\s*$"
    r"|\byou(?:'re| are|'ll be| will be) covered for\s*$"
)
# "for a year", "lasts a year": a duration; "$8 a month" is a rate.
_DURATION_START = re.compile(
    r"(?:\bfor|\bnext|\bfirst|\b(?:lasts?|lasting|runs?|running|holds?|continues?|stays?|applies|valid|good)"
    r"(?: for)?)\s*$"
)
# A tenure said to be near one ("just shy of a year on our network", "nearly a year with us": heldout11).
_NEARLY = re.compile(
    r"(?:\b(?:shy|short) of|\bnearly|\balmost|\bclose to|\bnot quite|\b(?:coming|getting) up to|\bgetting "
    r"on for"
    # (heldout16) a tenure said to be short: "with us barely a year", "hardly a year", "not even a year"
    r"|\bbarely|\bhardly|\bscarcely|\bnot even|\bonly just|\bjust about)\s*$"
)


def _percent_numbers(text: str) -> list[str]:
    """The number written before each percent sign, "percent" or "pct"."""
    found = []
    for unit in _PERCENT_UNIT.finditer(text):
        number = _PERCENT_NUMBER.search(text, max(0, unit.start() - 30), unit.start())
        if number:
            found.append(number.group("n"))
    return found


def _in_months(m: re.Match) -> str:
    years = 1.0 if m.group("y") in ("a", "an") else number_value(m.group("y"))
    return f"{12 * years + number_value(m.group('m')):g} months"


def _fractions(text: str, match: str) -> list[float]:
    """The percentages written as shares ("half price", "a third off", "50/50"), on the text and, where it
    differs, on the match view ("h.a.l.f  p.r.i.c.e")."""
    found = []
    for view in (text, match) if match != text else (text,):
        if "50" in view:
            found += [50.0] * len(_FIFTY_FIFTY.findall(view))
        if ("/" in view or " in" in view or "-in" in view) and any(w in view for w in _FRACTION_WORDS):
            found += [
                100 * int(m.group("n") or m.group("n2")) / int(m.group("d") or m.group("d2"))
                for m in _DIGIT_FRACTION.finditer(view)
            ]
        if " dollar" in view or " pound" in view or " euro" in view:
            found += [float(m.group("n")) for m in _CENTS_ON_THE_DOLLAR.finditer(view)]
            if " every " in view or " each " in view:
                found += [
                    100 * number_value(m.group("n")) / number_value(m.group("d"))
                    for m in _SHARE_OF_EACH.finditer(view)
                    if number_value(m.group("d"))
                ]
        if "half" in view or "halved" in view:
            found += [50.0] * len(_HALF_BILL.findall(view))
        if "hundredth" in view:
            found += [number_value(m.group("n")) for m in _HUNDREDTHS.finditer(view)]
        if "and a half" in view:
            found += [number_value(m.group("n")) + 0.5 for m in _HALF_PERCENT.finditer(view)]
        if not any(word in view for word in _SHARE_WORDS):
            continue
        if "by " in view:
            for m in _FRACTION_BY.finditer(view):
                if m.group("half"):
                    found.append(50.0)
                else:
                    num = 1 if m.group("num") in ("a", "one") else WORD_VALUES[m.group("num")]
                    found.append(100 * num / _DENOMINATORS[m.group("den").rstrip("s")])
        for m in _FRACTION.finditer(view):
            if m.group("share") == "half":
                found.append(50.0)
                continue
            num = 1 if m.group("num") in ("a", "one") else WORD_VALUES[m.group("num")]
            found.append(100 * num / _DENOMINATORS[m.group("den").rstrip("s")])
        if "sav" in view:
            found += [_FRACTION_PERCENT[m.group("share")] for m in _SAVE_FRACTION.finditer(view)]
    return found


# A saving said to come each month ("$8 back in your pocket every month"), read up to the next figure.
_EACH_MONTH = re.compile(r"\b(?:every|each|a|per) (?:month|bill)\b|\bmonthly\b|/ ?mo(?:nth)?\b")
_FIGURE = re.compile(r"[\d$€£]")


class Said(IntEnum):
    """What the words around an amount say it is (_amounts), and so which amounts it may equal."""

    ANY = 0  # nothing said: the bill, the new bill or a saving
    SAVING = 1  # the monthly or the total saving
    MONTHLY_SAVING = 2  # a saving each month
    BILL = 3  # said as a bill (_BILL_SAID): the bill now or with the offer


# A saving word is an amount's only where it is that amount's (heldout13: "Now: $62.40 a month. With 11% off
# for 32 months: $55.54. Afterwards: $62.40"): not the percentage's right before it ("11% off"), not across
# another figure ("off for 32 months: $55.54"), not across a sentence's end. Every other amount is read by
# its value: the bill now, the bill with the offer, the monthly or the total saving.
_PERCENT_BEFORE = re.compile(r"(?:%|\bper ?cent|\bpct|\bpc)\s*$")
_FIGURE_OR_PERCENT = re.compile(r"[\d$€£%]")


def _saving_word_own(between: str, after_amount: bool) -> bool:
    """No other figure comes between an amount and a saving word (`between`), so the word is the amount's."""
    return not _FIGURE_OR_PERCENT.search(between) and not (after_amount and _PERCENT_BEFORE.search(between))


def _saving_word_before(before: str) -> bool:
    """A saving word before an amount, in its sentence, is the amount's: no figure between, not a
    percentage's."""
    for end in _SENTENCE_END.finditer(before):
        before = before[end.end() :]
    return any(
        _saving_word_own(before[w.end() :], after_amount=False)
        and not _PERCENT_BEFORE.search(before[: w.start()])
        for w in _SAVING_WORDS.finditer(before)
    )


def _amounts(text: str) -> list[tuple[float, bool, Said]]:
    """(value, written with cents, what it is said to be) of every amount of money in the text."""
    if not any(mark in text for mark in _CURRENCY_MARKS):
        return []
    if ".." in text or "$." in text:
        text = _DOTTED_AMOUNT.sub(_join_dotted_amount, text)
    found = []
    amount = _AMOUNT if any(word in text for word in _CURRENCY_WORDS) else _AMOUNT_SIGNED
    for m in amount.finditer(text):
        words, cents = m.groupdict().get("w"), m.groupdict().get("c")
        if cents:
            raw = f"{int(cents.replace(',', '').replace(' ', '')) / 100:.2f}"
        else:
            raw = f"{number_value(words):g}" if words else (m.group("a") or m.group("b")).replace(",", "")
        before = text[max(0, m.start() - 20) : m.start()]
        # A saving word within 25 characters after, read with what follows it ("then back to $67.30"), in
        # the amount's own sentence.
        after = text[m.end() : m.end() + 40]
        if end := _SENTENCE_END.search(after):
            after = after[: end.start()]
        if (" every " in before or " each " in before) and _SHARE_BEFORE.search(before):
            continue  # "two in every three dollars": a share (_SHARE_OF_EACH), no amount
        if _INSTEAD_OF.search(before):
            found.append((float(raw), "." in raw, Said.ANY))
            continue
        if _BILL_SAID.search(before) and not _SAVING_NEXT.match(after):
            found.append((float(raw), "." in raw, Said.BILL))
            continue
        said = _saving_word_before(before) or any(
            w.start() < 25 and _saving_word_own(after[: w.start()], after_amount=True)
            for w in _SAVING_WORDS.finditer(after)
        )
        saving = Said.SAVING if said and not _BILL_NAMED.match(after) else Said.ANY
        if saving:
            figure = _FIGURE.search(after)
            if _EACH_MONTH.search(after, 0, min(35, figure.start() if figure else 35)):
                saving = Said.MONTHLY_SAVING
        found.append((float(raw), "." in raw, saving))
    return found


def _allowed_amounts(terms: _Terms, saving: Said) -> list[float]:
    """The amounts a message may state: a saving is the monthly or the total saving (a saving each month the
    monthly one); any other amount may also be the bill or the discounted bill."""
    bill = terms.monthly_charges
    share = terms.offer_percent / 100
    if saving == Said.BILL:
        return [bill, bill * (1 - share)]
    if saving == Said.MONTHLY_SAVING:
        return [bill * share] if share else []
    savings = [bill * share, bill * share * terms.offer_months] if share else []
    savings += [terms.offer_cost] if share and terms.offer_cost else []
    return savings if saving else [bill, *savings, *([bill * (1 - share)] if share else [])]


# An amount in round thousands, said the way people say money (heldout12: "Nearly three grand saved over the
# whole offer"): right when within a tenth of an amount the message may state, as such a figure is rounded.
_GRAND = re.compile(
    # "half a grand" (heldout13's family)
    rf"\b(?P<n>{_WORD_NUMBER}|\d+(?:\.\d+)?|half a|a) grand\b(?:(?<!\ba grand)|(?=[.,;:!?)]|$| (?:off|saved|"
    rf"le"
    r"ss|in savings|back|over|cheaper|a year|per year|or so|or more|all told|in all|in total)\b))"
)
_ROUGHLY = 0.1


def _grand(n: str) -> float:
    return 1000.0 * (1 if n == "a" else 0.5 if n == "half a" else number_value(n))


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
    if " years and " in text or " year and " in text:
        text = _YEARS_AND_MONTHS.sub(_in_months, text)
    if "all " in text and (
        " of your " in text or " of our " in text
    ):  # "all thirty of your months" (heldout9)
        text = _ALL_OF_YOUR.sub(lambda m: f"{m.group('n')} ", text)
    if any(words in text for words in _LONG_SPAN_NEEDS):
        text = _LONG_SPAN.sub(lambda m: _LONG_SPANS[m.group(0)], text)  # "a quarter of a century": 25 years
    if any(f" and {share} " in text for share in _AND_SHARES):
        text = _AND_A_HALF.sub(
            lambda m: f"{number_value(m.group('n')) + _AND_SHARES[m.group('f')]:g} {m.group('unit')}", text
        )
    for unit in _DURATION_UNIT.finditer(text):
        if not _may_end_with_number(text[max(0, unit.start() - 30) : unit.start()]):
            continue  # "your bill", "this month": no number before the unit (the usual case)
        m = _DURATION_NUMBER.search(text, max(0, unit.start() - 30), unit.start())
        if not m or _is_money(text, m.start()):
            continue  # "your $63.85 bill has been paid": a bill of that amount, not that many bills
        before, after = text[max(0, m.start() - 40) : m.start()], text[unit.end() : unit.end() + 40]
        n, unit_word = m.group("n"), unit.group("unit")
        if n in ("a", "an") and not m.group("whole") and not _ends_with(before, _DURATION_START):
            # "a year and a bit of savings" is a duration, and so is "a fortnight since you joined"
            weeks_with_us = (
                unit_word[0] in "fw" and _about_tenure(before, after) and not _about_offer(before, after)
            )
            near_tenure = _ends_with(before, _NEARLY) and (
                _about_tenure(before, after) or _about_tenure(_NEARLY.sub("", before), after)
            )
            # "a decade" is never a rate (heldout16: "Roughly a decade at the new rate")
            decade = unit_word.startswith("decade")
            if not _OF_SAVINGS.match(after) and not weeks_with_us and not near_tenure and not decade:
                continue  # "$8 a month" is a rate, not a duration; "a whole year" is a duration
        if "before" in after or "ahead" in after or "prior" in after:
            if _BEFORE_END.match(after) and not _ends_with(before, _DURATION_START):
                continue  # "a few days before it finishes, we'll text": when a reminder comes
        count = _DURATION_WORDS[n] if n in _DURATION_WORDS else number_value(n)
        years = unit_word.startswith(("year", "yr", "christmases", "birthdays", "summers", "winters", "new "))
        if unit_word.startswith(("week", "wk", "day", "fortnight")):
            # Weeks and days only count when tied to the offer ("we'll call you within 2 days" is no offer),
            # or to a tenure: "six weeks since you joined" is about that many months.
            days = count * {"w": 7, "f": 14}.get(unit_word[0], 1)
            if _about_offer(before, after):
                found.append((_months_of_days(days), False, "offer"))
            elif _about_tenure(before, after):
                found.append((round(days / 30.4), False, "tenure in days"))
            continue
        if unit_word.startswith("quarter"):
            count *= 3
        elif unit_word.startswith("decade"):
            count, years = count * 10, True
        if count < 0:
            found.append((-1, years, "offer"))
            continue
        if _about_tenure(before, after):
            about = "tenure"
        elif _about_offer(before, after):
            about = "offer"
        else:
            about = ""
        found.append((int(count * (12 if years else 1)), years, about))
    return found


# A span before the offer ends is when a reminder comes, not how long the offer lasts (heldout16): "A few days
# before it finishes, we'll text", "a week ahead of the discount running out". "It lasts a week before it
# ends" is still the offer's duration (a word of lasting before the span).
_OFFER_ENDS = (
    r"(?:(?:it|they|this|the (?:offer|deal|discount|price|saving|rate|reduction|offer period)s?|your (?:of"
    r"fer|deal|discount|saving|rate|lower price|new price|offer period)s?) (?:ends?|expires?|runs? out|fini"
    r"sh(?:es)?"
    r"|stops?|lapses?|is over|are over|comes? to an end|closes?|wraps? up|(?:is|are) (?:up|done|finished))"
    r"|(?:the|its|your) (?:offer'?s |deal'?s |discount'?s )?(?:end|expiry|last (?:day|bill|month)))"
)
_BEFORE_END = re.compile(
    r"\s*(?:or so |at most |at least |earlier )?(?:before|ahead of|prior to|ahead of time before) (?:the end "
    rf"of (?:it|the (?:offer|deal|discount)|your (?:offer|deal|discount))|{_OFFER_ENDS})\b"
)


def _about_tenure(before: str, after: str) -> bool:
    """The words around a duration say it is how long the customer has been with us ("since you joined")."""
    return bool(_TENURE_AFTER.search(after) or _ends_with(before, _TENURE_BEFORE))


def _about_offer(before: str, after: str) -> bool:
    """The words around a duration tie it to the offer ("the next", "20% off for", "it carries on for")."""
    return bool(
        _ends_with(before, _OFFER_BEFORE)
        or _offer_near(before[-30:])
        or _OFFER_AFTER.match(after)
        or _APPLIES.search(before)
    )


# The words the regexes anchored at the end ("...\\s*$") can end with, and the strings _OFFER_NEAR needs:
# checked first, as a search for a pattern that must end the text still tries every position of it.
_LAST_WORDS = {
    _TENURE_BEFORE: ("your", "for", "us", "past", "last", "been"),
    _OFFER_BEFORE: ("next", "first", "following", "coming"),
    _DURATION_START: ("for", "next", "first", "last", "lasts", "lasting", "run", "runs", "running", "hold",
                      "holds", "continue", "continues", "stay", "stays", "applies", "valid", "good"),
    _NEARLY: ("of", "nearly", "almost", "to", "quite", "for", "barely", "hardly", "scarcely", "even", "just",
              "about"),
}  # fmt: skip
_OFFER_NEAR_NEEDS = ("%", "per", "off", "discount", "sav", "mo", "$", "€", "£", "down", "reduced", "lower",
                     "cheaper", "less", "cut")  # fmt: skip


def _ends_with(text: str, pattern: re.Pattern) -> bool:
    return text.rstrip().endswith(_LAST_WORDS[pattern]) and pattern.search(text) is not None


def _offer_near(text: str) -> bool:
    if "%" in text:  # its first choice, and the usual one
        return True
    return any(needed in text for needed in _OFFER_NEAR_NEEDS) and _OFFER_NEAR.search(text) is not None


_QUALIFIERS = ("full", "whole", "entire", "straight", "complete", "solid", "calendar", "consecutive",
               "single", "odd", "plus", "or so", "more")  # fmt: skip
_NUMBER_ENDS = (*_UNITS, *_TENS, "hundred", "thousand", "a", "an", "of", "few", "several", "dozen")


def _may_end_with_number(before: str) -> bool:
    """Whether the text before a unit can end with what _DURATION_NUMBER reads (a cheap test that never
    says no when it does): a digit, or a word ending like a number or "a", "few", "of" ..., maybe followed
    by "full", "whole" ... and a hyphen."""
    before = before.rstrip().rstrip("-").rstrip()
    for qualifier in _QUALIFIERS:
        if before.endswith(qualifier):
            before = before[: -len(qualifier)].rstrip().rstrip("-").rstrip()
            break
    return before[-1:].isdigit() or before.endswith(_NUMBER_ENDS)


def _months_of_days(days: float) -> int:
    """Whole months a number of days stands for (84-93 days: 3 months), or -1 when it is no whole number."""
    months = round(days / 30.4)
    return months if months and 28 * months <= days <= 31 * months else -1


def _is_tenure(months: int, years: bool, tenure: int) -> bool:
    # In years, a tenure is rounded ("2 years" for 27 months); half a year is no whole year.
    return months == tenure or (years and months >= 12 and months // 12 in (tenure // 12, round(tenure / 12)))


# The year a customer joined is a tenure too: "since you joined back in 2015", "a customer since 2019".
_JOINED_YEAR = re.compile(
    r"\b(?:(?:customer|member|with us|on board|part of (?:the|our) family|on (?:our|the) (?:network|bo"
    r"oks)|connected"
    r"|(?:been )?loyal"
    r"|signed up|with (?:our|the) network) since"
    r"|since (?:you |your )?(?:first )?(?:joined|joining|signed up|signing up|started|came|switched|became)"
    r"(?: \w+){0,2}? (?:back )?in"
    r"|(?:you )?(?:first )?(?:joined|signed up)(?: with)?(?: us)?(?: back)? in"
    r"|since your (?:very )?first (?:bill|payment|invoice|month|day|contract)(?: with us)?(?: back)? in)"
    # a season, a month or a part of the year before it (heldout11): "since the spring of 1989"
    r" (?:(?:the )?(?:(?:early |late )?(?:spring|summer|autumn|fall|winter)|start|end|beginning|middle|turn)"
    r" of |(?:early|late|mid)[- ]|(?:january|february|march|april|may|june|july|august|september|october|nov"
    r"ember|december),? )?(?P<year>(?:19|20)\d\d)\b"
)


_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
# "250th", "2.5.0.th" (heldout11: a month with us counted past a hundred, its digits dotted)
_ORDINAL = rf"(?P<n>{'|'.join(_ORDINALS)}|\d(?:\.?\d){{0,2}}\.?(?:st|nd|rd|th))"
_ANNIVERSARY = re.compile(
    rf"\b{_ORDINAL} (?:\w+ )?(?:anniversary|year (?:with us|together|as (?:a|our) customer|on (?:our|the) "
    rf"network|of (?:loyalty|service|membership)))\b"
)
# The discount's end as the bill it ends after: "ends after your sixth bill".
_ORDINAL_END = re.compile(
    r"\b(?:ends?|stops?|finish(?:es)?|runs? out|expires?|lasts? until|applies until|goes|continues until) "
    rf"(?:after|with|at|on|until) (?:your|the) {_ORDINAL} (?:bill|month|invoice|payment|billing cycle)\b"
)
# Joined a moment ago: a tenure of a month at most.
_JUST_JOINED = re.compile(
    r"\b(?:joined|signed up|switched to us|came on board)(?: us| with us)? (?:only |just )?(?:last|this) "
    r"(?:week|weekend|month)\b"
    r"|\b(?:joined|signed up)(?: us| with us)? (?:yesterday|today|just now|only days ago)\b"
    # (heldout8) "you only joined us a month ago"
    r"|\b(?:joined|signed up|switched to us|came on board)(?: us| with us)? (?:only |just )?"
    r"(?:a (?:month|week|fortnight|few (?:days|weeks))|(?:a )?(?:few )?(?:days|weeks)) ago\b"
)
# Joined in last season (heldout12: "You joined only last summer"): a customer of more than eighteen months
# did not.
_JOINED_LAST_SEASON = re.compile(
    r"\b(?:joined|signed up|switched to us|came on board)(?: us| with us)? (?:only |just )?(?:last|this) "
    r"(?:summer|spring|autumn|fall|winter|christmas|easter)\b"
    # (heldout16) "You've stuck with us since last Christmas", "a customer only since last spring"
    r"|\b(?:with us|customer|member|on board|on our network|been ours) (?:only |just |ever )?since (?:last|th"
    r"is) (?:summer|spring|autumn|fall|winter|christmas|easter|year|new year)\b"
)


def _ordinal_value(n: str) -> int:
    return _ORDINALS.index(n) + 1 if n in _ORDINALS else int(n[:-2].replace(".", ""))


_ORDINAL_WEEK_TAIL = re.compile(r"(?:week|month) (?:with us|together|as (?:a|our) customer)\b")
_ORDINAL_WEEK = re.compile(rf"\b{_ORDINAL} (?P<unit>week|month) (?:with us|together|as (?:a|our) customer)\b")


def _ordinal_weeks(v: Views) -> list[int]:
    """The months of "your third week with us", "your fifth month together": a tenure that young."""
    if ("week" not in v.match and "month" not in v.match) or not _ORDINAL_WEEK_TAIL.search(v.match):
        return []
    return [
        _ordinal_value(m.group("n")) // (4 if m.group("unit") == "week" else 1)
        for m in _ORDINAL_WEEK.finditer(v.match)
    ]


def _anniversary_years(v: Views) -> list[int]:
    """The years of a stated anniversary or year with us ("your tenth anniversary", "your twentieth year
    with us"): a tenure of about that many years."""
    if "anniversary" not in v.match and " year " not in v.match:
        return []
    return [_ordinal_value(m.group("n")) for m in _ANNIVERSARY.finditer(v.match)]


def _ordinal_ends(v: Views) -> list[int]:
    if "after" not in v.match and "until" not in v.match and "with" not in v.match:
        return []
    return [_ordinal_value(m.group("n")) for m in _ORDINAL_END.finditer(v.match)]


# A year said as the account's start (heldout12): "your account shows a 2008 start date with us".
_START_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d) (?:start|joining|sign-?up|join|activation) date\b")
# With us since before something of a known year (heldout12): "since before smartphones were a thing".
_SINCE_BEFORE_YEARS = {"smartphones": 2007, "the iphone": 2007, "iphones": 2007, "4g": 2012, "5g": 2019,
                       "tiktok": 2016, "instagram": 2010, "whatsapp": 2009, "facebook": 2004}  # fmt: skip
_SINCE_BEFORE = re.compile(rf"\bsince before (?P<thing>{'|'.join(_SINCE_BEFORE_YEARS)})\b")


def _joined_before_years(v: Views) -> list[int]:
    """The years a customer is said to have joined before ("since before smartphones": 2007)."""
    if "since before" not in v.match:
        return []
    return [_SINCE_BEFORE_YEARS[m.group("thing")] for m in _SINCE_BEFORE.finditer(v.match)]


# A year's digits dotted (heldout14: "joined in 1.9.9.6").
_DOTTED_YEAR = re.compile(r"(?<![\d.])(?:19|20)?\d\.\d\.\d\.\d(?![\d])|(?<![\d.])[12]\.[09]\.\d\.\d(?!\d)")
# With us since the beginning of time (heldout14: "since the year dot"): no customer's true tenure.
_TENURE_FOREVER = re.compile(
    r"\b(?:since|from) (?:the year dot|year dot|the dawn of time|time began|the beginning of time|time immemo"
    r"rial|forever|the stone age|the dark ages|the ark|noah'?s ark|the dinosaurs|the big bang|the year zero|"
    r"day dot|god was a boy|adam was a lad)\b|\bfor (?:donkey'?s years|yonks|aeons|eons|an eternity)\b"
)


def _joined_years(v: Views) -> list[int]:
    text = v.folded.lower()
    found = []
    if "in " in text or "since" in text:
        found = [int(m.group("year")) for m in _JOINED_YEAR.finditer(text)]
    if " date" in text:
        found += [int(m.group("year")) for m in _START_YEAR.finditer(text)]
    if not found and v.match != text:
        match = v.match
        if "." in match and _DOTTED_YEAR.search(match):
            match = _DOTTED_YEAR.sub(lambda m: m.group(0).replace(".", ""), match)
        found = [int(m.group("year")) for m in _JOINED_YEAR.finditer(match)]
    return found


def _joined_before(year: int, terms: _Terms) -> bool:
    """Whether a customer of this tenure can have joined before `year` (a year's slack, as _joined_in)."""
    seconds = terms.decided_at_seconds
    now = datetime.fromtimestamp(seconds, UTC).year if seconds else terms.this_year
    return terms.tenure >= (now - year - 1) * 12


def _joined_in(year: int, terms: _Terms) -> bool:
    """Whether a customer of this tenure can have joined in `year`, seen from the decision's date (today's
    when it has none); a year either way, as a year and a tenure in months need not line up."""
    seconds = terms.decided_at_seconds
    now = datetime.fromtimestamp(seconds, UTC).year if seconds else terms.this_year
    return (now - year - 1) * 12 <= terms.tenure <= (now - year + 1) * 12


@dataclass(frozen=True)
class _Terms:
    """What the offer check reads of the context: the decision's offer and date, the customer's bill and
    tenure (and this year, for a decision without a date)."""

    offer_percent: float
    offer_months: int
    offer_cost: float
    decided_at_seconds: int
    this_year: int
    monthly_charges: float
    tenure: int

    @classmethod
    def of(cls, ctx: Context) -> _Terms:
        d, facts = ctx.decision, ctx.facts
        seconds = d.decided_at.seconds
        this_year = 0 if seconds else datetime.now(UTC).year
        return cls(d.offer_percent, d.offer_months, d.offer_cost, seconds, this_year, facts.monthly_charges,
                   facts.tenure)  # fmt: skip


@dataclass(frozen=True)
class _Figures:
    """What a text states, whoever it is sent to: percentages, amounts, durations."""

    percents: tuple[float, ...]
    unread_percent_marks: bool  # a percent sign without a number before it ("2O%")
    amounts: tuple[tuple[float, bool, int], ...]
    durations: tuple[tuple[int, bool, str], ...]
    rough_amounts: tuple[float, ...] = ()  # said in round thousands ("nearly three grand")


@lru_cache(maxsize=4096)
def _figures(v: Views) -> _Figures:
    """The figures of a text, kept: a text checked again (the safe template of a replaced draft) is not
    read again."""
    text = v.folded.lower()
    numbers = _percent_numbers(text)
    # Spaced, dotted or leetspeak words; the join is _SPACE.sub(" ", text).strip(), faster (str.split()
    # splits on what \s matches).
    disguised = v.match != " ".join(text.split())
    if disguised and any(unit in v.match for unit in ("%", "cent", "pct")):
        # "S E V E N T Y  P E R  C E N T": spaced, dotted or leetspeak numbers read on the match view.
        numbers += [n for n in _percent_numbers(v.match) if n not in numbers]
    percents = tuple([number_value(n) for n in numbers] + _fractions(text, v.match))
    durations = _durations(text)
    if disguised:
        # Spaced, dotted or leetspeak words ("l a s t s  a  y e a r", "h@lf @ y3@r") read on the match view.
        durations += _durations(v.match)
    unread = len(_PERCENT_MARK.findall(text)) > len(numbers)
    amounts = _amounts(text)
    if disguised and any(word in v.match for word in _CURRENCY_WORDS):
        # "S E V E N T Y  B U C K S": an amount in spaced, dotted or leetspeak words.
        amounts += [a for a in _amounts(v.match) if a not in amounts]
    rough = [_grand(m.group("n")) for m in _GRAND.finditer(v.match)] if "grand" in v.match else []
    return _Figures(percents, unread, tuple(amounts), tuple(durations), tuple(rough))


def check_offer(v: Views, ctx: Context) -> list[str]:
    # Kept for each text and terms, as the checks of the customer's name below.
    return list(_offer_codes(v, _Terms.of(ctx)))


@lru_cache(maxsize=4096)
def _offer_codes(v: Views, terms: _Terms) -> tuple[str, ...]:
    figures = _figures(v)
    found = []
    percents, amounts, durations = figures.percents, figures.amounts, figures.durations
    if figures.unread_percent_marks or any(abs(p - terms.offer_percent) > 1e-9 for p in percents):
        found.append("OFFER_PERCENT_MISMATCH")
    if any(not any(_amount_matches(a, c, x) for x in _allowed_amounts(terms, s)) for a, c, s in amounts):
        found.append("OFFER_AMOUNT_MISMATCH")
    if any(
        not any(abs(a - x) <= _ROUGHLY * a for x in _allowed_amounts(terms, Said.ANY))
        for a in figures.rough_amounts
    ):
        found.append("OFFER_AMOUNT_MISMATCH")
    if "OPEN_END" in _phrases_in(v.match):
        found.append("OFFER_DURATION_MISMATCH")
    tenure = terms.tenure
    for months, years, about in durations:
        offer_ok = bool(terms.offer_months) and months == terms.offer_months
        if about == "tenure in days":
            if abs(months - tenure) > 1:
                found.append("TENURE_MISMATCH")
        elif about == "tenure" and not _is_tenure(months, years, tenure):
            found.append("TENURE_MISMATCH")
        elif about == "offer" and not offer_ok:
            found.append("OFFER_DURATION_MISMATCH")
        elif not about and not offer_ok and not _is_tenure(months, years, tenure):
            # The words do not say: either true figure is accepted, any other is not.
            found.append("OFFER_DURATION_MISMATCH")
    tenure_years = _anniversary_years(v)
    if (
        any(not _joined_in(year, terms) for year in _joined_years(v))
        or any(not _joined_before(year, terms) for year in _joined_before_years(v))
        # "your tenth anniversary" is 120-131 months, "your tenth year" 108-119: a year either way is kept
        or any(not (n - 1) * 12 <= terms.tenure < (n + 1) * 12 for n in tenure_years)
        or (terms.tenure > 1 and "joined" in v.match and _JUST_JOINED.search(v.match))
        or (
            terms.tenure > 18
            and ("joined" in v.match or " since " in v.match)
            and _JOINED_LAST_SEASON.search(v.match)
        )
        or any(abs(n - terms.tenure) > 1 for n in _ordinal_weeks(v))
        or (("since" in v.match or "for " in v.match) and _TENURE_FOREVER.search(v.match))
    ):
        found.append("TENURE_MISMATCH")
    if any(n != terms.offer_months for n in _ordinal_ends(v)):
        found.append("OFFER_DURATION_MISMATCH")
    if terms.offer_percent:
        # The offer is stated by its percentage, its saving, or the discounted bill.
        new_bill = terms.monthly_charges * (1 - terms.offer_percent / 100)
        stated = terms.offer_percent in percents or any(
            _amount_matches(a, c, x)
            for a, c, _ in amounts
            for x in (*_allowed_amounts(terms, Said.SAVING), new_bill)
        )
        lasts = any(m == terms.offer_months and not about.startswith("tenure") for m, _, about in durations)
        if not stated or (terms.offer_months and not lasts):
            found.append("OFFER_MISSING")
    # With no discount decided, any percentage or offer word is an offer the decision did not make.
    no_offer = not terms.offer_percent
    phrases, learned = _phrases_in(v.match), classifier.codes(v.match)
    if (
        "OFFER_EXTRAS" in phrases
        or "OFFER_INVENTED" in learned
        or (no_offer and (percents or "OFFER_WORDS" in phrases))
    ):
        found.append("OFFER_INVENTED")
    if "FALSE_PROMISE" in phrases or "FALSE_PROMISE" in learned or _squashed("FALSE_PROMISE", v):
        found.append("FALSE_PROMISE")
    return tuple(found)


# --- personal -----------------------------------------------------------------------------------

_GREETING = re.compile(
    r"^\W*(?:hi|hello|hey(?: hey)?|hiya|heya|hullo|howdy|ahoy|g'day|dear|greetings|good (?:morning|afternoon"
    r"|evening|day)|welcome back)\b"
    # a greeting said twice or "again" after it (heldout12: "Hello hello Hun,", "Hi again there")
    r"(?:[\s,!]+(?:hi|hello|hey|hiya|again)\b)?"
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
# \b(?:mr|mrs|ms|mx|dr|prof), each written from its first letter
_HONORIFIC = re.compile(r"(?:m(?<!\wm)(?:rs?|s|x)|d(?<!\wd)r|p(?<!\wp)rof)\b\.? ?(?P<name>[a-z]+)?")
_MISS = re.compile(r"\bMiss [A-Z][a-z]+")
# Kin and clergy by their title: "Uncle Femi", "Sister Agnes".
_RANKS = ("Colonel", "Sergeant", "Lieutenant", "Commander", "Admiral", "Brigadier", "Corporal")
_TITLES = (
    "Uncle Aunt Auntie Aunty Cousin Grandma Grandpa Granny Grandad Sister Brother Pastor Reverend Father "
    "Imam Rabbi Coach Sir Dame Lord Lady Captain Nurse Doctor Professor Judge Councillor Sheikh Chief "
    # titles of other languages and ranks of nobility (heldout14: "Herr Baumann from the flat upstairs")
    "Herr Frau Monsieur Madame Mademoiselle Senor Senora Signor Signora Mister Madam Baron Baroness Duke "
    "Duchess Earl Countess Sheikha Bishop Deacon Ustaz Bwana "
    # (heldout15) "Elder Ngata from the community hall"
    "Elder Elders Chieftain Matriarch Patriarch "
    # (heldout16) "Canon Fitzgerald from the cathedral", "Headteacher Nkosi"
    "Canon Vicar Rector Dean Chaplain Archdeacon Abbot Friar Cantor Mufti Swami Headteacher Headmaster "
    "Headmistress Matron Sensei "
    # ranks (heldout12): "Colonel Whitby down the road is on this plan too"
    f"{' '.join(_RANKS)}"
).split()
_TITLED = re.compile(rf"\b(?:{'|'.join(_TITLES)})\s+(?P<name>[A-Z](?:'[A-Z])?[a-z]+)\b")  # "Father O'Brien"
# Every title _TITLED finds is a word _CAPITALIZED finds: the regex runs only when one of them is there.
_TITLE_WORDS = frozenset(_TITLES)
# Father Christmas, Lady Luck; Elder Care
_TITLED_NOT_NAMES = frozenset({"christmas", "nature", "time", "luck", "care", "statesman", "scrolls"})
_DOTTED_LETTER = re.compile(r"\.(?<=(?<![\w.])[A-Za-z]\.)[A-Za-z]")  # "S.i.r": from the dot
_LETTER_RUN = re.compile(r"(?<![\w.])[A-Za-z](?P<sep>[ .])[A-Za-z](?:(?P=sep)[A-Za-z])*(?![\w])")


def _join_letter_run(m: re.Match) -> str:
    return m.group(0).replace(m.group("sep"), "")


_KIN = (
    r"(?:wife|husband|partner|son|daughter|mother|father|mum|mom|dad|brother|sister|grand(?:son|daughter|chi"
    r"ld|kids?|ma|pa|mother|father)|fianc[eé]e?|boyfriend|girlfriend|child|kids?|aunt|uncle|cousin|niece|n"
    r"ephew|friend|colleague|business partner|carer|nanny|boss|assistant|pastor|nurse|employer|employee"
    # (heldout11) a buddy, a mate, an ex
    r"|buddy|mate|pal|bestie|workmate|co-?worker|classmate|teammate|ex-(?:wife|husband|partner|boyfriend|gir"
    r"lfriend)|ex)"
)
# Those who share a home with the customer (heldout9): said to be on the plan like kin (_KIN).
_HOUSEHOLD = (
    r"(?:tenants?|lodgers?|subtenants?|landlord|landlady|god(?:mother|father|parents?|son|daughter|child)|tw"
    r"in"
    r"|relatives?|in-laws|(?:son|daughter|mother|father|brother|sister)-in-law|housemates?|flatmates?|roommat"
    r"es?)"
)
_OTHER_PEOPLE = (
    r"\b(?:another|other) customer'?s\b",
    r"\bcustomers' (?:accounts?|bills?|data|details|numbers?|addresses?)\b",
    r"\bcustomer (?:named|called)\b",
    r"\byour neighbou?r'?s?\b",
    r"\b(?:wife|husband|partner|son|daughter|mother|father|mum|mom|dad|friend|colleague|brother|sister|"
    r"flatmate|roommate)'?s? (?:account|bill|number|details|plan|data|phone|balance|address)\b",
    r"\b(?:his|her) (?:account|bill|number|address|details|data|plan|phone|e-?mail|card|balance)\b",
    r"\btheir (?:account|bill|card|phone|e-?mail|balance) (?:details|number)\b",
    r"\b(?:previous|former|old|last|other) (?:owner|holder|user|subscriber)s? of (?:this|the|your) "
    r"(?:number|line|account|sim|phone)\b",
    r"\byour (?:late |former |ex-)?(?:wife|husband|partner|son|daughter|mother|father|mum|mom|dad|brother"
    r"|sister|grandma|grandad|carer|caregiver|care worker|nanny|pa|assistant|secretary|guardian|boss|coach"
    r"|grandpa|grandmother|grandfather|aunt|uncle|cousin|niece|nephew|fianc[eé]e?|boyfriend|girlfriend"
    r"|child|children|kids?|flatmate|roommate|housemate|landlord|lodger|neighbou?r|parents?|ex-partner"
    r"|ex-wife"
    r"|ex-husband|ex-boyfriend|ex-girlfriend|ex)(?:'s|s')",
    # Family (heldout8): step-kin, god-kin, in-laws and grandchildren.
    r"\byour (?:step|god)-?(?:son|daughter|child|children|kids?|mum|mom|dad|mother|father|brother|sister"
    r"|parents?)(?:'s|s')",
    r"\byour (?:grand(?:son|daughter|child|children|kids?)|(?:mother|father|son|daughter|brother|sister)"
    r"s?-in-law)(?:'s|s')",
    r"\b(?:at|from|in) (?:number|no\.?|flat|apartment|house) \d+\b",
    # (heldout15) "your au pair Ingrid has a SIM", "your great-uncle Tobiah's landline"
    r"\byour (?:great-?(?:uncle|aunt|auntie|grand\w+|nephew|niece)|au ?pair|childminder|babysitter|housekee"
    r"per|cleaner|nanny|carer) (?:[a-z]+(?:'s|s')|[a-z]+ (?:has|is|uses|shares|pays|was|called|rang|wrote))",
    r"\byour (?:late |former )?(?:tenant|lodger|subtenant|landlady|godmother|godfather|godparent|godson|god"
    r"daughter|twin (?:brother|sister))(?:'s|s')",
    r"\b(?:joint|second|other) account holders?\b",
    # Families (heldout9, heldout10): someone else, of the household, kin or business, said to be on the
    # customer's plan or bill, or a named one's SIM or line.
    rf"\byour (?:[\w-]+ )?(?:{_HOUSEHOLD}|{_KIN})\b(?:,? [\w'-]+){{0,5}},? (?:(?:is|are|sits|sit) (?:also |s"
    r"till )?(?:on|using|sharing|billed to)|(?:still |also )?(?:has|have|keeps?) (?:a |her |his |their )?(?:l"
    r"ine|sim|number|phone|handset|contract) (?:on|under|in)) (?:this|your|the same|that) (?:plan|account|bil"
    r"l|contract|line)\b",
    # Another customer's reference said to share the customer's address (heldout11).
    r"\b(?:customer|member|subscriber|someone|somebody|another (?:customer|person|account)|ref(?:erence)?|[a-"
    r"z]{1,3} ?- ?\d{3,}|\d{4,}) (?:also |now |already )?(?:shares?|is registered (?:at|to)|lives at) (?:your"
    r"|the same) (?:billing |home |postal |e-?mail )?(?:address|postcode)\b",
    rf"\byour {_KIN} [\w-]+'s (?:sim|account|bill|number|phone|line|plan|data|details|balance)\b",
)
# Ids and national insurance numbers are also looked for with spaces, dots and dashes removed, so that
# "7 5 9 0 - V H V E G" is still an id.
_CUSTOMER_ID = re.compile(r"\d(?<![A-Z0-9]\d)\d{3}[A-Z]{5}(?![A-Z])")
_SEPARATORS = re.compile(r"[\s.\-]+")
# What a customer id is on the folded text, separators left in: looked for first, from a digit.
_ID_SPREAD = re.compile(r"\d(?:[\s.\-]*\d){3}(?:[\s.\-]*[A-Z]){5}")
_ID_ALONE = re.compile(r"(?<![\w.-])\d(?:[\s.\-]?\d){3}(?:[\s.\-]{0,3}[A-Z]){5}(?![A-Za-z0-9])")


def _dense(v: Views) -> str:
    return _dense_text(v.folded)


@lru_cache(maxsize=1024)
def _dense_text(folded: str) -> str:
    return _SEPARATORS.sub("", folded)


_EMAIL_AT = re.compile(
    r"(?<=[\w.+-])\s*@\s*\w+(?:\s*-\s*\w+)*(?:\.[a-z]{2,}|\s*\.\s*(?:com|net|org|io|co|uk|de|fr|info|me)\b"
    # any two-letter ending that ends the address, spaced out (heldout10: "b e r z i n s @ i n b o x . l v")
    r"|\s*\.\s*[a-z]{2}\b(?=\s*(?:[.!?,;)]|$)))+"
    r"|(?<=\S)@\S+\.\S{2,}"  # any characters around the @ and the dot: "h€1p@t€1c0.!0"
)
# "(at)" and "[at]" (spaces inside or not: "[ A T ]") are only ever written in addresses: any domain ending
# counts after them.
# Quoted too (heldout9): "keep 'at' loyal 'dot' lk"; the at sign bracketed (heldout11: "b (@) mail.mn").
_AT = r"(?:[(\[{]\s*(?:at(?:[\s-]?(?:sign|symbol))?|@)\s*[)\]}]|-\s*at\s*-|(?<!\w)['\"]\s*at\s*['\"](?!\w))"
_DOT = r"(?:[(\[{]\s*(?:dot|\.|full stop|period|point)\s*[)\]}]|-\s*dot\s*-|(?<!\w)['\"]\s*dot\s*['\"](?!\w))"
_AT_BRACKETED = re.compile(_AT)
_EMAIL_BRACKETED = re.compile(rf"(?<=\w)\s*{_AT}\s*[\w-]+(?:\s*(?:\.|{_DOT})\s*[a-z]{{2,6}})+")
_EMAIL_SPELLED = re.compile(
    rf"(?<=\w)\s*(?:{_AT}|\sat\s)\s*[\w-]+(?:\s*(?:\.|{_DOT}|\sdot\s)\s*[\w-]+)*"
    rf"\s*(?:\.|{_DOT}|\sdot\s)\s*(?:com|net|org|io|co|uk|de|fr|edu|gov|info|me|mail|is|no|se|dk|fi|pl|"
    rf"nl|es|it"
    r"|pt|ie|au|ca|nz|ch|shop)\b"
)
# "billing ~at~ yandex ~dot~ ru", "helpdesk (a) telenor (.) no" (heldout8): looked for only when "~" or "(a)"
# is in the text, and only before a known ending ("(a)" alone is a list's first item).
_ODD_DOT = r"(?:\.|~\s*(?:dot|\.)\s*~|\(\s*(?:dot|\.)\s*\))"
_EMAIL_ODD_AT = re.compile(
    rf"(?<=\w)\s*(?:\(a\)|~\s*at\s*~)\s*[\w-]+(?:\s*{_ODD_DOT}\s*[\w-]+)*\s*{_ODD_DOT}\s*(?:com|net|org|io|co"
    r"|uk|de|fr|edu|gov|info|me|ru|no|se|dk|fi|pl|nl|es|it|pt|ie|au|ca|nz|ch|is|kz|mg|ee|ua|by|tr|in|cn|jp)\b"
)
_EMAIL_WORDS = lexicon.compile_all((r"\be-?mail (?:address|us at|me at)\b",))
# Family (heldout7): an address with its dot said as "dot" or "point" after one or two words, its ending a
# known one or spelled letter by letter ("kay zed"): "help at kaztelecom dot kay zed", "offers at nordtel
# point no", "care desk at sami net dot no".
_LETTER_NAMES = (
    "ay|bee|see|dee|ee|ef|gee|aitch|eye|jay|kay|el|em|en|oh|pee|cue|ar|ess|tee|you|vee|ex|why|zed|zee"
)
_EMAIL_SAID = re.compile(
    r"(?<=\w) at [\w-]+(?: [\w-]+)? (?:dot|point) "
    rf"(?:(?:{_LETTER_NAMES})[ -](?:{_LETTER_NAMES})\b|(?:com|net|org|io|co|uk|de|fr|edu|gov|info|me|no"
    rf"|se|dk|fi"
    # any other two-letter country ending (heldout9: "h.vang at chello dot at")
    r"|pl|nl|es|it|pt|ie|au|ca|nz|ch|kz|mg|ee|is|[a-z]{2}|cat|eus|gal|scot|cymru|wales|bzh)\b(?=\s*(?:[.!?,;)]"
    r"|$)"
    # ... or by words that end a request (heldout13: "m.dalanda at sonatel dot sn any time")
    r"| (?:any ?time|today|now|please|instead|too|whenever|with|for|and|or|if)\b))"
)
# A domain spelled out with "dot" is only ever written to dodge a filter: an address, whatever precedes it.
_DOMAIN_SPELLED = re.compile(
    rf"\b[\w-]+ ?(?:{_DOT}| dot ) ?(?:com|net|org|io|co|uk|de|fr|edu|gov|info|me|ie|es|it|nl|au|ca)\b"
)
# and of more languages (heldout12: "malgosia.k apenstaartje wp punt pl")
_AT_WORDS = (
    "arroba|arobase|chiocciola|klammeraffe|apenstaartje|apestaart|snabel-a|kukac|zavinac|malpa|sobaka"
    # (heldout14) the Greek "papaki", the Hebrew "shtrudel", the Finnish "miukumauku", the Danish "grisehale"
    "|papaki|shtrudel|strudel|miukumauku|kissanhanta|grisehale|kanelbulle"
    # (heldout15) the Chinese "xiao laoshu", the Armenian "shnik", the Korean "golbaengi"
    "|xiao laoshu|laoshu|shnik|golbaengi|dalpaengi|gol-baengi"
    # (heldout16) the Afrikaans "aapstert", the Catalan "arrova", the Bulgarian "klyomba", the Croatian
    # "manki", the Welsh "malwen", the Lithuanian "eta" (as a word alone)
    "|aapstert|apiestert|arrova|klyomba|kljomba|klomba|majmunce|manki|malwoden|malwen| eta "
    "|snabel - a"  # its letters spaced out (heldout13)
)
_AT_OTHERWISE_NEEDS = (*_AT_WORDS.split("|"), "at symbol", "at sign", ", at,")
_AT_OTHERWISE = re.compile(
    rf"\s*,?\s*(?:then )?(?:the )?(?:at[- ](?:symbol|sign)|{_AT_WORDS})\s*,?\s*"
    r"(?:then )?|\s*,\s*at\s*,\s*"
)
_DOT_OTHERWISE = re.compile(
    r"\s+(?:punto|punkt|ponto|pont|piste|nokta|punt|tecka|pika|kropka|tochka|teleia|titik|point|tocka|dian|"
    r"ket|jeom|keti|taskas|taškas|tochka|dot)\s+|\s*"
    r",\s*(?:then )?(?:a )?dot\s*,\s*(?:then )?"
)
# "northline88 at gmail": a mail provider's name after "at" is an address, whatever follows.
_MAIL_PROVIDER = re.compile(
    r"\b[\w.-]+ (?:at|@) (?:gmail|googlemail|yahoo|hotmail|outlook|icloud|aol|proton(?:mail)?|live|msn|gmx)\b"
)
_DATE = re.compile(r"\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\s*")
_SSN = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")
_NATIONAL_ID = re.compile(r"[a-z]{2}\d{6}[a-d]")  # UK national insurance number, on _dense
_NATIONAL_ID_WORDS = (
    r"\b(?:ssn|ni (?:number|no)|nino|social security|national (?:id|insurance|identity)|passport"
    r"|tax (?:id|number)|id card|identity (?:card|number)|driver'?s licen[cs]e|driving licen[cs]e)\b",
    # Family: the national numbers of other countries, by their names.
    r"\b(?:aadhaa?r|pan card|pan number|sin number|social insurance|ppsn?(?: number)?|tax file number|tfn"
    r"|bsn|burgerservicenummer|personnummer|personal (?:id|identity|identification) (?:number|code)"
    r"|dni|nie number|cpf|nric|medicare (?:number|card)|nhs number|id number|identification number"
    r"|resident (?:id|registration)|citizen(?:ship)? (?:id|number)|voter id|birth certificate|codice fiscale"
    r"|steuer-?id|numero fiscal|curp|rfc|sozialversicherungsnummer|citizen service number"
    r"|residen(?:ce|cy) (?:permit|card)|id document|identity document"
    r"|kennitala|cnp|pesel|hetu|f[oø]dselsnummer|ghana ?card|emirates id|mykad|hkid|c[eé]dula"
    # Family (heldout7): more countries' numbers by their names or initials, and a birth number.
    r"|iin|bin|cin(?: number)?|birth (?:number|registration number)|jmbg|egn|amka|tckn|isikukood|asmens kodas"
    r"|rodn[eé] [cč][ií]slo|henkil[oö]tunnus|personal code|civil (?:id|registration) number|nin|nida"
    # (heldout16) Kenya's Huduma Namba, the Dutch BSN by its name, Serbia's "maticni broj"
    r"|huduma ?namba|huduma number|burgerservicenummer|mati[cč]ni broj)\b",
    r"\b(?:last|first) (?:four|4|few|two|2) (?:digits )?of your (?:social|ssn|sin|id|passport)\b",
    r"\byour social\b(?! (?:media|life|channels?|feeds?|accounts?|pages?|side|calendar))",
    # Family (heldout8): an id issued by a state, immigration numbers.
    r"\b(?:government|state|federal|official)(?:[- ]issued)? (?:photo )?(?:id|identification|identity)\b",
    r"\b(?:itin|alien (?:registration|number|card)|green card|a-number|uscis number|visa number|immigration"
    r" (?:number|status|documents?|papers)|residence number|work permit)\b",
    r"\bselfie (?:with|holding)\b",
    # Family (heldout9): Sri Lanka's NIC, a refugee's or stateless person's travel document.
    r"\bnic (?:number|no|card|details)\b",
    r"\b(?:refugee|stateless|convention) (?:travel )?(?:documents?|card|id|status|number)\b",
    r"\btravel documents?\b",
    # Family (heldout10): Chile's RUT, a biometric residence permit, a naturalisation or citizenship
    # certificate's number.
    r"\b(?:your|the|a valid|my) (?:rut|rol [uú]nico tributario)(?: number| no| details)?\b(?! (?:of|in|out|"
    r"into|through|for|to|the|a|an|your|with|on)\b)",
    r"\brut (?:number|no|details)\b",
    r"\b(?:brp|biometric residence (?:permit|card))(?: (?:number|no|card|details))?\b",
    # Family (heldout12): Spain's NIE and NIF, Brazil's RG and others by their initials, asked for as yours.
    r"\byour (?:nie|nif|rg|cpf|curp|rfc|rut|cuil|cuit|dni|nss|nir|pesel|amka|egn|jmbg)(?: (?:number|no|card|c"
    r"ode|details))?\b",
    r"\b(?:naturali[sz]ation|citizenship|registration) (?:certificate|papers|document)(?: (?:number|no|detai"
    r"ls))?\b",
    # Family (heldout11): Croatia's OIB, Israel's Teudat Zehut, a civil or national registration number, and
    # a few more by their initials.
    r"\b(?:oib|osobni identifikacijski broj|te'?udat zehut|mispar zehut|(?:mongolian|civil|population|natio"
    r"nal|citizens?|state|resident) registration (?:number|no|card|code)|emso|maticni broj|cnic|nadra|snils"
    r"|nipt|nid (?:number|card)|ucn)\b",
    # Family (heldout13): a register's number, a number from an identity book, slip or card, and more
    # countries' numbers by their initials ("NRC", "ZMR", "BI", "CNI", Japan's "My Number").
    r"\b(?:national|civil|population|resident|residents'?|citizens?'?|personal|municipal|central) (?:registe"
    r"r|registry)(?: number| no| code| card| entry)?\b",
    r"\b(?:number|digits|code|details) (?:on|from|printed on|in|off) (?:your|the) (?:\w+ )?(?:green |identi"
    r"ty |id |registration |residence |citizen(?:ship)? |civil )(?:book|slip|card|document|certificate|pape"
    r"rs?|booklet)\b",
    r"\b(?:nrc|zmr|cni|bi|nuit|nuip|nin|nik|ktp|cccd|cmnd|cin|cnib|nina|npi|ci|dui|dpi|cui|rnokpp|inn|idnp"
    r"|rnc|tin|nrn|rrn|pin|ahv|avs|svnr|ppsn|cpr|hkid|nric|fin|ic) (?:number|no|card|code)\b(?<!\bpin numb"
    r"er)(?<!\bpin code)(?<!\bpin no)(?<!\btin number)",
    r"\b(?:my number|my ?number card|kojin bango|individual number)\b(?<=your my number)"
    r"|\byour my ?number(?: card)?\b",
    r"\b(?:green book|id book|identity book|registration slip|meldezettel|livret de famille|hukou|koseki|"
    r"family register|family book)\b",
    # Family (heldout14): more countries' numbers by their names (Uzbekistan's PINFL, Turkey's T.C. Kimlik,
    # Indonesia's NIK on the KTP, the PhilSys number), asked for as yours or read off an identity card.
    r"\b(?:pinfl|jshshir|jshir|t\.? ?c\.? kimlik|kimlik (?:no|number|numarasi|karti|card)|nufus (?:cuzdani|n"
    r"o)|philsys|philid|e-?ktp|kartu tanda penduduk|nomor induk kependudukan|kitas|kitap|umid|sss number|g"
    r"sis number|tin id|postal id|nric|fin number|mykad|nric|ic number|cedula|carte d'?identite|dowod osobis"
    r"ty|lichnaya karta|propiska|internal passport|inn number|iin number|stir|taxpayer (?:id|number|code))\b",
    r"\byour (?:nik|ktp|pinfl|inn|iin|snils|nic|cnic|nin|nida|psn|tckn|ine|nir|bvn|nuit|ci|dni|cc|ife|inss"
    r"|pan|tfn|ird|nino|sin|ssn|oib|egn|jmbg|pesel|amka|cpr|bsn|afm|hetu|rc|ic|id)\b(?! (?:app|team|account|p"
    r"lan|bill|offer|discount|login))",
    r"\b(?:printed|shown|written|number|digits) on (?:your|the) (?:nik|ktp|e-?ktp|kimlik|philsys|nic|cnic|i"
    r"d|umid|mykad|cedula|dni|nida|ghana ?card|national card|identity card|id card|passport)\b",
)
_IBAN = re.compile(r"\d\d(?<=\b[a-z]{2}\d\d)(?:\s?[a-z0-9]{4}){3,7}\b")
_CARD_WORDS = (
    # Family (heldout14): a card by its scheme's name, asked for with its number or figures (Uzcard, Humo,
    # Troy, Mir, RuPay, Elo, Verve ...).
    r"\b(?:uzcard|humo|troy|mir|rupay|elo|hipercard|verve|unionpay|union pay|jcb|discover|diners(?: club)?|m"
    r"aestro|interac|girocard|bancontact|dankort|mada|meeza|napas|carte bleue|cartes? bancaires?|belkart|pro"
    r"stir|kaspi|cabal|naranja|carnet|eftpos|visa|mastercard|amex|american express) ?(?:card )?(?:number|no|"
    r"digits|details|pin|cvv|cvc|expiry(?: date)?|security code|long number|figures)\b",
    # Family (heldout12): a payment key or handle, a bank branch number.
    r"\b(?:pix|upi|swish|bizum|venmo|zelle|blik|mb way|paypal) (?:key|id|handle|address|pin|code)\b",
    r"\bbank branch (?:number|code|no)\b",
    r"\b(?:card number|cvv2?|cvc2?|cv2|security code|security number|expiry date|account number|sort code"
    r"|routing number"
    r"|bank details|pin (?:code|number)|login details)\b",
    # Asked for, not warned about: "If anyone texts asking for your password, it isn't us."
    r"\b(?<!for your )(?<!for the )(?<!ask for )password\b",
    r"\bsignature (?:strip|panel|box)\b",
    r"\b(?:both sides|front and back|back and front) of your (?:\w+ )?card\b",
    r"\bvalid-?from\b|\bsecurity digits\b",
    r"\b(?:online |internet |mobile |telephone )?banking (?:login|log-in|password|details|credentials|pin)\b",
    # Family: any of the card's figures asked for by where they are printed.
    r"\b(?:digits?|numbers?|code|pin|dates?|details|figures) (?:on|of|from|printed on|across|along) (?:the "
    r"(?:back|front|reverse|bottom|top) of )?your (?:\w+ )?(?:card|visa|mastercard|amex|maestro)\b",
    r"\b(?:card|bank|atm|chip and|debit card|credit card|visa) pins?\b",
    # Family (heldout9): a wallet's PIN, a chequebook's page, a void cheque.
    r"\b(?:mobile[- ]?money|m-?pesa|momo|e-?wallet|wallet|airtel money|mtn money|upi|payment app|banking app)"
    r" (?:pin|passcode|password|secret code)s?\b",
    r"\b(?:cheque|check) ?books?\b",
    r"\b(?:void(?:ed)?|cancell?ed|blank|signed) (?:cheque|check)s?\b",
    r"\b(?:back|front|reverse) of your (?:\w+ )?card\b",
    r"\b(?:long|16-digit|sixteen-digit|full) (?:card )?number on your\b",
    # Family (heldout6): the card's figures by how they are printed, its end date, the bank's codes.
    r"\b(?:numbers?|digits?) (?:embossed|printed|shown|written|raised) on (?:your|the) (?:\w+ )?card\b",
    r"\b(?:month and year|date) (?:your|the) card (?:runs out|expires|ends)\b",
    r"\bcode (?:your|the) bank (?:texts?|sends?|sent|gives?) you\b",
    r"\bone-?time (?:pass)?codes?\b",
    # Family (heldout8): what is printed by the chip, a picture of the card, the card's "info".
    r"\b(?:under|below|above|beside|next to|near|by) (?:the|your) (?:card'?s )?(?:chip|hologram|signature(?: "
    r"strip| panel| box)?|magnetic strip|mag ?stripe)\b",
    # Family (heldout11): the card code by its length, the long number and expiry from the card.
    r"\b(?:(?:three|3|four|4)[- ]digit )?card (?:code|security (?:code|number))\b",
    r"\b(?:three|3)[- ]digit (?:security |verification |card )?(?:code|number)\b",
    r"\b(?:long number|expiry|expiration|expiry date|valid(?:ity)? dates?|start date|issue number) (?:from"
    r"|on|of|printed on) (?:your|the) (?:(?!sim\b)\w+ )?card\b",
    r"\b(?:snap|photograph|scan|photocopy|screenshot)(?: a (?:picture|photo|pic|copy) of)? (?:your|the) "
    r"(?:(?!sim\b)\w+ )?card\b",
    r"\b(?:photo|picture|pic|scan|copy|image|snap) of (?:your|the) (?:(?!sim\b)\w+ )?card\b",
    r"\b(?:credit|debit|bank|payment) card (?:info|information|details|data|numbers?|digits)\b",
    r"\bscreenshots? of (?:your|the) (?:\w+ )?(?:bank|banking|card|account|statement)\w*\b",
    # Family (heldout10): the CID or any code on an Amex, a virtual card's details, the PIN of a card.
    r"\b(?:cid|csc|cvn|card verification (?:code|value|number)|card security code)\b",
    r"\b(?:four|4|three|3)-?digit (?:code|number) on (?:the (?:front|back) of )?your (?:\w+ )?(?:card|amex|vi"
    r"sa|mastercard)\b",
    r"\bvirtual card(?:'s)? (?:details|number|digits|code|cvv|info)\b",
    r"\bpin (?:for|of|on|to) (?:your|the) (?:[\w-]+ ){0,2}(?:card|visa|mastercard|amex|account)\b",
    # Family (heldout13): the card's digits by their count, the card you pay with and its figures, the PIN
    # or password of any app or wallet.
    r"\b(?:card'?s?|card number'?s?) (?:\w+ )?(?:sixteen|16|fifteen|15|long|full|all the|all) (?:digits|nu"
    r"mbers|figures)\b",
    r"\b(?:sixteen|16|fifteen|15)[- ](?:digit|figure) (?:card |long )?(?:number|code)\b",
    r"\b(?:the|your) card (?:you (?:pay|paid|use|shop|bank) with|on file|we charge)\b(?= ?[:,]? (?:\w+ )?(?"
    r":number|details|digits|expiry|code|cvv))",
    r"\b(?:number|long number) ?,? (?:the )?(?:expiry|expiration|exp|end date|valid(?:ity)? date)(?: date)"
    r"? ?,? (?:and )?(?:the )?(?:code|cvv|cvc|security code|three digits|pin)\b",
    r"\b(?:pin|passcode|password|passwords|pins|login|log-in|otp|one-?time code|secret code)s? (?:for|to|of"
    r"|on) (?:your|the) (?:[\w-]+ ){0,2}(?:app|wallet|account|banking|bank|mobile money)\b",
)
# A toll-free number spelled in letters ("1-800-KEEP-ME"): a phone number with too few digits to count.
_VANITY_NUMBER = re.compile(r"(?<![\w$])(?:1-)?8(?:00|33|44|55|66|77|88)-[a-z0-9]{2,}(?:-[a-z0-9]+)*\b")
_SPACE = re.compile(r"\s+")
# A letter O among a number's digits is a zero ("07700 9OO 321"): a word of digits and o's, both in it.
_O_TOUCH = re.compile(r"o(?:(?<=\do)|(?=\d))")
_O_FOR_ZERO = re.compile(r"(?<![a-z])(?=[\do]*\d)(?=[\do]*o)[\do]{2,}(?![a-z])")
_SAID_DASH = re.compile(r"(?<=\d) (?:dash|hyphen) (?=\d)")
_AREA_CODE = re.compile(r"\barea code:? \(?\d{3,5}\b|\b\d{3,5},? (?:is the )?area code\b")
# A number said in words (heldout11): "zero two zero, five hundred and fifty-five, oh one three four". A run
# of number words, read as the digits it says (_said_digits); looked for only where such words are many.
_DIGIT_WORDS = ("zero", "oh", *_UNITS[:9])
_SAID_WORD = rf"(?:zero|oh|double|triple|{'|'.join(_UNITS)}|{'|'.join(_TENS)}|hundred|thousand)"
_SAID_NUMBER = re.compile(rf"\b{_SAID_WORD}(?:(?:,? | ?- ?|,? and ){_SAID_WORD}){{4,}}\b")
_SAID_SPLIT = re.compile(r"[\s,-]+")


def _said_digits(run: str) -> int:
    """How many digits a run of number words says: one for each digit word, each compound number
    ("fifty-five", "five hundred and fifty-five") as many as it has, "double" and "triple" repeating."""
    digits, value, repeat, joined = 0, None, 1, False
    for word in _SAID_SPLIT.split(run):
        if word == "and":
            joined = True
            continue
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
            continue
        n = 0 if word in ("zero", "oh") else WORD_VALUES.get(word)
        if word == "hundred" and value is not None and value < 10:
            value *= 100
        elif word == "thousand" and value is not None and value < 1000:
            value *= 1000
        elif n and value is not None and (joined or (value % 10 == 0 and value >= 20 and n < 10)):
            value += n  # "fifty-five", "five hundred and five"
        else:
            if value is not None:
                digits += len(str(value)) * repeat
                repeat = 1
            value = n if n is not None else None
        joined = False
    return digits + (len(str(value)) * repeat if value is not None else 0)


_DIGITS_TOGETHER = re.compile(r"\d[\d\s().\-/]{5,}\d")  # what every _DIGIT_RUN holds, found from a digit
_DIGIT_RUN = re.compile(r"(?<![\w$€£.,])(?:\+|00)?\(?\d[\d\s().\-/]{5,}\d(?![\w%])")


# The checks that read of the context only the customer's first name or id, or the settings, keep their codes
# for each text and those: a replaced draft's template is checked again for each draft of the same customer
# (a third of the checks of the suite are of a text checked before).


def check_name(v: Views, ctx: Context) -> list[str]:
    """The greeting names the customer (the messenger's trusted name), or no one when it is untrusted."""
    return list(_name_codes(v, ctx.facts.first_name))


@lru_cache(maxsize=4096)
def _name_codes(v: Views, first_name: str) -> tuple[str, ...]:
    expected = views(greeting_word(first_name)).match
    greeting = _GREETING.match(v.folded)
    who = greeting.group("who") if greeting else None
    # Only a capitalised word after "Hi" is a name: "Hello, thank you ..." names no one.
    who = views(who).match if who and who[0].isupper() else None
    if who == GENERIC_GREETING:
        who = None
    if expected == GENERIC_GREETING:
        # The customer's name cannot be trusted: a greeting must name no one, nor echo the name field.
        raw = views(first_name).match
        # As a word of its own: "N/A" is echoed in "Hi N/A," but not in "signal" (heldout11).
        echoed = len(raw) >= 2 and raw in v.match and re.search(rf"(?<!\w){re.escape(raw)}(?!\w)", v.match)
        return ("NAME_MISMATCH",) if who is not None or not greeting or echoed else ()
    if who is not None and who != expected.split(" ")[0]:
        return ("NAME_MISMATCH",)
    opening = _FIRST_SENTENCE.match(v.match).group(0)
    return () if re.search(rf"\b{re.escape(expected)}\b", opening) else ("NAME_MISMATCH",)


_NAME_PARTS = re.compile(r"[\s'-]+")
# A member of staff named ("Priyanka from accounts"): another person's name, whether or not it is on the
# project's name list. The words that can stand there without naming anyone are not names. A place that is
# no particular one ("in any shop", "at every branch": heldout12) has no one named in it: the word before it
# is a verb ("Questions? Ask in any shop", "Pop in any store").
_STAFF = re.compile(
    r"\b(?P<name>[A-Z][a-z]+) (?:from|in|at) (?:our |the )?(?:accounts|billing|support|sales|finance|hr|colle"
    r"ctions|head office|customer (?:care|service|services|support)|(?:(?!(?:any|every|each|an?|one|some)\b)["
    r"A-Z]?\w+ )?(?:team|department|desk|store|shop|branch|office))\b"
)
# Someone close to the customer, named: "your colleague Bronwyn" ("C O L L E A G U E  B R O N W Y N").
_RELATIONS = frozenset(
    "colleague coworker boss manager friend neighbour neighbor flatmate roommate housemate partner wife "
    "husband brother sister son daughter mum mom dad mother father cousin aunt uncle niece nephew grandson "
    "granddaughter grandma grandpa grandmother grandfather stepson stepdaughter fiance fiancee girlfriend "
    "boyfriend carer caregiver nanny assistant secretary coach "
    # heldout9: god-kin, in-laws, tenants and lodgers, named
    "godmother godfather godparent godson goddaughter godchild tenant lodger landlord landlady subtenant "
    "son-in-law daughter-in-law mother-in-law father-in-law brother-in-law sister-in-law".split()
)
# What a text must hold for _RELATIONS to be in it: those holding no other ("son" for "godson", "son-in-law").
_RELATION_KEYS = tuple(sorted(r for r in _RELATIONS if not any(o != r and o in r for o in _RELATIONS)))
# "your twin brother Casimir", "your son-in-law, Dmitri", "your godmother Perpetua"
_RELATION_NAMED = re.compile(
    rf"\b[Yy]our (?:(?:twin|older|younger|elder|big|little|baby|half|step) ?-?)?"
    rf"(?:{'|'.join(sorted(_RELATIONS, key=len, reverse=True))}|PA),? [A-Z][a-z]+\b"
)
_STAFF_PLACES = ("accounts", "billing", "support", "sales", "finance", " hr", "collections", "office",
                 "customer", "team", "department", "desk", "store", "shop", "branch")  # fmt: skip
_NOT_NAMES = frozenset(
    "someone somebody everyone everybody anyone anybody nobody love greetings hello hi hey thanks regards "
    "cheers wishes best all people folks colleagues staff agents experts engineers advisors advisers friends "
    "news message note update word help advice support everything something nothing "
    # verbs that go before a place (heldout12's family): "Ask at our store", "Pop in the shop"
    "ask call pop drop come visit stop chat talk speak enquire inquire check book".split()
)
_CAPITALIZED = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+\b")


def check_other_people(v: Views, ctx: Context) -> list[str]:
    return ["OTHER_PERSON"] if _other_person(v, ctx.facts.first_name, ctx.customer_id) else []


@lru_cache(maxsize=4096)
def _other_person(v: Views, first_name: str, customer_id: str) -> bool:
    # Every part of the customer's own name is theirs: "Anna" in "Anna-Lena" is no other person.
    names = (views(greeting_word(first_name)).match, views(first_name).match)
    own = {part for name in names for part in _NAME_PARTS.split(name)} | set(names)
    capitalized = _CAPITALIZED.findall(v.folded) + [w.capitalize() for w in v.spaced_words]
    if any(w.casefold() in _OTHER_NAMES and w.casefold() not in own for w in capitalized):
        return True
    for honorific in _HONORIFIC.finditer(v.match):
        if not honorific.group("name") or honorific.group("name") not in own:
            return True
    if "Miss " in v.folded and _MISS.search(v.folded):
        return True
    titled = not _TITLE_WORDS.isdisjoint(capitalized)
    if titled and _another_named(_TITLED.finditer(v.folded), own, _TITLED_NOT_NAMES):
        return True
    # Titles and names written with spaced or dotted letters ("C o a c h  D i m i t r i o u", "S.i.r"): read
    # with the letters joined, case kept.
    if (v.spaced_words or _DOTTED_LETTER.search(v.folded)) and _LETTER_RUN.search(v.folded):
        joined = _LETTER_RUN.sub(_join_letter_run, v.folded)
        if _another_named(_TITLED.finditer(joined), own, _TITLED_NOT_NAMES):
            return True
    if "OTHER_PERSON" in _phrases_in(v.match):
        return True
    if _disguised_title(v, own):
        return True
    match = v.match
    if (any(r in match for r in _RELATION_KEYS) or "PA" in v.folded) and (
        _RELATION_NAMED.search(v.folded)
        or any(w in _RELATIONS and i + 1 < len(v.spaced_words) for i, w in enumerate(v.spaced_words))
    ):
        return True
    # A rank spaced with a name after it (heldout12: "C O L O N E L  W H I T B Y")
    if v.spaced_words and any(
        w.capitalize() in _RANKS and i + 1 < len(v.spaced_words) for i, w in enumerate(v.spaced_words)
    ):
        return True
    if any(place in match for place in _STAFF_PLACES) and _another_named(_STAFF.finditer(v.folded), own):
        return True
    own_id = customer_id.replace("-", "")
    if _ID_SPREAD.search(v.folded) and (
        any(cid != own_id for cid in _CUSTOMER_ID.findall(_dense(v)))
        or any(_SEPARATORS.sub("", m.group(0)) != own_id for m in _ID_ALONE.finditer(v.folded))
    ):
        return True
    return False


# A title disguised (spaced in capitals, dotted, drawn in leetspeak: heldout14's "C H I E F  A D E W A L E",
# "L⬯/2◗ P⋵[V]!3⋵/2'|'⬯∏"), read on the match view: no honest message hides a title, so the word after it
# is taken as a name unless it is an English word.
_TITLED_MATCH = re.compile(rf"\b(?P<title>{'|'.join(t.lower() for t in _TITLES)}) (?P<name>[a-z]{{3,}})\b")


def _disguised_title(v: Views, own: set[str]) -> bool:
    if v.match == " ".join(v.folded.lower().split()) or not any(t in v.match for t in _TITLE_KEYS):
        return False
    plain = set(_PLAIN_WORD.findall(v.folded.lower()))
    return _another_named(
        (m for m in _TITLED_MATCH.finditer(v.match) if m.group("title") not in plain), own, _TITLED_NOT_NAMES
    )


_TITLE_KEYS = frozenset(t.lower()[:3] for t in _TITLES)
_PLAIN_WORD = re.compile(r"[a-z]+")


def _another_named(found: Iterator[re.Match], own: set[str], not_names: frozenset[str] = frozenset()) -> bool:
    """Whether a `name` group found is a name and not one of the customer's own ("Priyanka from accounts",
    "Uncle Femi"); words that can stand there without naming anyone are not names."""
    for m in found:
        name = m.group("name").casefold()
        if name not in own and name not in _NOT_NAMES and name not in not_names and name not in ENGLISH_WORDS:
            return True
    return False


def _has_email(text: str) -> bool:
    if "@" in text and _EMAIL_AT.search(text):
        return True
    if " at " in text and _MAIL_PROVIDER.search(text):
        return True
    if "dot" in text and _DOMAIN_SPELLED.search(text):
        return True
    bracketed = ("at" in text or "@" in text) and _AT_BRACKETED.search(text) is not None
    if bracketed and _EMAIL_BRACKETED.search(text):
        return True
    if (" dot " in text or " point " in text) and " at " in text and _EMAIL_SAID.search(text):
        return True
    if ("~" in text or "(a)" in text) and _EMAIL_ODD_AT.search(text):
        return True
    spelled = bracketed or " at " in text
    if (spelled and _EMAIL_SPELLED.search(text)) or ("mail" in text and _EMAIL_WORDS.search(text)):
        return True
    # The at sign and the dot said otherwise (heldout10): in other languages ("arroba ... punto"), named
    # ("then the at symbol"), or set apart by commas ("keep, at, telco, dot, lv"): read as " at " and " dot ".
    if any(word in text for word in _AT_OTHERWISE_NEEDS):
        said = _DOT_OTHERWISE.sub(" dot ", _AT_OTHERWISE.sub(" at ", text))
        return said != text and _has_email(said)
    return False


def _digits(text: str) -> int:
    return sum(map(text.count, "0123456789"))


def check_contact_data(v: Views, ctx: Context) -> list[str]:
    return list(_contact_data(v))


@lru_cache(maxsize=4096)
def _contact_data(v: Views) -> tuple[str, ...]:
    """The contact-data codes of a text, kept (they depend on the text alone)."""
    text = v.folded.lower()
    found = []
    digits = _digits(text)
    # Digits are read on the folded view (leetspeak would turn them into letters), words on the match view.
    if _has_email(text) or (v.match != text and _has_email(v.match)):
        found.append("PERSONAL_EMAIL")
    if (
        (digits >= 6 and _NATIONAL_ID.search(_dense(v).lower()))
        or (digits >= 9 and _SSN.search(text))
        or "NATIONAL_ID" in _phrases_in(v.match)
    ):
        found.append("PERSONAL_NATIONAL_ID")
        text = _SSN.sub(" ", text)
    if (digits >= 2 and _IBAN.search(text)) or "CARD" in _phrases_in(v.match):
        found.append("PERSONAL_CARD")
    if digits >= 3 and _VANITY_NUMBER.search(text):
        found.append("PERSONAL_PHONE")
    if digits >= 5 and _O_TOUCH.search(text) and _O_FOR_ZERO.search(text):  # "07700 9OO 321"
        text = _O_FOR_ZERO.sub(lambda m: m.group(0).replace("o", "0"), text)
        digits = _digits(text)
    if digits >= 5 and (" dash " in v.match or " hyphen " in v.match) and _SAID_DASH.search(v.match):
        text = _SAID_DASH.sub("-", v.match)  # "555 dash 0142"
        digits = _digits(text)
    if digits >= 3 and "area code" in v.match and _AREA_CODE.search(v.match):
        found.append("PERSONAL_PHONE")
    if sum(map(v.match.count, _DIGIT_WORDS)) >= 5 and any(
        _said_digits(m.group(0)) >= 7 for m in _SAID_NUMBER.finditer(v.match)
    ):
        found.append("PERSONAL_PHONE")
    if digits < 7:  # too few digits for any phone or card number: the usual case
        return tuple(found)
    if not _DIGITS_TOGETHER.search(text):
        return tuple(found)  # no seven characters of digits and separators in a row: no number to read
    for run in _DIGIT_RUN.finditer(text):
        digits = sum(ch.isdigit() for ch in run.group(0))
        if _DATE.fullmatch(run.group(0)):
            continue
        if digits >= 13:
            found.append("PERSONAL_CARD")
        elif digits >= 7:
            found.append("PERSONAL_PHONE")
    return tuple(found)


# --- tone, robustness ---------------------------------------------------------------------------

_TONE_CODES = ("THREAT", "GUILT", "PRESSURE", "INSULT", "PROFANITY", "CHURN_MENTION")
_INSTRUCTION_WORDS, _INSTRUCTION_MARKS = lexicon.split_keyed(lexicon.INSTRUCTION_LEAK)
_INSTRUCTION_MARKED = lexicon.compile_all(_INSTRUCTION_MARKS)  # markup, placeholders: by a character
_LINKS = lexicon.compile_all(lexicon.LINK)
_LINK_WORDS = lexicon.compile_all(lexicon.LINK_WORDS)
# Read on the folded view, where digits are still digits (heldout11): a character written as an HTML number
# ("We&#39;ve", "&#x27;"), a draft's version opening a note ("(v2, shorter, per the feedback)").
_DRAFT_MARK = re.compile(r"&#(?:\d{2,5}|x[0-9a-f]{2,4});|\( ?v ?\d+(?:\.\d+)? ?[,):;-]")
_DRAFT_MARK_NEEDS = ("&#", "(v", "( v")
# A string's escapes written out (heldout12: "Thanks again!\\n\\n-- The Team"): a line break, tab or code
# point as a backslash and a letter, read on the folded view (case kept: "\\nThanks"); not a drawn letter
# ("|\\|").
_ESCAPED = re.compile(r"\\(?<![|/\\]\\)(?:[nrt](?![a-z])|n(?=[A-Z])|u[0-9a-fA-F]{4}\b)")
# Searched only when their odd character is in the text, as they start with no character of their own.
# A domain with a path: "bit.do/nl-keep"; a port before it (heldout11: "telco.hr:8080/deal").
# ... its letters spaced out, read joined around a spaced dot and slash (heldout13: "t e l c o . b e / f i")
_LINK_PATH = re.compile(
    r"\b[a-z0-9-]+\.[a-z]{2,6}(?::\d{2,5})?/[\w?=&-]+|\b[a-z0-9-]{2,} \. [a-z]{2,6} / [a-z0-9]{2,}"
)
# A host of three names or more ending in two letters or a common ending: "keep.telco.mg",
# "deal . nordtel . no" (heldout7); written from the dot.
_LINK_HOST = re.compile(
    rf"\.(?<=[a-z0-9-][a-z-]\.)[a-z][a-z0-9-]+\.(?:[a-z]{{2}}|{lexicon._TLD})\b(?!\.?\w)"
    rf"|\.(?<=[a-z0-9-][a-z-] \.) [a-z][a-z0-9-]+ \. (?:[a-z]{{2}}|{lexicon._TLD})\b"
)
# "northline•co•uk"; any ending before a path (heldout9: "telco·lk/keep")
_LINK_BULLETED = re.compile(r"\b[a-z0-9-]{2,}[•·∙](?:(?:co|com|net|org|uk|io|ie|de|fr)\b|[a-z]{2,6}/\w)")
# ... its letters spaced out, a two-letter ending before a path (heldout10: "t e l c o ⸱ l v / k e e p")
_LINK_BULLETED_SPACED = re.compile(r"\b[a-z0-9-]{2,} [•·∙] [a-z]{2} / \w")
# These phrases are looked for sentence by sentence (none spans the end of a sentence: the split keeps its
# "." or "!!"), all in one pass, and each sentence's findings are kept: messages share most of their
# sentences (greetings, offers, calls to reply, opt-out lines), so most are looked up, not searched. Links
# ("example. com") and markup are searched in the whole text.
_SENTENCE_PHRASES = lexicon.PhraseIndex(
    {
        **{code: getattr(lexicon, code) for code in _TONE_CODES},
        "FALSE_PROMISE": lexicon.FALSE_PROMISE,
        "OFFER_EXTRAS": lexicon.OFFER_EXTRAS,
        "OFFER_WORDS": lexicon.OFFER_WORDS,
        "OTHER_PERSON": _OTHER_PEOPLE,
        "OPEN_END": _OPEN_ENDED,
        "NATIONAL_ID": _NATIONAL_ID_WORDS,
        "CARD": _CARD_WORDS,
        "INSTRUCTION_LEAK": _INSTRUCTION_WORDS,
    }
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\s\|\s")


# A warning against scams names what is never asked for: "we'll never text asking for your card number".
_NEVER_ASKED = re.compile(
    r"\b(?:never|not ever|won'?t ever|will not ever) (?:\w+ ){0,2}(?:ask|asks|asking|text|texts|call|calls"
    r"|e-?mail|request|message|share|give)\b"
)
# ... unless the same sentence asks for something all the same.
_ASKED = re.compile(
    r"\b(?:reply with|send (?:us|me|it|them)|text (?:us|me|it)|tell us|confirm|enter|provide)\b"
)


# Pressure said not to be there (heldout8): "there's no need to answer today", "no rush to decide now", "you
# don't have to reply right away". Such a span is taken out and the sentence looked at again for pressure.
_NO_PRESSURE = re.compile(
    r"\b(?:no (?:need|rush|hurry|pressure|obligation)|(?:do|does|did)(?: not|n'?t) (?:need|have)|needn'?t"
    r"|(?:not|never) (?:need|have)|not (?:necessary|required|obliged|expected))(?: (?:at all|whatsoever))?"
    r",? (?:(?:for you )?to )?(?:(?:really|even|actually|rush|hurry|feel (?:rushed|pressured) to|feel "
    r"(?:rushed|pressured) into) )?(?:reply|replying|respond|responding|answer|answering|decide|deciding|act"
    r"|acting|accept|claim|confirm|move|sign up|commit)(?: (?:yes|us|back|to (?:us|this|it)|on (?:it|this)"
    r"|it|this))?(?: (?:now|today|tonight|right (?:now|away)|immediately|at once|asap|fast|quickly|soon|this"
    r" week|straight away))?\b"
    # A deadline said not to be there (heldout9): "there's no deadline", "without any time limit", "no
    # cut-off date". Only that span goes: "No deadline, but it ends tonight" still fails.
    r"|\b(?:no|without (?:a|any)|not a|never a)(?: (?:set|fixed|hard|real|firm))? (?:deadline|time limit|cut"
    r"-?off(?: date| point)?|closing date|countdown|clock ticking)s?\b"
    # A "no hurry" on its own (heldout11): "No hurry at all; reply YES whenever it suits you", "no need to
    # rush", "don't hurry".
    r"|\b(?:no (?:real |great |big )?(?:rush|hurry|pressure)|(?:no need|(?:do|does)(?: not|n'?t) need"
    r"|needn'?t|don'?t|do not) (?:to )?(?:rush|hurry))(?: (?:at all|whatsoever))?\b"
    # A short break of service and its hour (heldout11): "your signal may stop for a few minutes around
    # midnight", "broadband may drop out briefly after 11pm": a notice, not a countdown.
    r"|\b(?:signal|service|line|broadband|internet|wi-?fi|connection|network|calls?|data|tv|coverage|app"
    r"|website|landline)s? (?:\w+ ){0,2}(?:stop|drop(?: out)?|go (?:down|off|offline|quiet)|cut out|pause"
    r"|dip|flicker|be (?:down|off|offline|unavailable|interrupted|patchy|slower|affected))(?: working)? (?:b"
    r"riefly|for (?:(?:a few|a couple of|some|a short|(?:up to|about|around) (?:an?|\w+)|\d+|an?|[a-z-]+) )"
    r"?(?:minutes?|mins?|hours?|moments?|seconds?|while|bit))(?: (?:around|at|about|after|from|between|un"
    r"til|till|before|overnight|tonight|and|midnight|noon|dawn|\d{1,2}(?::\d\d)? ?(?:am|pm)?|on|\w+day|(?:t"
    r"he )?(?:night|morning|evening)))*"
    # A reminder that the offer ends, ahead of its end (heldout13): "We'll remind you before it ends", "you'll
    # get a reminder text before the discount runs out", "we'll let you know a week before it finishes". Only
    # that span goes, and not with a clock after it: "We'll remind you before it ends tonight" still fails.
    r"|\b(?:(?:we|i)(?:'ll| will| shall|'d| would| can|'re going to| are going to) (?:\w+ )?(?:remind|tell|te"
    r"xt|message|notify|warn|alert|ping|e-?mail|contact|let)(?: you)?(?: know)?"
    # (heldout15) a reminder sent: "we'll send you a reminder (text)", "we'll drop you a quick note"
    r"|(?:we|i)(?:'ll| will| shall|'d| would| can|'re going to| are going to) (?:\w+ )?(?:send|drop|give|fir"
    r"e off|shoot|pop)(?: you)?(?: (?:a|an|one))?(?: \w+)? (?:reminder|heads-up|heads up|notice|nudge|note|te"
    r"xt|message|alert|line|e-?mail)s?(?: (?:text|message|e-?mail|sms|note))?|(?:you'll|you will|you'd|you "
    r"would) (?:\w+ )?(?:get|receive|have)(?: (?:a|an|one))?(?: \w+)? (?:reminder|heads-up|heads up|notice|n"
    r"ud"
    r"ge|note|text|message|alert)s?|(?:a|an|one) (?:\w+ )?(?:reminder|heads-up|heads up|notice|nudge|alert)s"
    r"? "
    r"(?:will|is going to|comes?|arrives?|follows?)(?: (?:come|arrive|follow|reach you))?)(?: (?:in )?(?:goo"
    r"d time|well|ahead|early|a (?:week|few days|month|fortnight)|\w+ days?|\d+ days?))? (?:before|ahead of)"
    r" (?:it|they|the (?:offer|deal|discount|price|saving|rate|reduction)s?|your (?:offer|deal|discount|savi"
    r"ng|rate)s?) (?:ends?|expires?|runs? out|finish(?:es)?|stops?|lapses?|is over|are over|comes? to an end"
    r"|closes?)\b(?!,? (?:tonight|today|tomorrow|midnight|noon|soon|shortly|by|at (?:\d|midnight|noon|the en"
    r"d "
    r"of (?:today|the day|tonight))|this (?:week|weekend|evening|afternoon|morning)|in (?:an?|one|two|three|"
    r"\d+"
    r"|the next|a few) (?:hours?|minutes?|mins?|days?)))"
    # (heldout16) the span first: "A few days before it finishes, we'll text", "a week ahead of the offer's
    # end, you'll get a reminder"; nothing may stand between the end and the reminder ("ends tonight").
    r"|\b(?:(?:a|an|one|two|three|four|five|six|seven|\d+|a few|a couple of|several|some) (?:days?|weeks?|"
    r"hours?|fortnight|months?)|shortly|just|the day|the week|well|in good time) (?:or so )?(?:before|ahead "
    rf"of|prior to) {_OFFER_ENDS},? (?:(?:we|i)(?:'ll| will| shall|'d| would|'re going to| are going to) "
    r"(?:\w+ )?"
    r"(?:remind|tell|text|message|notify|warn|alert|ping|e-?mail|contact|let|send|drop|give|call|write|get in"
    r" touch|pop|shoot)|(?:you'll|you will) (?:\w+ )?(?:get|receive|hear))\b"
)
# The words without which _NO_PRESSURE cannot match.
_NO_PRESSURE_NEEDS = (
    "no ", "n't", "not ", "without ", " for ", "briefly", "before ", "ahead of ", "prior to "
)  # fmt: skip
# Stopping our messages: "reply STOP to opt out", "unsubscribe", "text STOP", "stop these texts".
_STOP_TEXTS = (
    r"\b(?:(?:reply|text|send|sms)(?: us)?(?: with)? stop|opt[- ]?out|unsubscribe|(?:stop|end|cancel) (?:thes"
    r"e |our |the |all |any )?(?:texts|messages|offers|marketing))"
    # and what may follow: "any time", "to opt out", "and we'll stop these texts", "from our offers"
    r"(?: (?:at )?any ?time| whenever you (?:like|want|wish)| (?:to|and) (?:opt[- ]?out|unsubscribe|(?:we'?ll"
    r" )?stop(?: them| these| (?:these |our |the |all )?(?:texts|messages|offers))?)| (?:from|of) (?:these|ou"
    r"r|the|all|future) (?:texts|messages|offers)){0,3}"
)
# Someone else's price said to stay as it is (heldout11): "If a family member shares your plan, their price
# won't change" tells what this offer leaves alone, and is no promise about the customer's own price ("your
# price won't change", "their price won't ever change" still are).
# Nor is the freedom to stop our messages (heldout12): "Reply STOP to opt out, no questions asked",
# "unsubscribe any time, no questions asked": what goes unasked is why the customer stops the texts, not a
# promise about the offer ("no questions asked, guaranteed lowest price forever" still is one).
_NO_PROMISE = re.compile(
    r"\b(?:their|his|her|[\w-]+'s) (?:own )?(?:monthly )?(?:price|bill|plan|tariff|rate|charge|payment|num"
    r"ber|deal)s? (?:(?:will|would|does|do|is|are)(?: not|n'?t)|won'?t|wo n't|doesn'?t|don'?t|isn'?t|aren'?t)"
    r" (?:change|go up|increase|rise|be affected|be touched)\b"
    rf"|{_STOP_TEXTS}[,:;-]? (?:and |with )?no questions (?:asked|needed)\b"
    rf"|\bno questions (?:asked|needed)[,:;-]? (?:just |simply )?{_STOP_TEXTS}"
)
# A reward or thank-you that is the discount itself (heldout17): "here is a small reward: 6% off each bill",
# "as a thank-you for your loyalty, 20% off": the percentage right after it is the decided offer (the offer
# check reads its value). A reward that is a thing ("a reward: a $50 voucher", "a thank-you gift card")
# keeps its code, and so does any extra after the percentage ("a reward: 20% off and a free phone").
_REWARD_IS_DISCOUNT = re.compile(
    r"\b(?:(?:a|an|one|this|our|my|as a|as an|by way of a) )?(?:(?:small|little|tiny|modest|special|loyalty"
    r"|well-earned|well earned|quick|wee|big|extra) )*(?:rewards?|thank[- ]?yous?|thanks|token of (?:our )?"
    r"(?:thanks|gratitude|appreciation)|treat|present|bonus)(?: (?:for|from|to) [\w']+(?: [\w']+){0,4})?"
    r" ?[:,\u2013\u2014-] ?(?:a |an |just |simply |fully )?(?:\d+(?:\.\d+)? ?(?:%|percent|per cent)|[a-z-]+ "
    r"(?:percent|per cent))"
)
_REWARD_NEEDS = ("reward", "thank", "token", "treat", "present", "bonus")
# A code, the words without which its span cannot match, and the span that takes its phrase back.
_NOT_MEANT = {
    "PRESSURE": (_NO_PRESSURE_NEEDS, _NO_PRESSURE),
    "FALSE_PROMISE": (("their ", "his ", "her ", "'s ", "no questions"), _NO_PROMISE),
    "OFFER_EXTRAS": (_REWARD_NEEDS, _REWARD_IS_DISCOUNT),
}


@lru_cache(maxsize=8192)
def _sentence_phrases(sentence: str) -> frozenset[str]:
    found = _SENTENCE_PHRASES.found(sentence)
    for code, (needs, said_otherwise) in _NOT_MEANT.items():
        # The span that says the code's phrase is not meant is taken out, and the sentence looked at again.
        if code in found and any(need in sentence for need in needs):
            rest = said_otherwise.sub(" ", sentence)
            if rest != sentence and code not in _SENTENCE_PHRASES.found(rest):
                found = found - {code}
    if "CARD" in found and _NEVER_ASKED.search(sentence) and not _ASKED.search(sentence):
        return found - {"CARD"}
    return found


@lru_cache(maxsize=4096)
def _phrases_in(match: str) -> frozenset[str]:
    """The names of _SENTENCE_PHRASES whose phrases a `match` view holds."""
    return frozenset().union(*map(_sentence_phrases, _SENTENCE_BREAK.split(match)))


_SHOUTED = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{3,}\b")  # \b[A-Z]{4,}\b
_SHOUT_OK = frozenset({"STOP", "YES", "HELP", "INFO"})


def _squashed(code: str, v: Views) -> bool:
    return code in _squashed_codes(v.squashed)


@lru_cache(maxsize=4096)
def _squashed_codes(squashed: str) -> frozenset[str]:
    return frozenset(code for code, terms in lexicon.SQUASHED.items() if any(t in squashed for t in terms))


def _shouted_words(v: Views, first_name: str) -> int:
    own = views(first_name).folded.upper()
    return sum(1 for w in _SHOUTED.findall(v.folded) if w not in _SHOUT_OK and w != own)


# Swear words written with symbols for letters ("sh*tty", "f**king", "b*llsh*t"): a word with a masked
# letter is profane when some letters in place of its symbols spell one of these.
PROFANE_WORDS = (
    "shit shits shitty shite shitload shithole shitshow bullshit fuck fucks fucking fucked fucker bitch "
    "bitches bitching bitchy damn damned dammit goddamn crap crappy arse arsehole ass asshole bastard "
    "bastards piss pissed pissing wank wanker wankers twat cunt cock dick dickhead prick bollocks bugger "
    "knobhead knobheads "
    "hell frigging effing "
    "bloody"
).split()
# ... or one of them with an ending (heldout12: "pr⁎cks"), or a word that ends in one of those that make
# compounds (heldout12: "cl⊛sterf⊛ck"; "apesh*t", "m*therf*cker"), a symbol in that part.
_ENDINGS = ("", "s", "es", "ed", "er", "ers", "ing", "in", "y")
PROFANE_FORMS = frozenset(word + ending for word in PROFANE_WORDS for ending in _ENDINGS)
_COMPOUND_ROOTS = ("fuck", "fucker", "fucking", "shit", "shite", "shitty", "wank", "wanker", "bitch")
COMPOUND_TAILS = frozenset(root + ending for root in _COMPOUND_ROOTS for ending in _ENDINGS)


def _by_first_letter(forms: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The forms by their first letter, and all of them under "": a word that starts with a letter is only
    compared with the forms that start with it."""
    return {"": tuple(sorted(forms))} | {
        ch: tuple(sorted(f for f in forms if f[0] == ch)) for ch in {f[0] for f in forms}
    }


# The characters that stand for letters in a masked swear word ("sh*t", "sh!t", a dash: "sh–t"), and those
# that stay masks on the match view ("@", "$" and "!" between letters are read as letters there).
_MASKS = "*#@%$!–—+^?"  # "+" and "^" too (heldout9: "sh+t", "F ^ C K"); "?" (heldout12's family: "F¿ck")
_KEPT_MASKS = "*#%–—+^?"
_MASK = f"[{re.escape(_MASKS)}]"
_MASKED_WORD = re.compile(
    rf"[a-z]*[a-z]{_MASK}+[a-z{re.escape(_MASKS)}]*|{_MASK}+[a-z]+[a-z{re.escape(_MASKS)}]*"
)


# Other characters that mask a letter between letters (heldout7): asterisk-like operators, stars, middle dots,
# bullets and emoji; these also stand between spaced letters.
_ODD_MASKS = "∗⁎﹡✱✲✳⋆★☆·•⊕⌀⊘⦸\U0001f300-\U0001faff\u2600-\u27bf"
# Any symbol or punctuation mark past ASCII is one between letters (heldout12: "f⁂cking", "b⁑stards",
# "cl⊛sterf⊛ck", "F¿ck"), bar the marks words are written with (quotes, primes, hyphens and dashes, the
# ellipsis, the modifier signs that stand for an apostrophe or an accent: "don´t") and the signs leetspeak
# draws a letter with ("w££k§" is "weeks", read on the match view), but for those listed above.
_WORD_MARKS = frozenset(
    "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u2034\u2035\u2026\u00ab\u00bb\u2039\u203a"
)

_MASK_CATEGORIES = frozenset({"Sm", "Sc", "So", "Po", "Ps", "Pe", "Pc", "Pi", "Pf"})  # not Pd, Sk


def _symbol_ranges() -> str:
    """The symbols and punctuation marks of the Basic Multilingual Plane past ASCII (less _WORD_MARKS), as
    the ranges of a regex class."""
    ranges: list[list[int]] = []
    for point in range(0xA0, 0x10000):
        ch = chr(point)
        if (
            unicodedata.category(ch) in _MASK_CATEGORIES
            and ch not in _WORD_MARKS
            and (ch not in LEET or ch in _ODD_MASKS)
        ):
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1][1] = point
            else:
                ranges.append([point, point])
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


_SYMBOLS = _symbol_ranges() + "\U0001f000-\U0001faff"
# A dot may stand between a letter and the mask ("s.h.•.t": heldout9); a leetspeak digit may stand before it
# (heldout13: "8✠stards", read "*stards").
_ODD_MASK = re.compile(
    rf"[{_SYMBOLS}](?:(?<=[a-z0-9][{_SYMBOLS}])|(?<=[a-z]\.[{_SYMBOLS}]))[{_SYMBOLS}]*(?=\.?[a-z])"
)
# "b * l l", "f ✱ ✱ k" (heldout8), "F ^ C K", "W @ N K" (heldout9)
_SPACED_MASKS = "*@^+#"  # masks that stand between spaced letters as they are, in ASCII text too
_SPACED_MASK = re.compile(rf"(?<=[a-z])(?: [{re.escape(_SPACED_MASKS)}{_ODD_MASKS}])+ (?=[a-z])")
_DOTS_IN_WORD = re.compile(r"(?<=[a-z*#@%$!])\.(?=[a-z*#@%$!])")  # "s.h.*.t": dotted letters left by a mask


# A mask touching a letter ("sh*t", "*ss"), written from the mask: a "$" before digits or a closing "!" or
# "?" is not one, and most texts have no other.
_MASK_TOUCH = re.compile(rf"{_MASK}(?=\.?[a-z])|[*#@%–—+^](?:(?<=[a-z].)|(?<=[a-z]\..))")
_MASK_RUN = re.compile(rf"{_MASK}+")
_PROFANE_BY_LETTER = _by_first_letter(PROFANE_FORMS)
_TAIL_BY_LETTER = _by_first_letter(COMPOUND_TAILS)


def _masked_profanity(text: str) -> bool:
    if not text.isascii() and _ODD_MASK.search(text):  # "f∗cking", "F💥ck", "sh·t", "f⁂cking": read as "*"
        text = _ODD_MASK.sub("*", text)
    if any(f" {mask} " in text for mask in _SPACED_MASKS) or (
        not text.isascii() and _SPACED_MASK.search(text)
    ):
        # "B * L L O C K S", "F ✱ ✱ K": its letters joined around the masks
        text = _SPACED_MASK.sub(lambda m: "*" * (len(m.group(0)) // 2), text)
    if not any(mask in text for mask in _KEPT_MASKS) or not _MASK_TOUCH.search(text):
        return False
    return any(map(_profane_shape, _MASKED_WORD.findall(_DOTS_IN_WORD.sub("", text))))


def _shape(word: str) -> re.Pattern:
    return re.compile(_MASK_RUN.sub(lambda m: f"[a-z]{{1,{len(m.group(0)) + 1}}}", word))


@lru_cache(maxsize=1024)
def _profane_shape(word: str) -> bool:
    """Some letters in place of the masks of a word spell a swear word, maybe with an ending, or the word
    ends in one that makes compounds, with a mask in that part ("cl*sterf*ck")."""
    if _matches_a_form(word, _PROFANE_BY_LETTER):
        return True
    for start in range(1, len(word) - 3):
        tail = word[start:]
        if not _MASK_RUN.search(tail):
            return False  # no mask left in this tail or any shorter one
        if (tail[0] in _TAIL_BY_LETTER or not tail[0].isalpha()) and _matches_a_form(tail, _TAIL_BY_LETTER):
            return True
    return False


def _matches_a_form(word: str, by_letter: dict[str, tuple[str, ...]]) -> bool:
    shape = _shape(word)
    forms = by_letter.get(word[0], ()) if word[0].isalpha() else by_letter[""]
    return any(shape.fullmatch(form) for form in forms)


def check_tone(v: Views, ctx: Context) -> list[str]:
    return list(_tone_codes(v, ctx.facts.first_name, ctx.settings.max_shouted_words))


# Help offered with a bill or a setup (heldout17): "our people will gladly walk you through every line", "the
# team can talk you through each charge". The classifier reads "through every" as the guilt of "we were there
# for you through every outage"; the span is taken out and the sentence read again, so guilt around it
# ("... after all we have done for you") still fails.
_HELP_OFFERED = re.compile(
    r"\b(?:we|our (?:\w+ )?(?:people|team|staff|agents?|advis[eo]rs?|experts?|engineers?|helpers?|crew"
    r"|folks|colleagues|specialists?)|the (?:\w+ )?(?:team|staff|agents?|advis[eo]rs?|helpers?|experts?))"
    r"(?:'ll|'d| will| can| could| would| are (?:happy|glad) to| would be (?:happy|glad) to| will be (?:happ"
    r"y|glad) to)? (?:(?:gladly|happily|always|readily|patiently|kindly) )?(?:walk|talk|take|guide|go|run"
    r"|step|help) (?:you )?"
    r"(?:through|over)\b"
)


@lru_cache(maxsize=4096)
def _learned_tone(match: str) -> frozenset[str]:
    """The classifier's codes, with guilt read again where a sentence offers help (_HELP_OFFERED)."""
    learned = classifier.codes(match)
    if "GUILT" not in learned or "through" not in match and "over" not in match:
        return learned
    rest = _HELP_OFFERED.sub(" ", match)
    if rest == match or "GUILT" in classifier.codes(rest):
        return learned
    return learned - {"GUILT"}


@lru_cache(maxsize=4096)
def _tone_codes(v: Views, first_name: str, max_shouted_words: int) -> tuple[str, ...]:
    phrases, learned = _phrases_in(v.match), _learned_tone(v.match)
    found = [code for code in _TONE_CODES if code in phrases or code in learned or _squashed(code, v)]
    lower = v.folded.lower()
    if "PROFANITY" not in found and (_masked_profanity(lower) or _masked_profanity(v.match)):
        found.append("PROFANITY")
    if "PRESSURE" not in found and _shouted_words(v, first_name) > max_shouted_words:
        found.append("PRESSURE")
    return tuple(found)


def check_robustness(v: Views, ctx: Context) -> list[str]:
    return list(_robustness(v))


@lru_cache(maxsize=4096)
def _robustness(v: Views) -> tuple[str, ...]:
    """The robustness codes of a text, kept (they depend on the text alone)."""
    found = []
    if v.hidden:
        found.append("HIDDEN_CHARACTERS")
    if v.disguised:
        found.append("OBFUSCATED_TEXT")
    lower = v.folded.lower()
    if (
        "INSTRUCTION_LEAK" in _phrases_in(v.match)
        or _INSTRUCTION_MARKED.search(v.match)
        or _squashed("INSTRUCTION_LEAK", v)
        or (any(need in lower for need in _DRAFT_MARK_NEEDS) and _DRAFT_MARK.search(lower))
        or ("\\" in v.folded and _ESCAPED.search(v.folded))
    ):
        found.append("INSTRUCTION_LEAK")
    if (
        _has_link(lower)
        or (v.match != lower and _has_link(v.match))
        or _squashed("LINK", v)
        or ("/" in lower and _LINK_PATH.search(lower))
        or ("/" in v.match and v.match != lower and _LINK_PATH.search(v.match))
        or (lower.count(".") >= 2 and _LINK_HOST.search(lower))
        or (v.match != lower and v.match.count(".") >= 2 and _LINK_HOST.search(v.match))
        or (("•" in lower or "·" in lower or "∙" in lower) and _LINK_BULLETED.search(lower))
        or (v.spaced_words and ("•" in v.match or "·" in v.match) and _LINK_BULLETED_SPACED.search(v.match))
    ):
        found.append("LINK")
    return tuple(found)


def _has_link(text: str) -> bool:
    if _LINKS.search(text):
        return True
    return any(noun in text for noun in lexicon.LINK_NOUNS) and _LINK_WORDS.search(text)


# --- form ---------------------------------------------------------------------------------------

# STOP after reply/text/send is the usual SMS opt-out; in capitals on the folded view only, so that
# "stop by the shop" is not one.
_STOP_KEYWORD = re.compile(
    r"STOP\b(?:"
    + "|".join(
        rf"(?<=\b{verb}{with_} STOP)"
        for verb in ("[Rr]eply", "[Tt]ext", "[Ss]end", "[Ss][Mm][Ss]", "REPLY", "TEXT", "SEND")
        for with_ in ("", " with")
    )
    + ")"
)  # \b(?:[Rr]eply|...)(?: with)? STOP\b, written from "STOP" (one look-behind per length)
# "s(?<!\ws)top" is "\bstop" written from its first letter (faster to search); "unsubscribe" alone is enough,
# so the second choice needs only "opt out".
_OPT_OUT = re.compile(
    r"s(?<!\ws)top\b.{0,30}\b(?:opt[- ]?out|unsubscribe|stop (?:these|receiving|all|messages)"
    r"|end (?:these|messages)|no more messages)\b"
    r"|o(?<!\wo)pt[- ]?out\b.{0,30}\bstop\b|u(?<!\wu)nsubscribe\b"
)
# An opt-out keyword asked for, in any wording (heldout14): a verb of sending (reply, text, send, message,
# type, respond ...), up to four small words ("us", "with the word", "back to this message with", "a text
# saying"), then the keyword in capitals or in quotes. STOP, STOPALL, UNSUBSCRIBE and OPT-OUT are enough;
# END, QUIT and CANCEL only with our messages after them ("Reply END to stop these texts"), as a retention
# message may ask to cancel other things. A keyword with no verb of sending before it ("Don't STOP now",
# "STOP! This offer ends") is no opt-out.
_SEND_VERB = (
    r"(?i:reply|replying|respond|responding|text|texting|send|sending|sms|message|messaging|type|typing)"
)
_SEND_FILLER = (
    r"(?i:us|back|with|the|word|keyword|command|just|simply|only|a|an|one|single|to|this|that|message|text|"
    r"sms|saying|reading|containing|in|here)"
)
_QUOTE = "[\"'\u2018\u2019\u201c\u201d\u00ab\u00bb]"
_KEYWORD_ASKED = re.compile(
    rf"(?<![\w-]){_SEND_VERB}(?: {_SEND_FILLER}){{0,4}}:? (?:{_QUOTE}\s?)?"
    rf"(?:(?:STOP ?ALL|STOP|UNSUBSCRIBE|OPT-? ?OUT)\b"
    rf"|{_QUOTE}(?i:stop|stop ?all|unsubscribe|opt-? ?out){_QUOTE}"
    rf"|(?:END|QUIT|CANCEL)\b{_QUOTE}?[^.!?;]{{0,40}}"
    r"\b(?i:texts|messages|offers|unsubscribe|opt out|hear(?:ing)? from us|contact(?:ing)? you))"
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
    qujanarujussuaq qujanaq
    kiitos dziekuje merhaba tesekkurler multumesc spasibo arigato salamat terima kasih shukran
    diolch ngiyabonga siyabonga enkosi kakhulu asante dankie takk tack paldies aciu dekuji dakujem hvala
    koszonom efharisto blagodarya dhanyavaad shukriya rahmat toda gracies grazas eskerrik mahalo maururu
    sawubona dumela habari jambo namaste salaam shalom hej moien
    leboha murakoze urakoze fa'afetai faafetai tenkyu arigatou webale medaase misaotra rakhmet raqmet
    ndatenda zikomo faleminderit madloba vinaka fakaaue mauruuru danki mersi dankon
    daalu matondo nuwun gamsahamnida kamsahamnida xie
    galatoomaa galatoma leboga kealeboga nandri nanri engraziel revair
    agyamanak nuhun ameseginalehu amesegnalehu sthuthi stuthi bohoma trugarez grazzi tapadh dhonnobad gura
    lhiat meur
    akpe kakaka erokamano ahinya khublei shibun mesulang kommol ndza khensa swinene tangkyu tumas
    tlazohcamati nagode mahadsanid jerejef yekenyeley sulpayki yuspagara aguyje dhanyabad nanni kyeizu
    grantangi inkomu ndolivhuwa
    mauliate horas kinisou kalahngan kommool kulo lulap singila ntondele faiakse'ea faiaksia bayarlaa
    barkala baarkalla sagbol sag saol tashakkur tashakor jazakallah khanzhanav dziynkuja dziekuja kaabo
    mingi rab'a boo'o
    suksma rahajeng wengi oleng yewo chomene tiwonanenge mabalos saindo gabos maltyox chawe chab'ej
    miigwech migwech chi-miigwech wela'lin welalin wela'lioq kinanaskomitin pilamaya pilamayaye ahehee
    gunalcheesh quyana qujannamiik mvto yakoke wopila nia:wen niawen
    tenki tenkyu tangio tankyu""".split()
    )
    - ENGLISH_WORDS
)


def _has_opt_out(v: Views) -> bool:
    if _OPT_OUT.search(v.match) or ("STOP" in v.folded and _STOP_KEYWORD.search(v.folded)):
        return True
    if not _ASKED_HINT.search(v.folded):
        return False
    return bool(_KEYWORD_ASKED.search(v.folded) or _KEYWORD_DOES.search(v.folded))


# The keyword as the one that stops our messages, with no verb of sending before it (heldout17): "STOP opts
# you out", "'stop' unsubscribes you", "STOP ends these texts", "Unsubscribing takes one text: STOP",
# "Opting out is one word: STOP". STOP alone ("STOP! Offer ends", "Don't STOP now") still is none.
_STOP_WORD = rf"(?:STOP|UNSUBSCRIBE|{_QUOTE}(?i:stop|unsubscribe){_QUOTE})"
_KEYWORD_DOES = re.compile(
    rf"(?<![\w-]){_STOP_WORD}(?: (?i:alone|simply|just|always|instantly|at any time|any time|anytime|will|"
    r"does it|and we'll|and we will))* (?i:opts? you out|unsubscribes? you|ends? (?:these|our|all|the|any|fu"
    r"ture) (?:texts|messages|offers)|stops? (?:these|our|all|the|any|future) (?:texts|messages|offers)|remov"
    r"es? you from|takes? you off|opts? out)\b"
    rf"|(?i:unsubscrib(?:e|es|ing|ed)|opt(?:s|ing)?[- ]?out|stopping (?:these|our|the) (?:texts|messages|offe"
    rf"rs))\b[^.!?]{{0,40}}[:\u2013\u2014-] ?{_STOP_WORD}(?![\w-])"
)


_ASKED_HINT = re.compile(rf"STOP|UNSUBSCRIBE|OPT|END|QUIT|CANCEL|{_QUOTE}(?i:stop|unsub|opt)")


def check_form(v: Views, ctx: Context) -> list[str]:
    return list(_form_codes(v, ctx.settings, ctx.facts.first_name))


@lru_cache(maxsize=4096)
def _form_codes(v: Views, settings: ShieldSettings, first_name: str) -> tuple[str, ...]:
    found = []
    if len(v.raw) < settings.min_length:
        found.append("LENGTH_TOO_SHORT")
    if len(v.raw) > settings.max_length:
        found.append("LENGTH_TOO_LONG")
    if not _has_opt_out(v):
        found.append("MISSING_OPT_OUT")
    if "NOT_ENGLISH" in classifier.codes(v.match) or not is_english(v, settings, _name_words(first_name)):
        found.append("NOT_ENGLISH")
    return tuple(found)


# Sentence ends: . ! ? followed by a space or the end (not the dot of "$85.64"), or a line break.
_SENTENCES = re.compile(r"[.!?]+(?:\s+|$)|\n+")
_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")
_GREETING_WORDS = frozenset("hi hello hey dear good morning afternoon evening day greetings".split())
# A word with an accented Latin letter ("até", "soirée", "à"): English words have none, names aside.
_ACCENTED_WORD = re.compile(r"\w*[À-ÖØ-öø-ɏ]\w*")
# A word with a letter past Latin; the vowel signs of scripts that write one after each letter are part of
# the word (heldout10: Thaana "ވަރަށް", where no two letters touch).
_NON_LATIN_WORD = re.compile(
    r"[^\W\d_]*[^\W\d_\x00-\u024f](?:[^\W\d_]|[\u064b-\u065f\u07a6-\u07b0\u0e31-\u0e3a\u0e47-\u0e4e])*"
)


def _in_other_script(word: str) -> bool:
    return len(word) >= 2 and sum(script(ch) == "other" for ch in word) >= 2


_LOANWORDS = frozenset(
    "cafe cafes resume resumes naive fiance fiancee deja entree protege cliche facade creme decor eclair "
    "puree souffle touche".split()
)


@lru_cache(maxsize=1024)
def _name_words(first_name: str) -> frozenset[str]:
    name = f"{first_name} {greeting_word(first_name)}".casefold()
    return frozenset(_NAME_PARTS.split(name)) | frozenset(_NAME_PARTS.split(views(name).match))


def is_english(v: Views, settings: ShieldSettings, own_names: frozenset[str] = frozenset()) -> bool:
    """English and English only, by a heuristic documented in the README.

    A message is English when few of its letters are in other scripts, it holds no greeting or sign-off
    of another language, no accented word and at most `max_foreign_words` function words of other common
    languages (the customer's own name aside), and (when long enough to tell) at least
    `min_english_share` of its words are English function words.
    """
    if v.non_latin > settings.max_non_latin_share:
        return False
    # A word written in another script ("감사합니다") is another language, whatever its share of the letters;
    # a name in another script is never greeted (names.py), so it is no excuse.
    if v.non_latin and any(
        w.casefold() not in own_names for w in _NON_LATIN_WORD.findall(v.clean) if _in_other_script(w)
    ):
        return False
    words = _WORDS.findall(v.match)
    if not FOREIGN_MARKERS.isdisjoint(words) and FOREIGN_MARKERS.intersection(words) - own_names:
        return False
    # An accented word is foreign ("até", "så", "dziękujemy"), bar the customer's name and a few loanwords.
    if not v.clean.isascii() and any(
        w.casefold() not in own_names and views(w).folded.casefold() not in _LOANWORDS
        for w in _ACCENTED_WORD.findall(v.clean)
    ):
        return False
    if not FOREIGN_WORDS.isdisjoint(words):
        foreign = sum(w in FOREIGN_WORDS and w not in own_names for w in words)
        if foreign > settings.max_foreign_words:
            return False
    # A listed thanks or greeting written in two words (heldout12: "Ndo livhuwa" for "ndolivhuwa").
    if not _MARKER_HEADS.isdisjoint(words) and any(
        a in _MARKER_HEADS and a + b in FOREIGN_MARKERS for a, b in zip(words, words[1:], strict=False)
    ):
        return False
    sentences = _SENTENCES.split(v.match)
    if any(map(_foreign_sentence, sentences)):
        return False
    if any(map(_may_be_unknown, sentences)) and any(
        _unknown_short_sentence(s, own_names) for s in _SENTENCES.split(v.folded)
    ):
        return False
    if len(words) >= settings.min_words_for_share:
        return sum(map(ENGLISH_WORDS.__contains__, words)) / len(words) >= settings.min_english_share
    return True


@lru_cache(maxsize=8192)
def _foreign_sentence(sentence: str) -> bool:
    """A sentence of five words or more without one English function word is in another language, unless
    most of its words are words the classifier has seen used in English (heldout17: "Unsubscribing takes one
    text: STOP" has no function word, and all but its first word are English)."""
    said = [w for w in _WORDS.findall(sentence) if w not in _GREETING_WORDS]
    if len(said) < 5 or not ENGLISH_WORDS.isdisjoint(said):
        return False
    english = classifier.model().english
    return sum(w in english for w in said) * 4 < len(said) * 3


# The first three letters or more of a listed thanks or greeting, as a word of its own, with two or more after
# them ("ndo" of "ndolivhuwa").
_MARKER_HEADS = frozenset(m[:i] for m in FOREIGN_MARKERS if len(m) >= 7 for i in range(3, len(m) - 1))
# A short sentence in words English does not use (heldout12: "Meitaki maata!", "Ndo livhuwa nga maanda!",
# "Jach Dios bo'otik!"): two to five words, none of them a word of the classifier's English sentences, an
# English function or greeting word or the customer's name, one after the first in small letters (a name or a
# brand is capitalized), and one written with letters as English does not write them: a vowel doubled after a
# letter ("aa", "ii", "uu"), "vh", an apostrophe between vowels, a word starting "nd", "ng", "mb", "ts" ...
_UNENGLISH_LETTERS = re.compile(
    r"(?<=[a-z])(?:aa|ii|uu)|vh|[aeiou]'[aeiou]|^(?:nd|ng|mb|mp|nk|nt|ts|tz|dz|hl|tl|kw|gw)"
)
_UNENGLISH_IN_SENTENCE = re.compile(
    r"(?<=[a-z])(?:aa|ii|uu)|vh|[aeiou]'[aeiou]|\b(?:nd|ng|mb|mp|nk|nt|ts|tz|dz|hl|tl|kw|gw)"
)
_CASED_WORDS = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


@lru_cache(maxsize=8192)
def _may_be_unknown(sentence: str) -> bool:
    """A sentence of the match view that _unknown_short_sentence may read as foreign: most are not, and are
    not looked for in the folded view."""
    return 2 <= sentence.count(" ") + 1 <= 6 and _UNENGLISH_IN_SENTENCE.search(sentence) is not None


_LETTER_RUN3 = re.compile(r"([a-z])\1{2,}")  # "aaah" is read as "aah", as on the match view


@lru_cache(maxsize=8192)
def _unknown_short_sentence(sentence: str, own_names: frozenset[str]) -> bool:
    """A sentence of the folded view (case kept) in words English does not use."""
    words = _CASED_WORDS.findall(sentence)
    if not 2 <= len(words) <= 5 or not any(w[0].islower() for w in words[1:]):
        return False
    lower = [_LETTER_RUN3.sub(r"\1\1", w.lower()) for w in words]
    english = classifier.model().english
    if any(w in english or w in ENGLISH_WORDS or w in _GREETING_WORDS or w in own_names for w in lower):
        return False
    return any(_UNENGLISH_LETTERS.search(w) for w in lower)


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
    """Forget every text and sentence seen (views, word indexes, phrases, figures, the classifier's
    findings and names are cached per text or sentence): for timings."""
    views.cache_clear()
    word_index.cache_clear()
    _sentence_phrases.cache_clear()
    _foreign_sentence.cache_clear()
    _unknown_short_sentence.cache_clear()
    _may_be_unknown.cache_clear()
    _profane_shape.cache_clear()
    _phrases_in.cache_clear()
    _figures.cache_clear()
    _contact_data.cache_clear()
    _robustness.cache_clear()
    classifier.clear_caches()
    greeting_word.cache_clear()
    _dense_text.cache_clear()
    for cached in (_offer_codes, _name_codes, _other_person, _tone_codes, _form_codes):
        cached.cache_clear()


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
