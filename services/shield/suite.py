"""The shield's labelled suite: messages written for this project, good and unsafe, plain and obfuscated.

Splits written apart, one after another. `dev` is what the checks were built and tuned against; each
later split was written with other customers, templates, wording of every unsafe idea and obfuscation
characters, run once as held-out, then (all but the last) used to correct the checks. The last,
`heldout2`, is what reports/shield.json measures; see the README for how honest that is.

Every case is generated here, deterministically, from the text below: good messages from templates
(greetings x bodies x opt-out lines x customers x offers), unsafe ones by adding one bad sentence to a
good message, or by one deliberate mutation (a wrong percentage, another name, no opt-out line, ...).
A case lists the codes it must get; a good case lists none.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from retention.v1 import retention_pb2 as pb

# --- cases --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Customer:
    first_name: str
    tenure: int
    monthly_charges: float
    customer_id: str
    time_zone: str = "Europe/London"
    consent: bool = True
    greeting: str = ""  # the name a message greets; the first name unless it cannot be trusted

    @property
    def greets(self) -> str:
        return self.greeting or self.first_name


@dataclass(frozen=True)
class Offer:
    level: int
    percent: float
    months: int


@dataclass(frozen=True)
class Case:
    id: str
    split: str
    text: str
    expected: tuple[str, ...]  # codes the shield must give; () for a good message
    customer: Customer
    offer: Offer
    trick: str = ""  # how the text was obfuscated, if it was

    @property
    def unsafe(self) -> bool:
        return bool(self.expected)

    def event(self) -> pb.CustomerEvent:
        c = self.customer
        facts = pb.CustomerFacts(
            gender="Female",
            partner="No",
            dependents="No",
            tenure=c.tenure,
            phone_service="Yes",
            multiple_lines="No",
            internet_service="Fiber optic",
            online_security="No",
            online_backup="No",
            device_protection="No",
            tech_support="No",
            streaming_tv="Yes",
            streaming_movies="No",
            contract="Month-to-month",
            paperless_billing="Yes",
            payment_method="Electronic check",
            monthly_charges=c.monthly_charges,
            total_charges=round(c.monthly_charges * max(c.tenure, 1), 2),
            first_name=c.first_name,
            time_zone=c.time_zone,
            contact_consent=c.consent,
        )
        return pb.CustomerEvent(event_id=f"suite-{self.id}", customer_id=c.customer_id, facts=facts)

    def decision(self) -> pb.Decision:
        o = self.offer
        return pb.Decision(
            event_id=f"suite-{self.id}",
            customer_id=self.customer.customer_id,
            contact=True,
            offer_level=o.level,
            offer_percent=o.percent,
            offer_months=o.months,
            offer_cost=round(self.customer.monthly_charges * o.percent / 100 * o.months, 2),
        )

    def draft(self) -> pb.MessageDraft:
        return pb.MessageDraft(event=self.event(), decision=self.decision(), text=self.text, writer="suite")


# --- what a split is written from ---------------------------------------------------------------


@dataclass(frozen=True)
class Split:
    """The text one split is generated from.

    Templates use {hi} (greeting with the name), {tenure}, {pct}, {months}, {bill}, {saving}, {new_bill},
    {total}. `bad` maps a reason code to sentences that earn it; the «marked» part of a sentence is what an
    obfuscated variant disguises.
    """

    name: str
    customers: tuple[Customer, ...]
    offers: tuple[Offer, ...]
    greetings: tuple[str, ...]
    offer_bodies: tuple[str, ...]
    plain_bodies: tuple[str, ...]  # for decisions without a discount
    opt_outs: tuple[str, ...]
    bad: dict[str, tuple[str, ...]]
    other_names: tuple[str, ...]
    foreign: tuple[str, ...]  # whole messages in another language
    foreign_mixed: tuple[str, ...]  # sentences in another language to mix into an English message
    filler: str  # a long, harmless sentence, to make a message too long
    short: tuple[str, ...]  # messages under the minimum length
    tricks: tuple[str, ...]  # obfuscations, names from TRICKS
    zero_width: str = "\u200b"
    homoglyphs: dict[str, str] = field(default_factory=dict)
    leet: dict[str, str] = field(default_factory=dict)
    # Wrong durations written in place of the offer's "N months" (heldout2 on: other wordings of a duration).
    wrong_durations: tuple[str, ...] = (
        "6 months", "12 months", "a year", "two years", "six months", "9 months", "4 monthly bills",
    )  # fmt: skip


# --- obfuscations -------------------------------------------------------------------------------


def _spread(word: str, sep: str) -> str:
    # Letters of each word joined by `sep`; words kept two spaces apart, as a person spacing them out would.
    return "  ".join(sep.join(w) for w in word.split(" "))


def _zero_width(s: str, split: Split) -> str:
    return "".join(ch + split.zero_width if ch.isalpha() and i % 2 == 0 else ch for i, ch in enumerate(s))


def _homoglyph(s: str, split: Split) -> str:
    return "".join(split.homoglyphs.get(ch, ch) for ch in s)


def _fullwidth(s: str, split: Split) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


def _leet(s: str, split: Split) -> str:
    return "".join(split.leet.get(ch, ch) for ch in s)


def _strike(s: str, split: Split) -> str:
    return "".join(ch + "\u0336" if ch.isalpha() else ch for ch in s)


def _mixed(s: str, split: Split) -> str:
    return _zero_width(_homoglyph(s, split), split)


TRICKS: dict[str, Callable[[str, Split], str]] = {
    "zero_width": _zero_width,
    "homoglyph": _homoglyph,
    "fullwidth": _fullwidth,
    "spaced": lambda s, split: _spread(s, " "),
    "dotted": lambda s, split: _spread(s, "."),
    "leet": _leet,
    "upper_spaced": lambda s, split: _spread(s.upper(), " "),
    "strike": _strike,
    "mixed": _mixed,
}


def trick_codes(text: str, split: Split) -> tuple[str, ...]:
    """The codes a disguised text earns by its characters alone: invisible ones, look-alike or styled ones."""
    hidden = split.zero_width in text
    styled = any(
        ch in split.homoglyphs.values() or "\uff01" <= ch <= "\uff5e" or ch == "\u0336" for ch in text
    )
    return (("HIDDEN_CHARACTERS",) if hidden else ()) + (("OBFUSCATED_TEXT",) if styled else ())


_MARKED = re.compile(r"«([^»]+)»")


def disguise(sentence: str, trick: str, split: Split) -> str:
    """The sentence with its «marked» part disguised by `trick` (or unmarked, for no trick)."""
    if not trick:
        return _MARKED.sub(r"\1", sentence)
    transform = TRICKS[trick]
    return _MARKED.sub(lambda m: transform(m.group(1), split), sentence)


# --- rendering ----------------------------------------------------------------------------------


def _money(value: float) -> str:
    return f"{value:.2f}"


def render(body: str, greeting: str, opt_out: str, customer: Customer, offer: Offer) -> str:
    saving = customer.monthly_charges * offer.percent / 100
    if customer.greeting and "{name}" in greeting and not greeting.startswith(("Hi", "Hello")):
        greeting = "Hello {name}"  # "Dear there" is not English
    hi = greeting.format(name=customer.greets)
    text = body.format(
        hi=hi,
        tenure=customer.tenure,
        pct=f"{offer.percent:g}",
        months=offer.months,
        bill=_money(customer.monthly_charges),
        saving=_money(saving),
        new_bill=_money(customer.monthly_charges - saving),
        total=_money(saving * offer.months),
    )
    return f"{text} {opt_out}"


def _bodies(split: Split, offer: Offer, customer: Customer) -> tuple[str, ...]:
    bodies = split.offer_bodies if offer.percent else split.plain_bodies
    # "your 1 months with us" is not English: tenure-thanking bodies need two months or more.
    return tuple(b for b in bodies if customer.tenure >= 2 or "{tenure}" not in b)


@dataclass(frozen=True)
class Good:
    """A good message and how it was made, so that unsafe variants can be built from it."""

    body: str
    greeting: str
    opt_out: str
    customer: Customer
    offer: Offer

    @property
    def text(self) -> str:
        return render(self.body, self.greeting, self.opt_out, self.customer, self.offer)

    def with_sentence(self, sentence: str) -> str:
        """The message with one more sentence just before the opt-out line."""
        return render(self.body + " " + sentence.replace("{", "{{").replace("}", "}}"), self.greeting,
                      self.opt_out, self.customer, self.offer)  # fmt: skip


def goods(split: Split) -> Iterator[Good]:
    """Every good message of a split: each customer x offer x body, greetings and opt-outs in turn."""
    turn = itertools.count()
    for customer, offer in itertools.product(split.customers, split.offers):
        for body in _bodies(split, offer, customer):
            k = next(turn)
            greeting = split.greetings[k % len(split.greetings)]
            opt_out = split.opt_outs[(k // len(split.greetings)) % len(split.opt_outs)]
            yield Good(body, greeting, opt_out, customer, offer)


# --- unsafe variants ----------------------------------------------------------------------------


def _by_offer(pool: list[Good], with_discount: bool) -> list[Good]:
    return [g for g in pool if bool(g.offer.percent) == with_discount]


def _pick(pool: list[Good], i: int) -> Good:
    # Spread the variants over the pool rather than taking the first few.
    return pool[(i * 7919) % len(pool)]


def _mutations(split: Split, pool: list[Good]) -> Iterator[tuple[str, str, Good, str]]:
    """(code, text, base, note) for every unsafe case made by mutating a good message."""
    offered, plain = _by_offer(pool, True), _by_offer(pool, False)
    for i in range(8):
        g = _pick(offered, i)
        pct = f"{g.offer.percent:g}"
        wrong = ("5", "15", "25", "40", "50", "60", "75", "100")[i]
        wrong = wrong if wrong != pct else "45"
        if f"{pct}%" in g.text:
            yield "OFFER_PERCENT_MISMATCH", g.text.replace(f"{pct}%", f"{wrong}%", 1), g, "percent"
        elif f"{pct} percent" in g.text:
            yield (
                "OFFER_PERCENT_MISMATCH",
                g.text.replace(f"{pct} percent", f"{wrong} percent", 1),
                g,
                "percent",
            )
    for i in range(6):
        g = _pick(offered, i + 11)
        saving = g.customer.monthly_charges * g.offer.percent / 100
        bill = g.customer.monthly_charges
        wrongs = (
            f"${_money(saving * 2)}",
            f"${_money(saving + 3)}",
            f"${_money(bill / 2)}",
            f"{_money(saving * 4)} dollars",
            f"${_money(saving + 0.5)}",
            f"${int(saving) + 5}",
        )
        wrong = wrongs[i]
        yield (
            "OFFER_AMOUNT_MISMATCH",
            g.with_sentence(f"That is {wrong} back in your pocket every month."),
            g,
            "",
        )
    for i in range(len(split.wrong_durations)):
        g = _pick(offered, i + 23)
        months = g.offer.months
        wrongs = split.wrong_durations
        wrong = (
            wrongs[i]
            if not wrongs[i].startswith((f"{months} ", "six " if months == 6 else "-"))
            else "8 months"
        )
        text = g.text.replace(f"{months} months", wrong, 1).replace(f"{months} monthly bills", wrong, 1)
        if text != g.text:
            yield "OFFER_DURATION_MISMATCH", text, g, ""
    for i in range(5):
        g = _pick([p for p in pool if "{tenure}" in p.body], i + 31)
        wrong = g.customer.tenure + (7, 12, 1, 20, 3)[i]
        yield "TENURE_MISMATCH", g.text.replace(f"{g.customer.tenure} months", f"{wrong} months", 1), g, ""
    for i in range(6):
        g = _pick(offered, i + 41)
        body = split.plain_bodies[i % len(split.plain_bodies)]
        yield "OFFER_MISSING", render(body, g.greeting, g.opt_out, g.customer, g.offer), g, "no offer stated"
    for i, sentence in enumerate(split.bad["OFFER_INVENTED"]):
        g = _pick(offered if i % 2 else plain, i + 53)
        yield "OFFER_INVENTED", g.with_sentence(disguise(sentence, "", split)), g, ""
    for i in range(4):  # an offer made when the decision made none
        g = _pick(plain, i + 61)
        body = split.offer_bodies[i % len(split.offer_bodies)]
        offer = Offer(2, 20.0, 3)
        text = render(body, g.greeting, g.opt_out, g.customer, offer)
        yield "OFFER_INVENTED", text, g, "offer at level 0"
    for i, other in enumerate(split.other_names):
        g = _pick(pool, i + 71)
        hi = split.greetings[i % len(split.greetings)].format(name=other)
        text = render(g.body, hi.replace("{", "{{"), g.opt_out, g.customer, g.offer)
        yield "NAME_MISMATCH", text, g, "another name"
    untrusted = [g for g in pool if g.customer.greeting]
    for i in range(3):
        g = _pick(untrusted, i + 79)
        text = render(
            g.body,
            "Hi " + g.customer.first_name.replace("{", "{{").replace("}", "}}"),
            g.opt_out,
            g.customer,
            g.offer,
        )
        yield "NAME_MISMATCH", text, g, "untrusted name used"
    for i in range(8):
        g = _pick(pool, i + 83)
        yield "MISSING_OPT_OUT", render(g.body, g.greeting, "", g.customer, g.offer).rstrip(), g, ""
    for i in range(4):
        g = _pick(pool, i + 97)
        yield "LENGTH_TOO_LONG", g.with_sentence(split.filler), g, ""
    for i, text in enumerate(split.short):
        g = _pick(pool, i + 101)
        yield "LENGTH_TOO_SHORT", text.format(name=g.customer.greets), g, ""
    for i, text in enumerate(("", "   ", "\u200b\u200b", "\n")):
        yield "EMPTY_MESSAGE", text, _pick(pool, i + 107), ""
    for i, text in enumerate(split.foreign):
        g = _pick(offered, i + 109)
        yield (
            "NOT_ENGLISH",
            text.format(name=g.customer.greets, pct=f"{g.offer.percent:g}", months=g.offer.months),
            g,
            "",
        )
    for i, sentence in enumerate(split.foreign_mixed):
        g = _pick(pool, i + 113)
        yield "NOT_ENGLISH", g.with_sentence(sentence), g, "mixed"
    for i in range(5):
        g = _pick(pool, i + 127)
        yield (
            "HIDDEN_CHARACTERS",
            _zero_width_between_words(g.text, split, i),
            g,
            "zero-width in a good message",
        )
    for i in range(5):
        g = _pick(pool, i + 131)
        yield "OBFUSCATED_TEXT", _homoglyph(g.text, split), g, "look-alikes in a good message"
    for i in range(5):
        g = _pick(pool, i + 137)
        yield "NO_CONSENT", g.text, g, "no consent"


def _zero_width_between_words(text: str, split: Split, i: int) -> str:
    words = text.split(" ")
    at = 1 + i % (len(words) - 1)
    words[at] = split.zero_width + words[at]
    return " ".join(words)


def _injections(split: Split, pool: list[Good]) -> Iterator[tuple[str, str, Good, str, tuple[str, ...]]]:
    """(code, text, base, trick, extra codes) for every unsafe sentence added to a good message, plain and
    obfuscated."""
    tricks = itertools.cycle(split.tricks)
    k = 0
    for code, sentences in split.bad.items():
        if code == "OFFER_INVENTED":
            continue  # mutations above, they depend on the offer
        for sentence in sentences:
            k += 1
            g = _pick(pool, k + 151)
            yield code, g.with_sentence(disguise(sentence, "", split)), g, "", ()
            if "«" not in sentence:
                continue
            # The next trick that changes the marked part ("5" has no look-alike letter to swap in).
            for trick in itertools.islice(tricks, len(split.tricks)):
                disguised = disguise(sentence, trick, split)
                if disguised != disguise(sentence, "", split):
                    g = _pick(pool, k + 157)
                    yield code, g.with_sentence(disguised), g, trick, trick_codes(disguised, split)
                    break


def cases(split: Split) -> list[Case]:
    pool = list(goods(split))
    out = [
        Case(f"{split.name}-good-{i:03d}", split.name, g.text, (), g.customer, g.offer)
        for i, g in enumerate(pool)
    ]
    for i, (code, text, g, _note) in enumerate(_mutations(split, pool)):
        customer = g.customer if code != "NO_CONSENT" else _without_consent(g.customer)
        offer = g.offer
        trick = {"HIDDEN_CHARACTERS": "zero_width", "OBFUSCATED_TEXT": "homoglyph"}.get(code, "")
        out.append(
            Case(f"{split.name}-{code.lower()}-{i:03d}", split.name, text, (code,), customer, offer, trick)
        )
    for i, (code, text, g, trick, extra) in enumerate(_injections(split, pool)):
        case_id = f"{split.name}-{code.lower()}-{trick or 'plain'}-{i:03d}"
        out.append(Case(case_id, split.name, text, (code, *extra), g.customer, g.offer, trick))
    return out


def _without_consent(customer: Customer) -> Customer:
    return Customer(**{**customer.__dict__, "consent": False})


def splits() -> tuple[Split, ...]:
    """Every split, in the order they were written: dev, tune ... tune4, heldout, heldout2 ... heldout18."""
    from services.shield.suite_heldout3 import HELDOUT3
    from services.shield.suite_heldout4 import HELDOUT4
    from services.shield.suite_heldout5 import HELDOUT5
    from services.shield.suite_heldout6 import HELDOUT6
    from services.shield.suite_heldout7 import HELDOUT7
    from services.shield.suite_heldout8 import HELDOUT8
    from services.shield.suite_heldout9 import HELDOUT9
    from services.shield.suite_heldout10 import HELDOUT10
    from services.shield.suite_heldout11 import HELDOUT11
    from services.shield.suite_heldout12 import HELDOUT12
    from services.shield.suite_heldout13 import HELDOUT13
    from services.shield.suite_heldout14 import HELDOUT14
    from services.shield.suite_heldout15 import HELDOUT15
    from services.shield.suite_heldout16 import HELDOUT16
    from services.shield.suite_heldout17 import HELDOUT17
    from services.shield.suite_heldout18 import HELDOUT18
    from services.shield.suite_text import DEV, HELDOUT, HELDOUT2, TUNE, TUNE2, TUNE3, TUNE4

    return (
        DEV,
        TUNE,
        TUNE2,
        TUNE3,
        TUNE4,
        HELDOUT,
        HELDOUT2,
        HELDOUT3,
        HELDOUT4,
        HELDOUT5,
        HELDOUT6,
        HELDOUT7,
        HELDOUT8,
        HELDOUT9,
        HELDOUT10,
        HELDOUT11,
        HELDOUT12,
        HELDOUT13,
        HELDOUT14,
        HELDOUT15,
        HELDOUT16,
        HELDOUT17,
        HELDOUT18,
    )


def all_cases() -> list[Case]:
    return [case for split in splits() for case in cases(split)]
