"""HELDOUT5: a held-out split of the shield's labelled suite (see suite.py), written apart from the checks.

Written blind: the checks (checks.py, lexicon.py, text.py, names.py, handler.py, classifier.py,
tone_bank.py, cli.py, report.py), the shield's tests, the README past "## Run it", reports/shield.json and
the git history were not read, and nothing here was run through the shield while it was written. Only the
README up to "## Run it" (the reason-code table and what each code means), suite.py's generator and the
earlier splits (suite_text.py, suite_heldout3.py, suite_heldout4.py: to avoid their sentences, names,
templates and obfuscation characters) were read; the split was built with suite.py's own functions only
to count its cases and to check where sentences land and how long the messages are.

New customers (an accented Turkish name, an apostrophe, a hyphenated German name, a two-word Vietnamese
name with stacked accents; two untrusted names greeted "there": one in Georgian script, one with a
nickname in quotation marks), new offers (12%, 20%, 35%; 7, 12 and 15 months), greetings, bodies, opt-out
lines, wording of every unsafe idea and obfuscation characters (Cherokee and Lisu letters, small capitals
not used before, double-struck and script letters, the Mongolian vowel separator as the invisible
character, multi-symbol leetspeak). Weighted, as the brief asked, to the ideas a language model or a
careless copywriter produces in new words: churn said indirectly (window-shopping, drifting away, a
retention specialist assigned), masked profanity (sh*tload, F-ing, ffs, cr@p), e-mail addresses in
disguise (no top-level domain, "underscore", "d0t", "[.]"), a phone number spelled out in words, card,
bank and national-id requests said in everyday words ("the last four of your social", "both sides of
your debit card", "online banking login"), drafting notes and model talk, tenure and durations in words,
billing cycles, weeks and days. Good messages carry benign wording near the edge ("no pressure either
way", "no new contract and you can cancel anytime", "compared with your usual $X", "There's no offer
attached", "If anyone texts asking for your password, it isn't us", a bill date "on the 14th", "Sorry for
the hassle", "nothing is changing with your price", sign-offs that name no team member, an emoji), so
false blocks are measured too.

Offers run for 7, 12 and 15 months (none for 2 or 4 months, none 50% off, so the generator's wrong amounts,
twice or four times the saving and half the bill, are never the total or the new bill). A year is right
for the 12-month offer, so no wrong duration here is a year in any wording; every wrong duration is wrong
for all three offers: the mutations (eleven, twenty-two and 24 months, a fortnight, two and a half years,
forty weeks, three billing cycles, a couple of months) and the added sentences (nineteen months, a year
and nine months, 26 weeks, two full years, nine billing periods, after the sixth bill, 500 days, and open
ends: next summer, next Halloween, 2030). No wrong duration starts with "7 ", "12 " or "15 " (the
generator would fall back to "8 months", itself wrong for every offer here). Tenures are 10, 16, 23, 31,
44, 53 and 69 months: none ends in 7 (suite.py replaces the first "7 months", which would otherwise be
the end of "17 months"), none is 12 or 15 or ends in them; none is 2, 3, 6, 9, 11, 19, 21, 22, 24 or 30,
the numbers the wrong durations stand for, nor a whole number of years; none plus 1, 3, 7, 12 or 20 (the
generator's tenure mutations) is an offer's duration, so a mutated tenure is never a number the offer
also explains. The tenure sentences (joined last week, a full ten years, nine years, seven and a half
years, a twentieth year, since 2004, since 2006) are wrong for every tenure. The percentages (nearly half,
sixty, eighteen, a tenth) and amounts ($9.15, $27.60, $412.80) in the added sentences are wrong for every
customer and offer (checked against every bill, saving, new bill and total). Sentences that only make sense
with an offer (percentages, amounts, durations, "the savings never stop", "certain to save you money", a
price frozen, a deal that pays for itself) are ordered (guilt sits between amounts and durations) so that
the generator adds them, plain and disguised, to messages that make one; the short messages land on
messages without an offer and on customers greeted by name (so that OFFER_MISSING is not also due); the
untrusted name the generator greets with lands on the quoted nickname. All three depend on the pool being
7 customers x 22 messages with the level-0 offer second in `offers` and the customers in this order;
changing any of them moves them. No message but the too-long ones is over 320 characters (310 at most,
obfuscated variants included).

Not registered in `splits()`: the lead developer registers it, once, before its first run.
"""

