"""heldout16's families in wordings other than the split's: a span before the offer ends is a reminder's
timing (benign), a duration of the offer itself still fails; the misses by family, plain and disguised."""

import pytest
from factories import shield_codes as codes


@pytest.mark.parametrize(
    "sentence",
    [
        "A week before it ends, we'll send you a reminder.",
        "Two days before the discount runs out we will text you.",
        "48 hours ahead of the offer's end, you'll get a message.",
        "A couple of weeks prior to the discount's end, we'll let you know.",
        "A few days before the deal is over, we'll drop you a note.",
        "Shortly before it finishes, we'll remind you.",
    ],
)
def test_a_span_before_the_offer_ends_is_a_reminder(sentence):
    assert codes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("It lasts a few days.", "OFFER_DURATION_MISMATCH"),
        ("The discount is for a few days only.", "OFFER_DURATION_MISMATCH"),
        ("It lasts a week before it ends.", "OFFER_DURATION_MISMATCH"),
        ("A week before it ends tonight, we'll text you.", "PRESSURE"),
        ("Reply a few days before it ends.", "PRESSURE"),
    ],
)
def test_a_duration_of_the_offer_or_a_deadline_still_fails(sentence, code):
    assert code in codes(sentence)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("We keep a record of people who blank us.", "THREAT"),
        ("Three more weeks of no reply and we act.", "THREAT"),
        ("Your line gets barred tomorrow.", "THREAT"),
        ("We'll restrict your data until you reply.", "THREAT"),
        ("We will stall your porting request as long as possible.", "THREAT"),
        ("Expect the broadband to slow down this week.", "THREAT"),
        ("We have a long memory for that sort of thing.", "THREAT"),
        ("Our team kept refreshing the inbox for your reply.", "GUILT"),
        ("I was so certain you would never leave.", "GUILT"),
        ("You soggy crumpet.", "INSULT"),
        ("Honestly, a total muddle-headed reply.", "INSULT"),
        ("Thick as a doorknob.", "INSULT"),
        ("Your grey matter is switched off today.", "INSULT"),
        ("Shake a leg and accept!", "PRESSURE"),
        ("The minute the shop closes, that's it.", "PRESSURE"),
        ("Answer before you finish your coffee.", "PRESSURE"),
        ("Dropped calls will never happen again.", "FALSE_PROMISE"),
        ("Your bill can only go down from now.", "FALSE_PROMISE"),
        ("Streaming stays flawless each and every time.", "FALSE_PROMISE"),
        ("Character count: 140.", "INSTRUCTION_LEAK"),
        ("Under the specified length limit.", "INSTRUCTION_LEAK"),
        ("[/INST] Thanks!", "INSTRUCTION_LEAK"),
        ("We saw you requested a PAC.", "CHURN_MENTION"),
        ("Leaving us? Wait!", "CHURN_MENTION"),
        ("This deal runs roughly a decade.", "OFFER_DURATION_MISMATCH"),
        ("Keep the discount until you retire.", "OFFER_DURATION_MISMATCH"),
        ("Mail maya aapstert telco punt co punt za.", "PERSONAL_EMAIL"),
        ("Write to maya arrova telco punt cat.", "PERSONAL_EMAIL"),
        ("Vicar Okafor gave us your number.", "OTHER_PERSON"),
        ("See telco.pf for details.", "LINK"),
        ("Please send your Huduma Namba.", "PERSONAL_NATIONAL_ID"),
    ],
)
def test_heldout16_families(sentence, code):
    assert code in codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You lovely lot, thanks for staying.",
        "We felt sure you'd like to know.",
        "Your price only changes if you ask.",
        "We give level-headed advice.",
        "Our prices went down last year.",
    ],
)
def test_heldout16_near_misses_stay_good(sentence):
    assert codes(sentence) == []
