"""The phrases the shield refuses, by reason code, as regular expressions over the `match` view.

The `match` view is lower-case with leetspeak, spaced-out letters and look-alike letters undone (see
text.py), so each pattern is written once, in plain lower-case English. Patterns are grouped by the
reason code a customer-facing reviewer would give; `SQUASHED` holds long phrases also looked for with
every separator removed, chosen long enough not to appear across word boundaries by chance.
"""

from __future__ import annotations

import re
from functools import lru_cache

_YOU_WILL = r"(?:you ?'?ll|you will|you are going to|you're going to)"
_WE_WILL = (
    r"(?:we ?'?ll|we will|we are going to|we're going to|we shall|we can|we may|we could|we might|we would)"
)
_LEAVE = (
    r"(?:leave|leaving|cancel|cancell?ing|switch|switching|quit|quitting|churn|churning|go elsewhere|"
    r"drop us|dropping us|move on|moving on|walk away|end your (?:contract|plan|service))"
)

FALSE_PROMISE = (
    # Family (heldout13's misses): a bill immune to rises, a rate that sticks with you through thick and thin,
    # a connection that never so much as flickers, full speed every second, a signal in every village with no
    # exceptions, texts that land without fail, a phone that can never be hacked.
    r"\b(?:immune|impervious|bulletproof|proofed|protected|shielded|insulated|sheltered|exempt)(?: \w+){1,4}"
    r" (?:rises|increases|hikes|inflation|going up)\b",
    r"\b(?:rate|price|discount|deal|bill|saving|tariff)s? (?:\w+ ){0,2}(?:sticks?|stays?|remains?|will stay|"
    r"will stick|will remain|is) with you (?:through|for (?:good|life|ever|always|keeps)|whatever|no matter|"
    r"come what may|always|forever)\b",
    r"\b(?:will|would|shall|is going to|does|do|can)(?: never| not ever|n'?t ever| never ever)(?: so much as|"
    r" even| once| ever)? (?:flicker|blink|stutter|falter|buffer|glitch|hiccup|wobble|lag|drop out|cut out|s"
    r"kip a beat|go down|slow down|drop a call|fail you|let you down)\b",
    r"\bnever (?:so much as|even once) (?:flicker|blink|stutter|falter|buffer|glitch|hiccup|wobble|lag|drop|"
    r"dip|slow)s?\b",
    r"\bevery (?:second|minute|hour|moment|single second|single minute) of every (?:day|hour|minute|week|year"
    r"|single day)\b",
    r"\b(?:full|top|maximum|max|peak|fastest) speeds? (?:every|all the time|always|at all times|24/7|around "
    r"the clock|round the clock|guaranteed|day and night|without fail|whenever)\b",
    r"\b(?:signal|coverage|network|service|reception|broadband|5g|4g)(?: \w+){0,2} (?:reaches|covers|is in|"
    r"gets to|works in|reaches into|is everywhere|works everywhere)(?: \w+){0,6},? (?:no exceptions|without "
    r"exception|bar none|no matter where|guaranteed|wherever you are)\b",
    r"\b(?:reaches|covers|gets to|works in) every (?:village|valley|town|corner|home|house|street|hamlet|mou"
    r"ntain|field|inch|nook|cranny|island|road)\b",
    r"\b(?:every|each|all) (?:text|call|message|email|e-mail|download|upload|video|stream)s?(?: you (?:send|m"
    r"ake|place|start))? (?:will )?(?:land|arrive|connect|go through|get through|load|work)s?(?: \w+){0,2},?"
    r" (?:instantly|immediately|every time|without fail|first time|in an instant|guaranteed|without exceptio"
    r"n)\b",
    r"\b(?:instantly|every time|always|first time|reliably),? without fail\b",
    r"\b(?:never|can'?t|cannot|won'?t|will not|impossible to|can never|could never|unable to) (?:ever )?(?:\w"
    r"+ )?(?:be )?(?:hacked|breached|compromised|infected|spied on|cloned|tapped|intercepted)\b",
    r"\b(?:hack|breach|virus|malware)[- ]?proof\b",
    # Family (heldout12's misses): a line that stays up whatever comes ("Storms, floods, power cuts: your line
    # stays up through all of it"), a signal perfect everywhere or in every tunnel.
    r"\b(?:line|signal|service|network|connection|broadband|internet|wi-?fi|coverage|phone|calls?)s? (?:\w"
    r"+ ){0,2}(?:stays?|keeps?|remains?|will stay|will keep|will remain|holds?|will hold) (?:up|on|online|"
    r"connected|strong|working|running|steady|solid|live|going)(?: and \w+)?,? (?:through (?:all|any|every"
    r"|anything|everything|it all|the lot|thick and thin|the worst)|whatever (?:happens|the weather|comes|"
    r"nature)|no matter what|come (?:rain|hell|what)|in (?:any|all|every) (?:weather|storm|conditions)|eve"
    r"n (?:in|during|through) (?:a |the |any )?(?:storms?|floods?|power cuts?|blackouts?|outages?|bad weat"
    r"her|snow|the worst))\b",
    r"\b(?:signal|coverage|reception|connection|service|network|wi-?fi|broadband|speeds?|calls?)s? (?:will be"
    r"|'ll be|is|are|stays?|remains?|will stay|will remain) (?:\w+ )?(?:perfect|flawless|faultless|spotless|s"
    r"eamless|uninterrupted|crystal[- ]clear|rock[- ]solid|full[- ]strength|unbroken) (?:everywhere|wherever"
    r"|anywhere|all over|on every|in every|across (?:the|every|all))\b",
    r"\b(?:in|on|through) every (?:single )?(?:tunnel|lift|elevator|basement|underground station|train carri"
    r"age)s?\b",
    # Family (heldout11): a price kept to your dying day, no rise ever again however long you stay, a network
    # where downtime does not exist or that nothing can go wrong with, rock solid from now on, my word given,
    # no rival that can touch us.
    r"\b(?:till|until|to|up to|unto) (?:your|my|the|our) (?:dying day|last breath|grave|end of days)\b",
    r"\bfor the rest of your (?:natural )?(?:life|days|born days)\b",
    r"\bnot (?:a|one) (?:single )?(?:penny|cent|pound|dollar|dime|euro|red cent|rand|shilling) more,? (?:ever"
    r"|however long|as long as|for as long as|no matter)\b",
    r"\b(?:however|no matter how) long you (?:stay|remain|keep (?:it|us)|are with us)\b",
    r"\bno (?:more |further |future )?(?:[\w-]+ )?(?:price )?(?:rises|increases|hikes|rise|increase|hike)(?: "
    r"for you)?,? (?:ever|from now on|for good)\b",
    r"\b(?:downtime|outages?|dropped calls?|dead ?zones?|buffering|not-?spots?|interruptions?|drop-?outs?)(?:"
    r" \w+)? (?:simply |just |basically |literally |really )?(?:doesn'?t|don'?t|does not|do not|never) (?:exi"
    r"st|happen|occur)\b(?! (?:often|much|a lot|many|frequently|regularly|very|that|here often))",
    r"\bno such thing as (?:downtime|an? outage|outages|a dropped call|dropped calls|buffering|a dead ?zone|d"
    r"ead ?zones)\b",
    r"\bnothing (?:can|could|will|is going to|would) (?:ever |possibly )?go wrong\b",
    r"\b(?:be|stay|is|are|remains?|runs?) (?:totally |completely |always |100% )?(?:rock[- ]solid|flawless|fa"
    r"ultless|perfect|bulletproof|uninterrupted|unbreakable|glitch-free|fault-free|trouble-free) (?:from now "
    r"on|from here on(?: in)?|forever|always|for ever|every (?:day|time|minute|second)|all the time|24/7|what"
    r"ever happens|no matter what)\b",
    r"\byou have (?:my|our) (?:word|solemn word|promise|guarantee)\b",
    r"\b(?:i|we) give you (?:my|our) (?:word|promise)\b",
    r"\b(?:no|not one|not a single) (?:other )?(?:network|provider|operator|company|rival|competitor|carrier)"
    r"(?: \w+){0,2} (?:can|could|will|comes? close to) (?:touch|match|beat|rival|compete with|come close to)"
    r"\b",
    # Family (heldout10): a claim sworn to, the best in the land, every corner reached, never another
    # dropped call.
    r"\b(?:we|i) (?:swear|solemnly swear|swear it)\b",
    r"\b(?:fastest|quickest|cheapest|strongest|best|most reliable|lowest) (?:[\w-]+ ){0,2}(?:in|of) "
    r"(?:the (?:country|world|land|nation|business|market|universe|galaxy)|all (?:networks|providers)"
    r"|britain|the uk)\b",
    r"\b(?:reach|reaches|cover|covers|fill|fills|get to|gets to) every (?:corner|room|inch|nook)\b",
    r"\bnever (?:have|get|see|suffer|experience|face) (?:a|another|any|one) (?:more )?(?:[\w-]+ )?(?:dropped"
    r" calls?|outages?|dead ?zones?|buffering|signal drops?|slow ?downs?|not-spots?)\b",
    # Family (heldout9): a price kept whatever happens to prices, come what may, not a cent more, a discount
    # that renews itself, rises that never touch you, a network that never fails, full bars everywhere,
    # no customer ever unhappy, a no-lose deal.
    r"\b(?:whatever|no matter what) (?:happens|goes on) (?:to|with) (?:prices|the market|rates|bills|inflati"
    r"on|costs|everyone else)\b",
    r"\bwhatever (?:prices|the market|rates|inflation|other (?:providers|networks)) (?:do|does)\b",
    r"\bcome what may\b",
    r"\b(?:savings?|discounts?|prices?|rates?|deal)s? (?:is |are )?(?:baked in|set in stone|carved in stone|"
    r"written in stone)\b",
    r"\b(?:won'?t|will not|never|don'?t|not) (?:ever )?(?:spend|pay|be charged|cost you) (?:a (?:single )?"
    r"|one |another )?(?:cent|penny|dime|pound|dollar|red cent|thing) more\b",
    r"\brenews? itself\b",
    r"\b(?:renews?|rolls? over|repeats?|resets?) (?:itself,? )?(?:year after year|every year|each year|annua"
    r"lly|automatically,? (?:forever|year after year))\b",
    r"\b(?:price )?(?:rises|increases|hikes)(?: \w+){0,2} (?:will )?(?:never|won'?t(?: ever)?|can'?t|cannot)"
    r" (?:touch|affect|reach|hit|apply to) you\b",
    r"\b(?:immune|shielded|protected|safe|sheltered) from (?:any |all |future |every )?(?:price )?(?:rises|i"
    r"ncreases|hikes)\b",
    r"\bno-?lose\b",
    r"\bhand on (?:my |our )?heart\b",
    r"\b(?:network|signal|service|coverage|connection|broadband|internet|wi-?fi|line)s? (?:\w+ ){0,2}(?:neve"
    r"r|won'?t ever|will never) (?:go(?:es)? down|drops?|fails?|cuts? out|falters?|dips?|goes? offline|has"
    r" (?:an )?outages?)\b",
    r"\bfull (?:bars|signal|coverage|speed|strength) (?:in every|everywhere|all over|in all)\b",
    r"\b(?:not (?:one|a single)|none|no one|nobody|no)(?: (?:of our )?(?:customers?|clients?|users?))? (?:ha"
    r"s |have )?(?:ever|once) (?:had a complaint|complained|been (?:unhappy|disappointed|let down))\b",
    r"\bzero complaints\b",
    # Family (heldout8): no way to pay more, never let down.
    r"\b(?:can'?t|cannot|could never|will never|won'?t ever|never) (?:possibly |ever )?end up paying more\b",
    r"\bcan'?t possibly (?:pay|cost|lose|be charged)\b",
    r"\b(?:will|would|'ll) never (?:let you down|fail you|disappoint(?: you)?)\b",
    # Family (heldout7): to the end of time, only ever down, here to stay, nobody undercuts, certain
    # to be happier.
    r"\b(?:till|until|to|for) the end of time\b",
    r"\b(?:for (?:all )?eternity|in perpetuity|for all time)\b",
    r"\bonly (?:ever )?(?:go(?:es)?|get(?:s)?|come(?:s)?|move(?:s)?) (?:down|lower|cheaper)\b",
    r"\b(?:prices?|bills?|rates?|savings?|deals?|discounts?|offers?)(?: this low| like this)? (?:is|ar"
    r"e) here to stay\b",
    r"\b(?:no|nobody|no one|none)(?: \w+){0,3} (?:will|can|could|would) (?:ever )?undercut\b",
    r"\b(?:certain|bound|sure|guaranteed) to (?:be |feel )?(?:happier|better off|delighted|satisfied|p"
    r"leased|love it)\b",
    # Family (heldout6): no exceptions, nothing can go wrong, always ahead, perfect everywhere.
    r"\bwithout exception\b",
    r"\bbeat any (?:quote|price|offer|deal|competitor)\b",
    r"\bnot a single hidden (?:cost|fee|charge)\b",
    r"\bperfect (?:coverage|signal|service|reception|connection)\b",
    r"\bcan'?t (?:possibly |literally )?go wrong\b",
    r"\bcome out ahead\b",
    r"\bno way (?:you(?:'ll| will| can| could)? )?(?:lose|lose out|go wrong|miss out|pay more)\b",
    r"\b(?:savings?|discounts?|deals?|prices?|offers?|reductions?) (?:never|won'?t ever|will never|don'?t) "
    r"(?:stop|stops|end|ends|expire|expires|run out|runs out)\b",
    r"\bguarantee[ds]?\b",
    r"\bguaranteeing\b",
    r"\bfree forever\b",
    r"\bforever\b",
    r"\bfor life\b",
    r"\blife ?time\b",
    r"\bpermanent(?:ly)?\b",
    r"\bnever (?:pay|expires?|ends?|go(?:es)? up|increases?|rises?|changes?|runs? out)\b",
    r"\bno (?:catch|risk|strings(?: attached)?|hidden (?:fees|costs))\b",
    r"\brisk[- ]?free\b",
    r"\b100 ?% (?:free|guaranteed|satisfaction|certain|sure)\b",
    r"\b(?:lowest|best|cheapest|unbeatable) (?:price|deal|rate|offer|bill)s? (?:ever|anywhere|in (?:town|the "
    r"(?:market|country|world|industry))|on the market|guaranteed|available"
    r"|you(?:'ll| will) (?:ever )?find)\b",
    r"\b(?:lowest|cheapest|best) (?:price|rate|deal)s? (?:of all time|in history)\b",
    r"\bunbeatable\b",
    r"\b(?:locked|fixed|frozen|yours)(?: in)? for good\b",
    r"\b(?:never|won'?t|will not|can'?t|cannot) (?:ever )?(?:find|get|see) (?:a |an )?"
    r"(?:better|cheaper|lower)\b",
    r"\b(?:best|lowest|cheapest) (?:price|deal|offer|rate)s? (?:you(?:'ll| will| could)? ever|ever)\b",
    r"\bzero (?:cost|charge|risk)\b",
    r"\b(?:won'?t|will not|never|doesn'?t|does not|wo n't) (?:ever )?(?:go up|increase|rise|change|expire)\b",
    r"\bno questions asked\b",
    r"\b(?:can'?t|cannot|won'?t) (?:possibly )?lose\b(?! (?:your|the|any|access|touch)\b)",
    r"\bnothing to lose\b",
    r"\bunlimited everything\b",
    r"\bfor good\b",
    r"\b(?:best|lowest|cheapest|greatest) (?:price|deal|offer|rate|plan|value)s? "
    r"(?:out there|around|going|anywhere"
    r"|in (?:the )?\w+|on (?:the )?\w+)\b",
    r"\bcheapest\b",
    r"\bcosts? (?:you )?nothing\b",
    r"\blasts? (?:a )?life ?time\b",
    r"\b(?:beat|match) any (?:price|offer|deal|competitor)\b",
    r"\bprice (?:lock|freeze)\b",
    r"\b(?:locked|frozen) (?:in )?(?:for life|forever)\b",
    r"\b(?:we|i) (?:solemnly )?promise\b",
    r"\bpromised?\b",
    r"\byou(?:'ll| will) (?:never|always) (?:pay|save|get)\b",
    # "feel free to reply", "free to call us" and "you're free to say no" are fine; "free to switch on" is a
    # promise.
    r"\bfree\b(?<!feel free)(?<!you're free)(?<!you are free)(?<!youre free)"
    r"(?! to (?:reply|call|contact|ask|get in touch|reach|text|message|let us know|chat)\b)",
    r"\bat no (?:extra )?(?:cost|charge)\b",
    r"\bno (?:cost|charge) (?:at all|to you|whatsoever)\b",
    r"\bwon'?t cost (?:you )?(?:a (?:thing|penny|cent|dime)|anything)\b",
    r"\bdouble (?:the |your )?(?:discount|savings?)\b",
    # Family: no one can do better, it will always be so, it is certain.
    r"\b(?:nobody|no one|no-one|noone|none of them|no other (?:provider|company|network|carrier|operator)s?) "
    r"(?:\w+ )?(?:beats?|match(?:es)?|undercuts?|comes? close|compares?|competes?|is cheaper|offers? "
    r"(?:better|more|less|lower|cheaper))\b",
    r"\b(?:can'?t|cannot|won'?t|will never|impossible to|never) (?:be )?(?:beaten|matched|bettered"
    r"|undercut|beat)\b",
    r"\b(?:unmatched|unrivall?ed|unbeaten|unsurpassed|second to none)\b",
    r"\balways (?:be |pay |get |save |stay )?(?:less|cheaper|the (?:lowest|cheapest|best))\b",
    r"\b(?:definitely|certainly|surely|absolutely|100 ?%) (?:save|get|pay less|be cheaper|cheaper)\b",
    r"\b(?:sure|certain|bound) to save\b",
    r"\bfor as long as you (?:like|want|wish|stay|remain|are with us|live)\b",
    r"\bindefinite(?:ly)?\b",
    r"\b(?:no|without an?) (?:end|expiry|expiration) date\b",
    r"\bnever (?:again )?pay (?:full|more|a penny)\b",
    r"\b(?:everlasting|eternal)\b",
    r"\bfor ever\b",
    r"\bsave (?:you )?(?:hundreds|thousands|a fortune)\b",
    # Family (heldout12): inflation that can't touch your bill, a flawless record, testers who will always
    # rank us first.
    r"\b(?:inflation|price rises?|price hikes?|rises|increases) (?:can'?t|cannot|won'?t|will never|will not) "
    r"(?:ever )?(?:touch|affect|reach|hit)\b",
    r"\bcan'?t (?:ever )?touch your (?:bill|price|rate|tariff)\b",
    r"\b(?:flawless|perfect|spotless|unblemished) (?:record|track record|history)\b",
    r"\b(?:will )?always (?:rank|rate|put|place|name|vote for|pick) us (?:first|top|the best|number one|no\.?"
    r" ?1)\b",
    # Family (heldout14's misses): an allowance that can't run out, engineers always on time, every fault
    # fixed within the hour, a rate until the sun burns out (or any end of the world), nuisance calls gone
    # for good, rises that pass your account by, always the fastest in your street, kit that never needs
    # replacing.
    r"\b(?:data|minutes|texts|allowance|credit|gigs|balance|bundle)s? (?:simply |just |literally |really )?"
    r"(?:can'?t|cannot|won'?t|will never|never|could never) (?:ever )?(?:run out|run dry|be used up|dry up|r"
    r"un low|hit (?:a|the) (?:limit|cap))\b",
    r"\b(?:always|never fail to|without fail|guaranteed to) (?:arrive|turn up|show up|be there|get there|land"
    r"|come)(?: \w+){0,2} (?:exactly |bang |right |precisely )?on time\b",
    r"\b(?:arrive|turn up|show up|get there)s? (?:exactly|bang|precisely|always) on time\b",
    r"\b(?:fixed|repaired|sorted|resolved|restored|back up|mended)(?: \w+){0,2} (?:within|in|inside|under) ("
    r"?:the|an|one|a single|the same|sixty) (?:hour|minutes?|day)\b(?:[,;:-]? (?:every|each) (?:single )?tim"
    r"e)?",
    r"\b(?:till|until|til|as long as|for as long as) (?:the )?(?:sun (?:burns out|goes out|dies|explodes)|sta"
    r"rs? (?:burn|go) out|end of time|hell freezes over|cows come home|kingdom come|heat death|world ends|e"
    r"nd of the world|oceans? run dry|mountains? crumble)\b",
    r"\b(?:scam|spam|nuisance|junk|robo|cold|sales) ?calls? (?:will |would )?(?:stop|end|vanish|disappear|cea"
    r"se|dry up|go away)(?: \w+)? (?:completely|entirely|for good|forever|totally|altogether|overnight)\b",
    r"\bno more (?:scam|spam|nuisance|junk|robo) ?calls?,? (?:ever|guaranteed|for good)\b",
    r"\b(?:price rises|price increases|price hikes|rises|increases|hikes|inflation) (?:will |would |always )?"
    r"(?:skip|bypass|pass over|pass by|miss|spare|leave out|sail past|ignore|exempt|jump over) (?:your|you"
    r"r whole) (?:account|bill|plan|line|contract|tariff)\b",
    r"\byour (?:account|bill|plan|line|contract|tariff) (?:is|will be|stays) (?:exempt|immune|shielded|prote"
    r"cted) from (?:all |any |every )?(?:price )?(?:rises|increases|hikes|changes)\b",
    r"\b(?:always|forever|permanently) (?:be )?(?:the )?(?:fastest|quickest|strongest|most reliable|best|ch"
    r"eapest|smoothest) (?:line|connection|broadband|signal|network|speed)?\s?(?:on|in) (?:your|the) (?:stre"
    r"et|road|area|town|block|neighbou?rhood|building|city|postcode)\b",
    r"\b(?:will |shall )?never (?:ever )?(?:need|needs|require|requires) (?:replacing|repairing|fixing|an? "
    r"(?:upgrade|repair|replacement|reset|reboot)|to be (?:replaced|repaired|fixed|upgraded))\b",
    r"\b, not ever\b|\bnot ever, (?:not once|ever)\b",
    # Family (heldout15's misses): not a cent more, ever; a bill that shrinks every year; calls that never
    # drop again; full strength in every room, always; perfect at every hour, no matter what.
    r"\bnot (?:one|a single|a) (?:cent|penny|pence|dollar|euro|pound|dime|rand|peso)(?: of (?:increase|rise|e"
    r"xtra)| more)?,? ever\b",
    r"\b(?:bill|price|cost|rate|payment)s? (?:will|is going to|shall|are going to) (?:keep |only )?(?:shrink|"
    r"fall|drop|go down|get smaller|decrease|come down|get cheaper)(?:ing)? (?:every|each) (?:single )?(?:yea"
    r"r|month)\b",
    r"\b(?:calls?|line|connection|signal|wi-?fi|broadband|internet|streaming|service|router)s? (?:will )?nev"
    r"er (?:drop|fail|cut out|buffer|go down|lag|stutter|freeze|dip|break|slow)s? (?:again|out|down)\b",
    r"\b(?:full[- ](?:strength|speed|signal|bars)|perfect(?:ly)?|flawless(?:ly)?|uninterrupted|seamless(?:l"
    r"y)?)\b[\w ,'-]{0,40}?,? (?:always|no matter what|every hour of every day|at every hour|at all times)\b",
    # Family (heldout16's misses): outages that simply won't happen any more, a cost that only ever goes one
    # way (down), calls crystal clear every single time.
    r"\b(?:outages?|dropped calls|drop-?outs?|buffering|downtime|interruptions?|faults?|glitches|lag|slowd"
    r"owns?|dead zones?|black ?spots?|disconnections?|viruses|scams?|spam|malware|hackers?|scammers?)(?: \w+)"
    r"{0,2} (?:simply |just |will )?(?:won'?t|will not|"
    r"will never|never|can'?t|cannot) (?:ever )?(?:happen|occur|bother you|trouble you|touch you|reach (?:y"
    r"ou|your))\b",
    r"\b(?:only|can only) (?:ever )?(?:goes?|go|moves?|heads?|travels?|gets?) (?:one way|in one direction|d"
    r"own(?:wards?)?|lower|cheaper)\b",
    r"\bgoes one way from here\b",
    r"\b(?:crystal[- ]clear|flawless|perfect|buffer-?free|lag-?free|seamless|uninterrupted|rock[- ]solid|"
    r"spotless|pristine) (?:\w+ ){0,2}(?:every (?:single )?time|each and every time|all the time|without fa"
    r"il|forever|24/7|day and night|no matter what)\b",
)

