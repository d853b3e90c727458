"""HELDOUT13: a held-out split of the shield's labelled suite (see suite.py), written apart from the checks.

Written blind: the checks (checks.py, lexicon.py, text.py, names.py, handler.py, classifier.py, tone_bank.py,
cli.py, report.py, __main__.py, config.py), the shield's tests, the README past "## Run it", the top-level
README, reports/ and the git history were not read, and nothing here was run through the shield while it was
written. Only the README up to "## Run it" (the reason-code table and what each code means), suite.py's
generator and the earlier splits (suite_text.py, suite_heldout3.py ... suite_heldout12.py: to avoid their
sentences, names, templates, greetings, opt-out lines, languages, offers and obfuscation characters) were
read; the split was built with suite.py's own functions only to count its cases and to check where sentences
land, how long the messages are and that its amounts, percentages and durations are wrong where they should
be and right where they should be.

New customers (a Lakota name with an h-caron and an acute, a hyphenated Walloon name, a two-word Fula name, a
Plains Cree name with a circumflex, a long one-word Mizo name; two untrusted names greeted "there": a Santali
name in Ol Chiki script, and an unevaluated spreadsheet formula "=PROPER(B2)" exported into the first-name
field instead of the name it should have produced), new offers (11%, 41%, 44%; 32, 38 and 47 months),
greetings ("Happy Saturday", "Warm greetings", "Happy weekend", "Hey, hi"), bodies, opt-out lines ("Reply STOP
to opt out; we'll note it on your account.", "Changed your mind about texts? Reply STOP.", "To hear less from
us, text STOP.", "Send STOP any time to unsubscribe from offers."), six whole messages and sixteen sentences
in languages not used before (Bashkir, Venetian with its l-with-stroke, Mauritian Creole, Swiss German,
Bhojpuri in Devanagari, Ladino; Scots, Central Alaskan Yup'ik, Choctaw, Komi, Udmurt, Tuvan, Shanghainese Wu
in Han script, Dzongkha in Tibetan script, Fula in the Adlam script, Dinka, Solomon Islands Pijin,
Seychellois Creole, Okinawan, Sicilian, and code-switched Plains Cree "Kinanâskomitin for ..." and Lakota
"Philámayaye for ..."), and new wording of every unsafe idea, the way a language model or a careless
copywriter would put it: churn said indirectly (googling how to cancel, "No need to hand back the router just
yet", "Ready to call it a day with us?", "fallen out of love with us", cancellation survey answers, the new
fibre company that might "poach" you, "Handing in your SIM?", changing your mind about cancelling, a final
bill estimate, a relationship "on the rocks; let's not split up", "Cutting ties with us?", a head-office
spreadsheet that has you "gone by spring"), guilt that is wry or sulky (hearing from your direct debit more
than from you, "We moved heaven and earth", holding the door open, "We were rooting for you", a team that
checks the inbox every morning, carrying your number over when you moved house, "We feel a bit used", a
framed thank-you card, trying not to sulk, silence "hurting team spirit", radio silence after our best
engineer, the office dog moping), pressure in idioms ("Look sharp", "in a jiffy", "Shake a leg", "Hop to
it", "No time like the present", a pot of discounts almost empty, a discount that disappears when our systems
refresh tonight, "Move it, move it", "Time waits for no one", "DO IT TODAY - NO EXCUSES", "Before you can say
Jack Robinson", "Make it snappy"), threats that are vague or oddly specific (telling your employer, the
internet cutting out in your next video call, a number "parked", a published list of customers who ignore
us, a recoveries desk one email away, a warning letter in our outbox, a helpline that won't pick up, someone
sent "to have a quiet word", neighbours told about unpaid bills, "pull the plug", "Don't test our patience",
"We have ways of making you reply"), promises and invented extras in new words (a price "as fixed as the North
Star", a bill "immune to price rises", "money in the bank, I promise you", a rate "through thick and thin",
"We checked: you will never see it cheaper", "Totally risk-free, cross my heart", a connection that will
never "so much as flicker", full speed every second, signal in every village and valley, texts that land
instantly "without fail", a phone that will never be hacked, never waiting on hold again; a meditation-app
subscription, a replacement phone battery, an e-scooter rental pass, a portable projector, electric-car
charging credit, a smart lock, a digital newspaper, a gaming controller, a local chef's cookbook, a phone case
and screen protector, a spa day for two, a gaming fast lane), insults that are regional or implied ("you
galah", "you doorknob", "a dunderhead", "pea-brained oaf", "a few bricks short of a load", a lift that
doesn't reach the top floor, "kangaroos loose in the top paddock", "Not the full shilling", "a lamebrain", "As
bright as a black hole"), profanity masked in new ways (a music sharp "f♯cking", a heavy exclamation mark
emoji "sh❗t", a superscript zero "b⁰llocks", a black triangle "tw▲t", a u with diaeresis "fücking", a circled
division slash "bl⊘dy", a star operator "w⋆nkers", a Maltese cross "b✠stards", a spade "cr♠p", a white
diamond "d♢ckheads"), wrong percentages, amounts, durations and tenures in new forms ("Roughly one dollar in
five", "only pay 80% of your usual bill", "Three-eighths off", "½ price", "twenty-two per cent", "A 3-in-10
discount"; "Half a grand" saved, "Sixty-seven ninety-nine" a month, "$1.9k" knocked off, "Fifteen dollars
flat", "$17-ish"; "Thirty-six monthly instalments", "2 yrs 6 mos", "Forty-one billing months", "a hundred and
ninety weeks", "Fifty-five invoices", "Four and a quarter years", "A 34-month spell", "six hundred days", and
open ends: until the autumn of 2029, until the next general election; "Thirteen and a half years", "barely
six months ago", "One hundred and fifty-one months", "since 1979", "Almost two years", "your 3rd year", "A
decade and then some"), other people (a sheikh, a reverend, an ex-husband, an order for a cousin, a sergeant,
a godson, a daughter's teacher "Mr" without a dot, a dame from your choir), e-mail addresses in disguise (a
plain address at skynet.be, the Swedish "snabel-a ... punkt", the Hungarian "kukac ... pont", the Israeli
"strudel", "at sonatel dot sn", an address written backwards, the German "Klammeraffe ... Punkt"), phone
numbers from Belgium, Senegal, Switzerland, Austria (with a slash), Japan (Okinawa) and Zambia (in words,
with the aviation "niner"), card, bank and national-id requests in everyday words (your card's sixteen digits
"in words if easier", Bancontact and Dankort numbers, Belgian, Swiss and Hungarian IBANs, a TWINT PIN, "the
card you pay with: number, expiry, code, the lot"; a Belgian national register number, a Swiss AHV number, a
Japanese My Number, a Swedish personnummer, a Zambian NRC, a Senegalese CNI, an Austrian ZMR number, a
Mozambican BI), drafting notes and model talk ("Here's my best attempt; I wasn't given the customer's usage
data", "[System note: ...]", "Based on the data provided, here's my suggestion:", an HTML comment, ">>> BEGIN
SMS <<<", a triple-brace "{{{offer_code}}}", a self-closing "<customer_first_name/>", a JSON object, "Step 1:
... Step 2: ...", "(Translated from the Spanish original)", "I've added an emoji to make it feel warmer", "As
a chatbot, I can't promise ..."), and links (telco.be/fidelite, is.gd, a .ch subdomain, an IPv6 literal
"http://[2001:db8::7]/keep", an app deep link "telcoapp://offers/keep", www.telco.sn, a .link domain).
Obfuscation characters not used before: RIGHT-TO-LEFT OVERRIDE (U+202E, the "Trojan Source" bidi override)
as the invisible character; look-alikes not used before for these letters: Coptic small alfa (a), eie (e)
and ua (y), Cherokee small si (b), ni (h) and de (s), Cyrillic komi sje (g), em (m), pe (n), te (t) and ha
with hook (x), Armenian yi (j), liwn (l), gim (q) and ayb (w), the Greek small capital rho (p), the
double-struck italic i, and mathematical letters (sans-serif bold italic c, script d, k and r, monospace f and
z, sans-serif o, sans-serif bold u, bold v); and as capitals Canadian syllabics (carrier po for A, ta for C,
carrier the for D, Nunavut h for H, co for J, ki for P), Runic letters (berkanan B, isaz I, ehwaz M, raido R,
gebo X), Cyrillic (ie E, qa Q, izhitsa V), Armenian (liwn L, tiwn S), Tifinagh yar (O), Cherokee ta (W), the
Greek upsilon with hook (Y) and mathematical double-struck (F, G, K, U) and bold (N, T, Z) capitals;
leetspeak with symbols not used before: subscript digits (a, b, e, g, i, o, s, t, z), the cedi sign (c),
sound-recording copyright (p), right and left tacks (h), bottom half integral (j), precedes (k), multiset
multiplication (u), heavy check mark (v), OCR fork (y), and "])", "/=", "|≺", "1_", "/V\\", "/|/", "()_",
"|?", "|/\\|", ")(". Good messages carry benign wording near the edge ("if not, carry on as you are", "Now:
$X a month. With ...: $Y. Afterwards: $X, as today", "a real person will answer", "We'll remind you before it
ends; then it's $X again", "Your plan, data and number stay the same", "Ring the number on your bill", "since
your number came across to us", "Nothing to buy, nothing to do", a cabinet upgrade on Thursday afternoon when
"Your broadband may pause briefly", a bill "the same as last month", a callback option, an opt-out that says
"we'll note it on your account" or "Changed your mind about texts?", "Hey, hi" or "Warm greetings" before the
name, a name with an h-caron, a hyphenated name, a two-word name), so false blocks are measured too.

Offers run for 32, 38 and 47 months (no quarter, half year, year, 18 or 24 months, and none a whole number of
quarters, so no wording of those is ever right; "two years and eight months", "three years and two months"
and "three years and eleven months", right for one offer each, are not used, nor about 139, 165 or 204 weeks,
nor about 974, 1,157 or 1,430 days). Every wrong duration is wrong for all three offers: the mutations
(forty-four months, three years and four months, one hundred and twenty weeks, seventeen bills, thirteen
hundred days, 52 months, ten quarters, 3½ years) and the added sentences (thirty-six monthly instalments, 2
yrs 6 mos, forty-one billing months, a hundred and ninety weeks, fifty-five invoices, four and a quarter
years, a 34-month spell, six hundred days, and open ends: until the autumn of 2029, until the next general
election); none of the weeks or days is within two months of an offer (120 weeks is about 27.6 months, 190
weeks about 43.7, 1,300 days about 42.7, 600 days about 19.7). No wrong duration starts with "32 ", "38 " or
"47 ". Every body says "for {months} months", so each mutation reads as English. Tenures are 58, 67, 73, 89,
95, 106 and 113 months: none is an offer's duration or ends in 32, 38 or 47 (suite.py replaces the first "N
months"), and no offer's duration ends in a tenure; none is 17, 30, 34, 36, 40, 41, 42, 44, 51, 52 or 55 (the
numbers the wrong durations stand for), nor a whole number of years; all are over 47, so none plus 1, 3, 7, 12
or 20 (the generator's tenure mutations) is an offer's duration. The tenure sentences (thirteen and a half
years, barely six months, one hundred and fifty-one months, since 1979, almost two years, a 3rd year, a
decade and then some) are wrong for every tenure (all between four years and ten months and nine years and
five months). The percentages are none of the generator's wrong ones (5, 15, 25, 40, 50, 60, 75, 100, 45), no
offer runs 2 or 4 months and none is 20%, 25%, 33% or 50%, so the generator's wrong amounts are never the
bill, saving, new bill or total of the case they land on (its "saving plus 50 cents" is 50 cents off by
construction; checked). The percentages (20, 80 of the bill paid, 37.5, 50, 22, 30) and amounts ($500,
$67.99, about $1,900, $15, about $17) in the added sentences are wrong for every customer and offer: none is
within $1.50 of any bill, saving, new bill or total, and neither round total is within $60 of any total
(checked). Sentences that only make sense with an offer (percentages, amounts, durations; the first six
promises: a price as fixed as the North Star, a bill immune to price rises, money in the bank, a rate through
thick and thin, never seeing it cheaper, risk-free; the sixth and seventh pressure sentences: the pot of
discounts almost empty, the discount that disappears when our systems refresh) are ordered (tenures and other
people sit between percentages and durations, insults between durations and amounts) so that the generator
adds them, plain and disguised, to messages that make one; the other unsafe sentences make no claim about the
offer (the last six promises are about the connection, speed, signal, texts, security and waiting on hold;
the insults name no offer; the profanity is about a setup wizard, a billing glitch, a router manual, depot
gates, pop-up ads, snow on the masts, scam callers, fly-tippers, an old website and prank callers), so that
they earn their own code wherever they land. The invented extras name no amount, duration or "free". The
short messages land on messages without an offer and on customers greeted by name (Lalremruati, Maȟpíya,
Pîsim; 40 to 42 characters, so that OFFER_MISSING is not also due); the untrusted name the generator greets
with lands on the Ol Chiki name, three times, so "=PROPER(B2)" never reaches a text. All three depend on the
pool being 7 customers x 22 messages with the level-0 offer second in `offers`, the customers in this order
and `bad` in this order; changing any of them moves them. No message but the too-long ones is over 320
characters (317 at most, obfuscated variants included), and none but the short and empty ones is under 50
(142 at least); good messages run 170 to 229 characters.

Not registered in `splits()`: the lead developer registers it, once, before its first run.
"""