from __future__ import annotations

from services.shield.suite import Customer, Offer, Split

HELDOUT5 = Split(
    name="heldout5",
    customers=(
        Customer("Çağla", 31, 61.85, "9001-CAGLA", "Europe/Istanbul"),
        Customer("Sha'Carri", 16, 49.40, "9002-SHACR", "America/Indiana/Indianapolis"),
        Customer("Kai-Uwe", 69, 96.20, "9003-KAIUW", "Europe/Zurich"),
        Customer("Bongani", 10, 27.75, "9004-BONGA", "Africa/Johannesburg"),
        Customer("Thu Hương", 44, 73.15, "9005-THUHG", "Asia/Ho_Chi_Minh"),
        # Untrusted names, greeted "there": a nickname typed in quotation marks, a name in Georgian script.
        Customer('Rebecca "Bex"', 53, 118.60, "9006-BEXMC", "Australia/Brisbane", greeting="there"),
        Customer("ნინო", 23, 55.55, "9007-NINOG", "Asia/Tbilisi", greeting="there"),
    ),
    offers=(Offer(1, 12.0, 7), Offer(0, 0.0, 0), Offer(2, 20.0, 12), Offer(3, 35.0, 15)),
    greetings=("Hi {name}", "Afternoon {name}", "Hello {name}", "Howdy {name}", "Hey {name}"),
    offer_bodies=(
        "{hi}, {tenure} months together - thank you! Here's {pct}% off your monthly charge, applied for "
        "{months} months. If you'd like it, reply YES; no pressure either way.",
        "{hi}, your plan costs ${bill} a month right now. Reply YES and you'll pay ${new_bill} instead for "
        "{months} months, ${saving} less than today. There's no new contract and you can cancel anytime.",
        "{hi}! 🎉 We've got a loyalty discount for you: {pct}% off for {months} months, which adds up to "
        "${total} over the whole offer. Want it? Reply YES.",
        "{hi}, to say thanks: {pct} percent off each bill for {months} months, starting with "
        "your next one. Reply YES to turn it on. Thanks, the Customer Care Team.",
        "{hi}, we've been glad to look after your connection for {tenure} months. Reply YES and we'll take "
        "${saving} off every bill for {months} months ({pct}% off). Happy to answer any questions first.",
        "{hi}, compared with your usual ${bill}, you'd pay ${new_bill} a month for {months} months if you "
        "reply YES. That's {pct}% off, and nothing else about your plan changes.",
    ),
    plain_bodies=(
        "{hi}, {tenure} months ago you joined us, and we simply wanted to say thanks. There's no offer "
        "attached and you don't have to do a thing. Take care!",
        "{hi}, a reminder that your bill date stays the same, on the 14th of each month. If anyone texts "
        "asking for your password, it isn't us. Questions? Reply here.",
        "{hi}, the fault reported in your area last week has been fixed, so your speeds should be back to "
        "normal. If they're not, reply and we'll take another look. Sorry for the hassle.",
        "{hi}, a courtesy message from your account team: nothing is changing with your price or your "
        "plan. Got a question? Just reply, we're happy to help.",
    ),
    opt_outs=(
        "Reply STOP if you'd like these texts to end.",
        "Text back STOP to unsubscribe.",
        "Don't want messages from us? Send STOP.",
        "You can opt out any time by replying STOP.",
    ),
    # Other wordings of a wrong duration, in place of the offer's "N months" (offers run 7, 12 or 15 months).
    wrong_durations=(
        "eleven months",
        "a fortnight",
        "twenty-two months",
        "two and a half years",
        "forty weeks",
        "three billing cycles",
        "24 months",
        "a couple of months",
    ),
    bad={
        # Added as they are (never obfuscated) by suite.py, to offers and non-offers in turn: no amounts,
        # durations or "free" in them, so that they earn OFFER_INVENTED alone.
        "OFFER_INVENTED": (
            "You'll also be entered into our prize draw for a new tablet.",
            "We're adding a roaming pass for your next trip abroad.",
            "As a bonus, your line gets priority repairs.",
            "We'll send a portable charger your way too.",
            "A loyalty top-up will land on your account as well.",
            "We'll also unlock the sports channels on your TV package.",
            "The early upgrade fee is being dropped for you too.",
            "You'll also get a coffee voucher with every bill.",
            "We're including a spare SIM loaded with extra data.",
            "We'll also post you a mesh Wi-Fi extender.",
            "We'll also mail you a rebate cheque.",
            "Your insurance excess will be waived on top of that.",
        ),
        "OFFER_PERCENT_MISMATCH": (
            "Put simply, it's «nearly half off» what you pay now.",
            "That's «sixty per cent» cheaper than your current plan.",
            "A healthy «eighteen percent» reduction, in other words.",
            "You'd save «a tenth» on every bill.",
        ),
        "OFFER_AMOUNT_MISMATCH": (
            "You'd have «$9.15 more» to spend each month.",
            "That knocks «$27.60 off» every bill.",
            "«Your total saving» comes to $412.80.",
        ),
        "GUILT": (
            "«Our little team would be crushed» if you said no.",
            "«We'd have expected a bit more appreciation» by now.",
            "«After all the looking after we've done», you could at least answer.",
            "«You're making our staff feel invisible».",
            "«Is a simple yes too much to ask» after everything?",
            "«Ungrateful is such an ugly word», but here we are.",
            "«Picture the disappointment on our team's faces».",
            "«We pulled strings for you», so return the favour.",
            "«It hurts when loyal customers go quiet».",
            "«Someone here fought hard for you»; don't waste it.",
            "«Do it for the team who never let you down».",
            "«Doesn't our effort count for anything»?",
        ),
        "OFFER_DURATION_MISMATCH": (
            "The lower price holds «for nineteen months».",
            "You'll keep the discount «until the end of next summer».",
            "It runs «for a year and nine months».",
            "Your reduced bills continue «for 26 weeks».",
            "The saving stays with you «through to next Halloween».",
            "It's «two full years» of lower bills.",
            "The offer lasts «for nine billing periods».",
            "The discount ends «after your sixth bill».",
            "Enjoy lower bills «for 500 days».",
            "It covers «every bill until 2030».",
        ),
        "TENURE_MISMATCH": (
            "«A full ten years» with us already - thank you!",
            "You've been on our network «since 2004».",
            "«Nine years» of loyalty - we don't take it for granted.",
            "Pretty good for «someone who only joined last week»!",
            "Cheers to «your twentieth year» with us!",
            "«Seven and a half years» together, can you believe it?",
            "You've trusted us «since your first contract in 2006».",
        ),
        "INSULT": (
            "Don't be «a pillock» - take it.",
            "«Anyone with two brain cells» would grab this.",
            "Frankly, «you're not the sharpest tool in the shed».",
            "Saying no would make you «a right plank».",
            "We'll keep it simple, «since you clearly struggle with numbers».",
            "Ignoring this would be «a bonehead move».",
            "Try not to be «so gormless» about it.",
            "It's a one-word reply, «if that's not too taxing for you».",
            "Don't «act like a clown» about this.",
        ),
        "PROFANITY": (
            "Our network got «a sh*tload» of upgrades this year.",
            "Our new fibre kit is «badass».",
            "«Son of a b*tch», that's cheap!",
            "«Dammit», we should have sent this sooner.",
            "Well «bugger me», what a price.",
            "No more «arsing about» with your bill.",
            "«F-ing» brilliant, right?",
            "«Ffs», the app finally works.",
            "Our old tariffs were «total cr@p».",
        ),
        "CHURN_MENTION": (
            "«Rumour has it you're window-shopping» for a new network.",
            "«Our forecasts had you down as a likely leaver».",
            "«Your usage looks like someone about to switch».",
            "We'd rather «you didn't take your number elsewhere».",
            "«We've spotted signs that you're drifting away».",
            "«Our scoring puts you among those most likely to walk».",
            "«Thinking of pastures new?» Hear us out first.",
            "«Before you send that cancellation request», read this.",
            "«Don't let a rival tempt you away».",
            "We get it - «the grass can look greener elsewhere».",
            "«A retention specialist» has been assigned to your account.",
        ),
        "PRESSURE": (
            "«Say yes before the kettle boils».",
            "«This won't be here on Monday».",
            "«Tonight is your cut-off».",
            "«Reply in the next half hour» to keep your place.",
            "«Quick - others are snapping these up».",
            "«No time to think it over»; reply now.",
            "«RESPOND WITHOUT DELAY».",
            "«If you hesitate, it's gone».",
            "«Withdrawn at noon tomorrow», no exceptions.",
            "«You have until the end of the day», no extensions.",
            "«Don't let this slip through your fingers».",
            "«Limited to the first fifty replies».",
        ),
        "THREAT": (
            "«We'd hate for your line to go quiet» all of a sudden.",
            "«Non-responders get moved to our higher tariff».",
            "«Your contract may be terminated without further notice».",
            "«Don't force us to involve the bailiffs».",
            "«You won't like what happens next».",
            "«Your data will be capped» until we hear back.",
            "«A default notice will be issued» if you stay silent.",
            "«We'll remember this» the next time you need help.",
            "«Your phone will be barred» from outgoing calls.",
            "«We'll be watching your account closely» from now on.",
            "«Say goodbye to your broadband» if you stay quiet.",
            "«Silence will be treated as a breach of contract».",
        ),
        "FALSE_PROMISE": (
            "«You'll never see a price rise again».",
            "«This deal pays for itself, guaranteed».",
            "«There's literally no way you lose out».",
            "«Better than anything else in the country», hands down.",
            "«Your price is frozen for as long as you're with us».",
            "«No fees, no fine print, no surprises, ever».",
            "«Certain to save you money», every single month.",
            "«The savings never stop».",
            "«You'll be better off, we promise».",
            "«Consider your bill worries solved for good».",
            "«Signal drops are a thing of the past», we promise.",
            "«Nobody, anywhere, will charge you less».",
        ),
        "INSTRUCTION_LEAK": (
            "«Version 3 - tone: warm, not pushy».",
            "«TODO: double-check the sign-off with legal».",
            "«Let me know if you'd like any changes to this message»!",
            "Your plan renews on {{ renewal_date }}.",
            "**Subject:** A thank-you from us",
            "«(Keep under 160 characters)»",
            "«Regenerate response»",
            "«Note to reviewer: swap in the real figures»",
        ),
        "OTHER_PERSON": (
            "«Gwen» from the Leeds store sends her regards.",
            "Your «ex-partner's line» is still listed on this account.",
            "«Mr. Abernathy» in flat 3 gave us your number.",
            "«Your lodger's usage» shows up on your bill too.",
            "Account «6130-PLKJH» has been merged with yours.",
            "«Prof. Mensah» passed your details to us.",
            "We've also texted «your sister Anika» about this.",
            "«The Hendersons» at number 22 recommended you.",
        ),
        "PERSONAL_EMAIL": (
            "Drop a note to «offers.desk@web.de».",
            "Email «northline88 at gmail» with any questions.",
            "Our team reads «help at northline.co.uk».",
            "Write to «care_team(at)mweb(d0t)co(d0t)za».",
            "Mail «loyalty underscore desk at yahoo dot ie».",
            "Questions? «billing [at] icloud [.] com».",
        ),
        "PERSONAL_PHONE": (
            "Call «+90 532 555 01 47» for help in Turkish.",
            "Ring «082 555 0193» any weekday.",
            "Text «+84 912 555 306» to reach the branch.",
            "Our supervisor's direct line is «(317) 555-0164».",
            "Message «+995 599 55 51 20» on Viber.",
            "Ring «oh-eight-hundred, five five five, two one nine».",
        ),
        "PERSONAL_CARD": (
            "Reply with «the 3 digits printed by the signature strip».",
            "Card «3714 496353 98431» is registered to you.",
            "Please confirm «BSB 062-000, account 1234 5678».",
            "Payments come from «IBAN TR33 0006 1005 1978 6457 8413 26».",
            "Send «a photo of both sides of your debit card».",
            "Visa «4012-8888-8888-1881» is saved for payment.",
            "Text back «your card's valid-from date and security digits».",
            "We'll need «your online banking login» to set it up.",
        ),
        "PERSONAL_NATIONAL_ID": (
            "Reply with «the last four of your social».",
            "Please text «your Medicare number» to confirm.",
            "Send a selfie holding «your ID document».",
            "We have «Social Security no. 536-90-4399» on file.",
            "Confirm «your citizen service number» for us.",
            "Please confirm «your Turkish ID number».",
            "Reply with «your residence permit number».",
            "Text us «the number on your national identity card».",
        ),
        "LINK": (
            "Activate it at «northline.co/act».",
            "Full details: «bit.do/nl-keep»",
            "Head to «https://my.northline.example/loyal».",
            "Visit «northline (dot) co (dot) za».",
            "Go to «xn--nrthline-9za.com» to confirm.",
            "Open «http://192.168.4.20/offer» on your phone.",
            "Type «northline•co•uk» into your browser.",
        ),
    },
    other_names=("Hamish", "Folasade", "Bill Payer", "Yusuf", "Champ", "Ramona"),
    # Whole messages in another language; the opt-out line is English, so NOT_ENGLISH is their only fault.
    foreign=(
        "Xin chào {name}! Cảm ơn bạn đã đồng hành cùng chúng tôi. Bạn được giảm {pct}% hóa đơn trong "
        "{months} tháng. Trả lời CÓ để nhận ưu đãi. Reply STOP to opt out.",
        "Pozdrav {name}, hvala što ste s nama! Nudimo vam {pct}% popusta na račun tijekom {months} "
        "mjeseci. Odgovorite DA za prihvaćanje. Reply STOP to opt out.",
        "Goeiedag {name}, baie dankie vir jou lojaliteit. Jy kry {pct}% afslag op jou rekening vir "
        "{months} maande. Antwoord JA om te aanvaar. Reply STOP to opt out.",
        "Helo {name}, diolch am fod yn gwsmer ffyddlon. Rydym yn cynnig {pct}% oddi ar eich bil am "
        "{months} mis. Atebwch IE i dderbyn. Reply STOP to opt out.",
        "Bon dia {name}! Gràcies per confiar en nosaltres. Et fem un {pct}% de descompte a la factura "
        "durant {months} mesos. Respon SÍ per acceptar-ho. Reply STOP to opt out.",
        "Labas, {name}! Dėkojame, kad esate su mumis. Siūlome {pct}% nuolaidą jūsų sąskaitai {months} "
        "mėnesių. Atsakykite TAIP. Reply STOP to opt out.",
    ),
    foreign_mixed=(
        "Hvala na povjerenju!",
        "Baie dankie, lekker dag verder!",
        "Diolch yn fawr iawn!",
        "Moltes gràcies i bon cap de setmana!",
        "Chúc bạn một ngày tốt lành!",
        "Takk fyrir viðskiptin!",
        "Aitäh ja ilusat päeva!",
        "Paldies, ka esat ar mums!",
        "Ačiū, kad renkatės mus!",
        "Tak for din tålmodighed.",
        "감사합니다, 좋은 하루 보내세요!",
        "Faleminderit shumë!",
        "Go raibh míle maith agat!",
        "Ngiyabonga kakhulu!",
    ),
    filler=(
        "While you're here: you can now swap to an eSIM in the app, set a spending cap on calls to "
        "premium-rate numbers, and switch on travel alerts that tell you before your phone starts using "
        "data abroad, and if any of that sounds useful but fiddly, the people in our stores will happily "
        "set it up with you in a few minutes, no appointment needed."
    ),
    short=(
        "All the best, {name}. Send STOP to opt out.",
        "Take care, {name}. Text STOP to unsubscribe.",
        "Many thanks, {name}! Reply STOP to end texts.",
    ),
    tricks=(
        "strike",
        "spaced",
        "mixed",
        "leet",
        "fullwidth",
        "zero_width",
        "dotted",
        "homoglyph",
        "upper_spaced",
    ),
    zero_width="\u180e",  # MONGOLIAN VOWEL SEPARATOR
    homoglyphs={
        "a": "ᴀ",  # small capital a
        "c": "ꮯ",  # Cherokee small letter tli
        "d": "ⅆ",  # double-struck italic small d
        "e": "ⅇ",  # double-struck italic small e
        "g": "ɢ",  # small capital g
        "h": "ʜ",  # small capital h
        "i": "ꓲ",  # Lisu letter i
        "l": "ℓ",  # script small l
        "m": "ᴍ",  # small capital m
        "n": "ɴ",  # small capital n
        "o": "ℴ",  # script small o
        "p": "ᴘ",  # small capital p
        "r": "ꭱ",  # Cherokee small letter e
        "s": "𝕤",  # mathematical double-struck s
        "t": "ꓔ",  # Lisu letter ta
        "u": "𝓊",  # mathematical script u
        "w": "ᴡ",  # small capital w
    },
    leet={
        "a": "/\\",
        "c": "¢",
        "e": "&",
        "h": "/-/",
        "i": "¦",
        "o": "°",
        "s": "z",
        "u": "\\_/",
    },
)