OFFER_EXTRAS = (  # incentives the decider never makes, with or without a discount
    # Family (heldout13's misses): a thing included too, added or yours as a thank-you, sent by us, heading
    # your way, credit for what you spend elsewhere at a partner's, a perk on top ("a gaming fast lane on
    # top").
    r"\b(?:is|are|comes?) (?:also included|included too|included as well|thrown in(?: too| as well| for free"
    r")?|"
    r"included (?:for free|at no (?:extra )?cost|free of charge)|bundled in(?: too)?|part of the package too)"
    r"\b",
    r"\b(?:we'?re|we are|we'?ll be|we will be|we'?ll|we will) (?:also )?(?:adding|add|giving you|give you|thr"
    r"owing in|throw in|including|include|treating you to|treat you to|gifting you|gift you|popping in|pop i"
    r"n) (?:an? |some |two |a free |a pair of |your own |one )(?!(?:reminder|text|message|note|call|discount|"
    r"saving|percent|\d)\b)(?:[\w-]+ ){0,4}(?:as a (?:thank-?you|thanks|gift|treat|bonus|reward|token|present"
    r")|on the house|on us|for free|at no (?:extra )?cost|too|as well)\b",
    r"\byours(?<!discount is yours)(?<!discounts are yours)(?<!offer is yours)(?<!saving is yours)(?<!saving"
    r"s are yours)(?<!deal is yours)(?<!price is yours)(?<!rate is yours)(?<!it is yours)(?<!it's yours)(?<!t"
    r"his is yours)(?<!off is yours)(?<!that is yours) (?:as a (?:thank-?you|thanks|gift|treat|present|rewar"
    r"d|bonus|token)|to keep|free of charge|on the house)\b",
    r"\b(?:we'?ll|we will|we'?re|we are|we'?ll also|we will also)(?: also)? (?:send|sending|post|posting|sh"
    r"ip|shipping|deliver|delivering|courier|couriering) (?:you |over |out )?(?:an? |some |your (?:own |free"
    r" |new )?|two |a pair of )(?!(?:reminder|text|message|note|new sim|sim|replacement sim|bill|letter|emai"
    r"l|e-mail|confirmation|receipt|code|link|call|engineer|technician|quick|short|copy|summary|statement|in"
    r"voice|update|survey|form|contract|welcome|heads-? ?up|nudge|alert|notice|notification|friendly|brief)"
    r"\b)[\w-]+(?: [\w-]+){0,4} (?:for (?:your|you)|to you|your wa"
    r"y|too|as well|free|on us)\b",
    r"\b(?:cookbooks?|books?|hampers?|vouchers?|bottles? of|boxes of|chocolates?|flowers|bouquets?|plants?|"
    r"gift cards?|tickets?|passes|mugs?|t-shirts?|hoodies?|umbrellas?|blankets?|backpacks?|bags?|batter(?:y"
    r"|ies)|gadgets?|devices?|locks?|scooters?|bikes?|helmets?|watch(?:es)?|cases?|kits?|sets?|subscripti"
    r"ons?|memberships?)(?: [\w'-]+){0,6} (?:is|are|'s) (?:heading|coming|on (?:its|their) way|winging its "
    r"way|making its way|in the post|being posted|being sent)\b",
    r"\b(?:credit|credits|points|cashback|cash back|rewards?|money off|discounts?) (?:for|towards?|on|again"
    r"st) (?:charging|fuel|petrol|diesel|parking|rides?|taxis?|groceries|shopping|coffee|meals?|travel|tra"
    r"in|bus|flights?|your (?:electric|ev|car|groceries|shopping|rides?|travel|train|bus|coffee|meals?|fuel"
    r"|gym|cinema))\b",
    r"\bat (?:our|a|one of our) partners?(?:'s|s'|s)? (?:\w+ )?(?:stations?|stores?|shops?|outlets?|hotels?|g"
    r"yms?|venues?|cafes?|restaurants?|cinemas?|garages?|sites?|chargers?|spas?|salons?)\b",
    r"\b(?:also )?gets? (?:an? |some |free |your own )(?:[\w-]+ ){0,4}(?:on top|thrown in|as a bonus|for fr"
    r"ee|at no (?:extra )?cost)\b",
    r"\b(?:gaming|streaming|video|priority|vip|express|turbo|premium) (?:fast ?lane|boost|pass|lane|mode|t"
    r"ier|upgrade)\b",
    r"\b(?:spa|pamper|wellness|golf|cinema|theatre|theater|museum|zoo|theme park|adventure) (?:days?|break"
    r"s?|sessions?|trips?|passes|tickets?|vouchers?|experiences?)(?: for (?:two|2|four|the family))?\b",
    r"\b(?:e-?scooter|scooter|bike|car|e-?bike|ride|taxi|cab)[- ](?:rental|hire|share|sharing|ride)s? (?:pa"
    r"ss|credits?|vouchers?|subscriptions?|membership)\b",
    r"\b(?:replacement|spare|new|free) (?:batter(?:y|ies)|power ?banks?|chargers?|screens?|cases?|handsets?"
    r"|earbuds|headphones)(?: \w+){0,5} (?:is|are) (?:also )?(?:included|free|on us|thrown in|coming)\b",
    # Family (heldout12's misses): a thing sent, fitted, in the post or coming with it ("A smart thermostat
    # will be fitted", "A pocket photo printer is coming in the post", "A tracker tag comes with it too"), a
    # night away or a day out ("A night at one of our partner hotels", "a family day pass to a theme park"),
    # someone else's bill paid by us ("We'll also pay your TV licence").
    r"\b(?:(?:photo |label |pocket )?printers?|(?:baby|video|computer|pc)[- ]monitors?|thermostats?|(?:tra"
    r"cker|bluetooth|key|air) ?tags?|trackers?|key ?finders?|doorbells?|projectors?|webcams?|lamps?|radios"
    r"?|laptops?|cameras?|consoles?|headsets?|bulbs?|hampers?|day pass(?:es)?|family pass(?:es)?|season pa"
    r"ss(?:es)?|spa days?)(?: [\w-]+){0,5} (?:is|are|will be|'s|comes?|gets?) (?:also |now |then )?(?:comi"
    r"ng|heading|arriving|on (?:its|their) way|winging|in the post|being (?:sent|posted|mailed|delivered|s"
    r"hipped|fitted|installed)|sent|posted|mailed|delivered|shipped|fitted|installed|thrown in|with (?:it|"
    r"this|the (?:offer|deal|discount)))\b",
    r"\b(?:we'?re adding|we'?ll add|we will add|we'?re including|we'?ll include|we'?re sending|we'?ll send|we"
    r" will send|we'?ll post|we'?ll ship|we'?ll give|we'?ll fit|we'?ll install|we will fit|we will install)"
    r" (?:you )?(?:a|an|some|two) (?:[\w-]+ ){0,3}(?:printers?|monitors?|thermostats?|tags?|trackers?|door"
    r"bells?|projectors?|webcams?|lamps?|radios?|televisions?|tvs?|laptops?|cameras?|consoles?|bulbs?|passe"
    r"s|tickets?)\b",
    r"\b(?:we'?ll|we will|we'?re going to|we are going to) (?:also )?(?:send|post|ship|give|fit|install|po"
    r"p) (?:you |over |out )?(?:a|an|some|two) (?!(?:quick |short |little |new |replacement |confirmation "
    r")?(?:text|message|note|reminder|link|code|letter|bill|statement|sim|engineer|technician|e-?mail|rece"
    r"ipt|invoice|copy|summary|breakdown|update|pin|passcode|reply|call|ring|shout|heads-up|nudge|hand|cha"
    r"nce|moment|minute|answer|response|quote|choice|number|reference|date|time|recap|overview|discount|sa"
    r"ving|deal|offer|price|reduction|rate)s?\b)(?:[\w-]+ ){0,3}?[\w-]+(?: (?:for|to) (?:the |your )?[\w-]"
    r"+)? (?:too|as well|also|for free|on us|as a (?:thank[- ]you|gift|treat|present))\b",
    r"\b(?:partner|free|luxury|boutique|five-star|5-star|four-star|4-star) (?:hotels?|resorts?|spas?|airline"
    r"s?|venues?|theme parks?)\b",
    r"\bhotel (?:stays?|nights?|breaks?|vouchers?|rooms?)\b",
    r"\bnights? (?:away )?(?:at|in) (?:a|an|one of our|our|the) (?:[\w-]+ ){0,2}(?:hotels?|resorts?|spas?|b&"
    r"bs?|inns?|lodges?)\b",
    r"\b(?:day|family|season|annual|weekend|vip|backstage|all-access) pass(?:es)? (?:to|for|at)\b",
    r"\btheme parks?\b",
    r"\b(?:a|an|one|free|complimentary) (?:[\w+-]+ ){0,3}(?:memberships?|subscriptions?) (?:(?:is|are|will"
    r" be|'s|comes?) (?:also |now )?(?:included|yours|free|thrown in|part of|added|on us|on the house|comi"
    r"ng)|included|thrown in|for (?:you|free)|on us|too|as well)\b",
    r"\b(?:we'?ll|we will|we'?re going to|we are going to|we can|we'?d|we would|let us|we'?re happy to) "
    r"(?:also |even |happily |gladly |kindly )?(?:pay|foot|settle) (?:for )?your (?!own\b)(?:[\w-]+ ){0,2}"
    r"(?:licen[cs]es?|subscriptions?|memberships?|insurance|rent|tax|taxes|fees?|bills?|charges?|costs?|park"
    r"ing|fu"
    r"el|petrol|electricity|energy|water|heating|netflix|spotify|gym|streaming|tuition|fares?|tickets?)\b",
    # Family (heldout11): a thing said to come as a thank-you or to celebrate, an appliance on its way, data
    # that doubles, a priority repair lane.
    r"\b(?:a|an|some|one|our) (?:(?!discount|offer|saving|deal|price|reduction|bill|lower|cheaper|text|mess"
    r"age|reply|letter|e-?mail|call)[\w-]+ ){1,3}?(?:is|are|will be)(?: now)? (?:coming|heading|on (?:its|th"
    r"eir) way|winging (?:its|their) way|in the post|being (?:sent|posted))(?: to you| your way)? (?:as (?:a "
    r"|our )?(?:thank[- ]you|thanks|gift|treat|present|token|surprise)|to (?:celebrate|say thanks?|mark (?:i"
    r"t|the occasion))|on (?:us|the house))\b",
    r"\b(?:robot )?(?:vacuums?|hoovers?|air ?fryers?|kettles?|toasters?|blenders?|coffee (?:machines?|maker"
    r"s?)|microwaves?|consoles?|drones?|cameras?|fitness trackers?|e-?bikes?|scooters?)(?: [\w-]+){0,4} (?:i"
    r"s|are|will be|'s) (?:coming|heading|being (?:sent|posted|mailed)|posted|sent|mailed|delivered|shipped|"
    r"on (?:its|their) way)\b",
    r"\b(?:data|allowance|speed|speeds|minutes|texts)(?: allowance)? (?:also |now |will |automatically |even "
    r")*(?:doubles?|triples?|quadruples?|is doubled|gets? doubled|is tripled|gets? tripled)\b",
    r"\b(?:priority|fast-?track(?:ed)?|express|vip|front-of-(?:the-)?queue) (?:repair|fault|engineer|install"
    r"(?:ation)?)s? (?:lane|queue|line|list|treatment|status|service|slot)s?\b",
    # Family (heldout10): a gadget posted or heading your way, a dongle added, data that rolls over.
    r"\b(?:photo ?frames?|e-?readers?|kindles?|dongles?|smart ?plugs?|starter kits?|phone cases?|leather case"
    r"s?|power ?banks?|earbuds|headphones|smart ?watch(?:es)?|speakers?|tablets?|chargers?|gadgets?|gifts?)(?"
    r": [\w-]+){0,4} (?:is|are|will be|'s) (?:coming|heading|being (?:sent|posted|mailed)|posted|sent|mail"
    r"ed|delivered|shipped|on (?:its|their) way)\b",
    r"\b(?:we'?re adding|we'?ll add|we will add|we'?re including|we'?ll include|we'?re throwing in"
    r"|we'?ll throw in|we'?re sending|we'?ll send) (?:you )?(?:a|an) (?:[\w-]+ ){0,3}(?:dongles?|hotspots?"
    r"|mifi|photo ?frames?|e-?readers?|smart ?plugs?|starter kits?|phone cases?|leather cases?|speakers?"
    r"|tablets?|chargers?|smart ?watch(?:es)?|headphones|earbuds|gifts?|hampers?)\b",
    r"\bdata(?: (?:you|that) (?:don'?t|didn'?t|do not) use)? (?:will (?:now )?|now |automatically )?(?:rolls?"
    r"|carr(?:y|ies)) (?:over|forward)\b",
    r"\broll-?over data\b",
    r"\bdata roll-?over\b",
    # Family (heldout9): merchandise, a booster fitted, a partner's pass, good deeds in your name, a move
    # up to a better class of support, a charge we absorb.
    r"\b(?:branded|logo|company) (?:[\w-]+ )?(?:water bottles?|bottles?|mugs?|merch|hoodies?|caps?|totes?|t"
    r"ote bags?|umbrellas?|pens?|t-?shirts?|socks|lanyards?)\b",
    r"\b(?:water bottles?|merchandise|merch)\b",
    r"\b(?:signal|wi-?fi|range|mobile) (?:boosters?|extenders?|repeaters?)\b",
    r"\b(?:pass|passes|membership|subscription|tickets?|vouchers?) (?:to|for|at|with) (?:our|a|one of our) p"
    r"artner\b",
    r"\bpartner (?:gym|cinema|spa|restaurant|cafe|brand|shop|store)s?\b",
    r"\bgym (?:pass|membership)s?\b",
    r"\b(?:plant|planting|plants) (?:[\w-]+ )?trees?\b",
    r"\b(?:make|making|give|giving) (?:a )?donation\b",
    r"\b(?:donate|donating) (?:to|on your behalf)\b",
    r"\bcharity of your choice\b",
    r"\b(?:moved|bumped|upgraded|promoted|moving|bumping|upgrading) (?:you )?(?:up )?to (?:our |a |the )?"
    r"(?:[\w-]+ )?(?:priority|premium|business|vip|gold|platinum|business-grade|first-class)\b",
    r"\b(?:business|premium|vip|priority|executive)[- ](?:grade|class|level|tier) (?:support|service|line|ca"
    r"re|helpline)\b",
    r"\b(?:we'?ll|we will|we can|we'?d|we would|we're happy to) (?:happily |gladly )?absorb\b",
    r"\babsorb (?:the |that |this |your )?(?:[\w-]+ ){0,2}(?:costs?|charges?|fees?)\b",
    # Family (heldout8): a thing lent, bundled in, covered, on its way, swapped for a newer one, our treat,
    # tickets to an event.
    r"\b(?:lend|lending|loan|loaning) you (?:a|an|our|some|one)\b",
    r"\b(?:bundled|thrown|chucked|added|included) in (?:for you|too|as well|for free|at no)\b",
    r"\b(?:is|are|will be|gets?) covered by us\b",
    r"\b(?:box|hamper|parcel|package|gift|basket|crate|bottle|bag|tin|jar|voucher|treat|present|surprise)"
    r"s?(?: of (?:[\w-]+ ){0,3}?[\w-]+)? (?:is|are) (?:coming|heading|on (?:its|their) way|winging (?:its|t"
    r"heir) way)\b",
    r"\b(?:our|my) treat\b",
    r"\b(?:swap|swapping|upgrade|upgrading|exchange|exchanging) your (?:old )?(?:router|phone|handset|modem"
    r"|device|hub|tablet) (?:for|with|to) (?:a|an|our|the)\b",
    r"\b(?:free |complimentary )?tickets? (?:to|for) (?:our|a|an) (?!fault|repair)\b",
    # Family (heldout7): a thing posted as thanks, a feature switched on as well, a charge taken care
    # of, unmetered data.
    r"\b(?:sending|send|posting|post|giving|give|shipping|ship)(?: you)? (?:a|an|some)(?! (?:quick |sh"
    r"ort |little )?(?:note|message|text|line|reminder)\b)(?: [\w-]+){1,3} to say thanks?\b",
    r"\b(?:box of chocolates|chocolates|bouquet|flowers|bottle of (?:wine|bubbly|champagne|prosecco)|c"
    r"hampagne)\b",
    r"\bexpect (?:a|an|some)(?: [\w-]+){1,3} (?:from (?:us|the team)|in the post)\b",
    r"\b(?:switching|turning|switch|turn|unlocking|unlock|enabling|enable|activating|activate) on (?:["
    r"\w-]+ ){1,3}for you (?:as well|too|also|free)\b",
    r"\b(?:take care of|pick up|foot|settle|cover) (?:your |the )?(?:next |first )?(?:[\w-]+ ){0,2}(?:"
    r"call-?out|repair|engineer|delivery|postage|admin) (?:charges?|fees?|costs?|bills?)\b",
    r"\b(?:is|are) yours (?:as well|too|also|to keep)\b",
    r"\b(?:travel|prepaid|spare|second|bonus) (?:e-?sims?|sim cards?|handsets?)\b",
    r"\bunmetered\b",
    r"\b(?:fees?|charges?|costs?) (?:for|of) (?:[\w-]+ ){0,4}(?:is|are|will be|has been|have been|gets"
    r"?) (?:waived|removed|dropped|scrapped|cancell?ed|written off|on us)\b",
    # Family (heldout6): a thing on its way, with the customer's name on it, paid for by us, a cap lifted.
    r"\b(?:headphones|earbuds|smart ?watch(?:es)?|noise-?cancell?ing)\b",
    r"\bwe'?ll pay for (?:it|them)\b",
    r"\b(?:lift|lifting|remove|removing|scrap|scrapping|raise|raising) (?:the )?(?:cap|limit)s? on your\b",
    r"\b(?:charge|fee) for (?:your )?(?:\w+ )?(?:bills?|statements?) (?:goes away|is waived|disappears)\b",
    r"\bconcierge\b",
    r"\bfitness trackers?\b",
    r"\b(?:send|sending|post|posting|ship|shipping|give|giving|pop) (?:you |over )?(?:a |an |some |free )?"
    r"(?:\w+ )?(?:chargers?|power ?banks?|speakers?|earbuds|headphones|hampers?|mugs?|t-shirts?|goodies"
    r"|gadgets?|tablets?|smart ?watch(?:es)?|treats?)\b",
    r"\b(?:adding|add|added|throwing in|including) (?:\w+ ){0,2}(?:minutes|data|texts|calls|roaming"
    r"|channels?|gb|gigabytes|streaming|subscriptions?) (?:to|on|onto|into) your (?:plan|account|bundle"
    r"|package|line)\b",
    r"\bcoupons?\b",
    r"\bvouchers?\b",
    r"\bcash ?back\b",
    r"\brebates?\b",
    r"\bgift ?cards?\b",
    r"\bbonus\b",
    r"\bpromo(?:tion(?:al)?)? codes?\b",
    r"\bcredit (?:on|to|towards) your (?:bill|account)\b",
    r"\b(?:account|bill) credit\b",
    r"\bwaive[ds]?\b",
    r"\brefund(?:s|ed)?\b",
    r"\b(?:extra|additional|further) (?:(?:discount|savings?)\b|\d+ ?%)",
    r"\bon top of (?:that|this|the discount)\b",
    r"\b(?:upgrade|upgraded|faster speeds?) (?:at no|for no)\b",
    r"\bfree (?:\w+ )?(?:upgrades?|phones?|devices?|gifts?|months?|data|minutes|texts|streaming"
    r"|subscriptions?|installation|router|tv|channels?)\b",
    r"\b(?:store|shop|account|bill) credits?\b",
    r"\b(?:loyalty )?(?:rewards?|points)\b",
    r"\bcomplimentary\b",
    r"\bpay (?:for )?your (?:first|next) (?:month|bill)s?\b",
    r"\b(?:first|next) (?:month|bill)s? (?:free|on us)\b",
    r"\bon(?<!count on)(?<!rely on)(?<!depend on)(?<!counting on)(?<!relying on) (?:us|the house)\b",
    r"\b(?:double|extra|bonus|unlimited) (?:data|minutes|texts|speed|gigabytes|gb)\b",
    # "more texts" is an extra only when not asked for less: "No more texts? Reply STOP." is an opt-out.
    r"\bmore(?<!no more)(?<!any more) (?:data|minutes|texts|speed|gigabytes|gb)\b",
    r"\bgifts?\b",
    r"\b(?:2|two)[- ]for[- ](?:1|one)\b",
    r"\bbuy one,? get one\b",
    r"\bcredit (?:to |on |towards )?your (?:account|bill)\b",
    r"\bcover (?:your |the )?(?:\w+ )?(?:fees?|costs?|charges?)\b",
    r"\b(?:a|an|one|two|three|\d+) free\b",
    r"\bfree (?:tablets?|laptops?|headphones|speakers?|sims?|lines?|calls|netflix|spotify|gadgets?)\b",
    r"\bprizes?\b",
    # Family: a service or device extra, or a fee dropped, that the decision did not make.
    r"\b(?:upgrade|boost|double|increase) (?:your |the )?(?:\w+ )?(?:speed|data|bandwidth|broadband"
    r"|allowance)\b",
    r"\b(?:speed|data|plan|device|phone) (?:upgrade|boost)s?\b",
    r"\b(?:faster|higher) (?:speeds?|broadband|bandwidth)\b",
    r"\bat no (?:extra |additional )?(?:cost|charge)\b",
    r"\bfree of charge\b",
    r"\bno (?:\w+ )?(?:set-?up|activation|installation|connection|exit|termination|cancellation"
    r"|upgrade|late) "
    r"(?:fees?|charges?|costs?)\b",
    r"\b(?:fees?|charges?) (?:waived|removed|dropped|cancell?ed|on us|written off)\b",
    r"\b(?:wipe|wiping|wiped|scrap|scrapping|scrapped|clear|clearing|cleared|forgive|forgiving|forgiven|write"
    r" off|writing off|written off|knock off|wave|waving) (?:\w+[ -]){0,3}(?:charges?|fees?|penalt(?:y|ies)"
    r"|fines?|arrears|debts?)\b",
    r"\b(?:perks?|freebies?|giveaways?|raffles?|sweepstakes?|lottery)\b",
    r"\b(?:thrown|throw|throwing) in\b",
    r"\b(?:international|roaming|overseas) (?:calls|minutes|data|roaming) (?:included|free|on us)\b",
    r"\b(?:a |one |an extra )?months? of (?:free )?(?:streaming|netflix|spotify|disney|tv|music|sports?)\b",
    # Family (heldout12): airline miles, a static IP address.
    r"\b(?:airline|air|frequent[- ]flyer) (?:miles|points)\b",
    r"\bstatic ip(?: address)?\b",
    # Family (heldout14's misses): a gadget we're also sending you, an account that comes with a membership
    # or cover.
    r"\b(?:we'?re|we are|we'?ll|we will|we'?ve|we have) (?:also |now |even )?(?:sending|send|sent|posting|p"
    r"ost|posted|shipping|ship|shipped|mailing|couriering|giving|gifting|popping) (?:you|your household|yo"
    r"ur family) (?:a|an|some|two|a pair of|your own|a brand-new|a new|a little|a shiny) (?:[\w-]+ ){0,2}(?"
    r":microphone|mic|speakers?|headphones|earbuds|tablet|watch|smartwatch|hamper|voucher|gift|tv|televisio"
    r"n|console|camera|drone|blender|kettle|toaster|bike|scooter|phone|handset|laptop|charger|power ?bank|g"
    r"adget|present|treat|goodie bag|goodies|tickets?|machine|lamp|projector|game|toy|box of \w+)\b",
    r"\b(?:also |now |even )?comes? with (?:a|an|free|complimentary|its own|your own) (?:[\w-]+ ){0,2}(?:mem"
    r"bership|subscription|breakdown cover|roadside[- ]assistance|insurance|pass|warranty|cover|perk|gift)s"
    r"?\b",
    # Family (heldout15's misses): a thing we'll send along, include or post (garden lights, coffee pods, a
    # speaker), that comes along with the offer, a partner's membership card, roaming bundled as an extra.
    r"\bwe(?:'ll| will|'re| are)(?: also| even| happily| gladly| then)? (?:send|sending|include|includin"
    r"g|post|posting|ship|shipping|throw(?:ing)? in|pop(?:ping)? in|gift(?:ing)?|deliver(?:ing)?|pack(?:ing"
    r")?)(?: you)? (?:a|an|some|two|three|a set of|a box of|a pack of|a bag of|a pair of|a crate of|a case "
    r"of|a hamper of)\b(?! (?:new |replacement |quick |short |final |written |paper |free |friendly |brief "
    r"|little |polite |timely |courtesy |gentle |advance |one-line |last )?"
    # (heldout17) a heads-up, nudge or alert we send is no gift: "we'll send a heads-up before it ends"
    r"(?:heads-? ?ups?|nudges?|alerts?|notifications?|notices?|prompts?|pings?|calls?|reminders?|tex"
    r"ts?|messages?|codes?|links?|engineers?|technicians?|bills?|letters?|confirmations?|receipts?|e-?mails"
    r"?|notes?|summary|summaries|sims?|sim cards?|statements?|quotes?|survey|reply|update|notice|copy|plan"
    r"|versions?|copies|forms?|guides?|leaflets?|brochures?|booklets?|printouts?|invoices?|breakdowns?|pa"
    r"sswords?|pins?|details|instructions|returns? (?:bag|label|envelope)|prepaid (?:bag|label|envelope))\b)",
    r"\b(?:a|an|the|some) (?:[\w-]+ ){1,3}(?:comes|come|is thrown|are thrown|is included|are included|arriv"
    r"es|arrive|ships) (?:along )?(?:with it|with the offer|with this|in the box|too|as well|free)\b",
    r"\bas an? (?:free |little |small )?(?:extra|bonus|add-?on|perk|freebie|treat|sweetener)\b",
    r"\b(?:partner|sister company|partners)(?: [\w'-]+){0,3} (?:will|'ll|can|is going to) (?:send|give|offer"
    r"|post) you\b",
)

OFFER_WORDS = (  # any offer at all: refused when the decision has none
    r"\bdiscount(?:s|ed)?\b",
    r"\b\d+ ?% off\b",
    r"\bpercent off\b",
    r"\boff (?:your|the) (?:monthly |next )?(?:bills?|plans?|invoices?|price|rate)\b",
    r"\bsav(?:e|es|ing) (?:\$|\d|(?:money|on|up to|you)\b)",
    r"\bsavings\b",
    r"\bcheaper\b",
    r"\b(?:lower|reduced|discounted|special|better) (?:prices?|bills?|rates?|costs?|deal|offer|pricing)\b",
    r"\bprice (?:cut|drop|reduction)s?\b",
    r"\blower(?:ing)? (?:your |the )?(?:monthly )?(?:bills?|prices?|rates?|costs?|plan)\b",
    r"\b(?:bill|price|rate|cost)s? (?:drops?|goes down|comes down|falls?|will fall|will drop)\b",
    r"\bdown from\b",
    r"\bspecial offer\b",
    r"\breduc(?:e|ed|tion|ing) (?:in |of |to )?(?:your |the )?(?:monthly )?"
    r"(?:bills?|prices?|rates?|costs?|charges?)\b",
    r"\b(?:great|special|better|good|exclusive|new|sweet) deal\b",
)

