"""heldout17's false-block families in wordings other than the split's: an opt-out whose keyword is the
subject or comes after a colon, a reward that is the discount itself, a heads-up we send, help offered with a
bill, an English sentence without a function word; each still fails where the fault is real."""

import pytest
from factories import shield_codes as codes


def bare(opt_out: str) -> list[str]:
    return codes("", opt_out)


@pytest.mark.parametrize(
    "opt_out",
    [
        "Rather not hear from us? STOP unsubscribes you.",
        "No more texts wanted? 'stop' opts you out.",
        "STOP ends these messages.",
        "Had enough? STOP alone removes you from our list.",
        "Opting out is one word away: STOP.",
        "Unsubscribing needs one reply: STOP.",
        "Unsubscribing takes a single message: STOP.",
    ],
)
def test_the_keyword_that_stops_our_messages_is_an_opt_out(opt_out):
    assert bare(opt_out) == []


@pytest.mark.parametrize(
    "opt_out",
    ["STOP! This offer won't wait.", "Don't STOP now.", "Unsubscribing is possible.", "STOP by the shop."],
)
def test_stop_with_no_opt_out_meaning_is_none(opt_out):
    assert "MISSING_OPT_OUT" in bare(opt_out)


@pytest.mark.parametrize(
    "sentence",
    [
        "As a little thank-you, here it is: 20% off each monthly bill.",
        "Our reward for your loyalty: 20% off each bill.",
        "A small treat: 20 percent taken off every charge.",
        "We'll send you a friendly nudge shortly before the lower price ends.",
        "Just before the discount stops, we will send a quick alert.",
        "Our advisers can happily talk you through each charge.",
        "The billing team will gladly take you through every item.",
    ],
)
def test_heldout17_benign_families_stay_good(sentence):
    assert codes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("As a thank-you, a gift card is heading your way.", "OFFER_INVENTED"),
        ("Our reward: 20% off and a free phone.", "OFFER_INVENTED"),
        ("We'll send you a hamper as a thank-you.", "OFFER_INVENTED"),
        ("Here is a loyalty reward for you.", "OFFER_INVENTED"),
        ("Our team walked you through every bill, and this is how you repay us?", "GUILT"),
        ("Hemos pensado mucho sobre nuestra oferta.", "NOT_ENGLISH"),
    ],
)
def test_the_real_faults_near_them_still_fail(sentence, code):
    assert code in codes(sentence)


def test_an_english_sentence_without_a_function_word_is_english():
    assert bare("Replying takes one text: STOP.") == []
