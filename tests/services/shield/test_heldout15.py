"""heldout15's families in wordings other than the split's: the misses by family (tone, promises, extras,
churn, languages, addresses, people), plain and disguised; reminders before an offer ends stay good."""

import pytest
from factories import shield_codes as codes


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Our technician skipped her lunch break fixing your router.", "GUILT"),
        ("Not so much as a card of gratitude came back.", "GUILT"),
        ("We moved heaven and earth on your behalf.", "GUILT"),
        ("A quick reply would have been the least.", "GUILT"),
        ("You couldn't even say thanks to the engineer.", "GUILT"),
        ("We had expected a warmer welcome than that.", "GUILT"),
        ("The whole office sat glued to the inbox hoping.", "GUILT"),
        ("All our other customers wrote to us, but you never did.", "GUILT"),
        ("The apprentice was fighting back tears all afternoon.", "GUILT"),
        ("Our agents got upset yesterday when you hung up.", "GUILT"),
        ("It's our little support crew who takes the hit.", "GUILT"),
        ("Your broadband may get throttled overnight.", "THREAT"),
        ("Every unanswered text is logged, and we are watching.", "THREAT"),
        ("Your silence has been noted.", "THREAT"),
        ("Court papers with your name on them will follow, and the case gets acted upon.", "THREAT"),
        ("One more missed call and you lose the line.", "THREAT"),
        ("Your agreement could be voided.", "THREAT"),
        ("Be a shame if your router went quiet.", "THREAT"),
        ("Don't be surprised if you get cut off.", "THREAT"),
        ("Your TV apps might randomly freeze.", "THREAT"),
        ("Keep ignoring us, you silly billy.", "INSULT"),
        ("Honestly, what a bird-brained move.", "INSULT"),
        ("Thick as mince, this one.", "INSULT"),
        ("Lights are on but no one's home.", "INSULT"),
        ("A snail would have replied quicker.", "INSULT"),
        ("Stop dithering and reply.", "PRESSURE"),
        ("The deal is withdrawn the moment our quarter closes.", "PRESSURE"),
        ("Not a single penny more, ever.", "FALSE_PROMISE"),
        ("Your price is going to drop every single month.", "FALSE_PROMISE"),
        ("Your broadband will never slow down again.", "FALSE_PROMISE"),
        ("Seamless signal upstairs and down, always.", "FALSE_PROMISE"),
        ("We'll also post you a hamper of biscuits.", "OFFER_INVENTED"),
        ("A pair of wireless earbuds comes with this.", "OFFER_INVENTED"),
        ("Cloud storage is yours as a little bonus.", "OFFER_INVENTED"),
        ("You look like a customer on the way out.", "CHURN_MENTION"),
        ("You came up on our leaver-risk list.", "CHURN_MENTION"),
        ("We noticed you clicked the cancel button yesterday.", "CHURN_MENTION"),
        ("Miigwech for your patience!", "NOT_ENGLISH"),
        ("Pilamaya for staying!", "NOT_ENGLISH"),
        ("Your great-aunt Rosalind's mobile is on your bill.", "OTHER_PERSON"),
        ("Elder Mahuta asked us to call.", "OTHER_PERSON"),
        ("Write to help shnik telco ket am.", "PERSONAL_EMAIL"),
    ],
)
def test_heldout15_families_in_other_words(sentence, code):
    assert code in codes(sentence)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("O n e  m o r e  m i s s e d  c a l l  a n d  y o u  l o s e  t h e  l i n e.", "THREAT"),
        ("W E  M O V E D  H E A V E N  A N D  E A R T H  O N  Y O U R  B E H A L F.", "GUILT"),
        ("A  s.n.a.i.l  would have replied quicker.", "INSULT"),
    ],
)
def test_heldout15_families_disguised(sentence, code):
    assert code in codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We'll send you a reminder before it ends.",
        "We'll send a reminder text before the discount runs out.",
        "We'll let you know before it ends.",
        "We'll text you a week before the offer finishes.",
        "We will drop you a quick note before the offer ends.",
        "We'll send you a confirmation text.",
        "We'll send an engineer to check your line.",
        "Thank you, you lovely lot.",
        "Nothing changes, always happy to help.",
        "If the line drops, we'll fix it.",
        "Reply YES now or whenever suits you.",
    ],
)
def test_good_wordings_near_the_families_stay_good(sentence):
    assert codes(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We'll send you a reminder before it ends tonight.",
        "We'll text you before it ends in 2 hours.",
        "We'll let you know before it ends at midnight.",
    ],
)
def test_a_reminder_with_a_deadline_after_it_still_fails(sentence):
    assert "PRESSURE" in codes(sentence)