THREAT = (
    # Family (heldout13's misses): a number parked until you answer, a recoveries desk one e-mail away, a
    # warning letter waiting in the outbox, a helpline that won't pick up for you, a list of those who ignore
    # us, someone sent to have a word, a service that could fail "who knows", neighbours told of your debts.
    r"\b(?:number|line|account|service|sim|broadband|plan|phone|connection|data|internet)s? (?:gets?|will be|"
    r"is being|could be|may be|might be|will get|could get|may get|goes|will go|is|stays?|will stay|remains?)"
    r" (?:\w+ )?(?:parked|frozen|held|paused|suspended|locked|blocked|on ice|on hold|shelved|mothballed|put "
    r"on "
    r"(?:ice|hold)|switched off|cut off|disconnected|restricted|barred|capped)(?: \w+){0,3} (?:until|till|unl"
    r"ess) (?:you|we hear)\b",
    r"\b(?:recoveries|recovery|collections?|debt|enforcement|legal|bailiffs?|arrears|litigation|court|lawyer"
    r"s?"
    r"|solicitors?|repossession)(?: \w+){0,2} (?:desk|team|department|unit|people|partners?|agents?|agency|f"
    r"olk|lot|crew)(?: \w+){0,3} (?:is|are) (?:only |just )?(?:one|a|a single) (?:e-?mail|call|click|phone ca"
    r"ll|letter|step|signature|text|message|word) away\b",
    r"\b(?:warning|final|formal|legal|default|demand|arrears|disconnection|termination|debt) (?:letter|notic"
    r"e|note|warning)(?: \w+){0,5} (?:is |are )?(?:sitting |waiting |ready )?(?:in (?:our|the) (?:outbox|dra"
    r"fts?|post|out-?tray|system)|ready to (?:go|send|be sent|post)|waiting to (?:go|be sent|be posted)|with"
    r" y"
    r"our name on it)\b",
    r"\b(?:nobody|no one|no-one|none of us|not one of us)(?: at| in| from| on)? (?:our |the )?(?:[\w-]+ ){0,"
    r"2}(?:"
    r"will|is going to|would|is|are|'ll)(?: ever)? (?:pick up|answer|help|talk to you|take your calls?|call "
    r"you back|reply|listen|going to (?:pick up|answer|help))(?: \w+){0,2} (?:any ?more|again|from now on|ev"
    r"er"
    r" again)\b",
    r"\b(?:publish|name and shame|post|share|announce|print|put up|circulate|make public)(?: \w+){0,3} (?:a |"
    r"the |our )?(?:list|names|register|wall|board) of (?:customers|people|those|accounts|names)(?: who| tha"
    r"t)"
    r"? (?:ignore|don'?t (?:reply|answer|respond)|never (?:reply|answer|respond)|haven'?t (?:replied|answered"
    r"|responded)|won'?t (?:reply|answer))\b",
    r"\bname and shame\b",
    r"\b(?:send|sending|sends) (?:round |over )?(?:someone|somebody|a (?:man|person|colleague|chap|team|guy|"
    r"couple of (?:lads|guys|people)|few (?:lads|guys|people)|lad)|the boys|some(?:one|body) round)(?: round"
    r"| over)? to (?:have (?:a|a little) (?:quiet |friendly |little |serious )?(?:word|chat)|visit you|see yo"
    r"u|pay you a visit|knock|sort (?:you|this) out|collect)\b",
    r"\b(?:internet|line|signal|connection|broadband|service|phone|wi-?fi|number|calls?|data|account|tv)(?: "
    r"\w+){0,2} (?:could|might|may)(?: \w+){0,8},? (?:who knows|you never know|stranger things have happened|"
    r"these things happen|accidents happen|just saying|funny that)\b",
    r"\b(?:neighbours?|neighbors?|family|friends|employer|boss|colleagues|everyone|the whole street|your str"
    r"eet"
    r")(?: \w+){0,3} (?:will|could|might|may|are going to|would|shall) (?:\w+ )?(?:hear|learn|find out|know|b"
    r"e told|get to know|read)(?: \w+){0,2} (?:about|of) your (?:\w+ )?(?:bills?|debts?|arrears|payments?|ba"
    r"lance|account)\b",
    # Family (heldout11): a nice connection it would be a pity to lose, silence met with a cut, unanswered
    # offers that trigger a review, we know where the router is, channels that will go dark, a service paused
    # until we hear from you, a bill that could get unpleasant.
    r"\b(?:lovely|nice|good|great|fine|pretty|sweet) (?:little )?(?:connection|line|number|account|signal|bro"
    r"adband|phone|service|contract|plan|router|setup|set-up|discount|deal) you(?:'ve| have)? got there\b",
    r"\b(?:be|it'?d be|it would be|would be|it'?s) (?:a )?(?:real |terrible |awful |great |crying )?(?:pity|s"
    r"hame) (?:to|if you were to|for you to|if you (?:had|happened) to) (?:lose|lost|see (?:it|that|them) go)"
    r"\b",
    r"\b(?:stay (?:silent|quiet)|keep (?:quiet|silent|ignoring us)|say nothing|go quiet|ignore (?:this|us|me|"
    r"it)|don'?t (?:reply|answer|respond)|no (?:reply|answer|response))(?:,| and| or)+ (?:your|the) (?:[\w-]+"
    r" ){0,3}(?:gets?|will (?:get|be)|is|goes|could (?:be|get)|may (?:be|get)|might (?:be|get)) (?:halved|cut"
    r"|reduced|slashed|throttled|capped|paused|suspended|downgraded|lost|removed|cancell?ed|switched off|take"
    r"n away|smaller|slower)\b",
    r"\b(?:unanswered|ignored|unreturned|unread|missed) (?:offers?|messages?|texts?|calls?|letters?|e-?mails?"
    r"|reminders?)(?: \w+){0,2} (?:can|could|may|might|will|would|often|tend to|do)? ?(?:trigger|lead to|res"
    r"ult in|prompt|set off|mean) (?:an? |your )?(?:[\w-]+ )?(?:review|audit|investigation|check|inquiry|enq"
    r"uiry|suspension|disconnection|action|escalation|referral)s?\b",
    r"\bwe know where (?:you (?:live|are|work|sleep)|your (?:house|home|family|kids|router|car|door) (?:is|a"
    r"re|lives?)|the (?:router|modem|box|kit|equipment|hub) (?:is|lives))\b",
    r"\b(?:channels?|lines?|services?|signal|broadband|screens?|tv|phone|internet|connection|wi-?fi)s? (?:wil"
    r"l|'ll|are going to|is going to) (?:start to |begin to |slowly |gradually |just )?go (?:dark|dead|silent"
    r"|quiet|black)\b(?! (?:briefly|for (?:a|an|up to|about|around|some|\d+)\b|overnight|while|during|betwee"
    r"n|from|at \d|tonight|tomorrow|on \w+day))",
    r"\b(?:paused|suspended|frozen|blocked|cut off|switched off|disconnected|restricted|on hold|barred|locked"
    r"|capped|throttled) (?:\w+ ){0,2}(?:until|till|unless|pending) (?:we (?:hear from you|hear back|get (?:a"
    r" |your )?(?:reply|answer|response))|you (?:reply|answer|respond|get in touch|call us|contact us))\b",
    r"\b(?:bill|bills|invoice|account|life|things|statement)s? (?:could|will|might|may|is going to|are going "
    r"to|would|can) (?:get|become|turn|look) (?:very |really |rather |quite |much |a lot |a bit |extremely )?"
    r"(?:unpleasant|nasty|ugly|painful|scary|messy|eye-watering)\b",
    # Family (heldout10): within our rights, trouble for those who ignore us, a move at our discretion, a
    # warning said to have been given.
    r"\bwithin (?:our|its|their) (?:full )?(?:rights|powers?)\b",
    r"\b(?:for|to|with) (?:people|customers|those|anyone|lines|accounts|folk|users) (?:who|that) (?:ignore|d"
    r"on'?t (?:reply|answer|respond)|never (?:reply|answer|respond)|leave (?:us|our texts) unanswered)\b",
    r"\b(?:move|moving|switch|switching|downgrade|downgrading|put|putting|transfer|transferring) you (?:on)?"
    r"to (?:[\w-]+ ){1,4}at our (?:sole |absolute |own )?discretion\b",
    r"\b(?:say|said|claim|tell (?:us|anyone|people)) we (?:didn'?t|did not|never) warn(?:ed)? you\b",
    # Family (heldout9): the back of the repair queue, quiet accounts getting slower, silence logged against
    # you, numbers that go missing, a repair undone, a charge for each day ignored.
    r"\b(?:last|bottom|back) (?:in|of) the (?:[\w-]+ )?(?:queue|line|list|pile)\b",
    r"\b(?:have|has) a (?:funny |strange |nasty )?way of (?:getting (?:slower|lost|cut off|forgotten|worse)|"
    r"going (?:missing|quiet|dead|wrong)|slowing down|breaking|disappearing|dropping out)\b",
    r"\b(?:quiet|silent|inactive|dormant|unresponsive|non-?responsive|ignored) (?:accounts|lines|numbers|con"
    r"nections|customers|users) (?:lose|get|go|have|tend|slow|become|could|might|may|will|end up)\b",
    r"\b(?:logged|recorded|noted|held|marked|counted|kept|filed) against (?:your (?:name|account|file|recor"
    r"d|number|line)|you)\b",
    r"\b(?:do|have been known to) go missing\b",
    r"\bgo(?:es)? missing (?:sometimes|now and then|from time to time|occasionally)\b",
    r"\b(?:undo|reverse|unfix|take back|roll back|take away) (?:that|the|those|this|your) (?:[\w-]+ )?(?:rep"
    r"airs?|fix(?:es)?)\b",
    r"\b(?:undo|reverse|take back|roll back|take away) (?:\w+ ){1,3}we (?:did|made|gave|fitted|installed) fo"
    r"r you\b",
    r"\b(?:each|every|for every|for each|per) (?:day|week|hour|month|text|message) (?:that )?you (?:ignore|"
    r"don'?t (?:reply|answer|respond)|leave (?:this|us)|delay|keep us waiting)\b",
    # Family (heldout8): a pity if something happened, silence reported, a service
    # acting up, quiet customers losing out, a hold put on.
    r"\b(?:it'?d|it would|would|it'?s going to) be (?:a )?(?:pity|shame|real shame|real pity) if\b",
    r"\b(?:silence|non-?response|lack of (?:a )?(?:reply|response)|not replying) (?:will|may|could|might)"
    r" be (?:forwarded|reported|noted|logged|passed on|recorded|escalated|flagged)\b",
    r"\b(?:forwarded|reported|passed|escalated|referred) to (?:our )?(?:compliance|legal|fraud|collections?"
    r"|credit) (?:team|department|people)\b",
    r"\b(?:start|begin|starts|begins|starting) (?:acting|playing) up\b",
    r"\bfunnily enough\b",
    r"\b(?:quiet|silent|unresponsive|non-?responsive) customers (?:lose|get|will|may|go)\b",
    r"\blose (?:their|your) (?:call |queue |support )?priority\b",
    r"\b(?<!n't )(?<!not )(?<!never )put (?:a )?(?:hold|block|bar|freeze|stop) on your\b",
    # Family (heldout7): a naughty list, a wink, a visit at home, a bill made unpleasant, a service
    # blocked until, things that fail for those who ignore us.
    r"\b(?:naughty|black|bad|hit) ?list\b",
    r"\b(?:if you )?(?:catch|get) (?:our|my) drift\b",
    r"\bnon-?repl(?:iers?|ying (?:customers|accounts))\b",
    r"\b(?:field|doorstep|debt|enforcement|recovery) (?:agents?|officers?|visits?|teams?)\b",
    r"\b(?:may|will|might|could|is going to|are going to) (?:call|come|pop|drop) round\b",
    r"\b(?:pay you a (?:little )?visit|knock(?:ing)? on your door|turn up at your (?:door|home|house))\b",
    r"\b(?:we|i) (?:can|could|will|might|may|'ll) make (?:your|things|life|it) (?:[\w-]+ ){0,4}(?:less"
    r" (?:pleasant|comfortable|affordable|easy)|unpleasant|painful|uncomfortable)\b",
    r"\b(?:roaming|data|calls|texts|sim|broadband|phone|router|line|service|account|internet)s? (?:wil"
    r"l|may|could|might|is going to) be (?:blocked|barred|disabled|locked|capped|cut|suspended|frozen)"
    r" until\b",
    r"\b(?:tend|tends|seem|seems|have a habit|has a habit|are known|is known) to (?:fail|break|go wron"
    r"g|stop working|drop out|slow down|go missing)\b",
    r"\b(?:when|if|once) (?:customers|people|users|folks) (?:ignore|don'?t (?:reply to|answer|respond "
    r"to)|stop replying to) us\b",
    r"\bforced to (?:take|act|pass|suspend|close|end|cut|stop|escalate|report|involve)\b",
    r"\btake (?:further |firm |serious )?(?:steps|measures)\b",
    r"\b(?:harder|more difficult|worse|messier|more unpleasant|uglier) than it (?:needs|has) to be\b",
    r"\bbe (?:paused|interrupted|halted|restricted|limited|stopped|switched off|turned off|on hold) "
    r"until you\b",
    r"\bwill cost you\b(?! (?:nothing|less|no|only|just|a penny|the same))",
    r"\b(?:line|service|connection|account|number|internet|phone|broadband)s? (?:to )?(?:go|goes|going|went)"
    r" (?:quiet|dark|dead|silent|offline)\b",
    r"\bnon-?respon(?:ders?|ding customers)\b",
    r"\b(?:moved|switched|put|bumped|transferred) (?:on)?to (?:a |our |the )?(?:higher|more expensive|premium"
    r"|dearer|pricier) (?:tariff|plan|rate|price|band)\b",
    r"\bbe (?:capped|throttled|slowed(?: down)?|reduced|downgraded) until\b",
    r"\bremember this (?:the )?next time\b",
    r"\bbreach of (?:contract|terms)\b",
    r"\btreated as (?:a |an )?(?:breach|default|refusal|cancellation)\b",
    r"\bor else\b",
    rf"\b{_YOU_WILL} (?:lose|regret|be sorry|pay for|face)\b",
    r"\b(?<!n't )(?<!not )(?<!never )lose (?:everything|it all|your (?:service|number|account|data"
    r"|line|access|discount|plan|contract))\b",
    rf"\b{_WE_WILL} (?:have to )?(?:cut|shut|cancel|terminate|suspend|disconnect|block|close|report|fine|"
    r"penali[sz]e|sue)(?: off)? (?:you|your)\b",
    r"\b(?:service|account|line|number|internet|contract|connection)s? (?:will|may|could|is going to) be "
    r"(?:cut|shut|suspended|terminated|disconnected|cancell?ed|closed|blocked|frozen)\b",
    r"\blegal action\b",
    r"\bcollections? (?:agency|agencies|action)\b",
    r"\bdebt collectors?\b",
    r"\bcredit (?:score|rating|record)\b",
    r"\bpenalt(?:y|ies)\b",
    r"\blate fees?\b",
    r"\bconsequences\b",
    r"\bno (?:other )?choice but\b",
    r"\b(?:formal|official|last|final|serious) warning\b",
    r"\b(?:to|in|into) collections?\b",
    r"\bfailure to (?:respond|reply|pay|act|accept)\b",
    r"\blegal (?:team|department|proceedings|steps)\b",
    r"\bpass your (?:details|data|file|account|number) (?:on )?to\b",
    r"\b(?:get|getting|become) (?:much |a lot )?worse for you\b",
    r"\bthings will get worse\b",
    r"\bwill result in\b",
    r"\breport you\b",
    r"\bcredit (?:agency|agencies|bureau|reference)\b",
    r"\bknow where you live\b",
    r"\b(?:cut|shut|switched|turned) off\b",
    r"\b(?:service|line|connection|internet) (?:will|may|could) be interrupted\b",
    r"\bblacklist(?:ed)?\b",
    r"\bwe know where you live\b",
    r"\bwe(?:'re| are) watching\b",
    r"\bcourt\b",
    r"\blawyers?\b",
    r"\bsue you\b",
    # Family: we will end, cut or take something of yours; a report, a debt, a court; if you don't ...
    rf"\b{_WE_WILL} (?:have to |be forced to |need to )?(?:end|close|terminate|cancel|cut|suspend|freeze|"
    r"disconnect|remove|revoke|withdraw|downgrade|restrict|throttle|take away|raise|hike) (?:you|your)\b",
    rf"\b{_WE_WILL} (?:have to )?(?:send|pass|hand|refer|report) (?:\w+ )?(?:to )?(?:a |the |our )?"
    r"(?:debt|collect|bailiff|lawyer|solicitor|court|agenc|credit|police|authorit)",
    r"\b(?:will|shall|may|might|could|would|is going to|are going to) be (?:reported|terminated|suspended|"
    r"frozen|disconnected|blacklisted|revoked|penali[sz]ed|fined|prosecuted|sued|cut off|shut off|"
    r"sent to collections?|taken away|withdrawn|downgraded|throttled|restricted)\b",
    r"\b(?:non-?payment|unpaid|overdue|arrears|outstanding (?:balance|debt|amount)|bailiffs?|prosecut\w*|"
    r"police|lawsuits?|solicitors?|enforcement|debts?|repossess\w*)\b",
    r"\blegal (?:action|steps?|proceedings|measures|route|means|recourse|letter|notice)\b",
    r"\b(?:take|taking|pursue|pursuing) (?:legal|further|formal|serious|drastic) (?:action|steps|measures)\b",
    r"\b(?:face|facing|result in|lead to) (?:further|legal|formal) action\b",
    r"\b(?:be|you'?ve been|you have been|consider yourself) warned\b",
    r"\bthis is (?:a|your|our) (?:\w+ )?warning\b",
    rf"\b{_YOU_WILL} (?!never |not |no )(?:\w+ )?(?:lose|be cut off|be disconnected|be charged more"
    rf"|pay more|suffer)\b",
    r"\b(?<!n't )(?<!not )(?<!never )lose (?:your |all |all your )?(?:access|connection|line|number"
    r"|service|data|account|contract|plan|"
    r"internet|phone|signal|coverage|benefits?|discount|perks?|history|everything|it all)\b",
    r"\bif you (?:don'?t|do not|fail to|refuse|won'?t|ignore|decline) (?:\w+ ){0,4}?(?:we|you|your \w+)"
    r"(?:'ll| will| may| might| could| are going to) (?:\w+ ){0,2}?(?:end|cut|close|suspend|terminate|lose|"
    r"report|fine|penali[sz]e|cancel|freeze|disconnect|block|remove|raise|regret|suffer)\b",
    r"\bpay the price\b",
    r"\b(?:something|anything) (?:bad|unfortunate|unpleasant) (?:will|could|might) happen\b",
    # Family (heldout6): keeping the customer in doubt, a service taken or slowed, a record, a loss.
    r"\b(?:rethink|reconsider|review|question) (?:keeping|having|serving) you\b",
    r"\bwill be pulled\b",
    r"\b(?:add-?ons?|extras|features|channels|bundles?|perks|benefits) (?:\w+ )?(?:will|may|might|could) be "
    r"(?:pulled|stripped|taken away|revoked)\b",
    r"\b(?:note|mark|marker|flag|black mark|entry) on your (?:credit|file|record|history)\b",
    r"\b(?<!not )(?<!never )(?<!n't want to )(?<!not want to )make (?:life|things|it) (?:\w+ )?"
    r"(?:awkward|difficult|hard|tricky|uncomfortable|unpleasant) for you\b",
    r"\b(?:who|that) (?:ignore|don'?t (?:reply|respond|answer)) (?:us |our \w+ )?lose\b",
    r"\b(?:sim|phone|line|service|router|connection|internet|broadband)s? (?:might|may|could|will) (?:just )?"
    r"(?:stop|cease) working\b",
    r"\bmysteriously (?:slower|worse|stop|drop|disappear|vanish|fail)\w*\b",
    r"\b(?:what|everything|all) you (?:stand to|could|might|would|will) lose\b",
    r"\b(?<!n't )(?<!not )(?<!never )disconnect(?:ing)? you\b",
    # Family (heldout12): the household's lines, audits, what may not survive, a handset locked from here,
    # every discount reclaimed, gadgets that lose their connection.
    r"\byour (?:family'?s?|household'?s?|kids'?|children'?s|partner'?s|other) (?:\w+ )?(?:lines?|numbers?|pho"
    r"nes?|sims?|accounts?|devices?) (?:could|may|might|will|would) (?:also )?(?:be affected|suffer|be cut|go"
    r" dark)\b",
    r"\baccounts? like yours (?:get|are|will be|can be|tend to (?:be|get)|often get) (?:\w+ )?(?:audited|inve"
    r"stigated|reviewed|flagged|checked|scrutini[sz]ed|inspected)\b",
    r"\b(?:might|may|could|would|will)(?: not|n'?t) survive (?:this|that|it|the (?:change|switch|move))\b",
    r"\bwe can (?:remotely )?(?:lock|block|brick|disable|wipe|freeze|bar|blacklist|shut down) your (?:\w+ )?"
    r"(?:handset|phone|device|mobile|router|sim|tablet)\b",
    r"\b(?:reclaim|claw back|take back|recover|recoup|charge (?:you )?back(?: for)?) (?:every|all|each|the|an"
    r"y) (?:single )?(?:discount|saving|credit|reward|refund)s?\b",
    r"\b(?:gadgets|devices|appliances|cameras|alarms|speakers|lights|sensors|doorbells?) (?:will|would|could|"
    r"may|might) (?:all )?lose (?:their|the|its) (?:connection|signal|service|internet|wi-?fi)\b",
    # (heldout12, misses) a device bricked with one click.
    r"\b(?:router|phone|handset|device|modem|tv box|set-top box|sim)s? (?:is|are|gets?|will be|could be|can b"
    r"e) (?:remotely )?bricked\b",
    r"\bone (?:click|tap|button|keystroke) (?:from us )?and your (?:\w+ )?(?:router|phone|handset|line|accoun"
    r"t|broadband|sim|service|device) (?:is|goes|will be) (?:gone|dead|off|locked|cut off|disconnected|bricke"
    r"d)\b",
    r"\byour (?:next )?(?:top-?ups?|credit|balance|data|minutes|bundle|deposit)s? (?:might|may|could|will) "
    r"(?:just |simply )?(?:vanish|disappear|go missing|evaporate)\b",
    # Family (heldout14's misses): moved to our worst mast or tier, we know which cabinet your line runs
    # through, your landlord or employer told, your service "will notice", your name on a fraud register,
    # someone sent to take back your kit.
    r"\b(?:move|put|switch|shunt|downgrade|demote|bump|relegate|stick) you (?:on|onto|to|down to) (?:our|the"
    r"|a) (?:[\w-]+,? ){0,2}(?:oldest|slowest|worst|weakest|busiest|most congested|patchiest|flakiest|lowe"
    r"st|last|back) ?(?:mast|tower|network|line|server|tier|queue|band|cable|exchange|plan|router)?\b",
    r"\bwe know (?:exactly )?(?:which|where|what|how) (?:\w+ ){0,3}your (?:line|cable|fibre|fiber|connectio"
    r"n|signal|house|home|flat|router|phone|family|kids|car)\b",
    r"\bwe know where you (?:live|work|sleep|park)\b",
    r"\b(?:tell|inform|notify|alert|contact|call|write to|email|text|ring|warn) your (?:landlord|employer|bos"
    r"s|manager|workplace|letting agent|housing association|school|university|bank|lender|neighbou?rs?)\b",
    r"\blet your (?:landlord|employer|boss|manager|workplace|letting agent|housing association|bank|lender|"
    r"neighbou?rs?|family|parents|partner) know about (?:your|the) (?:account|debt|arrears|bill|balance|pay"
    r"ments?|behaviou?r|silence)\b",
    r"\b(?:carry on|keep|go on|continue|try) ignoring us\b",
    r"\byour (?:broadband|line|phone|service|connection|signal|internet|wi-?fi|data|account|router|speed)s? "
    r"(?:will|might|may|could|is going to|shall) (?:soon )?(?:notice|feel it|feel the difference|know abou"
    r"t it|pay for it|pay the price|suffer|take the hit)\b",
    r"\b(?:name|details|number|account|address) (?:goes|go|will go|is going|gets? put|will be put|is put|w"
    r"ill be added|gets? added|is added|will be placed|gets? placed|lands?) (?:on|onto|in|to) (?:the|a|our"
    r"|every) (?:shared |national |industry |central |public )?(?:fraud|debtors?'?|bad (?:payers?|debt)|blac"
    r"k ?list|watch|credit|defaulters?'?|non-?payers?'?) ?(?:register|list|database|file|records?)?\b",
    r"\b(?:courier|someone|engineer|agent|driver|van|team|bailiff|collector|man) (?:will|shall|is going to|'"
    r"ll|is coming to|may) (?:come|be sent|call round|pop round|visit|turn up|knock)(?: \w+){0,2} to (?:take"
    r" back|repossess|seize|reclaim|recover|collect back|confiscate|remove) your\b",
    r"\b(?:take|taking|took) back your (?:handset|phone|router|device|sim|kit|equipment|modem|box|tablet|h"
    r"ub)\b(?<!we'll take back your)",
    # Family (heldout15's misses): a line throttled while you wait, silence noted and acted on, a claim form
    # being prepared, one more ignored text and the contract goes, a pity if your emails bounced, don't be
    # surprised when your pages crawl, apps that could suddenly stop.
    r"\b(?:quietly|silently|mysteriously|suddenly|secretly|gradually) (?:throttled|slowed|capped|deprioriti[s"
    r"z]ed|downgraded|disconnected|cut off|suspended|blocked)\b",
    r"\b(?:could|might|may|will|would|can) (?:\w+ )?(?:be|get) (?:\w+ )?throttled\b",
    r"\b(?:silence|ignoring us|no reply|your silence|not replying|no answer)(?: from you)? (?:gets?|is|will b"
    r"e|are|has been) (?:noted|logged|recorded|remembered|on file|flagged|written down)\b",
    r"\b(?:gets?|will be|are|is) acted (?:on|upon)\b",
    r"\b(?:claim form|court papers|legal papers|summons|writ|court claim|legal claim|lawsuit|legal notice|fin"
    r"al notice)s? (?:in|with|against|under) your name\b",
    r"\bin your name (?:is|are) (?:being|now being) (?:prepared|drawn up|drafted|filed|lodged|processed|readi"
    r"ed)\b",
    r"\bone more (?:ignored |unanswered |missed |unread )?(?:texts?|messages?|reminders?|calls?|emails?|lett"
    r"ers?|chances?|strikes?) and (?:you|your|we|that'?s)\b",
    r"\b(?:contract|account|agreement|plan|deal|discount)s? (?:gets?|will be|is|are|could be) (?:torn up|shre"
    r"dded|ripped up|binned|voided|scrapped|cancelled|canceled|terminated)\b",
    r"\b(?:pity|shame|be a shame|be a pity|would be a shame|be terrible|be awful|sad) if your\b",
    r"\bdon'?t be surprised (?:when|if) (?:your|you|the)\b",
    r"\byour (?:[\w-]+ ){0,2}(?:apps?|e-?mails?|pages?|streaming|calls?|texts?|line|connection|wi-?fi|inte"
    r"rnet|service|tv|broadband|router|phone|data|sites?|games?) (?:could|might|may|will|would) (?:suddenly|"
    r"mysteriously|randomly|quietly|just|soon) (?:stop|fail|drop|bounce|break|die|vanish|crawl|freeze|buffe"
    r"r|go (?:dead|dark|down|quiet)|cut out)\w*\b",
    r"\b(?:started|start|starts|starting|began) (?:bouncing|failing|dropping|crawling|buffering|vanishing)\b",
    # Family (heldout16's misses): a list of customers who ignore us, kept and used; days more of silence
    # and the account is frozen; calls barred until we hear from you; a number transfer dragged out; speeds
    # to crawl from now on; long memories for customers who blank us.
    r"\b(?:customers|people|those|anyone|everyone|folk|users) (?:who|that) (?:ignore|blank|snub|ghost|cold-"
    r"shoulder|stonewall|don'?t (?:reply to|answer|respond to)|never (?:reply to|answer|respond to)) us\b",
    r"\b(?:one|two|three|four|five|a few|a couple of|\d+) more (?:days?|weeks?|hours?|months?) (?:of )?(?:si"
    r"lence|ignoring us|no (?:reply|answer|response)|not (?:replying|answering))(?: from you)?,? and\b",
    r"\byour (?:account|line|number|sim|service|phone|broadband|data|contract)s? (?:gets?|will get|will be|'"
    r"ll be|is going to be) (?:frozen|barred|locked|blocked|suspended|cut off)\b(?! (?:if|when) (?:you|it|y"
    r"our (?:phone|sim|handset)) (?:is |are |gets? )?(?:lose|lost|stolen|report))",
    r"\b(?:bar|block|freeze|suspend|restrict|cap|throttle|cut off|pause|switch off|turn off|disconnect|limi"
    r"t|slow)(?: \w+){0,3} until (?:we hear (?:back )?from you|you (?:reply|answer|respond|get back to us|cal"
    r"l us|ring us|say yes|accept))\b",
    r"\b(?:drag out|drag our feet on|drag our heels on|stall|string out|hold up|delay|slow down|sit on) (?:y"
    r"our|the) (?:[\w-]+ ){0,2}(?:transfer|port(?:ing)?|pac|switch|move|cancellation|request|exit|code)s? (?:"
    r"for )?as long as (?:we (?:possibly |legally )?can|possible)\b",
    r"\bexpect (?:your|the) (?:[\w-]+ ){0,2}(?:speeds?|line|connection|broadband|signal|service|calls?|data|"
    r"wi-?fi|internet|downloads?|uploads?|streaming) to (?:crawl|slow(?: down)?|drop|suffer|stall|fail|get "
    r"worse|deteriorate|worsen|die|cut out|grind|dwindle|tank)\b",
    r"\b(?:have|has|keep|with) (?:a )?long memor(?:y|ies) for\b",
)