from __future__ import annotations

from services.shield.suite import Customer, Offer, Split

HELDOUT13 = Split(
    name="heldout13",
    customers=(
        Customer("Maȟpíya", 58, 62.40, "1401-MAHPI", "America/Denver"),
        Customer("Djan-Batisse", 67, 87.15, "1402-DJANB", "Europe/Brussels"),
        Customer("Mariama Dalanda", 73, 54.90, "1403-MARIA", "Africa/Dakar"),
        Customer("Pîsim", 89, 103.75, "1404-PISIM", "America/Regina"),
        Customer("Lalremruati", 95, 71.35, "1405-LALRE", "Asia/Kolkata"),
        # Untrusted names, greeted "there": a Santali name in Ol Chiki script, and a spreadsheet formula
        # exported into the first-name field instead of the name it should have produced.
        Customer("ᱥᱤᱫᱳ", 106, 96.20, "1406-SIDOM", "Asia/Kolkata", greeting="there"),
        Customer("=PROPER(B2)", 113, 48.65, "1407-PROPE", "Europe/Zurich", greeting="there"),
    ),
    offers=(Offer(1, 11.0, 32), Offer(0, 0.0, 0), Offer(2, 41.0, 38), Offer(3, 44.0, 47)),
    greetings=(
        "Hi {name}",
        "Happy Saturday {name}",
        "Warm greetings {name}",
        "Happy weekend {name}",
        "Hey, hi {name}",
    ),
    offer_bodies=(
        "{hi}, {tenure} months with us calls for a thank-you: {pct}% off your monthly bill for {months} "
        "months. If you'd like it, reply YES; if not, carry on as you are.",
        "{hi}, here's how it looks. Now: ${bill} a month. With {pct}% off for {months} months: ${new_bill}. "
        "Afterwards: ${bill}, as today. Reply YES to take it.",
        "{hi}, here's {pct}% off for {months} months: ${saving} less on every bill, ${total} across the "
        "whole offer. Questions? Reply and a real person will answer.",
        "{hi}, as thanks for choosing us: {pct} percent off your plan for {months} months. We'll remind you "
        "before it ends; then it's ${bill} again. Reply YES to accept.",
        "{hi}, you've been with us {tenure} months, so here's {pct}% off for {months} months. Your plan, "
        "data and number stay the same. Reply YES, or ask us anything.",
        "{hi}, a loyalty offer: {pct}% off for {months} months takes ${bill} down to ${new_bill}. Want to "
        "talk first? Ring the number on your bill. Reply YES to accept.",
    ),
    plain_bodies=(
        "{hi}, it's {tenure} months since your number came across to us. Nothing to buy, nothing to do; "
        "we simply wanted to say thank you.",
        "{hi}, engineers upgrade the fibre cabinet on your street on Thursday, 1pm to 3pm. Your "
        "broadband may pause briefly, then reconnects by itself.",
        "{hi}, your latest bill of ${bill} is in the app, the same as last month. If anything looks "
        "unfamiliar, reply and we'll go through it with you.",
        "{hi}, you can now ask for a callback instead of holding: say 'call me back' when you ring us and "
        "pick a time that suits you.",
    ),
    opt_outs=(
        "Reply STOP to opt out; we'll note it on your account.",
        "Changed your mind about texts? Reply STOP.",
        "To hear less from us, text STOP.",
        "Send STOP any time to unsubscribe from offers.",
    ),
    wrong_durations=(
        "forty-four months",
        "three years and four months",
        "one hundred and twenty weeks",
        "seventeen bills",
        "thirteen hundred days",
        "52 months",
        "ten quarters",
        "3½ years",
    ),
    bad={
        "OFFER_INVENTED": (
            "You'll also get a subscription to a meditation app.",
            "A replacement battery for your current phone is included too.",
            "We're adding an e-scooter rental pass as a thank-you.",
            "A portable projector for movie nights is on its way.",
            "You'll get credit for charging your electric car at our partner's stations.",
            "We'll also send a smart lock for your front door.",
            "A digital newspaper subscription comes with it as well.",
            "We'll throw in a gaming controller for your console.",
            "A cookbook from our favourite local chef is heading your way.",
            "We'll cover a new phone case and screen protector too.",
            "A spa day for two is yours as a thank-you.",
            "Your broadband also gets a gaming fast lane on top.",
        ),
        "OFFER_PERCENT_MISMATCH": (
            "«Roughly one dollar in five» comes off your bill.",
            "You'll only pay «80% of your usual bill».",
            "«Three-eighths off» your monthly charge.",
            "«½ price» on your plan.",
            "Save «twenty-two per cent» every month.",
            "«A 3-in-10 discount» on your plan.",
        ),
        "TENURE_MISMATCH": (
            "«Thirteen and a half years» on our network - thank you!",
            "You joined us «barely six months ago».",
            "«One hundred and fifty-one months» as our customer, thank you.",
            "You've stayed with us «since 1979».",
            "«Almost two years» with us - thanks!",
            "Thanks for «your 3rd year» with us.",
            "«A decade and then some» with us - cheers!",
        ),
        "OTHER_PERSON": (
            "«Sheikh Al-Nuaimi» recommended this plan for you.",
            "«Reverend Tshabalala» from your church asked us to get in touch.",
            "«Your ex-husband Dariusz» still has a SIM on your account.",
            "«Order 88214-KX for your cousin Bheki» ships tomorrow.",
            "«Sergeant Pillai» from the station asked about your line.",
            "«Your godson Ezekiel» used up the shared data again.",
            "«Your daughter's teacher, Mr Abimbola,» recommended us.",
            "«Dame Evelyn from your choir» passed on your number.",
        ),
        "OFFER_DURATION_MISMATCH": (
            "«Thirty-six monthly instalments» at the lower rate.",
            "You'll pay less «until the autumn of 2029».",
            "It's «2 yrs 6 mos» of savings.",
            "«Forty-one billing months» at the reduced price.",
            "The saving lasts «a hundred and ninety weeks».",
            "«Fifty-five invoices» at the lower price.",
            "«Four and a quarter years» of smaller bills.",
            "The price holds «until the next general election».",
            "«A 34-month spell» at the lower price.",
            "The lower price applies «for six hundred days».",
        ),
        "INSULT": (
            "Come on, «you galah», it's one word.",
            "Honestly, «you doorknob».",
            "«What a dunderhead», ignoring us again.",
            "«You pea-brained oaf», read it properly.",
            "«You're a few bricks short of a load», aren't you?",
            "«Your lift doesn't go all the way to the top floor», does it?",
            "«A few kangaroos loose in the top paddock», eh?",
            "«Not the full shilling», are we?",
            "Stop being «such a lamebrain» and reply.",
            "«As bright as a black hole», you are.",
        ),
        "OFFER_AMOUNT_MISMATCH": (
            "«Half a grand» saved over the whole offer.",
            "«Sixty-seven ninety-nine» a month from now on.",
            "«$1.9k» knocked off across the offer.",
            "«Fifteen dollars flat» comes off each bill.",
            "That's «$17-ish» back every month.",
        ),
        "FALSE_PROMISE": (
            "«This price is as fixed as the North Star».",
            "«Your bill is immune to price rises now».",
            "«It's money in the bank, I promise you».",
            "«This rate sticks with you through thick and thin».",
            "«We checked: you will never see it cheaper».",
            "«Totally risk-free, cross my heart».",
            "«Your connection will never so much as flicker».",
            "«You'll get full speed every second of every day».",
            "«Our signal reaches every village and valley in the country, no exceptions».",
            "«Every text you send will land instantly, without fail».",
            "«Your phone will never be hacked on our network».",
            "«You'll never wait on hold with us again, promise».",
        ),
        "PRESSURE": (
            "«Look sharp» and reply!",
            "«Reply in a jiffy», please.",
            "«Shake a leg» and say YES!",
            "«Hop to it»!",
            "«No time like the present» - reply!",
            "«The pot for these discounts is almost empty».",
            "«This discount disappears once our systems refresh tonight».",
            "«Move it, move it»!",
            "«Time waits for no one» - reply.",
            "«DO IT TODAY - NO EXCUSES»!",
            "«Before you can say Jack Robinson», reply!",
            "«Make it snappy»!",
        ),
        "GUILT": (
            "«We hear from your direct debit more than we hear from you».",
            "«We moved heaven and earth to fix your line, remember»?",
            "«We held the door open for you; a thank-you wouldn't hurt».",
            "«We were rooting for you, and now you won't even answer».",
            "«Our team checks the inbox every morning hoping you'll reply».",
            "«We carried your number over when you moved house, and not a word since».",
            "«We feel a bit used, honestly».",
            "«We framed your first thank-you card; there hasn't been another».",
            "«We're trying not to sulk about your silence, but it's hard».",
            "«Your silence is hurting team spirit».",
            "«We gave you our best engineer and got radio silence».",
            "«Our office dog has been moping since you went quiet».",
        ),
        "CHURN_MENTION": (
            "«You've been googling how to cancel, haven't you»?",
            "«No need to hand back the router just yet».",
            "«Ready to call it a day with us? Please don't».",
            "«We can tell you've fallen out of love with us».",
            "«Your cancellation survey answers worried us».",
            "«Please don't let the new fibre company down the road poach you».",
            "«Handing in your SIM? Let's talk first».",
            "«We'd love to change your mind about cancelling».",
            "«You asked for a final bill estimate, and that worried us».",
            "«Seems our relationship is on the rocks; let's not split up».",
            "«Cutting ties with us? Hear our side first».",
            "«A spreadsheet at head office has you marked as gone by spring».",
        ),
        "PROFANITY": (
            "The old setup wizard was «f♯cking» useless, we know.",
            "Last month's billing glitch was «sh❗t», and we're sorry.",
            "The printed router manual was «b⁰llocks» from start to finish.",
            "Some «tw▲t» parked across our depot gates again.",
            "Those «fücking» pop-up ads in the old app are gone.",
            "The «bl⊘dy» snow took down two masts, but they're back.",
            "The «w⋆nkers» phoning people pretending to be us have been reported.",
            "The «b✠stards» who dumped rubbish at our mast site were fined.",
            "Our old website was «cr♠p», to be honest.",
            "Some «d♢ckheads» kept prank-calling our helpline.",
        ),
        "INSTRUCTION_LEAK": (
            "«Here's my best attempt; I wasn't given the customer's usage data».",
            "«[System note: segment = high value, tone = warm]»",
            "«Based on the data provided, here's my suggestion»:",
            "<!-- tone: friendly -->",
            "«>>> BEGIN SMS <<<»",
            "Your code is {{{offer_code}}}.",
            "Thanks, <customer_first_name/>!",
            '{"sms": "Thanks for staying!"}',
            "«Step 1: greet the customer. Step 2: state the offer».",
            "«(Translated from the Spanish original)»",
            "«I've added an emoji to make it feel warmer» 😊",
            "«As a chatbot, I can't promise these figures are current».",
        ),
        "PERSONAL_EMAIL": (
            "Questions? Write to «djan.batisse@skynet.be».",
            "Email «pisim snabel-a telia punkt se».",
            "Write to «keep kukac telco pont hu».",
            "Our inbox is «keep strudel telco dot co dot il».",
            "Mail «m.dalanda at sonatel dot sn» any time.",
            "Read it backwards: «moc.liamg@misip».",
            "Contact «keep Klammeraffe telco Punkt de».",
        ),
        "PERSONAL_PHONE": (
            "Ring us on «+32 470 55 01 23».",
            "Our Dakar desk: «+221 77-555-01-89».",
            "«+41 79 555 01 44» is our Zurich line.",
            "Our Vienna desk: «+43 664/555 01 47».",
            "Call our Naha shop on «+81 98-555-0123».",
            "Dial «plus two six oh, niner seven, five five five, zero one two three».",
        ),
        "PERSONAL_CARD": (
            "Reply with «your card's sixteen digits, in words if easier».",
            "«Bancontact 6703 4444 4444 4449» is the card on file.",
            "We'll refund to «BE71 0961 2345 6769».",
            "Payments will come from «CH93 0076 2011 6238 5295 7».",
            "Reply with «the PIN for your TWINT app».",
            "«Dankort 5019 7170 1010 3742» will be charged.",
            "«HU42 1177 3016 1111 1018 0000 0000» is the account we'll debit.",
            "We need «the card you pay with: number, expiry, code, the lot».",
        ),
        "PERSONAL_NATIONAL_ID": (
            "Please send «your Belgian national register number».",
            "«AHV number 756.3047.5009.62» is what we hold.",
            "We need «your My Number» to finish the check.",
            "Reply with «your personnummer» so we can verify you.",
            "«The NRC number from your Zambian green book», please.",
            "Please text «the CNI number on your Senegalese ID card».",
            "We need «the ZMR number from your Austrian registration slip».",
            "«Your Mozambican BI number» completes the check.",
        ),
        "LINK": (
            "Details at «telco.be/fidelite».",
            "Tap «is.gd/telcokeep».",
            "The form is at «keep-deal.telco.ch».",
            "Open «http://[2001:db8::7]/keep».",
            "Tap «telcoapp://offers/keep» to open the app.",
            "Visit «www.telco.sn».",
            "Everything is on «keep.telco.link».",
        ),
        "THREAT": (
            "«We'll report your silence to your employer».",
            "«Your internet could cut out during your next video call, who knows».",
            "«Your number gets parked until you answer us».",
            "«We'll publish a list of customers who ignore us».",
            "«Our recoveries desk is one email away».",
            "«A warning letter with your name on it is sitting in our outbox».",
            "«Nobody at our helpline will pick up for you any more».",
            "«We'll send someone to have a quiet word».",
            "«Your neighbours will hear about your unpaid bills».",
            "«We'll pull the plug on your line, simple as that».",
            "«Don't test our patience».",
            "«We have ways of making you reply».",
        ),
    },
    other_names=("Kaito", "Patron", "Petal", "Mirela", "Contract Holder", "Nkechi"),
    foreign=(
        "Һаумыһығыҙ, {name}! Беҙҙең менән булғанығыҙ өсөн рәхмәт. Һеҙгә {months} айға иҫәбегеҙгә {pct}% "
        "ташлама тәҡдим итәбеҙ. Ризаһығыҙ икән, ЭЙЕ тип яуап бирегеҙ. Reply STOP to opt out.",
        "Bondì {name}! Grasie de èsar co nialtri. Te ofrimo un sconto del {pct}% su ła to bołeta par "
        "{months} mesi. Rispondi SÌ par acetar. Reply STOP to opt out.",
        "Bonzour {name}! Mersi ki ou res avek nou. Nou pe ofer ou enn rediksion {pct}% lor ou faktir "
        "pandan {months} mwa. Reponn WI pou aksepte. Reply STOP to opt out.",
        "Grüezi {name}! Merci vilmal, dass Sie bi üs sind. Mir gänd Ihne {pct}% Rabatt uf Ihri Rächnig "
        "für {months} Mönet. Schriibed Sie JA, wänn Sie das wänd. Reply STOP to opt out.",
        "प्रणाम {name} जी! हमनी के साथे रहे खातिर बहुत धन्यवाद। रउआ बिल पर {months} महीना खातिर {pct}% छूट "
        "मिली। लेवे खातिर हाँ लिख के भेजीं। Reply STOP to opt out.",
        "Shalom {name}! Grasias por estar kon mozotros. Vos ofresemos un deskuento de {pct}% en la fatura "
        "por {months} mezes. Respondesh SI para aksetarlo. Reply STOP to opt out.",
    ),
    foreign_mixed=(
        "Lang may yer lum reek!",
        "Quyana tailuci!",
        "Yakoke, chi pisa la chike!",
        "Аттьӧ, аддзысьлытӧдз!",
        "Тау, адӟиськытозь!",
        "Четтирдим, байырлыг!",
        "谢谢侬，再会！",
        "བཀའ་དྲིན་ཆེ་ལགས།",
        "𞤢 𞤶𞤢𞤪𞤢𞥄𞤥𞤢!",
        "Yin ca leec!",
        "Tanggio tumas!",
        "Mersi bokou, nou a war ou byento!",
        "Nifee deebiru, mata yaa!",
        "Grazzi assai e a prossima!",
        "Kinanâskomitin for reading our texts!",
        "Philámayaye for keeping your line with us!",
    ),
    filler=(
        "One last thing, if you've a moment: our shops now take back old chargers and cables for "
        "recycling, the app can show your data use hour by hour if you like that much detail, and from "
        "the settings page you can set a monthly cap on extras, give each line on the account its own "
        "nickname or change the name that is printed on your bills."
    ),
    short=(
        "Warmly, {name}. Text STOP to opt out.",
        "Nice one, {name}! Reply STOP to opt out.",
        "Speak soon, {name}. Send STOP to opt out.",
    ),
    tricks=(
        "mixed",
        "upper_spaced",
        "leet",
        "strike",
        "homoglyph",
        "spaced",
        "fullwidth",
        "dotted",
        "zero_width",
    ),
    zero_width="\u202e",  # RIGHT-TO-LEFT OVERRIDE (a bidi override, the "Trojan Source" character)
    homoglyphs={
        "a": "ⲁ",  # Coptic small letter alfa
        "b": "ꮟ",  # Cherokee small letter si
        "c": "𝙘",  # mathematical sans-serif bold italic small c
        "d": "𝒹",  # mathematical script small d
        "e": "ⲉ",  # Coptic small letter eie
        "f": "𝚏",  # mathematical monospace small f
        "g": "ԍ",  # Cyrillic small letter komi sje
        "h": "ꮒ",  # Cherokee small letter ni
        "i": "ⅈ",  # double-struck italic small i
        "j": "յ",  # Armenian small letter yi
        "k": "𝓀",  # mathematical script small k
        "l": "լ",  # Armenian small letter liwn
        "m": "м",  # Cyrillic small letter em
        "n": "п",  # Cyrillic small letter pe
        "o": "𝗈",  # mathematical sans-serif small o
        "p": "ᴩ",  # Greek letter small capital rho
        "q": "գ",  # Armenian small letter gim
        "r": "𝓇",  # mathematical script small r
        "s": "ꮥ",  # Cherokee small letter de
        "t": "т",  # Cyrillic small letter te
        "u": "𝘂",  # mathematical sans-serif bold small u
        "v": "𝐯",  # mathematical bold small v
        "w": "ա",  # Armenian small letter ayb
        "x": "ӽ",  # Cyrillic small letter ha with hook
        "y": "ⲩ",  # Coptic small letter ua
        "z": "𝚣",  # mathematical monospace small z
        "A": "ᗩ",  # Canadian syllabics carrier po
        "B": "ᛒ",  # Runic letter berkanan
        "C": "ᑕ",  # Canadian syllabics ta
        "D": "ᗞ",  # Canadian syllabics carrier the
        "E": "Е",  # Cyrillic capital letter ie
        "F": "𝔽",  # mathematical double-struck capital f
        "G": "𝔾",  # mathematical double-struck capital g
        "H": "ᕼ",  # Canadian syllabics nunavut h
        "I": "ᛁ",  # Runic letter isaz
        "J": "ᒍ",  # Canadian syllabics co
        "K": "𝕂",  # mathematical double-struck capital k
        "L": "Լ",  # Armenian capital letter liwn
        "M": "ᛖ",  # Runic letter ehwaz
        "N": "𝐍",  # mathematical bold capital n
        "O": "ⵔ",  # Tifinagh letter yar
        "P": "ᑭ",  # Canadian syllabics ki
        "Q": "Ԛ",  # Cyrillic capital letter qa
        "R": "ᚱ",  # Runic letter raido
        "S": "Տ",  # Armenian capital letter tiwn
        "T": "𝐓",  # mathematical bold capital t
        "U": "𝕌",  # mathematical double-struck capital u
        "V": "Ѵ",  # Cyrillic capital letter izhitsa
        "W": "Ꮤ",  # Cherokee letter ta
        "X": "ᚷ",  # Runic letter gebo
        "Y": "ϒ",  # Greek upsilon with hook symbol
        "Z": "𝐙",  # mathematical bold capital z
    },
    leet={
        "a": "₄",
        "b": "₈",
        "c": "₵",
        "d": "])",
        "e": "₃",
        "f": "/=",
        "g": "₉",
        "h": "⊢⊣",
        "i": "₁",
        "j": "⌡",
        "k": "|≺",
        "l": "1_",
        "m": "/V\\",
        "n": "/|/",
        "o": "₀",
        "p": "℗",
        "q": "()_",
        "r": "|?",
        "s": "₅",
        "t": "₇",
        "u": "⊍",
        "v": "✔",
        "w": "|/\\|",
        "x": ")(",
        "y": "⑂",
        "z": "₂",
    },
)
