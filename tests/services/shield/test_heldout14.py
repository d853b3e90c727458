"""heldout14's families in wordings other than the split's: opt-out lines asked for in any wording, and the
families of its misses, plain and disguised; the good wordings near them stay good."""

import pytest
from factories import shield_codes as codes

from services.shield.text import views


@pytest.mark.parametrize(
    "line",
    [
        "Text us STOP and that's the end of these.",
        "Fed up with offers? Message the word STOP.",
        "To hear no more, just text back STOP.",
        "Reply to this text with STOP at any time.",
        "Send a message saying STOP whenever you like.",
        'Rather not get these? Reply "stop".',
        "Replying STOP to us will end the offers.",
        "Reply with: STOP.",
        "Type UNSUBSCRIBE and send it to us.",
        "Reply QUIT to stop these messages.",
    ],
)
def test_an_opt_out_keyword_asked_for_in_any_wording_is_an_opt_out(line):
    assert codes("", line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Don't STOP now, the offer is yours.",
        "STOP! This is worth a look.",
        "Reply YES, and don't STOP there.",
        "We'll never STOP looking after you.",
        "Reply CANCEL to cancel the offer.",
        "Send us a note and we'll STOP by your shop.",
    ],
)
def test_stop_misused_is_no_opt_out(line):
    assert "MISSING_OPT_OUT" in codes("", line)


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("FALSE_PROMISE", "Your minutes just won't ever run dry."),
        ("FALSE_PROMISE", "Technicians never fail to turn up bang on time."),
        ("FALSE_PROMISE", "Every outage is repaired inside the hour."),
        ("FALSE_PROMISE", "You'll keep this price until the stars go out."),
        ("FALSE_PROMISE", "Nuisance calls will vanish completely."),
        ("FALSE_PROMISE", "Your bill is immune from all price rises."),
        ("FALSE_PROMISE", "Your connection will forever be the quickest in the neighbourhood."),
        ("FALSE_PROMISE", "That modem will never need an upgrade."),
        ("THREAT", "We could shunt you onto the busiest mast we have."),
        ("THREAT", "We know exactly where your cable comes into the house, so to speak: your line, we mean."),
        ("THREAT", "We might have to write to your employer."),
        ("THREAT", "Keep ignoring us and your signal may feel it."),
        ("THREAT", "Your details will be added to the national bad payers register."),
        ("THREAT", "An agent will call round to repossess your router."),
        ("GUILT", "We baked you a cake, but you didn't show."),
        ("GUILT", "You only stayed with us for the discounts."),
        ("GUILT", "We've been more faithful to you than you were to us."),
        ("GUILT", "A quick reply would have meant so much to us."),
        ("GUILT", "Ignored messages really crush our team's spirit."),
        ("GUILT", "Three texts now, and still not a word."),
        ("GUILT", "Being left on read is not a nice feeling."),
        ("PRESSURE", "Get your running shoes on!"),
        ("PRESSURE", "Chop chop, reply today!"),
        ("PRESSURE", "Head office scraps this offer at noon."),
        ("INSULT", "About as useful as a wet paper towel, aren't you?"),
        ("INSULT", "Is your head still buffering?"),
        ("INSULT", "A couple of brain cells would help."),
        ("CHURN_MENTION", "The chances of you staying seemed low."),
        ("CHURN_MENTION", "Tear up that cancellation email."),
        ("INSTRUCTION_LEAK", "Sure! Here's the SMS you asked for, ready to send out."),
        ("INSTRUCTION_LEAK", "[Model notes omitted]"),
        ("INSTRUCTION_LEAK", "This message is AI-generated content."),
        ("INSTRUCTION_LEAK", "=== START OF INSTRUCTIONS ==="),
        ("INSTRUCTION_LEAK", "Would you like me to shorten it?"),
        ("INSTRUCTION_LEAK", "Your bill: {account.balance}."),
        ("OFFER_INVENTED", "We're also posting you a little bluetooth speaker."),
        ("OFFER_INVENTED", "Your plan now comes with free breakdown cover."),
        ("OFFER_PERCENT_MISMATCH", "42 hundredths off your bill."),
        ("OFFER_PERCENT_MISMATCH", "Three-twentieths knocked off your plan."),
        ("OFFER_PERCENT_MISMATCH", "Your bill falls by nearly a third."),
        ("OFFER_PERCENT_MISMATCH", "A quarter or so off each bill."),
        ("OFFER_PERCENT_MISMATCH", "A 35 pc discount."),
        ("OFFER_PERCENT_MISMATCH", "Nineteen and a half percent off."),
        ("OFFER_DURATION_MISMATCH", "The discount runs till the Paris Olympics."),
        ("OFFER_DURATION_MISMATCH", "It lasts right up to the turn of the century."),
        ("OFFER_DURATION_MISMATCH", "The offer runs for a whole academic year."),
        ("TENURE_MISMATCH", "You've been with us since the dawn of time."),
        ("TENURE_MISMATCH", "Thanks for being with us for donkey's years."),
        ("OTHER_PERSON", "Frau Keller next door switched too."),
        ("OTHER_PERSON", "M.o.n.s.i.e.u.r D.u.p.o.n.t says hello."),
        ("OTHER_PERSON", "S I G N O R A  R O S S I is on this plan."),
        ("PERSONAL_NATIONAL_ID", "Please text your T.C. Kimlik number."),
        ("PERSONAL_NATIONAL_ID", "We need your PhilSys number."),
        ("PERSONAL_NATIONAL_ID", "Send the number printed on your e-KTP."),
        ("PERSONAL_CARD", "Reply with your RuPay card number."),
        ("PERSONAL_CARD", "What's your Humo expiry date?"),
        ("PERSONAL_EMAIL", "Write to keep papaki telco teleia com."),
        ("LINK", "Terms at telco point com."),
    ],
)
def test_heldout14_families_in_other_words(code, sentence):
    assert code in codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our engineer will arrive between 8am and noon.",
        "We'll remind you before it ends.",
        "We're sending you a confirmation text.",
        "Your direct debit details stay the same.",
        "Your bill is $80.00 a month with the offer.",
        "Here is what changes: your bill, nothing else.",
        "Thanks for your patience last month.",
        "Your plan comes with the same number.",
        "Father Christmas came early this year.",
        "We know you're busy, so we'll keep it short.",
        "If anything feels off, reply and we'll fix it.",
    ],
)
def test_heldout14_near_misses_stay_good(sentence):
    assert codes(sentence) == []


def test_heldout14_drawn_letters_are_read():
    # "⋵" e, "⬯" o, "⟑" a, "∏" n, "╎" i, "┗" l, "◗" d, "⍹" w; "'|'" t, "[-]" h, "[V]" m, "[_]" u, "!3" b,
    # "/2" r, "|>" p, "{=" f, "°/" y, "<" c before a drawn sign; "⌂" standing among spaced letters
    assert "THREAT" in codes("⍹⋵ ⍹╎┗┗ '|'⟑1<⋵ !3⟑<1< °/⬯[_]/2 |>[-]⬯∏⋵ {=⬯/2 ◗⋵!3'|'.")
    assert "PROFANITY" in codes("Y⬯[_] ⟑/2⋵ ⟑ t w ⌂ t.")
    assert "1/2" in views("Half is 1/2, and we're here 24/7.").match  # digits around "/2" are no r
    assert "INSTRUCTION_LEAK" in codes("<|endoftext|>")  # "|>" after a letter is markup, not a p