GUILT = (
    # Family (heldout13's misses): your payments hear from us more than you do, heaven and earth moved, a
    # thank-you that wouldn't hurt, now you won't even answer, an inbox checked in hope, not a word since, no
    # other since, sulking about your silence, moping since you went quiet.
    r"\b(?:hear|hears|heard) from your (?:direct debit|bank|card|payments?|standing order|account|bills?|auto"
    r"pay)(?: \w+){0,4} (?:more|oftener)(?: often)? than (?:we (?:\w+ )?(?:hear|get|see) (?:from|of) )?you\b",
    r"\b(?:only|all) (?:thing )?(?:we (?:ever )?(?:hear|get) from|that talks to us (?:is|from)) (?:is )?your "
    r"(?:direct debit|bank|card|payments?|standing order)\b",
    r"\b(?:moved heaven and earth|bent over backwards|pulled out all the stops|went to the ends of the earth|"
    r"jumped through hoops|went above and beyond|went the extra mile|broke our backs|worked our fingers to t"
    r"he"
    r" bone) (?:for you|to (?:fix|get|keep|sort|help|save|connect|find))\b",
    r"\b(?:a|one|just one|a single|a little|a simple|some) (?:thank-?you|thanks|word of thanks|reply|answer|"
    r"word|gratitude|acknowledgement|appreciation) (?:wouldn'?t|would not|won'?t|will not|couldn'?t|could not"
    r") (?:hurt|kill (?:you|anyone)|go amiss|be too much(?: to ask)?|cost you anything)\b",
    r"\b(?:and )?now you (?:won'?t|will not|don'?t|do not|can'?t|cannot|wouldn'?t) even (?:answer|reply|res"
    r"pond|text back|write back|say|pick up|acknowledge|look at|open|read)\b",
    r"\b(?:check(?:s|ing)?|watch(?:es|ing)?|refresh(?:es|ing)?|stare(?:s)? at|staring at|sit(?:s|ting)? by|w"
    r"ait(?:s|ing)? by) (?:the |our |its )?(?:inbox|phone|messages?|screen|post|letterbox|mailbox)(?: \w+){0,"
    r"4} (?:hoping|waiting|praying|longing|in case|desperate)\b",
    r"\b(?:and )?not (?:a|one|a single|so much as a) (?:word|peep|squeak|thank-?you|thanks|reply|line|text|"
    r"whisper|call) (?:since|back|from you|in return|ever since|after that)\b",
    r"\bthere (?:hasn'?t|has not|haven'?t|have not)(?: ever)? been (?:another|a second|one since|any since|a"
    r"nything since|a word since|another one)\b",
    r"\b(?:sulk|mope|pine|cry|weep|fret|brood|grieve)(?:s|d|ed|ing)? (?:\w+ )?(?:about|over|since|because "
    r"of|at) (?:your|you)\b",
    r"\b(?:about|over|by|at|with) your (?:silence|radio silence|cold shoulder|ghosting|quietness)\b",
    r"\b(?:moping|sulking|pining|crying|heartbroken|sad|down|miserable|gloomy|blue|lonely|howling|whining)(?"
    r": "
    r"\w+){0,3} since you (?:went quiet|stopped (?:replying|answering|writing|calling|texting)|left us on r"
    r"ead|ghosted|last (?:replied|wrote|called|answered)|went silent|disappeared)\b",
    # Family (heldout11): you'd reply to your bank but not us, now where are you, you keep ignoring us, no
    # thanks for staying up late, fondness that is one-way.
    r"\byou(?:'d| would)? (?:reply|answer|respond|write back|text back|get back) to (?:[\w-]+,? ){1,3}(?:so |"
    r"but |yet |and )?(?:why not|not) us\b",
    r"\b(?:everyone|everybody|anyone|all the others?) (?:else )?(?:but|except) us\b",
    r"\b(?:now|so|and|yet|but),? where (?:are|were|have) you(?: been| now| hiding)?\s*\?",
    r"\byou keep (?:on )?(?:ignoring|ghosting|dodging|avoiding|blanking|snubbing|brushing off) (?:us|me|our)"
    r"\b",
    r"\b(?:and|but|yet) (?:got|received|heard|get|had|hear|receive) (?:no|not a|not one|not even a|zero|nary "
    r"a) (?:single )?(?:thanks|thank-?you|word of thanks|gratitude|appreciation)\b",
    r"\bstayed up (?:late|all night|till \w+|until \w+) (?:fixing|working on|repairing|sorting|on)\b",
    r"\b(?:shame|pity|sad|a pity|a shame|too bad) (?:it'?s|it is|that it'?s|that it is|the feeling'?s|the fe"
    r"eling is) (?:so |all )?(?:one-?way|one-?sided|not mutual|not returned)\b",
    r"\btalk about you (?:so )?(?:fondly|all the time|every day|warmly|often)\b",
    # Family (heldout10): remembered by us and never a reply, braving the weather for you, a one-sided
    # friendship, disappointed rather than angry, a rhetorical "didn't we?", patience spent on you,
    # anything would have been nice, only human.
    r"\byou(?<!\bif you)(?<!\bwhen you)(?<!\bshould you) (?:never|don'?t ever|never once) (?:reply|replies|"
    r"respond|answer|write back|text back|get back to us|say thanks|say thank you|call)\b",
    r"\bbraved? (?:the )?(?:snow|storm|rain|cold|ice|weather|blizzard|floods?|gales?|heat)(?: [\w-]+){0,2} "
    r"(?:just )?for you(?:r (?:fault|line|repair|sake))?\b",
    r"\bjust (?:saying|sayin)\b",
    r"\b(?:friendship|relationship|partnership|bond|loyalty|affection|love)(?: \w+){0,2} (?:is|feels|seems|l"
    r"ooks) (?:a (?:bit|little|tad) |rather |quite |somewhat |very |so |pretty )?(?:one-?sided|lopsided|unr"
    r"equited)\b",
    r"\bnot (?:angry|mad|cross|upset|annoyed)(?:,? [\w-]+)?,? (?:just|only|merely|simply|but) (?:a (?:bit|li"
    r"ttle) )?(?:disappointed|hurt|sad|let down)\b",
    r"\b(?:didn'?t|haven'?t|hadn'?t|weren'?t|wasn'?t) we\s*\?",
    r"\b(?:been|was|were|are|is) (?:so |very |incredibly |endlessly |ever so |more than |extremely )?patient"
    r" with you\b",
    r"\b(?:anything|something|a (?:reply|thank-?you|thanks|word|call|card|text))(?: at all)? would(?:'ve| hav"
    r"e) been nice\b",
    r"\b(?:we'?re|we are|our (?:[\w-]+ )?(?:staff|team|agents|people) (?:are|is)) (?:only|just|all) human\b",
    # Family (heldout9): a team's joy met with silence, a bit rich, ignoring the people who keep you going,
    # feeling like a utility, effort spent on you (written by hand, what your account took), would it kill
    # you, never once grumbled, asking why you never write back, kindness back.
    r"\b(?:and |but |yet )?now ?,? (?:only |just |nothing but )?(?:silence|crickets|radio silence|not a (?:w"
    r"ord|peep|squeak|whisper))\b",
    r"\b(?:a )?(?:bit|little|tad) rich\b",
    r"\bignoring (?:the |those |all the )?(?:people|folks|team|staff|engineers?|ones|agents?) who\b",
    r"\b(?:feel|feels|feeling|felt) (?:like )?(?:just |only |nothing (?:more )?than |merely )(?:a|an) (?:[\w"
    r"-]+ )?(?:utility|number|afterthought|doormat|convenience|transaction|wallet|vending machine|service)\b",
    r"\b(?:wrote|written|typed|penned|drafted|crafted|signed) (?:this|it|these|each)(?: \w+)? (?:by hand|pe"
    r"rsonally),? (?:you know|for you|just for you)\b",
    r"\bby hand,? you know\b",
    r"\b(?:you'?ve|you have|you'?ve got) no idea (?:what|how much) (?:effort|work|time|trouble|hours|grief)"
    r"\b",
    r"\b(?:what|how much) (?:effort|work|trouble|time|grief) (?:your account|you) (?:took|takes|cost|caused|"
    r"gave us)\b",
    r"\bwould it (?:kill|hurt) you\b",
    r"\b(?:say|said|saying|send|sending) (?:a )?(?:thanks|thank you|thank-you) (?:once in a while|for once|"
    r"now and then|now and again|every now and then|every so often)\b",
    r"\b(?:we|i|they|our (?:[\w-]+ )?(?:team|staff|engineers?|agents?|crew)) (?:have )?never (?:once )?(?:g"
    r"rumbled|moaned|whinged|groaned|sighed|begrudged|complained about)\b",
    r"\b(?:asks?|asking|asked|wonders?|wondering|wondered|want to know|wants to know) why you (?:never|don'"
    r"?t|didn'?t|won'?t|haven'?t|can'?t)\b",
    r"\bnever (?:write|writes|wrote|text|texts|call|calls) (?:us )?back\b",
    r"\b(?:kindness|gratitude|appreciation|courtesy|warmth) back\b",
    r"\b(?:a (?:bit|little) of|some|a touch of) (?:kindness|gratitude|appreciation|courtesy|respect|warmth)"
    r" (?:would|could) (?:go a long way|be nice|help)\b",
    # Family (heldout8): a one-sided relationship: only hearing from you when, a two-way street, we give and
    # get nothing back, pretend to care, the decent thing, what our staff did at 2am, staff who will think
    # they failed, some reciprocity.
    r"\b(?:we|i) only (?:ever )?hear from you when\b",
    r"\btwo-?way street\b",
    r"\b(?:we|i) (?:give|gave|do|did|try|tried) and (?:give|do|try)\b",
    r"\b(?:get|got|getting|gets) nothing (?:back|in return)\b",
    r"\bpretend (?:to care|you care|to be grateful|to appreciate)\b",
    r"\bthe (?:decent|polite|least|courteous|grateful|honourable|honorable) thing\b",
    r"\bgiven (?:all|everything) (?:we'?ve|we have|we|our)\b",
    r"\b(?:took|taken|answered|handled|fielded|returned) your (?:\w+ )?(?:calls|complaints|queries|questions"
    r"|messages) (?:at \d{1,2} ?(?:am|pm)|at midnight|overnight|all night|through the night|on (?:christmas"
    r"|a sunday|the weekend|their days? off))",
    r"\b(?:think|feel|believe) (?:they|we)(?:'ve| have)? (?:failed|let you down|done something wrong|messe"
    r"d up)\b",
    r"\breciprocity\b",
    r"\b(?:would be|'d be) nice for a change\b",
    # Family (heldout7): left on read, what we put up with, feelings not made of stone, a shop or
    # staff crushed or made sad, don't disappoint the team.
    r"\b(?:leave|leaving|left) us (?:on read|on seen|hanging)\b",
    r"\bghost(?:ing|ed)? us\b",
    r"\b(?:put up with|tolerated|endured|forgiven) (?:a lot|so much|plenty|enough|a great deal) (?:fro"
    r"m|of) you\b",
    r"\b(?:our|my) feelings\b",
    r"\b(?:made|make) of stone\b",
    r"\b(?:would|will|'d|'ll|could|might) (?:really |truly |just |absolutely )?(?:crush|devastate|gut|"
    r"sadden|upset|break) (?:us|me|everyone|the (?:[\w-]+ )?(?:team|staff|shop|store|people|engineers?"
    r"|crew|agents?)|our (?:[\w-]+ )?(?:team|staff|shop|store|people|engineers?|crew|agents?))\b",
    r"\bdisappoint(?:ing)? (?:our|the|everyone|them) (?:[\w-]+ ){0,2}?(?:team|staff|people|crew|agents"
    r"?|engineers?|everyone)\b",
    r"\bmake (?:our|the) (?:[\w-]+ ){0,2}?(?:team|staff|people|crew|agents?|engineers?) (?:so |very |r"
    r"eally )?(?:sad|cry|upset|unhappy|miserable)\b",
    # Family (heldout6): what we did or felt for the customer, and what they owe us for it.
    r"\bafter everything\s*[.!?]",
    r"\bsurely you can (?:spare|find|manage|give)\b",
    r"\bhurtful\b",
    r"\b(?:how|so) quiet you'?ve been\b",
    r"\btaken for granted\b",
    r"\b(?:stayed|worked|waited) (?:late|up|behind|all night) for you\b",
    r"\bafter (?:all|everything) (?:that )?we(?:'ve| have)? (?:done|given)\b",
    r"\blet(?:ting)? us down\b",
    r"\bdisappointed in you\b",
    r"\bdisappoint(?:ing)? us\b",
    r"\byou(?:'ve| have)? disappointed\b",
    r"\bwhat a disappointment\b",
    r"\bhow could you\b",
    r"\babandon(?:ing|ed)?\b",
    r"\bbetray(?:ing|ed|al)?\b",
    r"\bwe(?:'re| are| would be| will be| 'd be|'d be) (?:so |very |truly |deeply )?(?:hurt|heartbroken|sad|"
    r"devastated|crushed)\b",
    r"\bheart ?broken\b",
    r"\bbreak(?:s|ing)? our hearts?\b",
    r"\bshame on you\b",
    r"\b(?:you )?owe us\b",
    r"\bungrateful\b",
    r"\bselfish\b",
    r"\bturn(?:ing)? your back\b",
    r"\bwe thought you (?:were|cared|liked)\b",
    r"\byou should (?:feel|be) (?:bad|ashamed|guilty)\b",
    r"\bguilty\b",
    r"\bloyal(?:ty)? (?:means|should)\b",
    r"\bthe least you (?:can|could) do\b",
    r"\bwe(?:'ve| have) given you (?:so much|everything|so many)\b",
    r"\brepay us\b",
    r"\b(?:done|given|sacrificed) (?:so much|everything|a lot) for you\b",
    r"\b(?:really|so|very|truly) sad\b",
    r"\bdon'?t you care\b",
    r"\bshow (?:some|a little|us|more) loyalty\b",
    r"\b(?:very|so|really|deeply|truly|extremely|quite) disappointed\b",
    r"\blet (?:us|our \w+|the team|everyone|them|me) down\b",
    r"\b(?:we )?trusted you\b",
    r"\bowe (?:it to )?us\b",
    r"\bthink (?:of|about) (?:us|our (?:team|staff|people|family))\b",
    r"\b(?:bent|bending|bend) over backwards?\b",
    r"\bgone out of our way\b",
    r"\bexpected (?:better|more) (?:from|of) you\b",
    r"\bfeel (?:betrayed|abandoned|hurt|let down)\b",
    r"\b(?:will|would|'ll|'d) be (?:so |very |really |deeply )?disappointed\b",
    r"\b(?:it )?(?:would|will|'d|'ll) (?:really |deeply |truly )?hurt us\b",
    r"\bafter (?:all these|so many) (?:years|months),? (?:this|you)\b",
    # Family: hurt feelings, let-downs, broken trust, ingratitude, "after all we've done".
    r"\bhurt (?:our|my|the team'?s?) feelings\b",
    r"\byou(?:'ve| have| really| truly)? (?:\w+ )?hurt (?:us|me|our|the team)\b",
    r"\b(?:it|that|this) (?:really |truly |deeply )?(?:hurts|stings|wounds)\b",
    r"\b(?:we|i) (?:thought|hoped|believed|assumed) (?:we|i) could (?:count|rely|depend|trust)\b",
    r"\b(?:count|counting|counted|rely|relying|relied|depend|depending|depended) on you\b",
    r"\b(?:we|i) thought you (?:were|cared|valued)\b",
    r"\blet(?:s|ting)? (?:us|me|them|everyone|everybody|(?:the|our|your|this|all|all the|all our) (?:\w+ )?"
    r"(?:team|staff|people|family|company|crew|colleagues|agents?|engineers?|friends?|employees|workers))"
    r"(?: all)? down\b",
    r"\b(?:feel|felt|feeling|been|are|were|'re|am|being) (?:so |very |really |truly |deeply )?let down\b",
    r"\blet-?down\b",
    r"\b(?:we(?:'re| are| were|'ve been| have been| feel| felt)|i(?:'m| am| was)) (?:\w+ )?disappointed\b"
    r"(?! to (?:hear|learn|see|know|read))",
    r"\bdisappoint(?:ed|ing)? (?:in you|with you|by you|the team|everyone|all of us)\b",
    r"\bafter (?:all|everything) (?:that )?(?:we(?:'ve| have| did|'d)?|we've|our team|you(?:'ve| have) "
    r"(?:had|got|received))\b",
    r"\b(?:ashamed|shameful|shame (?:on|for))\b",
    r"\b(?:ingrat\w*|unappreciat\w*|ungrateful|disloyal\w*)\b",
    r"\b(?:take|taking|took|taken) (?:us|our \w+) for granted\b",
    r"\b(?:is this|this is) how you (?:repay|thank|treat)\b",
    r"\b(?:repay|thank|treat) us (?:like|this way|by)\b",
    r"\b(?:where'?s|where is|what about|show|have some|no) (?:your |some )?loyalty\b",
    r"\b(?:a |any )?(?:loyal|real|true|good) (?:customer|friend)s? (?:wouldn'?t|stays?|don'?t|never)\b",
    r"\b(?:a|any) (?:loyal|real|true|good|decent|proper) (?:customer|friend|partner)s? "
    r"(?:would|will|always)\b",
    r"\b(?:let|letting|lets) (?:everyone|everybody|all of us|the whole team|people)(?: here)? down\b",
    r"\b(?:we|i) (?:weren'?t|wasn'?t|aren'?t|are not|were not) good enough for you\b",
    r"\bnothing but (?:good|kind|nice|loyal|patient|generous|fair|helpful) (?:to|with) you\b",
    r"\blos(?:e|es|ing|t) (?:any )?sleep over\b",
    r"\b(?:expected|expect|deserve[ds]?|hoped for) (?:a (?:bit|little|lot) )?more (?:appreciation|gratitude"
    r"|loyalty|thanks|respect)\b",
    r"\b(?:you (?:could|can|should|might)|so|now|time to) return the favou?r\b",
    r"\b(?:count|counts|matter|matters) for (?:anything|nothing|something)\b",
    r"\bpull(?:ed|ing)? (?:some )?strings for you\b",
    r"\bwould mean (?:the world|so much|a lot|everything) to (?:the team|everyone|our (?:team|staff|engineers"
    r"|people))\b",
    r"\b(?:make|makes|made|making) us (?:so |very |really )?(?:sad|cry|upset|unhappy|miserable)\b",
    r"\b(?:we|i)(?:'re| are| am|'m| feel) (?:so |very |really |truly )?(?:upset|hurt|wounded"
    r"|crushed|gutted)\b",
    r"\b(?:mean|meant) (?:nothing|so little) to you\b",
    r"\bwe (?:deserve|deserved) (?:better|more)\b",
    r"\byou could at least\b",
    r"\b(?:walk|walking|walked|run|running) out on us\b",
    r"\b(?:leave|leaving|left) us (?:hanging|behind|in the lurch)\b",
    r"\b(?:we|the team|our staff) (?:did|do|have done|tried) (?:so much|everything|our best) for you\b",
    # Family (heldout12): not even a thumbs-up, something we said, chasing you, a reply we'd earned, a favour
    # recalled ("we set up your nan's new phone for her, remember?").
    r"\bnot even a (?:quick )?(?:thumbs[- ]?up|emoji|smiley|word|reply|thank you|thanks|like|heart|wave)\b",
    r"\bis it something we (?:said|did|wrote|sent)\b",
    r"\b(?:sad|shame|pity|hurts?|disappointing) that we (?:always |constantly |keep having to |still )?(?:hav"
    r"e|had|need) to (?:chase|nudge|remind|prod|beg)\b",
    r"\bwe (?:thought|hoped|felt|assumed) (?:we|i)'?d (?:earned|deserved|at least earned)\b",
    r"\bwe (?:set up|fixed|sorted(?: out)?|installed|repaired|moved|unlocked) (?:[\w']+ ){0,5}[\w']+ ?,? reme"
    r"mber\b",
    r"\byou used to (?:reply|answer|respond|text (?:us )?back|get back to us)\b(?:[\w ,;']{0,30}\bwhat(?:'s| "
    r"has)? changed)?",
    # (heldout12, misses) a kindness you never noticed, being told you ignored us.
    r"\b(?:for you|for your \w+)[;,:]? (?:and )?you (?:never|didn'?t even|did not even) (?:noticed|notice|say"
    r" thanks|thank us|said thanks|said thank you)\b",
    r"\b(?:say|tell (?:them|her|him|everyone|the team)) (?:that )?you (?:ignored|forgot|snubbed|blanked|ghost"
    r"ed) us\b",
    r"\byou'?ve gone (?:cold|quiet|silent) on us\b",
    r"\byou'?ll (?:probably |likely |just )*(?:delete|ignore|bin|skip) (?:it|this)\b",
    # Family (heldout14's misses): a place kept for you and you never came, only liked us for our prices,
    # more loyal to you than you to us, a thank-you that would have meant the world, unanswered texts that
    # chip away at us, "and still nothing", left on delivered.
    r"\b(?:saved|kept|held|laid|set|left|waited|got|made|cooked|baked|reserved)(?: [\w']+){1,7} ?,? (?:and|bu"
    r"t) you (?:never|didn'?t|did not) (?:came|come|showed|show|turned up|turn up|replied|reply|answered|an"
    r"swer|called|call|wrote|write|bothered|noticed)\b",
    r"\byou only (?:liked|loved|wanted|stayed with|used|chose|picked|joined) us for (?:our|the|a) (?:prices?"
    r"|deals?|discounts?|offers?|freebies|perks|money|price)\b",
    r"\bmore (?:loyal|faithful|devoted|kind|generous|patient) to you than you(?:'ve| have)? (?:ever )?(?:been"
    r"|were) to us\b",
    r"\bwould (?:have )?(?:mean|meant) (?:the world|so much|a lot|everything) to (?:the team|everyone|us|our"
    r" (?:team|staff|engineers|people|agents))\b",
    r"\b(?:unanswered|ignored|unread|unreturned|unopened) (?:texts?|messages?|calls?|emails?)\b(?: \w+){0,3} "
    r"(?:chips? away|dents?|crush(?:es)?|hurts?|stings?|wounds?|breaks?|saps?|drains?|kills?|weighs?)\b",
    r"\b(?:chips? away at|dents?|crush(?:es)?|saps?|drains?|kills?) (?:our|the team'?s|our team'?s|my) (?:m"
    r"orale|spirits?|hearts?|feelings|confidence|hope|faith)\b",
    r"\b(?:and|but|yet) still (?:nothing|not a (?:word|peep|sound|thing)|no (?:reply|answer|word|response))"
    r"\b",
    r"\bleft (?:us )?on (?:delivered|read|seen|unread)\b",
    r"\b(?:not|isn'?t|is not|never) (?:a )?(?:nice|great|good|fun|pleasant) feeling\b|\b(?:a|such a|what a) "
    r"(?:horrible|awful|sad|lonely|painful|rotten) feeling\b",
    # Family (heldout15's misses): a day off given up for you and not a word of thanks, mountains moved and
    # "a reply would be nice", can't even text back, hoped you'd be kinder than this, waited by the phone,
    # everyone else thanked us and you never have, staff near tears when you didn't answer, "it's our small
    # team that feels it".
    r"\b(?:gave up|sacrificed|spent|missed|skipped|cancell?ed|worked through) (?:his|her|their|our|my|a|the"
    r"ir whole|his whole|her whole) (?:sunday|saturday|weekend|evening|night|holiday|day off|lunch|lunch br"
    r"eak|break|birthday|anniversary|christmas|bank holiday)s? (?:for|on|fixing|sorting|mending|working on|"
    r"to fix|to sort) (?:you|your)\b",
    r"\bnot (?:a|one|so much as a|even a) (?:single )?(?:word|note|text|line|peep|card) of (?:thanks|gratit"
    r"ude|appreciation|thank you)\b",
    r"\b(?:moved|move|moving) (?:heaven and earth|mountains|the earth|the world)\b",
    r"\ba (?:reply|thank[- ]you|thanks|response|word|message|quick reply|text back|little reply) would (?:be|"
    r"have been) (?:nice|lovely|good|polite|decent|kind|the least)\b",
    r"\byou (?:can'?t|cannot|couldn'?t|won'?t|wouldn'?t|don'?t|didn'?t|did not) even (?:text|write|reply|a"
    r"nswer|respond|call|ring|message|get back|say thanks|say thank you|thank)\b",
    r"\bwe(?:'d| had| have)? (?:hoped|assumed|thought|expected|believed|imagined|figured|trusted) (?:[\w']+ "
    r"){1,6}than (?:this|that)\b",
    r"\b(?:waited|sat|stayed|hung on|been waiting|were waiting) (?:by|next to|near|beside|glued to) (?:the|ou"
    r"r|my) (?:phone|inbox|door|window|letterbox|screen)\b",
    r"\bwaited (?:all|the whole|every) (?:day|week|night|weekend|month|morning|evening)(?: long)? for (?:you|"
    r"your)\b",
    r"\b(?:everyone|everybody|all the others|the rest|your neighbou?rs|all our other customers|others) (?:[\w"
    r"']+ ){0,4}(?:thanked|replied to|answered|wrote to|praised|messaged|texted) us[;,.:]? (?:but |and |yet "
    r")?(?:you|not you)\b",
    r"\b(?:close to|near|on the verge of|fighting back|holding back|almost in|nearly in|left in|reduced to) t"
    r"ears\b",
    r"\b(?:cried|wept|sobbed|(?:was|were|got) (?:upset|gutted|heartbroken|crushed|devastated|hurt)) (?:[\w']+"
    r" ){0,3}(?:when|because|that) you\b",
    r"\b(?:it'?s|that'?s|it is|who) (?:our|the|my) (?:[\w-]+ ){0,2}(?:team|staff|call cent(?:re|er)|engineer"
    r"s?|agents?|people|crew|shop|workers|colleagues) (?:that |who )?(?:feels?|suffers?|pays? for|takes?|bea"
    r"rs?) (?:it|the hit|the brunt|the cost)\b",
    # Family (heldout16's misses): an inbox checked for you every hour, loyalty we felt sure of.
    r"\b(?:checking|refreshing|watching|staring at|checked|refreshed|watched) (?:our|my|the) (?:inbox|phones?"
    r"|screens?|e-?mails?|messages?|post|letterbox)(?: \w+){0,2} (?:for you|for your (?:reply|answer|message"
    r"))\b",
    r"\b(?:we|i) (?:felt|were|was|had been) (?:so |quite |really )?(?:sure|certain|confident|convinced) yo"
    r"u(?:'d| would) (?:be loyal|stay loyal|stick (?:with|by) us|never leave|be faithful|stand by us)\b",
    r"\b(?:we|i) (?:thought|believed|trusted|hoped|expected|assumed) you(?:'d| would| were) (?:be )?(?:loyal"
    r"|faithful)(?: to us)?\b",
)

