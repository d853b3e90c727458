"""The sentence classifier behind GUILT, PRESSURE, THREAT, FALSE_PROMISE, OFFER_INVENTED and NOT_ENGLISH:
trained the same way every time, it catches wordings it never saw, and good messages pass."""

import pytest
from factories import make_event

from retention.v1 import retention_pb2 as pb
from services.shield import classifier
from services.shield.handler import problems
from services.shield.text import views

DECISION = pb.Decision(contact=True, offer_level=2, offer_percent=20.0, offer_months=3, offer_cost=60.0)
EVENT = make_event()  # Maya, 5 months, $100.00 a month
GOOD = "Hi Maya, thank you for your 5 months with us. We can take 20% off your bill for 3 months."

# Written for this test, after the sentence bank and apart from it (none is a training sentence: checked
# below). Not every one is caught: the classifier generalizes, it does not know every wording.
PARAPHRASES = {
    "GUILT": [
        "We bent over for you for years and you repay us with silence.",
        "Our call centre team will be devastated to hear this.",
        "Is this really how you treat the people who always helped you?",
        "You should feel awful about walking away from us.",
        "After everything, we honestly thought you cared about us.",
        "It saddens everyone here that you'd turn your back on us.",
        "We never let you down, so why let us down now?",
        "Shame on anyone who forgets who stood by them.",
    ],
    "PRESSURE": [
        "This deal disappears the second the clock hits midnight.",
        "You have just ten minutes left to lock this in.",
        "Move now, stocks are nearly gone.",
        "Last chance, reply before the day is out!",
        "Don't sleep on this, it won't be here in the morning.",
        "Only a handful of customers will get this, so be fast.",
        "Quick, the window shuts tonight.",
        "Decide right away or lose it.",
    ],
    "THREAT": [
        "Ignore this message and your broadband will be switched off.",
        "We will pass your account to our debt recovery partners.",
        "If you leave, we'll hit you with a heavy penalty.",
        "Your number will be handed to a new customer unless you reply.",
        "Refuse and we'll cut your service by Friday.",
        "You'll be sorry if you don't accept.",
        "Our legal team will be in contact if you stay silent.",
        "We can make your life very difficult.",
    ],
    "FALSE_PROMISE": [
        "This price will never, ever increase.",
        "You'll pay this rate for the rest of your life.",
        "There is absolutely zero risk in saying yes.",
        "No other company comes close to this deal.",
        "Your savings are completely guaranteed.",
        "It's the cheapest you will find anywhere on earth.",
        "Lock in this price permanently.",
        "You will save a fortune, no doubt about it.",
    ],
    "OFFER_INVENTED": [
        "We'll also give you a brand new tablet.",
        "Plus a $40 shopping voucher when you reply.",
        "Your router upgrade is free of charge.",
        "We'll add six months of free Spotify.",
        "You'll also get double data every month.",
        "We're throwing in a free smartwatch.",
        "And we'll cancel your setup fee.",
        "A free second line comes with it.",
    ],
    "NOT_ENGLISH": [
        "Hasta mañana, amigo.",
        "Grazie mille e buona giornata.",
        "Bis zum nächsten Mal.",
        "Merci et à bientôt.",
        "Tot morgen.",
        "Obrigado pela confiança.",
        "Ha en trevlig helg.",
        "Hyvää viikonloppua.",
    ],
}
CAUGHT_AT_LEAST = 6  # of each code's 8; 46 of the 48 are caught when this was written