PRESSURE = (
    # Family (heldout13's misses): idioms of haste ("look sharp", "shake a leg", "hop to it", "move it"), no
    # time like the present, a pot of discounts nearly empty, an offer gone when the systems refresh tonight.
    r"\b(?:look sharp|look lively|shake a leg|hop to it|jump to it|snap to it|step on it|get a move on|get c"
    r"racking|pick up the pace|chop(?:[- ])?chop|pronto|hurry it up|make it snappy|look snappy|no time like t"
    r"he present|get your finger out|pull your finger out|get weaving|stir your stumps)\b",
    r"\bmove it(?:,? move it|!)",
    r"\b(?:pot|pool|budget|fund|allocation|supply|stock|batch|kitty|pile|stash|number)(?: for| of)? (?:\w+ ){"
    r"0,3}(?:is|are|'s|has|have) (?:almost|nearly|running|all but|practically|virtually|close to|about|just "
    r"about|very nearly)(?: (?:run|been))? (?:empty|gone|out|dry|exhausted|used up|spent|drained|done)\b",
    r"\b(?:discount|offer|deal|price|rate|saving|reduction)s? (?:\w+ ){0,2}(?:disappears?|vanish(?:es)?|go"
    r"es|expires?|ends?|lapses?|is withdrawn|is pulled|resets?|gets? (?:pulled|wiped|withdrawn|reset|remove"
    r"d)|is removed|is wiped)(?: \w+){0,6} (?:tonight|tomorrow|overnight|at midnight|this evening|by morning|"
    r"in the morning|at dawn|by sunrise)\b",
    # Family (heldout12's misses): "Reply on the double", "Quicker than you can say YES".
    r"\b(?:on|at) the double\b",
    r"\b(?:double[- ]quick|quick[- ]smart|quick[- ]sharp|sharpish|post-?haste|like the clappers|in double "
    r"time|toot sweet)\b",
    r"\b(?:quicker|faster|sooner|before) (?:than )?you can say\b",
    r"\b(?:reply|answer|respond|decide|act|say yes) in (?:a|the) (?:jiffy|flash|heartbeat|blink of an eye|spl"
    r"it second|trice|tick)\b",
    # Family (heldout11): gone by a mealtime ("By breakfast tomorrow, it's history"), tonight and not later.
    r"\b(?:by|before|after|come) (?:breakfast|lunch(?:time)?|dinner|tea ?time|bedtime|sunrise|sunset|dawn|du"
    r"sk|morning|tonight|tomorrow|midnight|noon|the weekend)(?: \w+)?,? (?:it'?s|it is|it'?ll be|it will be|t"
    r"his offer is|the (?:offer|deal|discount|price)(?:'s| is| will be)) (?:history|toast|gone|over|off the "
    r"table|dead)\b",
    r"\b(?:reply|respond|answer|act|decide|confirm|accept|claim) (?:yes )?(?:by|before) (?:breakfast|dinner|"
    r"tea ?time|bedtime|dawn|dusk|sunrise|sunset)\b",
    r"\b(?:now|today|tonight|this (?:minute|instant|hour|evening|morning|afternoon)) ?[,;]? (?:not|rather tha"
    r"n|and not) (?:later|tomorrow|next week|tonight|next month|some ?day|in a bit)\b",
    # Family (heldout10): all the time you get, before the phone goes down or the screen is closed, a race
    # started.
    r"\b(?:on your marks|ready,? steady|get set)\b,? (?:(?:get set|steady|set),? )?(?:go|reply|answer|decid"
    r"e|say yes)\b",
    r"\bthat'?s (?:all|it|the lot)(?: the time)? you(?:'ve)? (?:get|got)\b",
    r"\bbefore you (?:put (?:your|the) phone down|put (?:it|this) down|close (?:this|the) (?:text|message|app"
    r"|screen)|scroll (?:on|away|past)|lock (?:your|the) (?:phone|screen)|look away|switch (?:off|screens))"
    r"\b",
    # Family (heldout9): a countdown said aloud, until a break ends, before a drink goes cold, a number of
    # discounts left, a today thing, this very second.
    r"\b(?:three ?,? two ?,? one|3 ?, ?2 ?, ?1)\b(?![.,]?\d| (?:bedroom|month|year|of))",
    r"\b(?:you'?ve got|you have|you get|you'?ve only got|you only have) (?:until|till|til) (?:your|the) (?:["
    r"\w-]+ ){0,3}(?:ends?|is over|finishes|runs out|starts|begins)\b",
    r"\bbefore (?:your|the|this|my|our|it) (?:[\w-]+ ){0,2}(?:goes cold|gets cold|cools|melts|boils|goes fla"
    r"t)\b",
    r"\b(?:lunch|coffee|tea) break (?:ends|is over|finishes)\b",
    r"\b(?:only|just) (?:got |have |had )?(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|a handful"
    r"|\d+)(?: more)? (?:of (?:these|those|them|the)(?: [\w-]+)?|(?:[\w-]+ )?(?:discounts?|deals?|offers?|s"
    r"pots?|places?|slots?|codes?)) (?:left|remaining|available|to go)\b",
    r"\b(?:a|an) (?:today|tonight|right-?now|now|this-minute) (?:thing|deal|offer|decision)\b",
    r"\b(?:reply|answer|respond|decide|act|accept|say yes)(?: \w+){0,2} (?:this|that) (?:very )?(?:second|in"
    r"stant|minute)\b(?! (?:text|message|offer|time|one|letter|line|e-?mail|sms|reminder|bill)\b)",
    r"\bdon'?t (?:overthink|sleep on) (?:it|this)\b",
    # Family (heldout8): hurry-up words, a reply due, a timer, a deadline of a moment, before you finish
    # reading.
    r"\bchop,? chop\b",
    r"\b(?:snap to it|get a move on|jump to it|look lively|step on it|pronto)\b",
    r"\b(?:reply|answer|response|decision) is due\b",
    r"\b(?:before|by) the (?:hour|minute|timer|clock)(?:'s| is) (?:up|out)\b",
    r"\b(?:timer|clock|countdown) (?:hits|reaches|runs down to|gets to|strikes) (?:zero|0|nought)\b",
    r"\b(?:you'?ve got|you have|you get|you'?ve only got|you only have) (?:until|till|til) (?:the end of|to"
    r"night|midnight|tomorrow|noon|lunch)\b",
    r"\bby the time you(?: finish| stop| are done|'re done| get to the end of) (?:reading|with)\b",
    # Family (heldout7): a queue behind you, now not later, this is your moment, strike while the iron is hot.
    r"\b(?:a queue|a line|a waiting list|others|other customers|people)(?: \w+){0,2} (?:behind you|wai"
    r"ting (?:for|on) (?:this|it|your spot))\b",
    r"\bnow,? (?:not|rather than) (?:later|tomorrow|next week)\b",
    r"\b(?:this is|now is|it's|it is) your (?:moment|big moment|time to (?:act|reply|decide))\b",
    r"\b(?:strike while|iron'?s hot|make hay|seize the (?:day|moment)|carpe diem|grab it while)\b",
    # Family (heldout6): a few places, a text that goes cold, someone else's, a cost of waiting.
    r"\bonly (?:one|two|three|four|five|six|seven|eight|nine|ten|a few|a handful of|\d+) (?:more )?"
    r"(?:customers|people|of you|spots|places|slots) can\b",
    r"\bbefore (?:this|the|it) (?:\w+ )?(?:goes cold|disappears|vanishes)\b",
    r"\b(?:it's|it is|it'll be|it will be|goes to|becomes) someone else'?s\b",
    r"\bnow-only\b",
    r"\bwaiting (?:\w+ ){0,3}(?:could|will|might|would) cost you\b",
    r"\bact (?:now|fast|quickly|immediately|today)\b",
    r"\bhurry\b",
    r"\b(?:last|final|only) chance\b",
    r"\bfinal (?:notice|warning|reminder|offer)\b",
    r"\blimited[- ]time\b",
    r"\btime (?:\S{1,3} )?running out\b",
    r"\brunning out of time\b",
    r"\bexpir(?:es|ing) (?:today|tonight|soon|at midnight|in)\b",
    r"\b(?:ends|gone|disappears?|vanish(?:es)?) (?:today|tonight|at midnight|soon|forever|tomorrow)\b",
    r"\btoday only\b",
    r"\b(?:in|within) the next \d+ (?:minutes?|mins?|hours?|hrs?)\b",
    r"\blast call\b",
    r"\b(?:last|final|only) (?:shot|opportunity|window)\b",
    r"\b(?:goes|go|passes|pass|is given) to (?:someone|somebody|another customer"
    r"|the next (?:customer|person))\b",
    r"\b(?:gone|over|ends?|expires?|disappears?|vanish(?:es)?) (?:by|at|before) (?:sunrise|dawn|sunset"
    r"|morning|tonight|midnight|noon|lunch(?:time)?|tomorrow|the (?:weekend|morning|evening)"
    r"|\d{1,2} ?(?:am|pm))\b",
    r"\bfirst come ?,? first serve[d]?\b",
    r"\bwon'?t be (?:here|around|available|on offer|live) (?:on|by|after|past|next|tomorrow|for long|come)\b",
    r"\b(?:your|the|is the|is your) cut-?off\b",
    r"\b(?:limited|restricted) to the first\b",
    r"\b(?:only|just) (?:for )?the first \w+ (?:replies|customers|people|responses)\b",
    r"\b(?:reply|respond|answer|act|decide) (?:\w+ )?before (?:lunch(?:time)?|noon|sunrise|sunset|midnight"
    r"|tonight|tomorrow|the weekend|(?:\d{1,2} ?(?:am|pm)))\b",
    r"\btime(?:'s| is) (?:almost |nearly |running )?(?:up|out)\b",
    r"\b(?:won'?t|will not) last\b",
    r"\blimited (?:spots?|places?|offers?|availability|stock|numbers?|quantities|supply)\b",
    r"\b\d+ (?:hours?|minutes?|mins?|days?|spots?|places?) (?:left|remain(?:ing)?)\b",
    r"\bvanish(?:es|ing)?\b",
    r"\b(?:decide|act|respond|answer|reply|call|sign up|accept|claim) (?:it |this |us )?now\b",
    r"\bexpires? in\b",
    r"\b(?:ends|expires|closes|stops) (?:on |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|week|weekend|tomorrow)\b",
    r"\bonly (?:today|tonight|for today)\b",
    r"\bnow or never\b",
    r"\bbefore it'?s too late\b",
    r"\bdon'?t (?:miss out|miss this|wait|delay|hesitate)\b",
    r"\burgent(?:ly)?\b",
    r"\b(?:reply|respond|act|call|decide|accept|answer|claim|sign up)(?: (?:yes|now|us|back|this|it))? "
    r"(?:immediately|right now|right away|asap|at once|this instant)\b",
    r"\b(?:reply|respond|answer|decide|act) (?:within|in the next|in) \d+ (?:hours?|minutes?|mins?)\b",
    r"\bonly \d+ (?:hours?|minutes?|spots?|places?|offers?) (?:left|remaining)\b",
    r"\byou (?:must|have to|need to) (?:reply|respond|act|decide|accept)\b",
    r"\bwhile (?:it|stocks|supplies) lasts?\b",
    r"\bclock is ticking\b",
    r"\bno time to (?:lose|waste)\b",
    r"\bmidnight\b",
    r"\bdeadline\b",
    r"!{2,}",
    # Family: a clock (within the hour, hours left, by tonight, countdowns), going fast, don't miss it.
    r"\b(?:reply|respond|answer|act|decide|accept|claim|confirm|sign up|ends?|expires?|closes?|goes"
    r"|gone|lasts?)"
    r"(?: \w+){0,3} (?:within|in|inside|in the next|before the end of) (?:the |an? |one |two |three |\d+ "
    r"|the next |the next few |a few |the coming )?(?:hour|minute|min|day|hr)s?\b",
    r"\b(?:only |just |a few |few |mere |final |last )?(?:hours|minutes|mins|days|seconds) (?:left|remain"
    r"(?:ing)?|to go|away)\b",
    r"\b(?:before|ends?|ending|closes?|closing|expires?|expiring|gone) (?:tonight|midnight|noon"
    r"|tomorrow|end of (?:the )?"
    r"day|the end of (?:today|the day|tonight|this week)|close of business"
    r"|(?:\d{1,2}(?::\d\d)? ?(?:am|pm)))\b",
    r"\bbefore (?:it'?s|it is|they'?re|they are|the (?:offer|deal|discount|price)(?:'s| is)) (?:gone|over|"
    r"taken|withdrawn|too late|off the table|snapped up)\b",
    r"\bbefore (?:it|they|the (?:offer|deal|discount|price)) (?:goes|go|ends?|expires?|disappears?|runs? out|"
    r"vanish(?:es)?|sells? out|closes?)\b",
    r"\b(?:be|move|get in|think) (?:very |really |super )?(?:quick|fast)\b",
    r"\bquick(?:,| -| before| now)",
    r"\b(?:don'?t|do not|never) (?:miss|lose out|let (?:this|it) (?:slip|pass|go))\b",
    r"\b(?:can'?t|cannot|won'?t want to) afford to (?:miss|wait|lose|delay)\b",
    r"\b(?:once|when) (?:it'?s|it is|they'?re) gone\b",
    r"\b(?:won'?t|will not|never) (?:come|be) (?:around |here |offered )?again\b",
    r"\b(?:going|selling|disappearing) fast\b",
    r"\b(?:ends?|ending|closing|expiring|going) soon\b",
    r"\b(?:almost|nearly|all but) (?:gone|over|sold out|expired)\b",
    r"\b(?:one|1|two|2) (?:day|days|night) only\b",
    r"\b(?:tonight|today|this weekend|this week|24 hours|48 hours) only\b",
    r"\b(?:last|final|closing) (?:hours|minutes|moments|opportunity)\b",
    r"\bfinal days?\b",
    r"\btime[- ](?:sensitive|limited)\b",
    r"\bfirst come,? first served\b",
    r"\bcount ?down\b",
    r"\btick(?:ing|s)?,? tock\b",
    r"\bwhile (?:you (?:still )?can|it(?:'s| is) still (?:here|available|on))\b",
    r"\b(?:reply|respond|answer|act|decide|confirm|accept|claim) (?:yes )?(?:by|before) (?:today|tonight|"
    r"tomorrow|midnight|noon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)",
    r"\b(?:must|need to|have to|got to|gotta) (?:reply|respond|act|decide|accept|claim|answer|move) "
    r"(?:now|today|tonight|fast|quickly|soon|immediately)\b",
    r"\bnow,? (?:or|before) (?:never|it'?s too late|you lose|it goes)\b",
    # Family (heldout12): skates on, chances that don't hang about, the final batch, a rate that lapses when
    # the offices close, before the next train pulls in.
    r"\bget your skates on\b",
    r"\b(?:chances?|offers?|deals?|discounts?) like (?:this|these|that) (?:don'?t|do not|won'?t|never) (?:han"
    r"g (?:about|around)|wait|stick around|come (?:along )?often|last)\b",
    r"\b(?:final|last|remaining) (?:batch|handful|few|lot|stock|allocation) of (?:these |this |our |the )?"
    r"(?:discounts?|offers?|deals?)\b",
    r"\b(?:lapses?|expires?|ends|goes|disappears|vanishes|is withdrawn) (?:when|once|as soon as|the moment) ("
    r"?:our|the) (?:offices?|shops?|stores?|phone lines?|lines?|branches) close\b",
    r"\bbefore the next (?:train|bus|tram|ferry|kettle) (?:pulls in|arrives|leaves|comes|boils)\b",
    # Family (heldout14's misses): more idioms of haste ("get a wriggle on", "pedal to the metal", "hustle",
    # "don't let the grass grow"), an offer yanked at a set hour.
    r"\b(?:get a wriggle on|get a shift on|get your (?:skates|running shoes|skis) on|pedal to the metal|foot"
    r" (?:to the floor|on the gas)|put your foot down|chop[ -]?chop|make it snappy|at the double|double qu"
    r"ick|pronto|giddy ?up|get cracking|get moving|get going|step lively|no dawdling|no dilly-?dallying|qui"
    r"ck sticks|sharpish|hurry(?: up)?|hustle|rush rush|go go go|quick quick|don'?t (?:dawdle|dilly-?dally|d"
    r"ither|hang about|hang around|drag your feet))\b",
    r"\b(?:let the grass grow|grass grow under your feet|time(?:'s| is) a-?wasting|clock'?s ticking|tick,? to"
    r"ck)\b",
    r"\b(?:yanks?|yanking|pulls?|pulling|axes?|axing|scraps?|scrapping|kills?|killing|withdraws?|withdrawin"
    r"g|bins?|binning|retires?|retiring|removes?|removing|cancels?|cancelling|ends?|ending|drops?|dropping|sn"
    r"atches?|snatching|takes? down|taking down|switches? off) (?:this|the|that|our|your) (?:discount|offer"
    r"|deal|rate|price|saving|promo(?:tion)?)s? (?:at|by|before|tonight|tomorrow|today|this|on|come|after)"
    r"\b(?! the end of (?:your|the) (?:\d+|offer|discount))(?! (?:your|its) )",
    # Family (heldout15's misses): don't drag your heels, an offer pulled the moment the week's figures
    # close, don't keep us waiting, full steam ahead and say yes now.
    r"\b(?:don'?t|stop|quit|no more|enough) (?:drag(?:ging)? your (?:heels|feet)|dawdl(?:e|ing)|dither(?:ing)"
    r"?|dilly-?dally(?:ing)?|hang(?:ing)? (?:about|around)|faff(?:ing)?(?: about| around)?|procrastinat(?:e|i"
    r"ng)|sit(?:ting)? on (?:it|this|your hands)|keep(?:ing)? us waiting|leav(?:e|ing) us hanging)\b",
    r"\b(?:gets?|will be|is|goes|get) (?:pulled|yanked|withdrawn|scrapped|binned|axed|gone|dropped|switched"
    r" off) (?:the (?:moment|minute|second|instant|day)|as soon as)\b",
    r"\bfull steam ahead\b",
    r"\b(?:say|shout|give us a|give me a) yes (?:now|right now|immediately|straight away|this instant|this mi"
    r"nute)\b",
    # Family (heldout16's misses): rattle your dabs, a discount gone the moment the office shuts, reply
    # before you put this phone down.
    r"\b(?:rattle your dabs|shake a leg|look lively|jump to it|step on it|move your (?:self|backside|bum)|"
    r"get a move on|get your (?:finger|thumb|skates) out|snap to it|look sharp)\b",
    r"\b(?:the|that) (?:moment|minute|second|instant) (?:\w+ ){1,4}(?:shuts?|closes?|locks? up|goes home|c"
    r"locks? off|stops? trading|turns? the lights off)\b",
    r"\bbefore you (?:put (?:this|the|your) phone down|put down (?:this|the|your) phone|close this|look awa"
    r"y|blink|go to bed|leave the (?:room|house)|finish your (?:coffee|tea|lunch|drink)|scroll (?:on|away|pa"
    r"st)|lock your (?:phone|screen)|forget)\b",
)

INSULT = (
    # Family (heldout13's misses): names from down under ("you galah"), kangaroos in the top paddock, not the
    # full shilling, as bright as a black hole.
    r"\byou (?:absolute |great |big |silly |daft |total |utter |complete |flamin'? |bloomin'? )?(?:galah|non"
    r"g|boofhead|dill|dag|wally|muppet|plonker|pillock|nincompoop|dingbat|dimwit|drongo|dunce|dope|goose|"
    r"clot|nitwit|twit|halfwit|half-wit|dipstick|nitwit|numbskull|numbnut)s?\b",
    r"\b(?:kangaroos|roos|bats|sheep|cows|rabbits|cuckoos)(?: \w+)? (?:loose )?in (?:the|your) (?:top paddoc"
    r"k|belfry|attic|upper storey|loft)\b",
    r"\b(?:not|never|hardly|isn'?t|aren'?t) (?:quite )?the full (?:shilling|quid|bob|ten bob|two bob|dollar|"
    r"pound|penny|deck|box of (?:birds|fluffies))\b",
    r"\b(?:a )?(?:few|some|several|couple of) (?:sandwiches|bricks|cards|screws|marbles|chips|stubbies|tinni"
    r"es|snags|spanners|fries|biscuits|sheep) short of (?:a|an|the)\b",
    r"\bas (?:bright|sharp|clever|quick|smart|brainy|with-?it|switched on) as (?:a |an |the )?(?:black hole|"
    r"brick|rock|power cut|blackout|bag of (?:hammers|rocks|spanners|sand)|plank|post|mud|puddle|fog|spoon|b"
    r"utter knife|lump of coal|coal cellar|cave|tunnel|bowling ball|cabbage|turnip|potato|doorknob|doorstop"
    r"|sack of potatoes|bucket of sand|dead bulb|broken torch|moonless night)\b",
    # Family (heldout12's misses): even a potato could manage it, a hamster off its wheel, a grown-up needed
    # to help you reply, the brains of a teaspoon.
    r"\beven (?:a|an|my|your|the) (?:[\w-]+ )?(?:potato|spud|turnip|cabbage|carrot|vegetable|houseplant|pot p"
    r"lant|plant|rock|pebble|brick|stone|teaspoon|spoon|toaster|kettle|goldfish|hamster|gerbil|sloth|snail|"
    r"slug|tortoise|pigeon|sheep|donkey|monkey|chimp|parrot|dog|cat|toddler|baby|child|kid|infant|five-year-"
    r"old|5-year-old|caveman|robot|fool|idiot)s? (?:could|can|would|will|might|manages?|gets?|understands?"
    r"|knows?)\b",
    r"\b(?:a|an|my|your) (?:potato|spud|turnip|cabbage|houseplant|pot plant|rock|pebble|brick|teaspoon|toast"
    r"er|goldfish|hamster|toddler|five-year-old|5-year-old|chimp|monkey) (?:could|can|would) (?:[\w-]+ ){0,3}"
    r"(?:reply|answer|respond|manage|handle|press|type|text|say|click|tap|cope|follow)\b",
    r"\bhamster(?:'s| is| has)? (?:\w+ )?(?:dead|died|asleep|sleeping|fallen off|fell off|off (?:its|the) whe"
    r"el|on strike|napping|taking a nap)\b",
    r"\bwheel(?:'s| is)? (?:still )?(?:turning|spinning|going round),? but\b",
    r"\b(?:lift|elevator) (?:doesn'?t|does not|don'?t) go (?:all the way )?(?:up )?to the top(?: floor)?\b",
    r"\b(?:lost|losing) (?:your|all your|the last of your) marbles\b",
    r"\b(?:need|want|get|ask|fetch|call|find) (?:a|an|your|some) (?:grown-?up|adult|responsible adult|mummy|m"
    r"ommy|mum|mom|daddy|babysitter|nanny|big brother|big sister|teacher)s? to (?:help you|read (?:it|this)"
    r"|explain|hold your hand|do it for you|press|reply for you)\b",
    r"\b(?:got|have|has|with|you've) the (?:brains?|brainpower|brain power|intellect|iq|wits|intelligence|"
    r"smarts) of (?:a|an) (?!genius|professor|scholar|sage|einstein)[\w-]+",
    r"\b(?:brains?|brainpower|intellect|iq|wits|intelligence) of (?:a|an) (?:[\w-]+ )?(?:teaspoon|spoon|brick"
    r"|plank|doorknob|doorstop|toaster|kettle|houseplant|cabbage|turnip|carrot|lettuce|pea|walnut|teabag|soc"
    r"k|shoe|pebble|jellyfish|worm|snail|sloth)s?\b",
    # Family (heldout11): a daft ha'porth, not exactly a rocket scientist, slow on the uptake, you great lump,
    # a brain on airplane mode.
    r"\b(?:daft|soft|dozy|silly|gormless) (?:ha'?porth|ha'?p'orth|a'?porth|apeth|ha'penny|lump|beggar|sod|bat"
    r"|cow|so-and-so)\b",
    r"\bnot (?:exactly |quite |really |much of )?a (?:rocket scientist|brain surgeon|genius|einstein|mastermi"
    r"nd|brainbox|bright spark|great thinker|mensa member)\b",
    r"\b(?:slow|a bit slow|dim|thick|dense) (?:on the uptake|upstairs|in the head)\b",
    r"\byou (?:great|big|silly|stupid|daft|lazy|useless|total|utter|fat|dozy|soft) (?:lump|oaf|lummox|galoot|"
    r"dolt|clot|twit|wally|pillock|nitwit|numpty|muppet|plank|lemon|turnip|noodle|banana|potato|donkey|goon)"
    r"\b",
    r"\b(?:brain|head|mind)(?:'s| is)? (?:on|in|stuck (?:on|in)) (?:air ?plane|aeroplane|flight|sleep|power-?"
    r"saving|low-?power|standby|safe|silent|do not disturb) mode\b",
    # Family (heldout10): only a plum ignores, dafter than a brush, not the quickest horse, hard work for
    # someone like you, a gnat's attention span, regional names.
    r"\bonly (?:a|an) (?:[\w-]+ ){0,2}(?:plum|melt|gowk|eejit|dope|wally|mug|numpty|doughnut|donut|muppet|n"
    r"utter|clown|fool|idiot|lemon|turnip|spanner)\b",
    r"\b(?:plums?|melts?|gowks?|eejits?|dopes?|spanners?|doughnuts?|turnips?)(?: that)? (?:ignores?|would|w"
    r"ho|like you)\b",
    r"\b(?:dafter|thicker|dumber|dimmer|stupider|dopier|denser) than (?:a|an|two|the|your) \w+",
    r"\b(?:daft|thick|dim|dense|dumb|dozy) as (?:a|an|two) (?:[\w-]+ )?(?:brush|brick|post|plank|short plank"
    r"|rock|potato|sack|box|bag|doorknob|hedge|mince)\b",
    r"\bnot the (?:quickest|sharpest|brightest|smartest|fastest|cleverest) (?:[\w-]+ ){1,2}in the (?:stable"
    r"|box|shed|drawer|pack|class|bunch|room|barn|field|herd|toolbox|set)\b",
    r"\b(?:hard|heavy|tough|tricky|difficult|a struggle|a challenge|too much|confusing|complicated|taxing)(?:"
    r" going| work)? for (?:someone|somebody|people|folk|a person|the likes of you) like you\b",
    r"\b(?:attention span|memory|brain|brains|intellect|iq|wits) of (?:a|an) (?:[\w-]+ )?(?:gnat|goldfish|f"
    r"ly|flea|mayfly|toddler|squirrel|sheep|rock|potato|slug|gerbil|amoeba|sponge|peanut)\b",
    r"\b(?:gowk|eejit|plonker|melt)s?\b(?! (?:the|in|into|away|down))",
    # Family (heldout9): only a dolt would, short of a picnic, not a full deck, not your strong suit.
    r"\bonly (?:a|an) (?:[\w-]+ ){1,2}would (?:ignore|refuse|say no|turn (?:this|it) down|pass (?:this|it) "
    r"up|pass on|miss|decline|turn down|bin)\b",
    r"\b(?:lummox|galoot|dimbulb|dingus|lunkhead|meathead|schmuck|putz|bampot|eejit|"
    r"gobshite|tosspot|wazzock|nerk|dunderhead)(?:es|s)?\b",
    r"\bshort of a (?:[\w-]+ ){0,2}(?:picnic|happy meal|deck|load|six(?: ?- ?)?pack|shilling|sandwich|brain|"
    r"packet|bale)\b",
    r"\bfull deck\b",
    r"\b(?:reading|thinking|maths|math|spelling|understanding|listening|numbers|brains?|common sense|intel"
    r"ligence|logic)(?: \w+)? (?:isn'?t|is not|aren'?t|was never|never was|were never) (?:exactly )?your (?:s"
    r"trong suit|forte|strong point|strength|thing)\b",
    r"\b(?:go|going|speak|speaking|explain|explaining|talk|talking|type|typing|write|writing)(?: this)? (?:ve"
    r"ry |extra |really )?slowly,? (?:for you|since|because|as|so you)\b",
    # Family (heldout8): nobody home, small words, a paper bag, sharp as a bowling ball, British names.
    r"\b(?:lights?|lights are|light'?s) on but (?:nobody|no one|no-one)(?:'s| is) home\b",
    r"\b(?:use|using) (?:small|short|simple|little|easy) words\b",
    r"\bout of a (?:wet )?paper bag\b",
    r"\b(?:sharp|bright|smart|quick) as a (?:bowling ball|brick|rock|spoon|marble|sack|box of rocks|potato|p"
    r"lank|post|doorknob|beach ball|sponge)\b",
    r"\b(?:berk|prat|twit|dolt|oaf|ninny|dipstick|numbskull|bonehead|airhead|knucklehead|lamebrain|pea-?br"
    r"ain|dunderhead|chump)s?\b",
    # Family (heldout7): a houseplant could decide, bless your heart, only a mug pays, thick or
    # something, not the brightest bulb, regional insults.
    r"\b(?:a|an|my|even a|even an) (?:houseplant|potato|goldfish|toddler|child|monkey|rock|plant|five-"
    r"year-old|hamster|dog) (?:could|would|can) (?:[\w-]+ ){0,3}(?:decide|make|figure|work|understand|"
    r"do|see)\b",
    r"\bbless your (?:little )?(?:heart|cotton socks)\b",
    r"\b(?:only|just|what|like) an? (?:mug|sucker|fool|muppet|idiot)\b",
    r"\b(?:are you|you're|you are|you must be) (?:a bit |really |just |being )?(?:thick|dense|daft|dim"
    r"|simple)\b",
    r"\bnot the (?:brightest|sharpest|smartest|quickest) (?:bulb|tool|knife|crayon|pencil|spark)\b",
    r"\b(?:drongo|div|numpty|plonker|pillock|wally|nitwit|dimwit|bozo|dingbat|dunce|halfwit|nincompoop)s?\b",
    # Family (heldout6): too simple for the customer, a name called.
    r"\b(?:simple|easy|clear|basic) enough,? even for you\b",
    r"\byou (?:absolute|utter) "
    r"(?!star|legend|gem|hero|treasure|champion|diamond|delight)[a-z]+",
    r"\bspell it out (?:\w+ )?for you\b",
    r"\bbird-?brain\w*",
    r"\bstupid(?:ity)?\b",
    r"\bidiot(?:s|ic)?\b",
    r"\bdumb\b",
    r"\bmoron(?:s|ic)?\b",
    r"\bfool(?:s|ish)?\b",
    r"\blosers?\b",
    r"\bpathetic\b",
    r"\bignorant\b",
    r"\bclueless\b",
    r"\blazy\b",
    r"\bincompetent\b",
    r"\buseless\b",
    r"\bworthless\b",
    r"\bimbecile\b",
    r"\bdim ?wit\b",
    r"\bbrainless\b",
    r"\bdumm(?:y|ies)\b",
    r"\bcheapskate\b",
    r"\bclowns?\b",
    r"\bnot (?:very |too )?(?:smart|bright|clever)\b",
    r"\bsilly\b",
    r"\bnaive\b",
    r"\bshut up\b",
    r"\bhalf a brain\b",
    r"\bfor once\b",
    r"\b(?:too|so) lazy\b",
    r"\b(?:so|too|very|that) (?:dense|thick|slow|dim)\b",
    r"\bnumpty\b",
    r"\btwits?\b",
    # Family: the names people call each other, and "anyone with a brain" (so the reader has none).
    r"\b(?:muppets?|nitwits?|halfwits?|airheads?|boneheads?|blockheads?|knuckleheads?|twerps?|plonkers?"
    r"|pillocks?|prats?|doofus(?:es)?|nincompoops?|numbskulls?|dunces?|simpletons?|buffoons?|dimwits?"
    r"|dolts?|nitwits?|ninnies|ninny|chumps?|suckers?)\b",
    r"\b(?:anyone|anybody|someone|somebody|everyone) with (?:a|half a|any|one|two|three|a few|a couple of) "
    r"(?:brain(?: cells?)?|clue|sense|neurons?|wits)\b",
    r"\b(?:right|proper|total|complete|absolute) (?:plank|muppet|idiot|fool|wally|prat|pillock|numpty"
    r"|twit)\b",
    r"\bplanks?\b(?<!\bwalk the plank)",
    r"\byou (?:clearly|obviously|evidently) (?:struggle|can'?t|don'?t (?:get|understand)|have trouble)\b",
    r"\b(?:not )?too (?:taxing|hard|difficult|complicated|much) for you\b",
    r"\beven (?:a|an|my|your) (?:\w+ )?(?:child|kid|toddler|baby|monkey|goldfish|dog|cat|hamster|chimp"
    r"|five-year-old|5-year-old|fool|idiot) (?:could|would|can|gets?|understands?)\b",
    r"\bbrain-?dead\b",
    # Family (heldout12): "don't be a total lemon", "an absolute donkey".
    r"\bdon'?t be (?:a|an) (?:\w+ ){0,2}(?:lemon|donkey|muppet|numpty|plank|wally|prat|doughnut|turnip|clown"
    r"|dingbat|nitwit|halfwit|dope|goose)\b",
    # Family (heldout14's misses): as much use as a chocolate teapot, a brain still loading, a brain cell or
    # two (and those on holiday).
    r"\b(?:about |as )?(?:as much use as|as useful as|as helpful as|about as useful as|of as much use as) an?"
    r" (?:chocolate|wet|paper|glass|inflatable|screen|one-legged|concrete|lead|cardboard|ashtray|rubber|sol"
    r"ar-powered|knitted)\b",
    r"\bas much use as an?\b",
    r"\b(?:brain|head|mind|noggin|brain cell)(?:'s| is| are)? (?:still |always |forever )?(?:loading|bufferin"
    r"g|booting(?: up)?|rebooting|on dial-?up|in airplane mode|on standby|out to lunch|updating)\b",
    r"\b(?:two|one|2|1|a couple of|a few|three|both|only a few|your last|your only) brain ?cells?\b",
    r"\bbrain ?cells? (?:and|but) (?:both|neither|one|all|none)\b",
    # Family (heldout15's misses): a name called with a word of scorn ("you daft sausage", "you great
    # pudding"), a -brain compound, dense as a fruitcake, lights on and nobody home, a tortoise would have
    # answered faster.
    r"\byou (?:daft|great|silly|big|absolute|utter|total|complete|dozy|dopey|soppy|dim|thick|useless|hopele"
    r"ss|ridiculous|dumb|stupid|lazy|clueless|gormless|witless|little|massive|proper|right) (?!(?:time|deal"
    r"|savings?|news|value|offer|price|customer|customers|team|service|bunch|lot|people|folks|one|ones|sup"
    r"port|help|patience|thanks|stars?|legends?|gems?|heroe?s?|diamonds?|treasures?|angels?|champs?|champi"
    r"ons?|sweethearts?|darlings?|beauty|rocks?|superstars?|pals?|friends?|mates?|things?|bargains?|bits?"
    r"|fans?|saints?|wonders?|lifesavers?|cherubs?|sweeties?|loves?|dears?|duck|ducks|chuck|petal)\b)[a-z]"
    r"[a-z-]+\b(?= ?[,.!?;]|$)",
    r"\b[a-z]+-brain(?:ed|s)?\b",
    r"\b(?:dense|thick|daft|dim|dumb|dozy|dopey|gormless) as (?:a|an|two|a bag of|a box of|a sack of|mince|mu"
    r"d|a plank|a brick|a post|pudding|porridge)\b",
    r"\blights (?:are )?on,? (?:but )?(?:nobody|no one|no-one|no ?body)(?:'s| is)? home\b",
    r"\b(?:a|an|my|our) (?:\w+ )?(?:tortoise|snail|sloth|slug|glacier|goldfish|rock|brick|toddler|potato|plan"
    r"t|pigeon|hamster|houseplant|dog|cat|baby) (?:would|could) (?:have )?(?:\w+ )?(?:answered|replied|resp"
    r"onded|got back|understood|worked (?:it|this) out|figured (?:it|this) out|read (?:it|this)|managed)(?: "
    r"\w+)? (?:faster|quicker|sooner|better)\b",
    # Family (heldout16's misses): a name called after a word of scorn that is no adjective ("you walking
    # typo", "you wet lettuce", "you soft-boiled egg"), empty-headed as a biscuit tin, a brain on holiday.
    r"\byou (?:walking|talking|wet|soggy|soft-boiled|hard-boiled|half-baked|overcooked|undercooked|limp|s"
    r"tale|damp|mouldy|moldy|rotten|glorified|overgrown|jumped-up|two-legged|human|absolute|utter|total) (?"
    r":[a-z-]+ )?(?:typo|lettuce|egg|sponge|sock|blancmange|biscuit|noodle|spoon|teabag|dishcloth|lump|erro"
    r"r|glitch|joke|spud|potato|cabbage|turnip|carrot|banana|pudding|trifle|sandwich|lightbulb|doorstop|doo"
    r"rmat|paperweight|lemon|kipper|haddock|flannel|tea ?towel|mop|sprout|parsnip|crumpet|muffin|waffle|pa"
    r"ncake|dumpling|cucumber|celery|tomato|melon|jelly|custard|sausage|wombat|walrus|penguin|ostrich|peli"
    r"can|disaster|accident|fail(?:ure)?|mistake|bug|blunder)s?\b",
    r"\b(?:empty|air|hollow|muddle|addle|dunder|pin|thick|wooden|bone|pea|mutton|cloth|block|knuckle)[- ]?"
    r"head(?:ed|s)?\b",
    r"\b(?:thick|dim|dense|dumb|empty|daft|hollow|clueless|gormless|vacant|brainless|slow) as (?:a|an) (?:b"
    r"iscuit tin|doorknob|door ?post|lamp ?post|bag of hammers|box of rocks|rock|log|bucket|brick|plank|tin"
    r" can|paper bag|cardboard box|drum)\b",
    r"\b(?:brain|brains|brain cells?|noggin|grey matter|gray matter)(?:'s| is| are|'re)? (?:still |clearly |"
    r"obviously |always )?(?:on (?:holiday|vacation|strike|a break|leave|sabbatical|a day off)|switched off|t"
    r"urned off|asleep|out of office|gone walkabout|gone missing|missing in action|awol|left the building|o"
    r"ut to lunch|on standby)\b",
)

PROFANITY = (
    # Family (heldout11): a hyphen for the vowel, "shyte".
    r"\b(?:f-ck|f-k|sh-t|b-tch|c-nt|d-ck|pr-ck|w-nk|tw-t|b-llocks|cr-p|d-mn|b-stard|p-ss)(?:ing|in|ed|er|s|t"
    r"y)?"
    r"\b",
    r"\bsh[iy]tes?\b",
    r"\bshyt\w*",
    # Family (heldout10): "ph" for the f with a masked vowel, a slash or an apostrophe for the letters left
    # out, "bollocksed", a load of BS.
    r"\bph[u*#@]*c?k(?:ing|in|ed|er|s)?\b",
    r"\bsh(?:[*#@/\\]+)t(?:ty|s)?\b",
    r"\bf'(?:ing|in|in')\b",
    r"\bbollocks(?:ed|ing)?\b",
    r"\b(?:load of|utter|total|complete|pure|such|absolute) (?:old )?b\.?s\b",
    # Family (heldout9): a v for the u, names for people built on swear words.
    r"\bfv+c+k+(?:ing|in|ed|er|ers|s)?\b",
    r"\bphu?c?k(?:ing|in|ed|er|s)?\b",
    r"\b(?:arse|ass)-?(?:holes?|wipes?|hats?|clowns?)\b",
    r"\bwank(?:er|ers|ing|ed|s|y)?\b",
    r"\b(?:tossers?|bellends?|twats?|shitheads?|dickheads?|knobheads?)\b",
    r"\b(?:bat|bull|horse|ape)shit\b",
    r"\bclusterf\w*",
    r"\bmotherf\w*",
    r"\ba-holes?\b",
    r"\bdamn(?:ed|it)?\b",
    r"\bdammit\b",
    r"\bhell\b",
    r"\bcrap(?:py)?\b",
    r"\bshit(?:ty|s)?\b",
    r"\bbullshit(?:ty|s)?\b",
    r"\bf+u+c+k+(?:ing|ed|er|s)?\b",
    r"\b(?:fcking|fckin|fck(?:s|ed|er)?|fkn|fking|fukk?(?:ing|in)?|fcuk(?:ing)?)\b",  # vowel left out
    r"\bf(?:[*#@]+|u)(?:[*#@]+|c)k\b",
    r"\bf\*{2,}",
    r"\bf[u*#@aeo]+c?k(?:ing|ed|er|s)?\b",
    r"\bwtf\b",
    r"\bbitch(?:es|y)?\b",
    r"\bbastards?\b",
    r"\bass(?:hole)?s?\b",
    r"\barse\b",
    r"\bpiss(?:ed)?\b",
    r"\bbloody\b",
    r"\bbugger\b",
    r"\bdicks?\b",
    r"\bpricks?\b",
    r"\bscrew (?:you|this|that|them|the|it|him|her)\b",
    r"\beff(?:ing|in)\b",
    r"\bfrigg?(?:ing|in)\b",
    r"\bsuck(?:s|ed|ing|y)?\b",
    r"\bsh(?:[*#@]+|i)t\b",
    r"\bd(?:[*#@]+|a)mn\b",
    r"\bb(?:[*#@]+|i)tch\b",
    r"\bgod ?damn(?:ed|it)?\b",
    r"\bsod (?:it|off|that|this)\b",
    r"\bsodding\b",
    r"\bshit\w+",
    r"\b(?:asses|arses)\b",
    r"\bbollocks\b",
    r"\bbullsh(?:[*#@]+|i)t\b",
    r"\bfrick(?:ing|in)?\b",
    r"\bbad ?ass\b",
    r"\bffs\b",
    r"\barsing\b",
)