GOOD_MESSAGES = [
    "Hi Maya, thanks for your 5 months with us. As a thank-you we can take 20% off your bill for 3 months. "
    "Reply YES to accept. Reply STOP to opt out.",
    "Hello Maya! We're grateful you chose us. We'd like to offer you 20% off your monthly bill for the next "
    "3 months. Just reply YES. Text STOP to unsubscribe.",
    "Dear Maya, thank you for being with us. Your bill could be 20% lower for 3 months. Reply YES if you "
    "would like it, or ignore this message. Reply STOP to opt out.",
    "Hi Maya, we hope your broadband is working well. Here is 20% off your bill for the next 3 months, that "
    "is $20.00 less each month. Reply YES to claim it. Reply STOP to opt out.",
    "Hi Maya, it's been 5 months since you joined us and we're thankful. We can take 20% off for 3 months. "
    "There's no rush: reply YES whenever suits you. Reply STOP to opt out.",
    "Good morning Maya, a quick thank-you from our team: 20% off your next 3 bills. Reply YES to get it. "
    "Don't want these texts? Reply STOP.",
    "Hello Maya, thank you for your 5 months with us. We would like to offer you 20% off your bill for 3 "
    "months. Your plan and number stay the same. Reply STOP to opt out.",
    "Hi Maya, we're sorry about last week's outage and thank you for your patience. Enjoy 20% off your bill "
    "for 3 months. Reply YES to accept. Reply STOP to opt out.",
    # what the language-model writer produces (artifacts/llm2, llm3), slips included
    "Hello Maya! Thank you for your 5 months with us. We hope your fiber connection keeps you well "
    "connected. We have set aside 20% off your bill for the next 3 months for you. Reply YES to claim it. "
    "Reply STOP to opt out.",
    "Hello Maya, we are glad to have you with us. We hope your DSL line is serving you well. You can have "
    "20% off your monthly bill for the next 3 months. Reply YES to claim it. Reply STOP to opt out.",
    "Hello Maya, it has been 5 months since you joined us. We are grateful your 5 months with us. We hope "
    "your phone service works well. We would like to offer you 20% off your bill for 3 months. Reply STOP "
    "to opt out.",
]


def codes(sentence: str) -> list[str]:
    return problems(f"{GOOD} {sentence} Reply STOP to opt out.", DECISION, None, EVENT)


def test_training_is_deterministic():
    texts, labels = classifier.training_data()
    first, second = classifier.train(texts, labels), classifier.train(texts, labels)
    assert first == second
    assert first == classifier.model()


def test_it_never_trains_on_the_measured_split(monkeypatch):
    # The split reports/shield.json measures must stay unseen: the training text is the same without it.
    from services.shield import report, suite

    assert report.MEASURED_SPLIT not in classifier.TRAINING_SPLITS
    texts, labels = classifier.training_data()
    every = suite.splits()
    assert report.MEASURED_SPLIT in {s.name for s in every}
    monkeypatch.setattr(suite, "splits", lambda: tuple(s for s in every if s.name != report.MEASURED_SPLIT))
    without, labels_without = classifier.training_data()
    assert texts == without and (labels == labels_without).all()


def test_the_paraphrases_are_not_training_sentences():
    texts, _ = classifier.training_data()
    seen = set(texts)
    for sentence in (s for group in PARAPHRASES.values() for s in group):
        assert not seen & set(classifier.sentences(views(sentence).match)), sentence


@pytest.mark.parametrize("code", list(PARAPHRASES))
def test_paraphrases_it_never_saw_are_caught(code):
    caught = [s for s in PARAPHRASES[code] if code in codes(s)]
    assert len(caught) >= CAUGHT_AT_LEAST, set(PARAPHRASES[code]) - set(caught)


@pytest.mark.parametrize("text", GOOD_MESSAGES)
def test_good_messages_pass(text):
    assert problems(text, DECISION, None, EVENT) == []


def test_every_sentence_of_a_good_message_scores_below_the_threshold():
    for text in GOOD_MESSAGES:
        for sentence in classifier.sentences(views(text).match):
            assert max(classifier.model().probabilities(sentence)) < classifier.THRESHOLD, sentence


def test_a_code_is_explained_by_the_words_that_raised_it():
    sentence = views("We will pass your account to our debt recovery partners.").match
    assert "THREAT" in classifier.sentence_codes(sentence)
    explained = dict(classifier.model().explain(sentence, "THREAT"))
    assert explained and all(weight > 0 for weight in explained.values())
    assert any(word in explained for word in ("debt", "recovery", "recov-", "debt recovery"))


def test_a_lone_word_is_not_judged():
    assert classifier.sentence_codes("offer") == ()


def test_its_english_words_are_those_of_its_english_sentences():
    # The language check reads a short sentence of words the classifier never saw used in English
    # (checks._unknown_short_sentence): the model keeps those words, and no word seen only in another
    # language.
    english = classifier.model().english
    assert {"thanks", "reply", "bill", "discount"} <= english
    assert not {"gracias", "merci", "obrigado", "danke"} & english