CHURN_MENTION = (
    # Family (heldout13's misses): looking up how to leave, the kit handed back, a love or a relationship
    # that is over, ties cut, a cancellation survey or a final bill asked for, a rival poaching you, marked
    # as gone.
    r"\b(?:googl(?:e|es|ed|ing)|search(?:es|ed|ing)?(?: for| up)?|look(?:s|ed|ing)? (?:up|into)|read(?:ing)? "
    r"up on|research(?:es|ed|ing)?|asking|asked|check(?:ed|ing)? out|brows(?:ed|ing)|reading about)(?: \w+)"
    r"{0,2} how (?:to|you can|you'?d|much it costs to) (?:cancel|leave|quit|switch|port|end|close|terminate|"
    r"get out of|break|exit)\b",
    r"\b(?:hand(?:s|ed|ing)?|giv(?:e|es|ing)|send(?:s|ing)?|post(?:s|ing)?|return(?:s|ed|ing)?) (?:back |in )"
    r"?(?:the|your) (?:router|sim(?: card)?|hub|modem|set-?top box|equipment|kit|dongle|box)(?: back| in)? (?"
    r":just |quite |right )?(?:yet|already)\b",
    r"\bhand(?:s|ed|ing)? (?:in|back) (?:your|the) (?:sim(?: card)?|router|hub|modem|keys|notice|equipment|ki"
    r"t|number)\b",
    r"\b(?:fall(?:en|ing)?|fell) out of love with us\b",
    r"\b(?:our|this) (?:relationship|partnership|romance|friendship|marriage)(?: \w+)? (?:is|seems|looks|fee"
    r"ls"
    r"|might be|may be|could be)(?: to be)? (?:on the rocks|in trouble|falling apart|over|ending|rocky|strain"
    r"ed|on its last legs|heading for divorce|doomed)\b",
    r"\b(?:let'?s not|don'?t let'?s|please don'?t|we don'?t want to) (?:split up|break up|part ways|part com"
    r"pany|call it (?:a day|quits)|go our separate ways|get divorced)\b",
    r"\b(?:cut(?:s|ting)?|sever(?:s|ed|ing)?|break(?:s|ing)?) (?:all |your )?ties with us\b",
    r"\b(?:split(?:ting)? up|break(?:ing)? up|part(?:ing)? (?:ways|company)|going your own way) (?:with|from)"
    r" us\b",
    r"\b(?:your )?(?:cancell?ation|termination|exit|leaving|closure|switching|leaver'?s?|porting) (?:survey|"
    r"qu"
    r"estionnaire|feedback|answers?|quote|estimate|enquiry|inquiry)\b",
    r"\b(?:a |your )?final[- ]bill (?:estimate|quote|calculation|figure|forecast|request|enquiry|inquiry)\b",
    r"\b(?:asked|enquired|inquired|requested|asking|requesting) (?:us )?(?:for |about )?(?:a |your |the )?(?"
    r":f"
    r"in"
    r"al bill|closing balance|settlement figure|termination (?:fee|charge|quote)|exit fee|early exit|pac|stac"
    r"|porting code|leaving date|end date of your contract)\b",
    r"\b(?:poach(?:es|ed|ing)?|lure(?:s|d)? you away|luring you away|steal(?:s|ing)? you|stole you|pinch(?:es"
    r"|ing)? you|nab(?:s|bing)? you|snatch(?:es|ing)? you|entic(?:e|es|ed|ing) you away|woo(?:s|ed|ing)? you"
    r" away|tempt(?:s|ed|ing)? you away|win(?:s|ning)? you over|sweet-?talk(?:s|ed|ing)? you)\b",
    r"\b(?:has|have|had|got|gets|is marking|are marking) you (?:down |marked |pegged |pencilled |penciled |"
    r"flagged |listed |noted |logged |filed )?(?:down )?as (?:gone|leaving|a leaver|lost|a goner|on your way"
    r" out|likely to (?:go|leave|cancel)|as good as gone)\b",
    r"\bhear (?:our|us|my) (?:side|case|offer|pitch)(?: out)? (?:first|before you (?:go|leave|decide|cancel|"
    r"switch))\b",
    r"\b(?:let'?s|we should|can we|please) talk (?:first|before you (?:go|leave|cancel|switch|decide))\b",
    # Family (heldout11): ditched for the cheaper lot, our last month together, that other contract, a list of
    # who is about to go, tagged amber on a keep-or-lose report, your chat about closing, a wandering eye.
    r"\b(?:ditch|dump|desert|jilt|two-time|cheat on|abandon) us\b",
    r"\b(?:leave|drop|swap|trade) us (?:for|in favour of|in favor of)\b",
    r"\b(?:make|making|let|be|is|isn'?t|become) (?:this|it|today|now) (?:be )?(?:our|your) (?:last|final) (?:"
    r"month|week|year|bill|day|text|message|chapter|goodbye)\b",
    r"\b(?:that|the|this|their) (?:other|rival|competitor'?s?|competing) (?:network'?s? |provider'?s? |compan"
    r"y'?s? )?contract\b",
    r"\bthat other (?:deal|offer|network|provider|company)\b",
    r"\bhold off (?:on )?(?:signing|switching|leaving|porting|committing)\b",
    r"\b(?:who'?s|who is|who are|about|likely|set|ready|going)(?: ?- ?| )(?:(?:about|likely|set|ready|going)"
    r"(?: ?- ?| ))?to(?: ?- ?| )(?:go|leave|quit|switch|cancel|walk)(?: ?- ?| )(?:list|report|register|group"
    r"|file|tracker|board|pile|league|bucket|segment|cohort)\b",
    r"\bkeep(?: ?- ?| )or(?: ?- ?| )(?:lose|let go|go)\b",
    r"\b(?:tagged|flagged|marked|rated|coded|scored|listed|rag-rated) (?:as )?(?:amber|red|orange|high[- ]ris"
    r"k)\b",
    r"\byour (?:[\w-]+ )?(?:chat|call|message|e-?mail|enquiry|inquiry|request|question|visit|searches|search"
    r"|conversation|query|browsing)s? (?:about|on|regarding|for) (?:closing|cancell?ing|leaving|ending|termin"
    r"ating|porting|moving) (?:your |the )?(?:account|contract|line|number|service|away|us|provider|network)"
    r"\b",
    r"\b(?:your )?eye(?:'s| is| has been)? (?:wandering|roving|straying|elsewhere)\b",
    r"\bwandering eye\b",
    # Family (heldout10): a renewal-risk list, usage like customers who since left, a save opportunity, a
    # last-ditch effort, handing in your notice, the final bill we ever send.
    r"\b(?:renewal|retention|cancellation|non-?renewal|lapse|leaver|flight|defection)[- ]risk (?:list|regist"
    r"er|report|score|tier|group|league)\b",
    r"\b(?:matches|resembles|looks like|mirrors|is like|is similar to|fits) (?:that of )?(?:customers|people"
    r"|users|those|others|accounts) (?:who|that)(?:'ve| have)? (?:since |already |recently |later |just )?"
    r"(?:left|cancell?ed|switched|churned|gone elsewhere|moved on|walked)\b",
    r"\b(?:customers|people|users|those|others|subscribers) (?:who|that)(?:'ve| have) since (?:left|cancell"
    r"?ed|switched|churned|gone|moved on)\b",
    r"\bsave (?:opportunit(?:y|ies)|candidates?|targets?|cases?|attempts?|prospects?)\b",
    r"\b(?:tagged|flagged|marked|listed|labell?ed|coded) as (?:a |an )?(?:save|retention|churn|win-?back|at-"
    r"?risk|flight-?risk|likely leaver|leaver)\b",
    r"\blast[- ](?:ditch|gasp)\b",
    r"\b(?:hand|hands|handing|handed|put|putting|send|sending|sent) in your notice\b",
    r"\b(?:give|giving|gave|serve|serving|served) (?:us )?your notice\b",
    r"\b(?:final|last) (?:bill|invoice|statement|text|message|payment) (?:we(?:'ll| will)? ever (?:send|get|"
    r"see|write)|you(?:'ll| will)? ever (?:get|receive|pay|see) from us)\b",
    # Family (heldout9): a win-back shortlist, moving networks, taking your number across the
    # road, an attrition forecast, customers who tend not to renew, eyeing the door, wavering loyalty,
    # talking you out of leaving.
    r"\b(?:win-?back|at-?risk|leavers?'?|save|churn|exit|defector|attrition|departure)s? (?:short ?list|lis"
    r"t|cohort|segment|pool|campaign|targets?|forecast|model|file)\b",
    r"\battrition\b",
    r"\b(?:forecast|prediction|projection|model|list|report|spreadsheet|score)s? (?:has|have|had|with|show"
    r"s|includes?) your name\b",
    r"\b(?:move|moving|moves|switch|switching|change|changing|jump|jumping|hop|hopping) (?:to another |to a"
    r" (?:new|different|rival) )?(?:networks|providers|carriers|operators|suppliers)\b",
    r"\b(?:take|taking|port|porting|move|moving|carry|carrying) your (?:number|line|custom|business|account"
    r"|sim) (?:across the (?:road|street|way)|elsewhere|to (?:another|a rival|a competitor|someone else|the"
    r" competition)|over the road)\b",
    r"\b(?:tend|tends|tended) not to (?:renew|stay|stick around|come back)\b",
    r"\bunlikely to (?:renew|stay|stick around)\b",
    r"\bnot (?:likely|expected) to (?:renew|stay)\b",
    r"\b(?:eyeing|eyed|eye|eyes|glancing at|edging towards|edging toward|heading for|eying) (?:up )?the (?:d"
    r"oor|exits?)\b",
    r"\b(?:loyalty|commitment|faith in us)(?:'s| is| has| have)?(?: been)? (?:wavering|slipping|fading|wan"
    r"ing|wobbling|shaky|in doubt|cooling)\b",
    rf"\b(?:talk|persuade|convince|stop|keep|dissuade|talking|persuading|convincing) you (?:out of|from) "
    rf"{_LEAVE}\b",
    # Family (heldout8): what an ending contract means, a break-up, a team that saves leavers, a risk
    # report, a watchlist of wavering customers.
    r"\bwe (?:know|all know|can guess|can tell) what (?:that|this) (?:usually |normally |often |probably )?"
    r"means\b",
    r"\b(?:break|breaking|broke) up with us\b",
    r"\b(?:save|saves|retention|win-?back|anti-?churn) (?:team|desk|department|squad|unit)\b",
    r"\b(?:loyalty|churn|leaving|defection|cancellation|attrition|switching) risk\b",
    r"\bscored (?:red|amber|high|low) on\b",
    r"\b(?:wobbly|wavering|restless|flaky|shaky|fickle|disloyal|unhappy)[- ]customers?\b",
    r"\bwatch ?list\b",
    # Family (heldout7): comparing deals seen, an exit-fee question, a keep-at-all-costs list, a
    # flight-risk alert, the profile of someone who cancels.
    r"\b(?:we|i) (?:gather|noticed|notice|see|saw|hear|heard|know|understand|spotted|can see) (?:that "
    r")?you(?:'ve| have| are|'re)? (?:been )?(?:comparing|browsing|checking out|pricing up|researching"
    r"|getting quotes)\b",
    r"\b(?:exit|early termination|termination|cancellation|leaving)[- ]fees? (?:question|query|enquiry"
    r"|inquiry|request|call|check)\b",
    r"\b(?:keep(?: ?- ?| )at(?: ?- ?| )all(?: ?- ?| )costs|must[- ]keep|must[- ]retain|save|saves|watc"
    r"h|at[- ]risk|flight[- ]risk|leavers'?) list\b",
    r"\bflight[- ]risks?\b",
    r"\b(?:leaving|exit|flight|cancellation|departure|switching)(?:[- ]risk)? (?:alert|warning|signal|"
    r"indicator)s?\b",
    r"\b(?:fit|fits|match|matches) (?:the|our) profile of (?:someone|a customer|customers|people|those)\b",
    r"\b(?:someone|the kind of customer|the type of customer|a customer) (?:who|that) (?:cancels|leave"
    r"s|quits|walks|switches)\b(?! (?:a|us a|feedback|reviews?|to paperless))",
    # Family (heldout6): the steps of leaving seen, the last text, a score of leaving.
    r"\b(?:pac|porting|port-?out|stac|switching) (?:code|authori[sz]ation)\b",
    r"\b(?:call|question|enquiry|inquiry|asked|asking) about (?:your |the )?(?:contract end|ending|leaving"
    r"|cancell?ing|terminat)",
    r"\bhate (?:this|it) to be (?:our|the) last\b",
    r"\b(?:halfway|half-way|one foot|a foot) out (?:of )?the door\b",
    r"\blikelihood[- ]to[- ](?:leave|churn|cancel|switch|go)\b",
    r"\b(?:leave|leaving|exit|attrition|cancellation) (?:score|risk|propensity|likelihood)\b",
    r"\bchurn(?:s|ed|ing|er|ers)?\b",
    r"\bpredict(?:ed|s|ion|ions)?\b",
    r"\b(?:likely|about|planning|thinking|thinking about|considering|ready|set|expected|poised|tempted|"
    rf"preparing|predicted|inclined) (?:to |of |on |about )?{_LEAVE}\b",
    r"\byou(?:'re| are)? (?:\w+ )?(?:might|may|could|would|will|wish to|want to|wanting to|hope to|"
    rf"intend to|are going to|'re going to|going to) {_LEAVE}\b"
    r"(?! (?:any ?time|whenever|plans?|to (?:a|our) ))",
    rf"\b(?:risk|chance|likelihood|probability|odds|danger|possibility) (?:of|that you(?:'ll| will| might)) "
    rf"{_LEAVE}\b",
    rf"\b(?:on the (?:verge|brink|edge|point)|close|near|halfway) (?:of |to )?{_LEAVE}\b",
    rf"\b(?:since|as|because|now that) you(?:'re| are| (?:may|might|could|will|would)(?: be)?) {_LEAVE}\b",
    r"\b(?:stick|stay|hang) (?:around )?with us,? (?:won'?t|will|would) you\b",
    r"\b(?:stick|stay|hang) around\b(?! (?:for|to|on|and))",
    r"\bat risk\b",
    r"\brisk (?:score|level|rating|profile|flag)\b",
    r"\bflag(?:ged)? (?:you|your account|as)\b",
    r"\b(?:our|the) (?:model|algorithm|system|data|analysis|analytics|prediction|ai|scores?)s? "
    r"(?:shows?|suggests?|says|predicts?|indicates?|flagged|thinks|tells?|told|identified|marked)\b",
    r"\b(?:we|i) (?:noticed|know|hear|heard|sense|see|suspect|understand|gather|realise|realize|learned) "
    r"(?:that )?you(?:'re| are| have been| were)? (?:\w+ ){0,2}"
    r"(?:leave|leaving|cancel|cancell?ing|switch|switching|"
    r"unhappy|shopping around|looking elsewhere)\b",
    r"\b(?:sorry|sad) to see you go\b",
    r"\bbefore you (?:go|leave|cancel|switch|port|move|sign with|jump)\b",
    r"\bdon'?t (?:leave|go|cancel|switch|quit|walk (?:away|out)|give up on us|jump ship)\b",
    r"\bleavers?\b",
    r"\b(?:had|have|has|put) you down as\b",
    r"\bpastures new\b|\bgreener (?:grass|pastures)\b|\bgrass (?:\w+ ){0,2}greener\b",
    r"\btempt(?:s|ed|ing)? you away\b",
    r"\brivals?\b",
    r"\b(?:call it quits|jump(?:ing)? ship|port(?:ing)? (?:your number )?out|porting your number"
    r"|take your (?:business|custom) elsewhere|head(?:ing)? for the exit)\b",
    r"\b(?:our|the) (?:\w+ )?(?:model|algorithm|ai|analytics)s? (?:\w+ )?(?:put|picked|chose|selected|flagged"
    r"|marked|identified|singled)\b",
    r"\bplease (?:stay|don'?t go|reconsider)\b",
    r"\breconsider\b",
    r"\bretention\b",
    r"\bretain you\b",
    r"\bkeep you from (?:leaving|going|switching)\b",
    r"\bcompetitors?\b",
    r"\b(?:another|other|a different|new) (?:providers?|carriers?|operators?|companies|company|networks?"
    r"|suppliers?)\b",
    r"\bat-risk\b",
    r"\bshopping around\b",
    r"\bthinking of (?:leaving|going|switching|cancell?ing)\b",
    r"\bgoodbye\b",
    r"\bstay with us\b",
    rf"\bcustomers like you (?:\w+ ){{0,3}}{_LEAVE}\b",
    rf"\b(?:often|usually|tend to|typically|start to|begin to) {_LEAVE}\b",
    r"\b(?:hate|sad|sorry) to lose you\b",
    r"\blosing you\b",
    # Family (heldout12): a downgrade or switch-away request, not done with us, a customer-loss report, the
    # leaving pile, asking friends which network they use, poor odds of staying.
    r"\byour (?:recent |pending |open )?(?:downgrade|switch-?away|switching|leaving|porting|exit|departure|pa"
    r"c) (?:request|code request|enquiry)\b",
    r"\byou'?re heading (?:off|out|elsewhere)\b",
    r"\b(?:you'?re|you are) (?:not )?(?:done|finished|through) with us\b",
    r"\bcustomer[- ]loss (?:report|list|model|score|risk)\b",
    r"\b(?:report|list|model|algorithm|system|dashboard) (?:named|flagged|listed|picked out|singled out) you"
    r"\b",
    r"\bthe (?:leaving|leavers'?|exit|departures?|churn|goners'?|going) (?:pile|list|bucket|group|column|heap"
    r")\b",
    r"\basking (?:friends|around|people|mates|family|colleagues) which (?:network|provider|operator|carrier)"
    r"\b",
    r"\b(?:poor|low|slim|bad|long) (?:odds|chances?) of (?:you )?(?:staying|sticking (?:around|with us)|remai"
    r"ning)\b",
    # (heldout12, misses) a number-transfer form started, an exit interview, an unlocked phone read as a move.
    r"\b(?:number[- ]transfer|(?:number[- ])?porting|port(?:ing)?[- ]out|switching|cancellation|termination) "
    r"(?:form|reque"
    r"st|application)s? (?:you (?:started|began|filled(?: in)?|submitted|opened)|in progress)\b",
    r"\bthe number[- ](?:transfer|porting) (?:form|request|code)\b",
    r"\b(?:skip|avoid|cancel|forget) the exit (?:interview|survey|call|form)\b",
    r"\b(?:that|which|this) (?:usually|often|normally|typically|generally) means (?:a move|a switch|goodbye|y"
    r"ou'?re (?:leaving|moving|off|going|switching))\b",
    r"\blet'?s not make (?:this|it|today) (?:a |our |your )?(?:farewell|goodbye|parting|send-off)\b",
    # Family (heldout14's misses): the odds of your renewing, a cancellation letter kept in a drawer.
    r"\b(?:odds|chances?|likelihood|probability|prospects?) (?:of|that) you(?:r)? (?:renewing|renew|staying|s"
    r"tay|sticking|stick|leaving|leave|switching|switch|cancelling|cancel|going|churning|remaining|remain|co"
    r"ming back)\b",
    r"\b(?:keep|put|leave|hold|park|tear up|bin|rip up|shred|file|hang on to|shelve) (?:that|your|the|this) "
    r"cancell?ation (?:letter|notice|email|request|form|plan|idea|call)\b",
    r"\b(?:that|your) cancell?ation (?:letter|notice|form|email) (?:in|into|back in|on) (?:the|a|your) (?:dr"
    r"awer|bin|cupboard|shelf|draft|drafts|outbox)\b",
    # Family (heldout15's misses): the signs of someone on their way out, a switch-risk report, a who-might-go
    # meeting, the app saw you tap "close my account".
    r"\bon (?:their|the) way out\b",
    r"\b(?:switch|switching|leave|leaving|leaver|exit|quit|quitting|cancel|cancellation|departure|defection|"
    r"flight|lapse|attrition)[- ]risk\b",
    r"\bwho[- ](?:might|may|could|will|is likely to|are likely to)[- ](?:go|leave|switch|quit|walk|cancel)\b",
    r"\b(?:saw|noticed|spotted|see|seen|clocked) (?:that )?you (?:\w+ ){0,2}(?:tap|tapped|click|clicked|press"
    r"|pressed|visit|visited|open|opened|hover|hovered|look at|looked at|hit)(?: \w+){0,3} (?:close|cancel|ca"
    r"ncellation|leave|leaving|switch|porting|pac code)\b",
    # Family (heldout16's misses): the customer seen asking for the code to move their number.
    r"\b(?:asked|asking|applied|requested|requesting|rang|called|texted) (?:us )?for (?:the|a|your) (?:\w+ "
    r")?(?:code|pac|stac|porting code|port code|transfer code|switching code) to (?:move|take|port|transfer"
    r"|keep|switch) (?:your|their) (?:number|line)\b",
    r"\b(?:you|your) (?:asked for|requested|requesting|request for|got|texted for) (?:a |your |the )?(?:pac"
    r"|stac|porting code|port code|number transfer code|switching code)\b",
    # "Leaving us? Hang on a moment first.", "Off to another network?"
    r"^(?:so,? )?(?:leaving|quitting|ditching|dumping|deserting) us\?",
    r"^(?:so,? )?(?:off|moving|switching|heading) (?:to|over to) (?:another|a new|a different|a rival|a c"
    r"heaper) (?:network|provider|operator|carrier|company)\?",
)

INSTRUCTION_LEAK = (
    # A message wrapped in a data format (heldout13's family): '{"sms": "Thanks for staying!"}'.
    r"\{ ?\"[a-z_ -]{1,30}\" ?: ?[\"\[{]",
    # Family (heldout13's misses): a model's own attempt and what it was not given, "based on the data
    # provided", begin and end markers, steps of the task ("Step 1: greet the customer"), a translation note,
    # the writer's edits explained ("I've added an emoji to make it feel warmer").
    r"\b(?:here'?s|here is|this is|below is) my (?:best |first |second |final |revised |new |quick )?(?:atte"
    r"mpt|effort|shot|try|draft|version|suggestion|take|rewrite|proposal|go at (?:it|this))\b",
    r"\b(?:i|we) (?:wasn'?t|was not|weren'?t|were not|haven'?t been|have not been|hadn'?t been|am not|don'?t"
    r" have|do not have|didn'?t get|did not get|wasn'?t ever) (?:given|provided|told|shown|sent|supplied|pa"
    r"ssed|the|any)(?: with)? (?:the |any |their )?(?:customer|user|recipient|client|subscriber|account|usag"
    r"e|billing|profile|crm)\b",
    r"\bthe (?:customer|recipient|subscriber|end user|end-user)'s (?:usage|data|details|name|profile|record"
    r"s?|account|history|info|information|tenure|plan|bill)\b",
    r"\bbased on (?:the|your|this) (?:data|information|info|details|context|profile|inputs?|notes?|brief|pr"
    r"ompt|instructions|parameters|fields|variables) (?:provided|given|supplied|above|below|you (?:gave|prov"
    r"ided|shared|sent))\b",
    r"\b(?:begin|start|end)(?:ning)? (?:of )?(?:the )?(?:sms|text message|message body|output|response|draf"
    r"t|completion)\b",
    r"\bstep (?:1|one|2|two|3|three)\s?[:.)-] ?(?:greet|address|thank|state|mention|present|explain|include|"
    r"add|open|close|end|start|write|say)\b",
    r"\b(?:greet|address|thank|flatter|reassure|persuade|retain|upsell) the (?:customer|user|recipient|cli"
    r"ent|subscriber)\b",
    r"\b(?:state|mention|present|explain|include|insert|add) the (?:offer|discount|opt-?out|percentage|cta|"
    r"call to action|sign-?off|customer'?s? name)\b(?! (?:is|was|for|of|to|on|in|and))",
    r"\b(?:translated|machine[- ]translated|auto-?translated) (?:from|into|by|using|via)\b",
    r"\b(?:from|of) the (?:\w+ )?original\)",
    r"\b(?:i'?ve|i have|i|i've just|i just) (?:added|included|inserted|removed|cut|trimmed|kept|made|used|ch"
    r"anged|tweaked|softened|shortened|swapped|put in|dropped|thrown in|sprinkled)(?: \w+){0,5} (?:to make (?"
    r":it|this|the (?:message|text|tone|sms))|so (?:it|the message|that it|the text) (?:feels|sounds|reads|i"
    r"s)|for (?:warmth|tone|brevity|clarity|a warmer|a friendlier))\b",
    r"\b(?:added|add|included|include|inserted|insert|i'?ve put) (?:an? |some )?emojis?\b",
    r"\bto make it (?:feel |sound |read |seem )?(?:warmer|friendlier|more (?:personal|friendly|casual|forma"
    r"l|human|upbeat)|shorter|punchier|less formal|more on-brand)\b",
    # Family (heldout12's misses): a model's output labelled ("Output:"), a take of a draft and its tone
    # ("Take 4, more casual:"), the writer's own guidelines or brief ("My guidelines say ..."), an internal
    # note on who not to send it to, a segment of customers. (A literal "\n" is read by checks._ESCAPED.)
    r"\b(?:model |final |generated |raw )?(?:output|completion)s? ?:",
    r"\b(?:generated|model|assistant|ai) (?:text|message|sms|response|reply|copy) ?:",
    r"\b(?:take|attempt|iteration|revision|rewrite|variation) (?:#|no\.? ?)?(?:\d+|one|two|three|four|five|[a"
    r"-d])(?: ?[,(:-] ?(?:a (?:bit|little|touch) )?(?:(?:more|less) )?(?:casual|formal|informal|friendly|fri"
    r"endlier|warm|warmer|upbeat|playful|direct|personal|professional|chatty|chattier|concise|punchy|punchie"
    r"r|snappy|snappier|short|shorter|long|longer|soft|softer|firm|firmer|polite|cheerful|breezy|relaxed|se"
    r"rious|urgent|salesy|fun)\b| ?:)",
    r"\bmy (?:own )?(?:guidelines|guidance|brief|programming|training data|directives|parameters|prompt|perso"
    r"na|style guide|instructions)\b",
    r"\b(?:i(?:'ve| have)? been|i was|i'?m|i am) (?:told|asked|instructed|programmed|trained|briefed|configur"
    r"ed|designed|supposed) to (?:keep|sound|write|stay|avoid|mention|include|use|sign|end|open)\b",
    r"\bi (?:should|must|need to|have to|ought to) keep (?:this|it|the (?:tone|message|text|copy|sms)) (?:\w+"
    r" )?(?:upbeat|short|brief|friendly|positive|light|concise|formal|casual|warm|simple|under|polite|profes"
    r"sional|neutral|cheerful|on-brand)\b",
    r"\(internal\b",
    r"\binternal(?: only| use(?: only)?| note| notes| comment| memo)? ?:",
    r"\bfor internal use\b",
    r"\b(?:do not|don'?t|never) send (?:this |it )?(?:to (?:the |any |our )?(?:[\w-]+ ){0,2}(?:segment|cohor"
    r"t|list|group|tier|base|audience)s?|yet|until|before (?:legal|compliance|approval|sign-?off|review))\b",
    r"\b(?:vip|customer|target|audience|test|control|high[- ]value|low[- ]value|loyalty|churn|retention|premi"
    r"um|value|at-risk|dormant|win-?back) (?:segments?|cohorts?)\b",
    # Family (heldout11): a bracketed label ("[CTA: reply YES]"), a version's note ("(v2, shorter, per the
    # feedback)": its "(v2" is read on the folded view, checks._DRAFT_MARK), an offer to make it punchier, an
    # AI writing tool.
    r"\[ ?[a-z][\w -]{0,20} ?: ?[^\]]{1,60}\]",
    r"\bcta\b",
    r"\b(?:shorter|longer|punchier|softer|friendlier|warmer|snappier|tighter),? per (?:the |your )?(?:feedba"
    r"ck|notes|comments|brief|review|request)\b",
    r"\bper the (?:feedback|notes|comments|brief|review)\b",
    r"\b(?:i|we) can (?:also )?make (?:it|this|the (?:message|text|copy)) (?:a (?:bit|little|touch) )?(?:shor"
    r"ter|punchier|longer|friendlier|warmer|snappier|softer|firmer|more formal|more casual|less formal|more "
    r"\w+)\b",
    r"\b(?:shall|should|want) (?:i|me to) make (?:it|this) (?:shorter|punchier|longer|friendlier|warmer|snap"
    r"pier|softer|firmer|more \w+)\b",
    r"\bhope (?:that'?s|this is|this was|that was) what you (?:were after|wanted|had in mind|were looking for"
    r"|needed)\b",
    r"\bai (?:writing |text |copy(?:writing)? |content )?(?:tool|writer|generator|system|program)\b",
    # Family (heldout10): the wording offered for tweaking, a bot's name and rules, an automated assistant's
    # "I", a positional placeholder, a citation artifact.
    r"\b(?:tweak|adjust|edit|change|polish|adapt|tailor|rework) the (?:wording|copy|tone|phrasing|text|mess"
    r"age)\b(?: (?:before|as needed|if needed|to taste))?",
    r"\byou are [a-z]+bot\b",
    r"\b(?:never|don'?t|do not) (?:reveal|disclose|share|mention|repeat) (?:these|the|your|my|this|any) (?:r"
    r"ules|instructions|prompt|guidelines|system prompt)\b",
    r"\b(?:being|as) an? (?:automated|virtual|digital|ai|artificial|computer) (?:assistant|agent|helper|sys"
    r"tem|program),? (?:i|i'm|i am)\b",
    r"\bcontentreference\b",
    r"\boaicite\b",
    r"\{\d\}",
    # Family (heldout9): an alternative ending offered, a word count, a text-generation model, a reviewer's
    # comment, a prompt, double-underscore fields, BBCode.
    r"\balternative (?:ending|opening|version|wording|closing|sign-?off|draft|intro)\b",
    r"\b(?:ending|opening|closing|sign-?off|intro),? if you prefer\b",
    r"\b\d+ (?:words|characters|chars),? (?:fits|fit|within|under|so it fits|one sms|a single sms)\b",
    r"\bfits (?:in |into |within )?(?:one|a single|1) (?:sms|text|message)\b",
    r"\bas an? (?:[\w-]+ ){0,2}?(?:text|language|content|ai|generative|chat|llm|gpt|writing)(?: ?- ?| )(?:gen"
    r"eration |generating |based )?(?:model|bot|program|tool|system)\b",
    r"\bas an? (?:\w+ )?(?:chat)?bot\b",
    r"\b(?:text|language|content)[- ]?(?:generation|generating|generator) (?:model|tool|system|ai)\b",
    r"\bcomments? (?:from|by) (?:compliance|legal|marketing|the editor|editor|reviewer|the reviewer|brand|co"
    r"py|qa)\b",
    r"\bsoften (?:the )?(?:[\w-]+ )?(?:line|sentence|tone|wording|opening|ending|paragraph|close)\b",
    r"\bprompt ?:",
    r"\bwrite (?:a|an|the) (?:[\w-]+ ){0,2}(?:sms|text message|message|text) (?:for|to) (?:this|the|a) "
    r"(?:customer|user|client)\b",
    r"__[a-z][a-z_]*__",
    r"\[/?(?:b|i|u|s|url|img|quote|color|size|center)(?:=[^\]]*)?\]",
    # Family (heldout8): a rewrite offered, a tone check, the assistant's voice, double-bracket fields,
    # HTML entities, a slot to fill "here".
    r"\b(?:shorter|punchier|snappier|friendlier|tighter|rewritten|reworded),? (?:(?:shorter|punchier|snapp"
    r"ier|friendlier|tighter|warmer) )?(?:version|draft|rewrite|take)\b",
    r"\b(?:sure|certainly|of course|okay|ok),? here(?:'s| is) (?:a|an|the|your)\b",
    r"\btone (?:check|note|guide)\b",
    r"\bas an? (?:\w+ )?assistant\b",
    r"\bi can'?t verify (?:these|the|those) (?:figures|numbers|details|amounts)\b",
    r"\binsert (?:[\w-]+ ){0,3}here\b",
    r"\[\[[a-z_ ]+\]\]",
    r"[&e](?:nbsp|amp|quot|lt|gt|#\d{2,4});",
    # Family (heldout7): notes on what was left out as requested, options of a draft, notes to check
    # before sending, the writer as an assistant.
    r"\bas (?:requested|you asked|per (?:your|the) (?:request|brief|instructions))\b",
    r"\b(?:urgency|pressure|salesy|marketing|pushy) language\b",
    r"\b(?:option|variant|alternative|version) (?:[a-d]|\d+|one|two|three) ?(?:\(|:)",
    r"\b(?:personali[sz]e|edit|check|review|fill in|proofread|verify|confirm|update|double-check) (?:["
    r"\w-]+ ){0,3}before (?:sending|it goes out|this goes out|publishing)\b",
    r"\bnote: (?:please )?(?:check|verify|confirm|update|review|remember|make sure)\b",
    r"\b(?:copywriting|writing|marketing|ai|virtual|sms|messaging) assistant\b",
    r"\b(?:i|we) (?:drafted|wrote|composed|generated) (?:this|the (?:message|text|sms|draft))\b",
    # Family (heldout6): notes for a writer left in, the assistant talking about its own work.
    r"\b(?:optional|note|instruction|tip)s?: (?:mention|insert|add|include|use|say)\b",
    r"\bthe customer'?s (?:name|first name|tenure|plan|offer|contract)\b",
    r"\bdraft for (?:approval|review|sign-?off)\b",
    r"\b(?:this|the) (?:message|text|draft|sms|version) meets your requirements\b",
    r"\bi hope this (?:message|text|draft|version) (?:meets|works|fits|helps)\b",
    r"\bbelow is (?:a|an|the|your)\b",
    r"\bhere(?:'s| is) (?:a|an|the|your) (?:\w+ ){0,2}(?:sms|message|text|draft|version)\s?:",
    r"\b(?:reminder|note) to (?:self|myself)\b",
    r"\bbrand guide(?:lines)?\b",
    r"\bas instructed\b",
    r"\bi (?:kept|made|wrote) the (?:tone|message|text)\b",
    r"\b(?:ignore|disregard|forget|override) (?:all |any |the |your |my )*(?:previous|prior|above|earlier|"
    r"preceding|former|other|system)? ?"
    r"(?:instructions?|prompts?|rules|messages|directions|guidelines|context)\b",
    r"\bsystem prompt\b",
    r"\bas an ai\b",
    r"\bsorry,? but as an\b",
    r"\b(?:i am|i'm) (?:only |just |merely |but )?(?:an ai|a language model|an assistant|a bot|chatgpt|a chat"
    r"bot)\b",
    r"\blanguage model\b",
    r"\bi (?:cannot|can'?t|won'?t|am unable to) (?:help|comply|assist|do that|write)\b",
    r"\bhere(?:'s| is) (?:the|your|a) (?:message|sms|text|draft|response|retention)\b",
    r"^(?:sure|certainly|of course|okay|ok)[,!.:]",
    r"\b(?:assistant|user|system|human) ?:",
    r"\b(?:new|updated) instructions?\b",
    r"\binstructions?\b",
    r"\bjailbreak\b",
    r"\bdeveloper mode\b",
    r"\bdo anything now\b",
    r"\bpretend (?:to be|you are)\b",
    r"\brole ?play\b",
    r"</?[a-z][a-z0-9]*\b[^>]*>",
    r"```",
    r"\{\{|\}\}|\{%|%\}|\$\{",
    r"\[(?:insert|your|customer|name|first name|placeholder|offer|percent|amount)[^\]]*\]",
    r"<(?:name|customer|first_name|insert)[^>]*>",
    r"\b(?:first_name|customer_id|offer_percent|offer_months|monthly_charges)\b",
    r"\blorem ipsum\b",
    # (heldout16) a chat template's turn marks: "[INST]", "</s><s>", "<<SYS>>"
    r"\[/?inst\]",
    r"</?s>",
    r"<</?sys>>",
    r"<\|[a-z_]+\|>",
    r"#{2,}",
    r"\{[a-z_ ]+\}",
    r"\bnote to (?:model|self|ai|assistant|writer|bot|the model|reviewer|editor|legal|marketing|team|copy)\b",
    r"\bversion \d+\b",
    r"\btone ?:",
    r"\btodo\b",
    r"\bwith legal\b",
    r"\blet me know if you(?:'d| would)? like (?:any )?(?:changes|edits|tweaks|another version)\b",
    r"\b(?:changes|edits|tweaks) to this (?:message|text|draft|sms)\b",
    r"\b(?:keep|stay) (?:it )?(?:under|below|within) \d+ (?:characters|chars|words)\b",
    r"\bregenerate(?: response)?\b",
    r"\*\*[^*\n]{1,40}\*\*",  # markdown bold: "**Subject:**"
    r"\bsubject ?:",
    r"\bswap in\b",
    r"\breal figures\b",
    r"\bai (?:assistant|model|bot)\b",
    r"\binsert (?:the |your |a |customer'?s? )?"
    r"(?:offer|name|amount|percent(?:age)?|discount|details|text|link)\b",
    r"\bplaceholder\b",
    r"\b(?:select \* from|insert into|delete from|drop table|update \w+ set)\b",
    r"\bjavascript:",
    r"\bbase64\b",
    # A template variable left in: snake_case words ("agent_name"), whatever brackets them.
    r"\b[a-z]+(?: ?_ ?[a-z]+)+\b",
    # Drafting notes left in: "Draft 2 (friendlier tone):", "Note: personalise before sending",
    # "[END OF MESSAGE]"; and the writer's own instructions: "You are a helpful telecom assistant".
    r"\byou are (?:a|an) (?:helpful|friendly|polite|professional|expert|virtual|ai|retention|marketing) "
    r"(?:\w+ )?(?:assistant|agent|bot|copywriter|writer|model)\b",
    r"\bdraft (?:\d+|one|two|three|[a-c])\b",
    r"\b(?:friendlier|warmer|formal|informal|casual|shorter|longer) (?:tone|version)\b",
    r"\b(?:personali[sz]e|edit|check|review|fill in|proofread) (?:this |it |the message )?before sending\b",
    r"\b(?:end|start|beginning) of (?:the )?(?:message|text|draft|sms|output|response)\b",
    # Family (heldout12): a note for QA, figures pulled from the CRM, an SMS under the limit, a footnote's
    # mark.
    r"\bnote for (?:qa|the reviewer|reviewers|review|legal|compliance|the team|editors?|the client|approval)"
    r"\b",
    r"\b(?:pulled|taken|exported|copied) from (?:the |our )?crm\b",
    r"\bhere'?s (?:an?|the|your) (?:\w+ )?(?:sms|text|message)(?: \w+){0,2} (?:under|within|below) the (?:\w+"
    r" )?limit\b",
    r"\[\^\d+\]",
    # Family (heldout14's misses): the message handed over ("here is the customer message, ready to paste"),
    # bracketed notes of the writer's reasoning, a model's disclaimer, the end of a prompt, an offer to write
    # another version, a placeholder with a dotted field ("{plan.name}").
    r"\b(?:here is|here'?s|below is|this is|find below|attached is) (?:the|your|a|an) (?:\w+ ){0,2}(?:messa"
    r"ge|text|sms|draft|copy|version|output|response|reply)(?: \w+){0,3}[,:;-]? (?:ready|for you|as reques"
    r"ted)\b",
    r"\bready to (?:paste|copy|copy and paste|copy-paste|send out|drop in|use as is)\b",
    r"\b(?:certainly|sure|of course|absolutely|okay|ok|great|happy to help)[!,.]? ?[-:]? (?:here is|here'?s|"
    r"below is|i'?ve (?:written|drafted)|i (?:have )?(?:written|drafted))\b",
    r"\[(?:assistant|model|ai|system|internal|hidden|reasoning|thinking|thoughts?|analysis|chain of thought"
    r"|scratchpad|notes?|developer|tool)\b[^\]]{0,40}\]",
    r"\b(?:reasoning|thinking|thoughts|scratchpad|analysis|chain of thought) (?:hidden|omitted|removed|redac"
    r"ted|below|above)\b",
    r"\b(?:i'?m|i am|this is|the above is|this message is) (?:an? )?(?:ai-?|machine-?|automatically |auto-?|"
    r"model-?|computer-?)?generated (?:text|content|message|copy|output)\b",
    r"\b(?:check|verify|double-?check) the figures\b",
    r"\bdisclaimer:",
    r"\b(?:end|start|beginning|begin|top|bottom) of (?:the )?(?:prompt|instructions?|system (?:prompt|messag"
    r"e)|context|input|task|brief)\b",
    r"\b(?:shall|should|can|may) i (?:also )?(?:write|draft|make|create|produce|translate|add|generate|do|p"
    r"repare|give you)\b",
    r"\b(?:would you like|do you want|want) me to (?:write|draft|make|create|produce|translate|add|generate"
    r"|shorten|rewrite|adjust)\b",
    r"\b(?:a|an) (?:spanish|french|german|italian|portuguese|arabic|polish|welsh|chinese|hindi|urdu|turkish|"
    r"russian|dutch|shorter|longer|formal|informal) (?:version|translation|variant)\b",
    r"\{ ?[a-z_]+(?: ?\. ?[a-z_]+)+ ?\}",
    # Family (heldout16's misses): a note of the writer's on the length ("Word count: 58, within the
    # requested limit").
    r"\b(?:word|character|char|token) count:? ?\d+\b",
    r"\b(?:within|under|inside|over|below|meets) the (?:requested|required|specified|given|target|stated|a"
    r"llowed|set) (?:word |character |length )?(?:limit|length|count|budget)\b",
)

_TLD = (
    "com|net|org|io|co|uk|ly|info|biz|xyz|app|me|link|click|top|ru|cn|de|fr|se|us|shop|store|online"
    # endings of Africa and the Baltics (heldout10: "telco.ke", "keep.telco.africa")
    "|africa|ke|ng|za|gh|tz|ug|rw|lv|lt|ee"
    # and of southern and eastern Europe (heldout11: "telco.mt", "m.telco.hr")
    "|mt|hr|si|rs|ba|mk|bg|ro|gr|cy|hu|sk|cz|pl|ua|md|ge|az|lu|li|nl|dk|fi|ch|ie|pt"
    # and of regions and cities (heldout12: "telco.eus")
    "|eus|scot|cymru|bzh|corsica|swiss|vlaanderen|bayern|tirol|quebec|nyc"
    # and of West Africa and a few more that are no English word (heldout13's family)
    "|sn|ml|bf|cm|eu|nz|jp|kr|mobi"
    # and of the Pacific and the Caribbean (heldout15's ".pf", heldout16's "telco.ki")
    "|ki|pf|ck|ws|fj|vu|sb|nr|nu|tk|pg|nc|wf|fm|mh|pw|aw|cw|sx|tt|bb|jm|ky|bs|bz|gy|sr"
)
LINK = (
    r"xn--",  # a punycode domain
    # a domain's dots said as "point" (heldout14: "telco point co point id")
    r"\bpoint (?:com|net|org|co|gov|edu|ac) point [a-z]{2,3}\b|\bpoint (?:com|net|org)\b",
    r"\bhttps?\s*:\s*/\s*/",
    r"\bwww\s*\.",
    r"\bbit\s*\.\s*ly\b",
    r"\bclick (?:here|the link|this link|below|on the link)\b",
    # A path after "stroke" (heldout10: "telco dot lv stroke keep"); a link shortener.
    r"\bdot [a-z]{2,6} stroke\b",
    r"\blnkd\s*\.\s*in\b",
    r"\bhxxps?\b",
    # Any scheme before "//" (heldout13: "telcoapp://offers/keep").
    r"\b[a-z][a-z0-9+.-]{1,20}\s?:\s?//\s?\w",
    # A path said in words (heldout7): "nordtel dot no forward-slash loyal".
    r"\b(?:forward|back)[- ]?slash\b",
    # A path said after any ending (heldout9): "telco dot lk slash offers".
    r"\bdot [a-z]{2,6} (?:forward[- ]?)?slash\b",
    # A domain: two name characters, a dot (a space before or after it at most), a common ending. Written
    # from the dot so that the regex engine can jump from dot to dot.
    rf"\.(?:(?<=[a-z0-9-]{{2}}\.)|(?<=[a-z0-9-]{{2}}\s\.))\s?(?:{_TLD})\b",
    # A domain with its dot spelled or bracketed: "telco-deals dot shop", "example(.)io". Written from "dot"
    # and from the bracket, so that they are tried only where one is.
    rf"\bdot (?:{_TLD})\b",
    rf"[(\[{{]\s?(?:\.|dot)\s?[)\]}}]\s?(?:{_TLD})\b",
)
# Links named in words; they start with common words ("the", "use"), so they are searched only in a text
# that holds one of LINK_NOUNS (checks._has_link).
LINK_NOUNS = ("link", "url", "qr")
LINK_WORDS = (
    r"\b(?:the|a|this|our|that) link\b",
    r"\b(?:follow|use|tap|open|visit|scan) (?:this|the|our|that) (?:link|url|qr)\b",
    r"\blink (?:below|above|here)\b",
)

SQUASHED = {
    "FALSE_PROMISE": ("guarantee", "freeforever", "lowestpriceever", "lifetimediscount",
                      "pricelockedforever"),
    "CHURN_MENTION": ("predictedtoleave", "likelytoleave", "likelytocancel", "riskofleaving", "churnrisk",
                      "abouttoleave", "planningtoleave", "thinkingofleaving"),
    "PRESSURE": ("lastchance", "limitedtime", "actimmediately", "beforeitstoolate", "nowornever"),
    "THREAT": ("loseeverything", "legalaction", "debtcollector", "weknowwhereyoulive"),
    "INSULT": ("imbecile", "incompetent", "brainless"),
    "PROFANITY": ("bullshit", "motherfucker", "fucking"),
    "LINK": ("http", "hxxp", "bitly"),
    "INSTRUCTION_LEAK": ("ignorepreviousinstructions", "ignoreallpreviousinstructions", "systemprompt",
                         "ignoretheaboveinstructions", "disregardpreviousinstructions", "languagemodel"),
}  # fmt: skip


class PhraseSet:
    """Patterns searched together, fast.

    Most patterns start with a word or a choice of words ("\\bguarantee...", "\\b(?:lowest|best) price...").
    Those are grouped by the first letters of that word and tried only where a word of the text starts with
    them, anchored there (`match` at that position, one regex per group): a message holds few such words,
    and an anchored try fails at once. A pattern whose first word cannot be read is tried with `search`
    when a word of the text starts like one word every match must hold (its rarest); patterns with no such
    word are tried when a character they need is in the text, or else every time, in one regex.
    """

    def __init__(self, patterns: tuple[str, ...]):
        anchored: dict[str, list[str]] = {}
        self._by_key: dict[str, list[re.Pattern]] = {}
        always = []
        for pattern in patterns:
            first = _first_words(pattern)
            if first:
                for key in first:
                    anchored.setdefault(key, []).append(pattern)
                continue
            keys = _leading_words(pattern)
            if keys is None:
                always.append(pattern)
                continue
            compiled = re.compile(pattern)
            for key in keys:
                self._by_key.setdefault(key, []).append(compiled)
        self._anchored = {key: _one_regex(group) for key, group in anchored.items()}
        # With few keys, looking for each in the text costs less than indexing the text's words.
        keys = [*self._anchored, *self._by_key]
        self._keys = tuple(keys) if len(keys) <= _FEW_KEYS else None
        # A pattern without a word to key on is tried only if its first character is in the text ("<" for
        # markup, "`" for code), or else a character every match holds ("_" for a snake_case word); one with
        # neither is tried every time. A regex starting with "^" alone is tried at the start only, so those
        # are kept apart from the others: joined in one regex, "^" is tried at every position too.
        guarded = {p: _first_chars(p) or _held_char(p) for p in always}
        # By character, so that each is looked for once: a loop over the patterns costs more than the tests.
        self._by_char: dict[str, list[re.Pattern]] = {}
        for pattern, chars in guarded.items():
            for ch in dict.fromkeys(chars):
                self._by_char.setdefault(ch, []).append(re.compile(pattern))
        rest = [p for p, chars in guarded.items() if not chars]
        at_start = [p for p in rest if p.startswith("^") and len(_top_level_split(p)) == 1]
        anywhere = [p for p in rest if p not in at_start]
        self._always = [_one_regex(group) for group in (at_start, anywhere) if group]

    def search(self, text: str) -> bool:
        if (self._anchored or self._by_key) and (
            self._keys is None or any(key in text for key in self._keys)
        ):
            if self._keyed_search(text):
                return True
        for ch, patterns in self._by_char.items():
            if ch in text and any(pattern.search(text) for pattern in patterns):
                return True
        return any(regex.search(text) for regex in self._always)

    def _keyed_search(self, text: str) -> bool:
        words = word_index(text)
        for key in self._anchored.keys() & words.heads:
            match = self._anchored[key].match
            for at in words.starts(key):
                if match(text, at):
                    return True
        for key in self._by_key.keys() & words.heads:
            for pattern in self._by_key[key]:
                if pattern.search(text):
                    return True
        return False


class PhraseIndex:
    """Several named PhraseSets searched in one pass: one look at the text's words for all of them, each
    named set tried until it is found. `found(text)` is the names whose patterns the text holds."""

    def __init__(self, sets: dict[str, tuple[str, ...]]):
        anchored: dict[str, dict[str, list[str]]] = {}
        by_key: dict[str, list[tuple[str, re.Pattern]]] = {}
        unkeyed: dict[str, list[str]] = {}
        for name, patterns in sets.items():
            for pattern in patterns:
                first = _first_words(pattern)
                keys = None if first else _leading_words(pattern)
                if first:
                    for key in first:
                        anchored.setdefault(key, {}).setdefault(name, []).append(pattern)
                elif keys is None:
                    unkeyed.setdefault(name, []).append(pattern)
                else:
                    compiled = re.compile(pattern)
                    for key in keys:
                        by_key.setdefault(key, []).append((name, compiled))
        self._anchored = {
            key: tuple((name, _one_regex(group)) for name, group in groups.items())
            for key, groups in anchored.items()
        }
        self._by_key = by_key
        self._keys = frozenset(self._anchored) | frozenset(by_key)
        self._unkeyed = {name: PhraseSet(tuple(group)) for name, group in unkeyed.items()}

    def found(self, text: str) -> frozenset[str]:
        words = word_index(text)
        found: set[str] = set()
        for key in self._keys & words.heads:
            for name, regex in self._anchored.get(key, ()):
                if name not in found:
                    match = regex.match
                    for at in words.starts(key):
                        if match(text, at):
                            found.add(name)
                            break
            for name, pattern in self._by_key.get(key, ()):
                if name not in found and pattern.search(text):
                    found.add(name)
        for name, phrases in self._unkeyed.items():
            if name not in found and phrases.search(text):
                found.add(name)
        return frozenset(found)


def split_keyed(patterns: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The patterns found through a word of the text, and the others (markup, punctuation)."""
    keyed = tuple(p for p in patterns if _first_words(p) or _leading_words(p) is not None)
    return keyed, tuple(p for p in patterns if p not in keyed)


_FEW_KEYS = 24


def _one_regex(patterns: list[str]) -> re.Pattern:
    return re.compile(patterns[0] if len(patterns) == 1 else "|".join(f"(?:{p})" for p in patterns))


PREFIX = 4  # characters of a word (and what follows it) used as its index key
# The PREFIX characters from the start of each word (a word boundary falls after "'" and "-" too).
_HEADS = re.compile(rf"\b(?=(\w.{{0,{PREFIX - 1}}}))", re.DOTALL)
_LEADING_LITERAL = re.compile(r"[a-z0-9']+")


class WordIndex:
    """The starts of the words of one text: `heads` holds the first 1 to PREFIX characters from every word
    start ("you", "you ", "your", "a", "a d" ...), and `starts(key)` where the words beginning with one are,
    found when first asked: a text holds the keys of few patterns, so few are ever looked for."""

    __slots__ = ("text", "heads", "_starts")

    def __init__(self, text: str):
        self.text = text
        heads = set(_HEADS.findall(text))
        # Each head's shorter prefixes, a set comprehension per length (a third faster than one generator).
        self.heads = frozenset(heads.union(*({h[:n] for h in heads} for n in range(1, PREFIX))))
        self._starts: dict[str, list[int]] = {}

    def starts(self, key: str) -> list[int]:
        found = self._starts.get(key)
        if found is None:
            text, found = self.text, []
            at = text.find(key)
            while at >= 0:
                if at == 0 or not _is_word(text[at - 1]):
                    found.append(at)
                at = text.find(key, at + 1)
            self._starts[key] = found
        return found


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches


@lru_cache(maxsize=4096)
def word_index(text: str) -> WordIndex:
    return WordIndex(text)


def _first_words(pattern: str) -> list[str] | None:
    """The keys of a pattern that starts with a word: the first PREFIX characters its matches can start
    with, spaces included ("a di" for "a different", "youl", "you'" and "you " for "you ?'?ll"), or None
    when they cannot all be read. Every match of the pattern starts at a word of the text that begins with
    one of them."""
    if not pattern.startswith(r"\b"):
        return None
    items = _items(pattern[2:])
    paths = _expand(items) if items else None
    keys = list(dict.fromkeys(path for path, _ in paths)) if paths else []
    return keys if keys and all(k[:1].isalnum() for k in keys) else None


_MAX_KEYS = 64


def _expand(items: list[tuple[str, str, bool, str]]) -> list[tuple[str, bool]] | None:
    """Every literal start of at most PREFIX characters a match of the items can have, each with whether it
    could still grow (no item it could not read came before it); None when there would be too many."""
    paths = [("", True)]
    for kind, text, _, quantifier in items:
        if not any(growing for _, growing in paths):
            break
        if text == r"\b" or text.startswith(("(?=", "(?!", "(?<")):
            continue  # zero width
        options = _options(kind, text)
        if options is None or quantifier not in ("", "?"):
            return [(path, False) for path, _ in paths]
        if quantifier == "?":
            options = [*options, ("", True)]
        grown = []
        for path, growing in paths:
            for piece, whole in options if growing else [("", False)]:
                longer = path + piece
                grown.append((longer[:PREFIX], growing and whole and len(longer) < PREFIX))
        paths = list(dict.fromkeys(grown))
        if len(paths) > _MAX_KEYS:
            return None
    return paths


def _options(kind: str, text: str) -> list[tuple[str, bool]] | None:
    """What one item can match, as literal pieces each with whether it was read whole; None if unreadable."""
    if kind == "literal":
        wild = next((i for i, ch in enumerate(text) if ch in ".^$"), None)  # "." is any character
        if wild is not None:
            return [(text[:wild], False)] if wild else None
        if text.endswith("+"):  # "ab+": "ab", then more b's perhaps
            return [(text[:-1], False)]
        return [(text, True)]
    if kind == "escape":
        return None if text[1].isalnum() else [(text[1], True)]
    if kind == "class":
        chars = text[1:-1]
        if not chars or len(chars) > 4 or chars[0] == "^" or "\\" in chars or "-" in chars[1:-1]:
            return None
        return [(ch, True) for ch in dict.fromkeys(chars)]
    if kind != "group" or not text.startswith("(?:"):
        return None
    options = []
    for alternative in _top_level_split(text[3:-1]):
        inner = _items(alternative)
        paths = _expand(inner) if inner is not None else None
        if paths is None:
            return None
        options += paths
    return options


def _first_chars(pattern: str) -> str:
    """The characters a match of the pattern can start with ("<", "{}" for "\\{\\{|\\}\\}"), or "" when they
    cannot be read: a letter, a class, an anchor or a group first."""
    chars = ""
    for branch in _top_level_split(pattern):
        if branch[:1] == "\\" and branch[1:2] and not branch[1].isalnum():
            chars += branch[1]
        elif branch[:1] and not branch[0].isalnum() and branch[0] not in "^$.[(|?*+{\\":
            chars += branch[0]
        else:
            return ""
    return chars


def _held_char(pattern: str) -> str:
    """A character other than a letter, a digit or a space that every match of the pattern holds, read from
    its top-level items and the groups it holds once or more ("_" for "\\b[a-z]+(?: ?_ ?[a-z]+)+\\b"), or
    "" when none can be read."""
    if "\\]" in pattern:
        return ""  # _items reads a class only up to its first "]"
    for kind, text, quantified, quantifier in _items(pattern) or ():
        if quantified or quantifier not in ("", "+"):
            continue  # may be absent
        if kind == "literal":
            held = [ch for ch in text.rstrip("+") if not ch.isalnum() and ch not in " .^$"]
            if held:
                return held[0]
        elif kind == "escape" and not text[1].isalnum():
            return text[1]
        elif kind == "group" and text.startswith("(?:"):
            held = _held_char(text[3:-1])  # "" for a choice of alternatives (_items reads none)
            if held:
                return held
    return ""


# Words too common to be a useful index key: a pattern keyed on them would run on nearly every message.
_COMMON = frozenset(
    """a an the i we you your our us to for of in on at it is be will can so and or not no yes get repl
    stop bill mont off as with this that are have has all more from by if me my up out do just now here
    ther they thei them than f b d s t y""".split()
)


def _leading_words(pattern: str) -> list[str] | None:
    """The index keys of a pattern: the letters starting one word every match must hold (preferring a
    rare word to a common one), or None when no such word can be read from the pattern."""
    if not pattern.startswith(r"\b"):
        return None
    items = _items(pattern[2:])
    if items is None:
        return None
    candidates, start = [], True
    for kind, text, quantified, _ in items:
        if not quantified:
            if kind == "literal":
                # Every word of a literal run that starts a word: "the least you " -> the, leas, you.
                words = text.split(" ")
                words = [w.split("+")[0] for w in words]  # "ab+c" (b once or more) keys on "ab"
                for n, word in enumerate(words):
                    literal = _LEADING_LITERAL.match(word)  # "at-risk" keys on "at": "-" ends a word
                    if literal and (n or start) and word[0] != "'":
                        candidates.append([literal.group(0)[:PREFIX]])
            elif start:
                keys = _keys_of(kind, text)
                candidates += [keys] if keys else []
        if (quantified and _words_only(kind, text)) or text.startswith(("(?!", "(?=", "(?<")):
            continue  # "(?:have to )?" or a lookaround: the next item still starts a word, or does not
        start = (kind == "literal" and text.endswith(" ")) or text in (r"\b", r"\s")
    return max(candidates, key=_rarity) if candidates else None


def _words_only(kind: str, text: str) -> bool:
    """An optional group of whole words, each alternative ending with a space: "(?:have to |\\w+ )"."""
    if kind != "group" or not text.startswith("(?:"):
        return False
    return all(alternative.endswith(" ") for alternative in _top_level_split(text[3:-1]))


def _rarity(keys: list[str]) -> tuple[int, int]:
    return (-sum(k in _COMMON for k in keys), min(len(k) for k in keys))


def _keys_of(kind: str, text: str) -> list[str] | None:
    """Keys of one item starting a word: a literal ("guarantee ") or a group of literal alternatives."""
    if kind == "literal":
        word = _LEADING_LITERAL.match(text)
        return [word.group(0)[:PREFIX]] if word else None
    if kind != "group" or not text.startswith("(?:"):
        return None
    keys = []
    for alternative in _top_level_split(text[3:-1]):
        inner = _items(alternative)
        if not inner or inner[0][2]:
            return None
        first = _keys_of(inner[0][0], inner[0][1])
        if not first:
            return None
        keys += first
    return keys


def _items(body: str) -> list[tuple[str, str, bool, str]] | None:
    """The top-level items of a regex: (kind, text, quantified, quantifier), kind "literal", "group", "class"
    or "escape", quantifier "?", "*", "+", "{2,}" or ""; a literal run is cut before a quantified letter, and
    a repeated letter ends one ("f+"). None for a top-level alternation."""
    items: list[tuple[str, str, bool, str]] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "|":
            return None
        if ch == "(":
            close = _closing(body, i)
            if close is None:
                return None
            kind, text, i = "group", body[i : close + 1], close + 1
        elif ch == "[":
            close = body.find("]", i + 1)
            kind, text, i = "class", body[i : close + 1], close + 1
        elif ch == "\\":
            kind, text, i = "escape", body[i : i + 2], i + 2
        else:
            kind, text, i = "literal", ch, i + 1
        quantified = i < len(body) and body[i] in "?*{"
        repeated = i < len(body) and body[i] == "+"  # "f+": one f or more, so nothing may follow it in a key
        quantifier = ""
        if i < len(body) and body[i] in "?*+{":
            end = body.find("}", i) + 1 if body[i] == "{" else i + 1
            quantifier = body[i:end]
            i = end + (1 if end < len(body) and body[end] == "?" else 0)
        joinable = items and items[-1][0] == "literal" and not items[-1][2] and not items[-1][1].endswith("+")
        if kind == "literal" and joinable and not quantified:
            items[-1] = ("literal", items[-1][1] + text + ("+" if repeated else ""), False, "")
        else:
            if repeated and kind == "literal":
                text, quantifier = text + "+", ""
            items.append((kind, text, quantified, quantifier))
    return items


def _closing(text: str, start: int) -> int | None:
    depth = 0
    i = start
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _top_level_split(text: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return parts


def compile_all(patterns: tuple[str, ...]) -> PhraseSet:
    return PhraseSet(patterns)
