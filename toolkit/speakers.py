"""Resolve speaker mentions to canonical speakers.

First a registry of the article's named entities is built from every
capitalised name sequence in the body: ``Russian President Vladimir Putin``
gives the person *Vladimir Putin* with the title *Russian President*
(nationality Russian, a leader's title), ``NBC's Kier Simmons`` gives *Kier
Simmons* (affiliation NBC), ``journalist Bob Woodward`` gives *Bob Woodward*
with the role *journalist*; ``Kyiv`` is a capital that speaks for a
government; ``the Defence Ministry`` is an institution. Appositives add
descriptors and ages (``Jane Smith, 54, the union leader,``).

Then each quote's mention is resolved:

* a name or surname -> the person with that name (``Putin`` -> *Vladimir Putin*);
* a definite description -> the person it describes (``the Russian leader``,
  ``the mayor``, ``the 54-year-old``, ``the union leader``), else the
  description itself as an anonymous or institutional speaker;
* ``he``/``she`` -> the most salient person of that gender mentioned before
  (recent, in subject position, the previous quote's speaker), ignoring
  names inside the quote itself; ``it``/``they`` -> the latest institution;
* a quote with no attribution -> the previous quote's speaker.

Gender comes from the article's own honorifics and gendered titles, then
pronouns that follow a lone person, and only then a given-names list.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import lexicon
from . import prefilter as rx
from .mentions import (
    AUXILIARIES,
    BROADCASTING,
    CALENDAR,
    CITED_PAPERS,
    COLLECTIVE_STAFF,
    COMPASS,
    COMPASS_ADJECTIVES,
    CURRENCY_WORDS,
    DETERMINERS,
    DISCOURSE,
    DOCUMENTS,
    FRENCH_BODY_HEADS,
    FRENCH_PARTICLES,
    GROUP_ADJECTIVES,
    NAME_PARTICLES,
    NUMBER_WORDS,
    OPENING_MARKS,
    PEOPLE_ASIDES,
    PERSON_NOUNS,
    PLACE_KINDS,
    POSTMODIFIERS,
    POSTMODIFYING,
    PREPOSITIONS,
    QUANTIFIERS,
    SERVED_REGION_KINDS,
    SPOKESPEOPLE,
    STOP,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TITLED_WORKS,
    YEAR_OLD,
    Tokens,
    acronym_after,
    agent_noun,
    and_in_name,
    body_of_state_end,
    clause_subject,
    comma_in_name,
    french_name_end,
    given_per,
    group_then_modifier,
    mention_left,
    name_an,
    numbered_body_at,
    passive_participle,
    plural_possessive,
    role_noun,
    singular,
    town_particle,
    trade_plural,
    verb_like,
    work_title_opens,
)
from .model import Quote, Speaker
from .segment import Segmentation

#: the place list's regions wider than any state: never "the state" or "the province"
#: ("the state government said" of a story that also names Europe)
CONTINENTS = frozenset({"europe", "africa", "asia", "south america", "latin america",
                        "north america", "central america", "southeast asia", "middle east"})
#: a natural feature's word after a name in lower case: "Chile's Atacama desert" (not "sound",
#: "channel", "falls" or "pass", which follow a firm's name as often; nor "island", whose
#: name is its government's: "the Åland islands")
LOWER_FEATURES = frozenset({"river", "lake", "valley", "creek", "canyon",
                            "mountains", "peninsula", "desert", "glacier", "reef", "delta",
                            "volcano", "gorge", "plateau", "lagoon", "fjord"})
#: a lede that opens on a body it does not name: " A Danish regional newspaper has apologised"
_A_BODY_OPENS = rx.compile(r"\s*(?:[-—–]\s*)?An? (?:[A-Za-z-]+ ){0,3}?([a-z]+) (?:has|have|will|is|"
                           r"was|plans|wants)\b")
#: a paragraph that opens on a one-word name saying something: "Kystbladet said "
_ONE_NAME_SAID = rx.compile(r"([A-Z][\w-]+) (?:said|says)\b")
#: a lede that opens on a person described, not named: " A driver in Plovdiv was fined"
_LEDE_PERSON = rx.compile(r"\s*(?:[-—–]\s*)?((?:An?|The) (?:[a-z-]+ ){0,2}?[a-z]+)"
                          r"(?= (?:in|from|at|of|on|who|whose|was|is|has|had|says|said)\b|,)")
#: verbs that open a campaign's name ("Save the Children", "Stop the War Coalition")
CAMPAIGN_VERBS = frozenset({"save", "stop", "protect", "end", "free", "defend", "keep"})
#: last words of a natural feature's name ("Umpqua River", "Lake Chad" aside): a place,
#: never a party that takes or meets a stance
GEOGRAPHIC = frozenset({"river", "lake", "sea", "sound", "bay", "valley", "island", "islands",
                        "creek", "canyon", "mountains", "mountain", "peninsula", "desert", "ocean",
                        "glacier", "falls", "reef", "delta", "strait", "straits", "forest",
                        "peak", "volcano", "gorge", "plateau", "lagoon", "fjord", "canal",
                        "channel", "pass",
                        # (mountain ranges named by their plural alone: "the Low Tatras")
                        "alps", "tatras", "dolomites", "carpathians", "pyrenees",
                        "himalayas", "rockies", "urals", "apennines"})
def _nickname_at(t: Tokens, a: int) -> bool:
    """Whether the capitalised words at token ``a`` open a nickname in quotation marks
    (``known to fans as "the Lion of Pikine"``, ``nicknamed 'The Wall'``)."""
    x = a - 1
    if x >= 0 and t.low[x] == "the":
        x -= 1
    if x < 1 or t.low[x] not in ('"', "“", "‘", "'"):
        return False
    x -= 1
    if t.low[x] in ("nicknamed", "dubbed"):
        return True
    return t.low[x] == "as" and any(t.low[y] == "known" for y in range(max(0, x - 4), x))


#: things named with "known as" that are no body: "the new currency, known as ZiG"
NAMED_THINGS_KNOWN_AS = frozenset({"currency", "program", "programme", "scheme", "plan",
                                   "operation", "system", "policy", "law", "bill", "virus",
                                   "variant", "drug", "disease", "phenomenon", "storm", "app"})
#: where a group gathers for a while, not where it belongs: "Parents at a board meeting"
OCCASIONS = frozenset({"meeting", "meetings", "rally", "hearing", "protest", "conference",
                       "session", "march", "vigil", "briefing", "event", "ceremony", "funeral"})
#: the close of a quotation right before an attribution: '"...," one user wrote'
QUOTE_END_BEFORE = rx.compile(r"[,.!?][”\"’'] (?:said |says |wrote |added |told \w+ )?$")
# (and inverted: '"...," said one worker')
#: where in a country: "in central Jamaica"
REGION_ADJECTIVES = COMPASS | {"rural", "coastal"}
#: kinds of place whose name follows "of": "in the port city of Hodeidah"
_PLACE_NOUNS = PLACE_KINDS | {"port", "capital"}
#: nouns for a public body whose name need not hold them ("a Scottish health board": NHS
#: Highland)
UNNAMED_BODY_NOUNS = frozenset({"board", "trust", "authority", "council", "regulator",
                                "watchdog", "agency", "office", "committee", "corporation",
                                "division", "utility", "service"})
#: a state's portfolio bodies, which a bare noun or a spokesperson's title may name
PORTFOLIO_BODIES = frozenset({"ministry", "department"})
#: words that describe no body of their own: "the same authority", "the other board"
_NO_DESCRIPTION = frozenset({"same", "other", "new", "said", "whole", "first", "second"})


def described_before(text: str, head: str, pos: int) -> str | None:
    """The nearest description of an unnamed body before ``pos`` that a bare ``the <head>``
    takes up: "Town clerk X blamed the national drainage authority, saying ... The
    authority rejected that" -> ``national drainage authority``. None where the story gave
    the noun no lower-case words before it."""
    found = None
    for m in rx.compile(r"\b[Tt]he ((?:[a-z]+ ){1,3})" + head + r"\b(?!['’])").finditer(
            text, 0, pos):
        found = m
    if found is None or found.group(1).split()[0] in _NO_DESCRIPTION:
        return None
    return found.group(1) + head


#: bodies a country has that stand for themselves, not for its government (a ministry's
#: "The ministry said" speaks as the ministry, by the gold's labels)
REGULATING_BODIES = frozenset({"office", "council", "watchdog", "regulator", "commission",
                               "inspectorate", "committee", "board"})


def lede_body_of_place(text: str, head: str, lede_end: int) -> str | None:
    """A body the lede describes by the land it serves and never names (``Uruguay's
    football association has docked ...``) that a bare ``the <head>`` later takes up: its
    description, ``Uruguay's football association``; else None."""
    m = rx.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s ((?:[a-z-]+ ){1,2})" + head +
                   r"\b(?!['’])").search(text, 0, lede_end)
    if m is None or lexicon.places().get(m.group(1).lower(), ("",))[0] not in (
            "country", "alias", "region") or m.group(2).split()[0] in _NO_DESCRIPTION:
        return None
    return m.group(0)


#: a lede's body described by the whole land it serves: "the country's fisheries regulator",
#: which the story may name only after the news and a firm's word
_NATIONAL_BODY = rx.compile(r"\b(?:country|nation|island)['’]s ((?:[a-z-]+ ){0,2}[a-z]+)\b")
#: words for a region that governs itself: "the province's safety regulator"
POLITIES = frozenset({"province", "state", "territory", "county"})
#: what owns or runs a thing: "the ship's owner", "the plant's operator"
OWNERS = frozenset({"owner", "owners", "operator", "operators", "manufacturer", "maker"})
#: what a union's name may say its members do: "Nigeria's main labour unions"
TRADES = frozenset({"labour", "labor", "trade", "transport", "teachers", "nurses", "doctors",
                    "farmers", "workers", "dockers", "miners", "pilots", "journalists"})
#: plural nouns for people as a crowd, whom "others" can continue ("Fans appeared divided.
#: ... Others said")
GROUP_NOUNS = frozenset({"fans", "residents", "voters", "protesters", "demonstrators",
                         "shoppers", "parents", "locals", "commuters", "passengers", "survivors",
                         "supporters", "critics", "opponents", "villagers", "activists", "patients",
                         "players", "members", "economists", "analysts", "experts",
                         "communities", "families", "tribes", "students"})
SPOKES = SPOKESPEOPLE  # "a spokeswoman for the group"
#: bodies that belong to a person: "His office said", "her campaign said"
OWN_BODIES = frozenset({"office", "campaign", "government", "administration", "team", "family",
                        "party", "ministry"})
NOT_NAMES = CALENDAR | frozenset({
    "i", "q", "a", "an", "the", "it", "his",
    "her", "their", "its", "this", "that", "these", "those", "there", "here", "we", "they",
    "he", "she", "you", "our", "my", "in", "on", "at", "for", "from", "by", "with", "of", "to",
    "as", "but", "and", "or", "so", "if", "when", "while", "after", "before", "during", "since",
    "however", "meanwhile", "still", "yet", "also", "although", "though", "because", "despite",
    "what", "why", "how", "who", "where", "which", "some", "many", "most", "all", "both", "each",
    "several", "every", "no", "not", "one", "two", "few", "numerous", "various", "dozens",
    "hundreds", "thousands", "tens", "millions", "scores", "asked", "according", "earlier",
    "later", "now", "then",
    "today", "yesterday", "tomorrow", "last", "next", "more", "even", "just", "only", "instead",
    "like", "unlike", "among", "under", "over", "about", "against", "without", "through",
    "until", "unless", "whether", "once", "again", "already", "amid", "following", "per",
    "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone", "nothing",
    "everything", "something", "anything"})
#: common adjectives that open a sentence before a plain noun: "Local guides said" (the
#: mentions module's group adjectives, and a few more)
OPENING_ADJECTIVES = GROUP_ADJECTIVES | {"senior", "private", "environmental", "angry",
                                         "worried", "frustrated"}
#: capitalised adjectives that open no name ("Indigenous protesters", "Indigenous Atacameño
#: communities") but may sit inside one ("Brazil's Indigenous Peoples Minister Joana Terena")
NOT_NAME_STARTS = frozenset({"indigenous"})
#: roles that name what a person does for a living or a sport, so that "the player" is the
#: one person the sentence names (unlike "the lawyer" or "the spokesman": someone else's)
CALLINGS = frozenset({"player", "athlete", "sprinter", "swimmer", "cyclist", "boxer", "skier",
                      "footballer", "cricketer", "golfer", "goalkeeper", "striker", "midfielder",
                      "jockey", "climber", "marathoner", "runner", "singer", "actor", "actress",
                      "musician", "artist", "writer", "novelist", "poet", "chef", "filmmaker"})
#: what an all-capitals word can name in science copy ("the OTOF gene"): no organisation
SCIENCE_NOUNS = frozenset({"gene", "genes", "protein", "proteins", "mutation", "mutations",
                           "variant", "variants", "strain", "enzyme", "receptor", "virus"})
#: styles held of a place, by which a person is known: "the Archbishop of Canterbury",
#: "the Emir of Kano", "the Oba of Benin", "the Duke of Sussex"
STYLES = frozenset({"archbishop", "bishop", "emir", "sultan", "oba", "duke", "duchess",
                    "prince", "princess", "earl", "countess", "king", "queen", "ooni",
                    "alaafin", "kabaka", "asantehene", "maharaja"})
#: judges a story may describe without naming ("the disciplinary judge")
UNNAMED_JUDGES = frozenset({"judge", "magistrate", "arbitrator", "referee", "umpire"})
#: plurals that open a campaign group's name before "of"/"for" ("Friends of the Earth")
NAME_PLURALS = frozenset({"friends", "physicians", "citizens", "scientists", "lawyers",
                          "universities", "colleges"})
#: nouns that describe a civic body just before its name ("campaign group X for Y")
DESCRIBED_GROUPS = frozenset({"group", "charity", "organisation", "organization", "coalition",
                              "alliance", "campaign", "network", "movement", "association"})
#: small words a body's name may spell with capitals between two of its words
SMALL_NAME_WORDS = frozenset({"it", "to", "up", "us", "we", "you", "me", "our", "your", "my"})
#: small words between the capitalised words of a body's name ("Students for Justice in
#: Palestine", "Friends of the Earth")
NAME_SMALL_WORDS = frozenset({"for", "of", "in", "on", "and", "the", "against", "&"})
#: words that open a subordinate clause inside a sentence ("... when police arrived")
CLAUSE_OPENERS = frozenset({"when", "after", "because", "while", "since", "before", "until",
                            "although", "though", "as", "once"})
NOT_SENTENCE_INITIAL_NAMES = STOP | DISCOURSE | SUBORDINATORS | DETERMINERS
PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                  "she": "female", "her": "female", "hers": "female", "herself": "female"}
#: company-form suffixes dropped from canonical names
#: organisation words nobody bears as a surname: after a given name they still name a body
#: ("Sierra Club", "Hope Foundation"), where "Terrence Hall" is a man
NO_SURNAMES = frozenset({"club", "coalition", "union", "association", "federation", "council",
                         "foods", "holdings", "industries", "technologies", "systems",
                         "airlines", "airways", "air", "motors", "committee", "society",
                         "institute", "foundation", "alliance",
                         "league", "ministry", "agency", "authority", "commission", "county",
                         "province", "prefecture", "apparel", "apparels", "textiles",
                         "garments", "knitwear", "pharmaceuticals", "logistics", "university",
                         "college", "library", "museum", "hospital", "academy"})
CORPORATE = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "gmbh", "lp",
                       "ab", "asa", "oyj", "spa", "bv", "se", "pty", "pte", "sdn", "bhd", "tbk",
                       "srl", "sarl"})  # ("Nordic Ore AB", "Penang Port Sdn Bhd")
#: the same spelled out: "Andean Copper Corporation" is called "Andean Copper" after
CORPORATE_WORDS = CORPORATE | {"corporation", "company", "incorporated", "limited", "holdings",
                               "group"}
#: acronyms and capitalised words that never act or speak in a story
NOT_ACTORS = frozenset({"ai", "gdp", "ceo", "cfo", "coo", "ipo", "covid", "covid-19", "tv", "pm",
                        "am", "q1", "q2", "q3", "q4", "usd", "eur", "world heritage", "earth",
                        "cold war"})  # ("a Cold War mentality": a period, no one)
#: what may come before a lede's subject in its sentence: the dateline ("MELBOURNE (Reuters)
#: - ")
_LEDE_OPENING = rx.compile(r"(?:[^()\n]{0,60}\((?:Reuters|AP|AFP|Bloomberg)\) ?[-—–] ?)?")
#: sports that open a governing body's name before its place: "Racing Victoria", "Cricket
#: Australia", "Athletics Kenya" (no one's given name)
SPORT_BODY_WORDS = frozenset({"racing", "cricket", "tennis", "athletics", "cycling", "swimming",
                              "rowing", "sailing", "rugby", "netball", "hockey", "golf",
                              "skiing", "surfing", "basketball", "volleyball", "gymnastics",
                              "triathlon", "canoeing", "equestrian", "archery", "boxing"})
#: a church's local bodies, which a name before them makes a body: "The Västra Ryd parish"
PARISH_NOUNS = frozenset({"parish", "diocese"})
#: the words of a church's denomination, which open no parish's name ("the Roman Catholic
#: parish"; but "The Västra Ryd parish" is the parish of that name)
DENOMINATIONS = frozenset({"roman", "catholic", "lutheran", "orthodox", "anglican", "protestant",
                           "evangelical", "reformed", "methodist", "baptist", "presbyterian"})
#: generic organisation nouns: "the company" is the organisation named last
ORG_NOUNS = frozenset({"company", "firm", "corporation", "business", "retailer", "automaker",
                       "brand", "carrier", "airline", "insurer", "lender", "manufacturer", "maker",
                       "startup", "chain", "conglomerate", "utility", "union", "organization",
                       "organisation", "charity", "group", "publisher", "broadcaster",
                       "operator", "provider", "supplier", "developer", "producer", "platform",
                       "network", "bank", "agency", "watchdog", "regulator", "club", "team",
                       "court", "chipmaker", "drugmaker", "carmaker", "planemaker",
                       "steelmaker", "miner", "refiner", "exporter", "importer", "brewer",
                       "guild", "orchestra", "app", "journal", "consortium", "hospital",
                       "shipyard", "shipbuilder", "grower", "distributor", "wholesaler",
                       "processor", "grocer", "resort", "railway", "meatpacker", "builder",
                       "contractor", "homebuilder", "housebuilder", "partnership", "venture",
                       "marketplace", "studio", "cooperative", "distillery"})
#: the words of a name that "the alliance" can mean: "the Russian-led Collective Security
#: Treaty Organization ... the alliance had failed", "the Cocoa Farmers' Alliance"
ALLIANCE_WORDS = frozenset({"alliance", "treaty", "pact", "organization", "organisation"})
#: last words of financial houses that are no bank: what "the bank" never means
NOT_BANKS = frozenset({"capital", "research", "securities", "advisers", "advisors", "advisory",
                       "economics", "analytics", "investments", "partners", "consulting",
                       "insights", "intelligence"})
#: bodies of states that "the company" or "the firm" never means
INTERGOVERNMENTAL = frozenset({"eu", "european union", "un", "united nations", "nato", "who",
                               "imf", "wto", "opec", "au", "african union", "asean", "oecd",
                               "g7", "g20", "european commission", "world bank"})
#: the Spanish and Portuguese words of a trade or body that open a firm's name, never a
#: person's: "Cervecería del Norte", "Minera Altiplano", "Naviera Austral"
IBERIAN_BODY_HEADS = frozenset({"cervecería", "cerveceria", "minera", "mineração", "pesquera",
                                "naviera", "constructora", "inmobiliaria", "petrolera",
                                "azucarera", "aerolíneas", "aerolineas", "compañía", "companhia",
                                "empresa", "sociedad", "corporación", "distribuidora",
                                "embotelladora", "lechera", "vinícola", "viña", "bodegas"})
#: what sets a firm's owner after its description: "The brewery, owned by Cervecería"
_OWNED_BY = rx.compile(r", (?:owned|run) by ")
#: a lede opening on a public body it does not name: "The Dutch data protection authority
#: has opened" (group 1: the body, without the demonym)
_UNNAMED_PUBLIC_SUBJECT = rx.compile(
    r"\s*The (?:[A-Z][a-z]+ )?((?:[a-z]+ ){0,3}(?:authority|agency|commission|inspectorate|"
    r"watchdog|regulator|directorate)) (?:has|have|had|is|was|will|\w+ed)\b")
#: "the agency", "the regulator": public bodies, named with one of PUBLIC_BODIES
PUBLIC_NOUNS = frozenset({"agency", "watchdog", "regulator"})
PUBLIC_BODIES = frozenset({"commission", "agency", "department", "office", "administration",
                           "authority", "bureau", "ministry", "service", "board", "council",
                           "inspectorate", "directorate", "regulator", "institute", "center",
                           "superintendency", "superintendence",
                           "centre", "centers", "organization", "organisation"})
#: words that name a public body in its name, never a firm's ("Environment Agency")
STATE_BODIES = frozenset({"agency", "ministry", "commission", "department", "authority",
                          "regulator", "inspectorate", "directorate", "council", "bureau"})
COMPANY_NOUNS = ORG_NOUNS - {"union", "organization", "organisation", "charity", "group",
                             "court"} - PUBLIC_NOUNS
#: courtesy titles, which hold no office ("Mr. Molina-Rey" may be "Spain's transport minister")
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})
#: plurals of a body's name that are people ("the National Guard"; "security guards")
PEOPLE_OF_BODIES = frozenset({"guards"})
#: organisation nouns that may name more than a firm ("the club", "the hospital")
BEYOND_FIRMS = frozenset({"hospital", "orchestra", "club", "team", "journal", "guild",
                          "network", "railway", "resort"})
#: organisation nouns that introduce a name ("platform Chirp", "Chipmaker Veridian", "the
#: pipeline's operator, Andina Midstream"); a court is named, not introduced
NAMING_NOUNS = (ORG_NOUNS - {"court"}) | {"grocer", "supermarket", "label"}
# (and "The label, Altura Andina,", "record label Starbridge Music": a label that is a firm)
#: the symbols and scales of an amount before a noun: "$1.7 trillion", "€40 million"
AMOUNT_WORDS = frozenset({"$", "€", "£", "¥", "million", "billion", "trillion", "bn", "m"})
#: firm nouns that are people's trades too: "property developer Andreas Christou"
PERSON_TRADES = frozenset({"developer", "producer", "publisher", "broadcaster", "operator",
                           "supplier", "maker", "miner", "brewer", "grower", "distributor",
                           "wholesaler", "processor", "guard", "center", "centre", "builder",
                           "contractor"})
# (and a team's positions: "guard Tyrell Whitaker-Boyd", "center Marcus Lee")
#: what the story calls a body that makes it no company
NOT_FIRMS = frozenset({"group", "charity", "organisation", "organization", "association",
                       "campaign", "union", "federation", "network", "coalition", "movement",
                       "party", "agency", "regulator", "watchdog", "ministry", "council"})
#: what a firm is, before its name and no part of it ("Grocer Tesborough"; any "-maker",
#: "Chipmaker Veridian"), unlike "Group Lotus" or "Network Rail"
DESCRIPTOR_NOUNS = frozenset({"grocer", "supermarket", "retailer", "airline", "insurer",
                              "lender", "miner", "refiner", "brewer", "exporter", "importer",
                              "carrier", "broadcaster", "publisher", "developer", "supplier",
                              "manufacturer", "producer", "startup", "conglomerate",
                              "watchdog", "regulator", "studio"})
#: nouns after a one-word name that make it a firm's: "the Lanfranchi dictionary", "the
#: Tagesspiegel newspaper" (not "the Trump administration", "the Almeida family")
FIRM_AFTER_NAME = frozenset({"company", "firm", "newspaper", "dictionary", "publisher",
                             "publishing", "brewery", "airline", "bank", "label"})
UNION_WORDS = frozenset({"union", "unions", "workers", "association", "federation", "guild",
                         "local", "machinists", "brotherhood", "employees", "nurses",
                         "teamsters", "confederation", "congress", "syndicate"})


#: words that make a group an armed one ("the Islamist militant group al Shabaab")
ARMED_GROUP_WORDS = frozenset({"militant", "rebel", "insurgent", "armed", "jihadist",
                               "extremist", "paramilitary", "terrorist"})
#: places of worship, named as such in an appositive ("Shinryo-in, a Buddhist temple")
WORSHIP_PLACES = frozenset({"temple", "church", "mosque", "monastery", "shrine", "cathedral",
                            "abbey", "synagogue", "basilica"})
#: bodies that are also the places they run, which a story may call by the place's noun
#: ("Havhuset, Bergen's public aquarium,"; "A publicly funded theatre in Bratislava has
#: cancelled ..." with the Kruh Theatre named next)
VENUE_BODIES = frozenset({"theatre", "theater", "museum", "zoo", "crematorium", "aquarium"})
#: kinds of body whose names say what they are ("University of California", "Prague Zoo")
NAMED_KINDS = frozenset({"university", "college", "hospital", "museum", "zoo", "school",
                         "library", "centre", "center", "distillery"}) | \
    WORSHIP_PLACES  # ("the distillery" is Dalaruan Distillery, not the broker Caskvest)
#: the same kinds in the languages of the bodies' own names: "Universiti Teknologi Perdana
#: ... The university said", "Museo Nacional de Arte ... the museum", "Banka Ilira ... the
#: bank"
KINDS_ABROAD = {
    "centre": frozenset({"center"}), "center": frozenset({"centre"}),  # ("Taiwan's exam
    # centre ... The College Entrance Examination Center")
    "university": frozenset({"universiti", "universitas", "universidad", "università",
                             "universität", "université", "universitat", "universidade",
                             "universiteit", "uniwersytet", "univerzita", "universitet",
                             "universitetet", "üniversitesi", "sveučilište", "univerza"}),
    "museum": frozenset({"museo", "musée", "muzeum", "museu", "muzej", "muzeul", "museet",
                         "museion"}),
    "bank": frozenset({"banka", "banco", "banca", "banque", "bankası", "banken"}),
    "radio": frozenset({"rádio", "ràdio", "rádió"}),  # ("Rádio Dunaj ... the station")
}
#: every word of :data:`KINDS_ABROAD`, each of which names a body as its English kind does
WORDS_ABROAD = frozenset().union(*KINDS_ABROAD.values())


#: words by which a hospital's name says it is one: "Riverside Mercy Medical Center"
HOSPITAL_WORDS = frozenset({"medical", "infirmary", "clinic", "hospitals", "healthcare"})
#: words that end an orchestra's name
ORCHESTRA_WORDS = frozenset({"orchestra", "symphony", "philharmonic", "sinfonia", "sinfonietta"})


#: what ranks a body the story will name: "the country's largest producer"
SUPERLATIVES = frozenset({"largest", "biggest", "second-largest", "second-biggest",
                          "third-largest", "leading", "dominant", "oldest", "main"})
#: bodies that speak for a trade: "India's beverage industry" is the Indian Beverage Association
TRADE_BODIES = frozenset({"association", "federation", "confederation", "council", "chamber",
                          "alliance", "institute", "guild", "board"})


#: the end of a source's label that names whom they speak for: "A spokesman for the "
_SPEAKS_FOR = rx.compile(r"\b(?:for|to)\s+(?:the\s+)?$")


def _qualified_leader(t: Tokens, q: int, known: Mapping) -> bool:
    """Whether the word at ``q``, before a leader's title, makes the title another kind
    of leader's: "community leader Juana Mamani", "Piston president Ramon Villaflor-Cruz"
    lead no state; "the president", "Russian president" may."""
    if not t.is_word(q) or f"{t.low[q]} {t.low[q + 1]}" in known:
        return False  # (a title of its own: "Opposition leader Rafael Cárdenas")
    w = t.low[q]
    if t.is_cap(q):
        return w not in lexicon.demonyms() and lexicon.places().get(w, ("",))[0] not in (
            "country", "alias")
    return w not in DETERMINERS and w not in known


#: what a news outlet is called: "public broadcaster ORF", "the daily Le Monde"
MEDIA_NOUNS = frozenset({"broadcaster", "newspaper", "daily", "tabloid", "channel", "station",
                         "radio", "television", "magazine", "website", "outlet", "network",
                         "portal"})
#: bodies of members, which no news outlet is
MEMBER_BODY_HEADS = frozenset({"association", "union", "guild", "federation", "council",
                               "group", "coalition", "alliance"})


#: the last words of a region's name that governs itself, no firm
ADMIN_AREAS = frozenset({"province", "prefecture", "region", "county", "canton", "oblast",
                         "governorate", "voivodeship", "département"})


def org_fits(head: str, name: str, titles: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether ``the <head>`` can refer to the organisation ``name``: "the company" is not
    a union or a ministry, "the union" is a workers' body. ``titles``: what the story has
    called it ("The SNPL union": a union, though its name does not say so)."""
    words = name.lower().split()
    if titles & MEDIA_NOUNS and head in MEMBER_BODY_HEADS:
        return False  # "public broadcaster ORF": a broadcaster is no landlords' association
    if head in MEDIA_NOUNS and any(w in ("court", "tribunal", "ministry", "police", "council")
                                   for w in words):
        return False  # "the portal's editor": a news outlet, not the court that ruled on it
    if head in GROUP_WORDS and head not in titles and head not in words and \
            PUBLIC_BODY_WORDS & set(name.lower().replace(",", "").split()):
        return False  # a civic body is no public one: "a fishers' rights group" is no
        # Department of Forestry, Fisheries and the Environment (but the "Retail, Wholesale
        # and Department Store Union" is a union by its name)
    if head in ("union", "guild"):
        if any(w.startswith(("employer", "manufacturer", "industr", "producer", "processor"))
               for w in words):  # ("Association of Seafood Producers": the buyers' side)
            return head in titles  # "BC Maritime Employers Association": the other side
        return any(w in UNION_WORDS for w in words) or head in titles
    if head in COMPANY_NOUNS and titles & UNION_WORDS:
        return False  # "The airline said": not the pilots' union
    if head == "government":  # "The government said": a state's, not the Local Government
        # Association's
        return words[-1] == "government" or name.lower() in lexicon.places()
    if head == "management":  # "The management has ignored us": a firm's, no union's
        return org_fits("company", name, titles)
    if head == "yard":  # "the yard": a shipyard, never a firm of another trade
        return bool({"shipyard", "shipbuilder"} & (titles | set(words))) or "yard" in words
    if head == "bank" and "bank" not in words and \
            any(w in NOT_BANKS or (w in lexicon.institution_nouns() and w != "reserve" and
                                   w not in KINDS_ABROAD["bank"])
                for w in words) and "bank" not in titles:
        return False  # "the bank": not an analysts' house ("Lekki Capital", "X Research"),
        # nor a public body of another kind ("according to the central bank": no "Tea Board
        # of Kenya")
    if head == "council":  # "Prague's city council": a council, no residents' association
        return any(w in ("council", "assembly", "municipality", "corporation") for w in words) \
            or "council" in titles
    if head == "authority":  # "the reef authority": a public body, no university
        return any(w in PUBLIC_BODIES or w in ("authorities", "committee") for w in words) or \
            "authority" in titles  # (and "Senegal's wrestling authority": the National
        # Wrestling Management Committee)
    if head == "court":  # "the court": a court or tribunal, nothing else
        return any(w in ("court", "tribunal") for w in words)
    if head == "alliance":  # "the alliance": a pact of states or a civic alliance, by
        return head in titles or any(w in ALLIANCE_WORDS for w in words)  # its name
    if head == "trust":  # "the trust": a body named a trust ("Vestre Viken Health Trust"),
        return "trust" in words or head in titles  # no town named near it
    if head in MUNICIPALITIES:  # "the town": one the story called a town, no association
        return head in titles or "dateline city" in titles
    if head == "orchestra":  # "the orchestra": the Northern Lakes Symphony
        return any(w in ORCHESTRA_WORDS for w in words)
    if head in NAMED_KINDS:  # "a university spokeswoman": a university, by its name
        return head in words or head in titles or \
            any(w in KINDS_ABROAD.get(head, ()) for w in words) or \
            (len(words) == 1 and len(words[0]) > len(head) + 2 and words[0].endswith(head)) or \
            (head == "hospital" and any(w in HOSPITAL_WORDS for w in words))
        # ("Riverside Mercy Medical Center ... The hospital said")
    if head in PUBLIC_NOUNS:  # "the agency": a public body, not a company
        if head == "agency" and any(w in ("research", "university") for w in words):
            return False  # (nor a research institute: "the Mammal Research Institute")
        last = name.split()[-1]
        return head in titles or any(w in PUBLIC_BODIES for w in words) or \
            (name.isupper() and len(name) <= 8) \
            or (len(words) >= 2 and ((last.isupper() and len(last) <= 3) or
                                     lexicon.places().get(words[-1], ("",))[0] in
                                     ("country", "region"))) or \
            (len(words) == 1 and re.fullmatch(r"Of[a-z]{3,5}", name) is not None)
        # (or a body named for its country or province: "Health Canada", "Technical Safety
        # BC"; or one of Britain's "Office of ..." regulators: Ofwat, Ofcom, Ofgem, Ofsted)
    if head in COMPANY_NOUNS:
        if name.lower() in INTERGOVERNMENTAL or name.lower() in lexicon.places() or \
                (len(words) >= 2 and (words[-1] in GEOGRAPHIC or words[-1] in ADMIN_AREAS)):
            return False  # "EU tech chief ... the company said": the EU is no company (nor
            # is a natural feature: "mussels in the Reloncaví Sound ... the company said"; nor
            # a province: "Papua New Guinea's Central Province ... the supplier")
        if head in titles and head in OWNERS:
            return True  # "The operator, Penang Port Sdn Bhd,": whatever its name holds
        if titles & (COMPANY_NOUNS - BEYOND_FIRMS - NOT_FIRMS) and not titles & UNION_WORDS and \
                not any(w in UNION_WORDS or w == "court" for w in words):
            return True  # "Meat processor Southern Cross Smallgoods ... The company": a
            # firm the story called one, whatever words its name holds ("Cross")
        if titles & {"town", "city", "village", "municipality", "borough", "island", "district",
                     "neighbourhood", "neighborhood", "quarter", "suburb"}:
            return False  # "its paper mill in the town of Kuusankoski": a place, no firm (nor
            # "the Crater district" for "the state electricity corporation")
        if titles & PUBLIC_NOUNS:
            return False  # "the communications regulator, ComReg, ... the company had never
            # spent a night there": a regulator is no company
        if head in ("company", "firm") and any(w in STATE_BODIES for w in words) and \
                not titles & COMPANY_NOUNS:
            return False  # "the Environment Agency's investigation ... The company knew":
            # a public body is no company
        nouns = lexicon.source_nouns()
        allowed = (ORG_NOUNS | CORPORATE | lexicon.company_words() | {"international"} |
                   KINDS_ABROAD["bank"]) - {"court"}  # ("Taiwan International Ports
        # Corporation": a firm all the same; and "Banca Valtellina ... the bank")
        return not any(w in UNION_WORDS or (w in nouns and w not in allowed) or w == "court"
                       for w in words)  # (a court is no company)
    return True


#: "Tripvista said it was disappointed and would consider its options": a body's "it ... its"
_SAYS_ITS = rx.compile(r"([A-Z](?<!\w[A-Z])[\w’'.-]*) (?:said|says) (?:its\b|it\b[^.]{0,80}\bits\b|"
                       r"in a (?:written )?(?:statement|submission|filing) that it\b|"
                       r"on [A-Z][a-z]+day it (?:would|will|had|has|was|is)\b)")
# ("Fjordlaks said on Wednesday it would freeze": a firm's own "it")
_COMPANY_DESCRIPTION = rx.compile(r"[Tt](?<!\w[Tt])he (?:company|firm|carrier|airline|automaker|"
                                  r"carmaker|retailer|platform|app|startup|insurer|lender)\b")
#: ", the Canadian company behind the project": a description set off after a firm's name
_FIRM_APPOSITIVE = rx.compile(r", (?:the|a|an) (?:[\w-]+ ){0,2}(?:company|firm|miner|carrier|"
                              r"airline|automaker|carmaker|retailer|startup|insurer|lender|"
                              r"chipmaker|drugmaker|developer|manufacturer|conglomerate|"
                              r"venture|partnership|subsidiary|consortium|utility)"
                              r"(?=[,.;]| (?:behind|that|which|based|in|from|with|whose|"
                              r"between|owned|run)\b)")
#: a speaker labelled as a country's government: "Mali's military government"
_COUNTRY_GOVERNMENT = rx.compile(r"^(.+?)['’]s (?:[a-z]+ )?government$")
#: the words before a place its government is named for: "the provincial government of "
_GOVERNMENT_OF = rx.compile(r"\b[Tt]he (?:(provincial|state|regional|cantonal|autonomous|local) )?"
                            r"government of $")
#: what the place is, by its government's word: "provincial" -> a province
_GOVERNED_AS = {"provincial": "province", "state": "state", "cantonal": "canton"}
#: a court labelled by the place it serves: "administrative court of the canton of Zurich"
_COURT_OF_PLACE = rx.compile(r"(?:[a-z-]+ ){0,2}(?:court|tribunal) of (?:the [a-z]+ of )?"
                             r"[A-Z][\w-]*(?: [A-Z][\w-]*)*$")
#: a sentence that opens on a document and its author: "A study by researchers at the
#: University of California, Berkeley,"
_DOCUMENT_BY = rx.compile(r"(?:A|An|The) (?:new |recent )?(?:study|report|survey|analysis|review|"
                          r"paper) by ((?:researchers|scientists|economists) (?:at|from) "
                          r"(?:the )?[A-Z][\w’'-]*(?: (?:of|for|and|[A-Z][\w’'-]*))*"
                          r"(?:, [A-Z][\w’'-]*(?= *,))?|"
                          r"the [A-Z][\w’'-]*(?: (?:of|for|and|[A-Z][\w’'-]*))*)")
#: a reported clause that opens on a city's own body or a state's organ: "Barcelona's city
#: hall will ban", "Greece's culture ministry will double"
_CITY_BODY_OPENS = rx.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s (?:(?:city|town) (?:hall|council|"
                              r"government|administration)|(?:[a-z-]+ ){1,2}(?:ministry|"
                              r"department|agency|directorate|authority))\b")
#: a body's local name glossed in the reader's words: "The akimat, as the city administration
#: is known,"
_KNOWN_LOCALLY_AS = rx.compile(r"\b[Tt]he ([a-z][\w-]+), as the ((?:[a-z][\w-]* ){0,3}[a-z][\w-]*) "
                       r"(?:is|are|was|were) (?:(?:locally|widely|commonly|officially) )?known,")
#: an acronym set off by commas after a name: ", ABDA,"
_SET_OFF_ACRONYM = rx.compile(r", ([A-Z]{2,8}),")
#: a speaker labelled as a city's government: "Kyoto's city government", "Almaty's city
#: administration", "local government of Malay town"
_CITY_GOVERNMENT = rx.compile(r"^(?:([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s "
                              r"(?:city|town|municipal) (?:government|administration)|"
                              r"local government of "
                              r"([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}) (?:town|city))$")
#: a city's government as a body's name: "New Taipei city government", "Almaty municipal
#: administration" (the city's name, group 1)
NAMED_CITY_GOVERNMENT = rx.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}) "
                                    r"(?:city|municipal|town) (?:government|administration)")
#: the forms of a state or its parts, named "of" a place: "the Democratic Republic of Congo",
#: "the Channel Island of Guernsey"
_STATE_FORMS = frozenset({"republic", "kingdom", "island", "islands", "state", "states",
                          "emirate", "sultanate", "principality", "duchy", "commonwealth"})
#: words that open a club's name before its place: "FC Isartal", "AS Roma", "VfB Stuttgart"
CLUB_PREFIXES = frozenset({"fc", "afc", "ac", "as", "sc", "sv", "cf", "cd", "vfb", "vfl", "tsv",
                           "fk", "sk", "ss", "rc", "ud", "ca", "cs", "kv", "rsc", "psv",
                           "nk", "hnk", "gnk", "ks", "mks", "gks"})  # ("HNK Gorica")
#: "PakSave's owner, Southern Grocers": the name before is a firm
_OWNED_FIRM = rx.compile(r"['’]s (?:owner|parent company|parent|operator|majority owner)\b")
#: "for State Farm's homeowners in the state, the insurer's largest": a firm's noun set off
#: after its name in the same sentence
_FIRM_NOUNS = r"(?:company|insurer|firm|carrier|airline|retailer|automaker|lender|bank)"
_DESCRIBED_AFTER = rx.compile(r"(?:['’]s)?[^.;\"“”]{0,50}?, the " + _FIRM_NOUNS + r"['’]s\b")
#: verbs whose subject's own "its" follows at once: "cut its price", "raised its fees"
ITS_OWN_VERBS = frozenset({"cut", "cuts", "raised", "raises", "lowered", "lowers", "closed",
                           "closes", "opened", "opens", "doubled", "halved", "suspended",
                           "suspends", "moved", "moves", "sold", "sells"})
#: a place's own office after its name: "West Nusa Tenggara's governor"
_PLACE_HOLDER_AFTER = rx.compile(r"['’]s (governor|mayor|premier|prefect)\b")
#: offices that govern or police a place, whose name before them is the place's: "Marseille
#: mayor", "Kherson governor"
PLACE_OFFICES = frozenset({"mayor", "governor", "premier", "prefect", "councillor", "councilor",
                           "senator", "lawmaker", "legislator", "mp", "sheriff", "chief",
                           "commissioner", "deputy", "police", "prosecutor", "judge"})
#: a body the story speaks of by its kind: "ordered the club to play two home games"
_BODY_SPOKEN_OF = rx.compile(r"\b[Tt]he (?:club|company|firm)\b")
#: a lower-case title and a capitalised name after a name: " president Óscar Fierro"
_BEFORE_TITLE = rx.compile(r" (?:[a-z-]+ ){0,2}?([a-z-]+) ([^\W\d_])")
#: "has sued salmon farmer Salmones del Reloncaví, accusing it of": what the one named is
#: called, a thing, so a body (a person is "him" or "her")
_ACCUSED_IT = rx.compile(r", (?:accusing|blaming) it\b")
#: "The company behind the project, Amazonas Potash,": a firm named in apposition to its noun
_FIRM_THEN_NAME = rx.compile(r"\b[Tt]he (?:company|firm|miner|developer|operator|insurer|lender|"
                             r"carrier|airline|retailer|manufacturer|carmaker|automaker|"
                             r"(?:[a-z]+ing )?(?:club|charity))(?: [a-z-]+){0,4}, $")  # (and
# "The organising club, OK Dalarna,"; not "the mining company that owns the land, Namdeb,"
# of a story whose lede's company is another)
#: ", the company's technical director": a person set off by a role at a firm
_ROLE_AFTER = rx.compile(r", the " + _FIRM_NOUNS + r"['’]s ([a-z][a-z -]{0,40}?)(?=[,.;]|$)")


def _one_in_name(t: Tokens, i: int) -> bool:
    """Whether a capitalised "One" opens a body's name set after its description ("the
    animal rights group One Voice"), not a count ("One official said"); or a capitalised
    "Per" that opens a person's name ("Per Arne Lunde")."""
    if given_per(t, i):
        return True
    return t.low[i] == "one" and 0 < i < len(t) - 1 and t.is_cap(i) and t.is_cap(i + 1) and \
        t.is_word(i + 1) and t.is_word(i - 1) and not t.is_cap(i - 1) and \
        lexicon.source_nouns().get(t.low[i - 1]) is not None


def _role_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is set off by its role at a firm (``Sorin
    Dobre-Vasilescu, the company's technical director``): a person, not the firm."""
    m = _ROLE_AFTER.match(text, end)
    if m is None:
        return False
    last = m.group(1).split()[-1]
    return last in lexicon.titles() or role_noun(last)


#: "Meta, which owns Facebook and Instagram,": a name that owns or runs others is a firm
_OWNER_RELATIVE = rx.compile(r", which (?:owns|operates|runs|controls|makes|produces|sells) ")
#: a body's people after its name: "Rhein-Ruhr officials had met"
_ITS_PEOPLE = rx.compile(r"(?: \d\d)? (?:officials|executives|staff|employees|directors|"
                         r"shareholders|bosses)\b")
#: two one-word names joined: "Foodland and PakSave had placed covenants"
_TWO_NAMED = rx.compile(r"([A-Z](?<!\w[A-Z])[\w’'-]+) and ([A-Z][\w’'-]+)\b")
#: bodies spoken of in the plural: "the country's two big supermarket chains"
_PLURAL_BODIES_BEFORE = rx.compile(r"\b(?:companies|firms|chains|retailers|banks|airlines|"
                                   r"carriers|lenders|insurers|clubs|operators|carmakers|"
                                   r"automakers|supermarkets|grocers|brands)\b")
_DESCRIBED_BEFORE = rx.compile(r"\b(?:compan(?:y|ies)|(?:firm|carrier|airline|automaker|carmaker|"
                               r"retailer|platform|app|startup|insurer|lender|chipmaker|"
                               r"drugmaker|chain|seller|maker|provider|operator|supplier)s?) "
                               r"(?:[A-Z][\w’'-]* and )?$")
#: last words of the names of laws and treaties, which never speak
LAW_WORDS = frozenset({"act", "treaty", "accord", "accords", "agreement", "convention",
                       "directive", "protocol", "amendment", "bill", "law", "doctrine"})
#: ", who uses the alias Pablo Tejada,": the name a described person goes by
_ALIAS_AFTER = rx.compile(r", (?:who|which) (?:uses|goes by|is known by) (?:the )?(?:alias|name|"
                          r"nom de guerre|pseudonym) ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}),")
#: a body's name set off after its description: "The pilots' union, the Air Line Pilots
#: Association, said"
_BODY_APPOSITIVE = rx.compile(r", (?:the )?([A-Z][\w’'.-]*(?: (?:of|for|and|&|de|du|des|del|"
                              r"la|[A-Z][\w’'.-]*))*),")  # (and "the ODG Camembert de
# Normandie": a particle inside the name)
#: a relative pronoun just before a mention: ", which it said"
_RELATIVE_BEFORE = rx.compile(r"\b(?:which|that) $")
#: a body a sentence charges, whose act a later ", which it says" defends: "accused the
#: agriculture ministry of ruining their business with a ban"
_CHARGED_BODY = rx.compile(r"\b(?:accused|accuses|criticised|criticized|blamed|blames) "
                           r"(the (?:[a-z]+ ){0,2}(?:ministry|department|agency|authority|"
                           r"council|board|commission))\b")
#: the French word that links a body's name and never a person's ("Justice pour Tous
#: Katanga"): no title is cut before it ("Justice" is no judge here)
BODY_LINK_FR = "pour"
#: a lede opening on an unnamed works or firm: "A fish processing factory in Bukoba"
_A_WORKS_OPENS = rx.compile(r"An? (?:[\w-]+ ){0,3}?(?:factory|plant|"
                            r"mill|refinery|smelter|company|firm)\b")
#: "a 24-year-old student who gave only her first name, Nino,": the name the source gave
#: (also past a home: "a 24-year-old man from Guinea who gave his name only as Mamadou")
_FIRST_NAME_AFTER = rx.compile(r"(?: (?:from|in|of) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)?"
                               r",? who (?:gave|would give|provided|would provide|asked to be "
                               r"identified by) (?:only )?(his|her|their) (?:first )?name,? "
                               r"(?:only )?(?:as )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)\b(?! [A-Z])")
#: "One of the people said": the words before a mention that make it one of a group
ONE_OF = rx.compile(r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Nn]one|[Ee]ach|[Ee]ither) of $")
#: prepositions after which two capitalised words are a place, not a person
#: "police in the canton of Valais": a region named by its kind
REGION_NOUNS = frozenset({"canton", "province", "state", "region", "county", "district",
                          "city", "town", "village", "prefecture", "department"})
#: "the village of Hallstatt": a place that acts through its council, "the village" later
#: ("the city of Mombasa" is a big place more often than an actor, and "the city" too common)
MUNICIPALITIES = frozenset({"village", "town", "municipality", "borough"})
#: what a company has and a person does not: "Deutsche Bahn's personnel chief"
CORPORATE_PARTS = frozenset({"personnel", "board", "management", "shareholders", "headquarters",
                             "employees", "workforce", "customers", "subsidiary", "shares",
                             "ceo", "chairman", "chairwoman", "boardroom", "factories",
                             "plants", "stores", "trains"})
#: "the group's president": a body's possessive, which a lone name before it may be
_BODY_POSSESSIVE = rx.compile(r"\b[Tt]he (group|company|union|association|firm|charity|"
                              r"organisation|organization|agency|federation|utility|carrier|"
                              r"airline|operator)['’]s\b")
#: what names a match's opponents: "the home game against Bristol Rovers"
_OPPONENT_BEFORE = rx.compile(r"\b(?:against|vs\.?|v\.?|versus|beat|beating|host|hosting|hosted)"
                              r" (?:the )?$")
#: the kin of someone, labelled with whose kin they are ("Relatives of the victims")
KIN_GROUPS = frozenset({"families", "relatives", "parents", "widows", "mothers", "fathers",
                        "sons", "daughters", "wives", "husbands", "siblings"})
#: plural nouns for the members a campaign's name opens with ("Moms for Liberty")
MEMBERS = frozenset({"moms", "mothers", "fathers", "dads", "parents", "citizens", "students",
                     "doctors", "lawyers", "nurses", "teachers", "scientists", "veterans",
                     "families", "friends", "women", "grandmothers", "farmers", "workers"})
#: words before "Day" that name a holiday ("Boxing Day", "Independence Day")
HOLIDAYS = frozenset({"boxing", "christmas", "independence", "election", "labor", "labour",
                      "memorial", "thanksgiving", "victory", "national", "remembrance"})
#: plurals for people that end in no -s: "Thousands of people", "women"
IRREGULAR_PEOPLE = frozenset({"people", "women", "men", "children"})
#: words that open a storm's name ("Typhoon Amihan"): no person, whatever its name
STORMS = frozenset({"typhoon", "hurricane", "cyclone", "storm"})
#: Spanish, Portuguese and French words that open a natural feature's name before a particle
#: ("the Salar de Pujsa", "Lago de Nicaragua"): a place, no one who acts
FEATURE_FIRST = frozenset({"salar", "lago", "laguna", "lac", "bahía", "bahia"})
FEATURE_PARTICLES = frozenset({"de", "del", "do", "da", "des", "du"})
#: second halves of adjectives made from a name ("San Francisco-based", "Kremlin-backed")
COMPOUND_ADJECTIVES = frozenset({"based", "backed", "born", "owned", "led", "run", "controlled",
                                 "funded", "made", "listed", "registered", "headquartered",
                                 "bound", "linked", "allied", "aligned", "affiliated", "style",
                                 "era", "friendly", "speaking", "sponsored", "operated",
                                 "language"})


def _compound_adjective(word: str) -> bool:
    """Whether ``word`` is an adjective made from a name (``Kremlin-backed``,
    ``Yorkshire-based``), which may open a body's name as said, not as its own (``the
    Russian-led Collective Security Treaty Organization``)."""
    return "-" in word and word.rsplit("-", 1)[1] in COMPOUND_ADJECTIVES


#: acts done to a body, whose object "the city of X" is an actor, not a place
ACTED_ON = frozenset({"sued", "sues", "suing", "sue", "accused", "accuses", "criticised",
                      "criticized", "fined", "urged", "blamed", "praised", "thanked"})
#: a person's home after the name (and age): "Ahmad Dweikat-Salem, 60, from the village of
#: Burin, " before a relative "who"
_FROM_PLACE_APPOSITIVE = rx.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+),(?: \d{1,3},)? from "
                                    r"[^,.;]{1,60}, ?$")
#: a person's role set off after the name, just before a relative "who": "Jon Kuoljok,
#: chairman of the Gabna Sami village, who said", "Jana Dvorakova, mayor of Kratochvilka, a
#: village of 400 people, who said"
_ROLE_APPOSITIVE = rx.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+), (?:the |a |an )?[a-z][a-z -]* "
                              r"(?:of|at|for|from|in) [^,.;]{1,60}"
                              r"(?:, (?:a|an) [^,.;]{1,60})?,? ?$")
#: words before a body's noun that say where or how high, not which portfolio: "the state
#: department", "the national ministry"
WIDE_MODIFIERS = frozenset({"state", "national", "federal", "local", "regional", "provincial",
                            "central", "city", "county", "government", "new", "former"})
#: prepositions after a role noun that only place its holder ("a senior official in the
#: coalition", "officials on both sides", "analysts with the bank"): the role is the head
PLACING_PREPOSITIONS = frozenset({"in", "at", "from", "on", "with", "near", "behind", "along"})
#: kinds of body a document's author may be named with: "by the Budapest firm ArtLab"
AUTHOR_KINDS = ("firm", "company", "laboratory", "lab", "consultancy", "institute")
#: a document's author named right after it: "by the Stone Workers Health Forum", "by the
#: Budapest firm ArtLab" (not one who only ordered or passed it on: "commissioned by",
#: "released by")
_BY_AUTHOR = rx.compile(r",? (?:(?:conducted|carried out|written|compiled|prepared|published) )?"
                        r"by (?:the )?(?:(?:[A-Z][\w-]+ )?(?:" + "|".join(AUTHOR_KINDS) +
                        r") )?"
                        r"([A-Z][\w’'&-]*(?: (?:of|for|and|on|[A-Z][\w’'&-]*))*)")
#: adjectives that open a sentence before a people noun: "Young men", "Elderly residents"
PEOPLE_ADJECTIVES = frozenset({"young", "younger", "old", "older", "elderly", "retired",
                               "angry", "poor", "wealthy", "disabled", "jobless", "unemployed"})
#: two names set off after a plural description: ", Zimlink Mobile and Telmax,"
_NAMED_PAIR = rx.compile(r", ([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}) and "
                         r"([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}),")
#: a country's team named in a sentence: "of the Rwandan national team"
_NATIONAL_TEAM = rx.compile(r"\bthe (([A-Z][a-z]+) (?:national |women['’]s |men['’]s )?team)\b")
#: places by kind, in the plural: "Farmers in villages around ..."
LOCALITIES_PLURAL = frozenset({"villages", "towns", "cities", "communities", "districts",
                               "provinces", "regions", "islands", "valleys", "suburbs",
                               "neighbourhoods", "neighborhoods", "camps", "settlements"})
#: a preposition just before a name (past a possessive): the name sits in a phrase
_IN_PHRASE_BEFORE = rx.compile(r"\b(?:on|in|of|at|from|near|across|around)\s+"
                               r"(?:the\s+|[A-Z][\w.]*['’]s\s+)?$")
#: participles that name a document's author after it: "The lawsuit, filed by X, says"
_AUTHORED_BY = rx.compile(r",\s+(?:filed|brought|published|released|written|"
                          r"issued|prepared|produced)(?: (?:in|with) (?:a |the )?"
                          r"(?:[\w-]+ ){0,3}?(?:court|[Cc]ommission|[Bb]oard|[Tt]ribunal|"
                          r"[Oo]ffice))?(?: on [A-Z][a-z]+day)? by (?:the )?")  # (and "filed
# in federal court by", "filed with the State Ethics Commission by"; not
# "commissioned by": "The report, commissioned by the United Nations, said" is the inquiry's,
# not the UN's)
#: who runs an event, a body the story may name only after its lede: "the organisers said"
ORGANISERS = frozenset({"organisers", "organizers", "organiser", "organizer"})
#: how a paragraph opens on the body a lede called its organisers: "", "The ", "The
#: organisers, " (then "Lisboa Run Events, said")
_ORGANISERS_OPENING = rx.compile(r"(?:The (?:organi[sz]ers, )?)?")
#: bodies made of many of a kind, named by what they hold: "a chain of fertility clinics"
CHAIN_NOUNS = frozenset({"chain", "network", "consortium"})
#: nouns for a body of people named by its members: "a group of Massachusetts fishermen"
GROUP_WORDS = frozenset({"group", "coalition", "alliance", "association", "collective",
                         "network", "union"})
#: words that make a name a public body's, which no civic group's word can mean
PUBLIC_BODY_WORDS = frozenset({"department", "ministry", "agency", "authority", "commission",
                               "office", "court"})
#: who a document may be said to be of ("city estimates", "the bank's forecasts")
DOCUMENT_OWNERS = ORG_NOUNS | MUNICIPALITIES | frozenset({
    "city", "state", "county", "government", "ministry", "department", "agency", "council",
    "commission", "committee", "office", "board", "authority"})
#: facilities named by a name before them ("the La Pampilla refinery", "the Zaporizhzhia
#: nuclear plant" is not: a name and an adjective)
FACILITIES = frozenset({"refinery", "plant", "mine", "dam", "port", "airport", "factory",
                        "pipeline", "reactor", "stadium", "bridge", "terminal", "oilfield",
                        "smelter", "prison", "shipyard", "mall", "hotel"})
#: what a facility produces or holds, between its name and its noun: "copper mine"
FACILITY_KINDS = frozenset({"copper", "gold", "coal", "iron", "lithium", "nickel", "silver",
                            "oil", "gas", "power", "nuclear", "steel", "cement", "hydroelectric",
                            "container", "football", "car", "chemical", "bauxite", "uranium"})
#: plural nouns whose possessive opens a body's name ("Women's Tennis Association",
#: "People's Liberation Army", "Children's Hospital")
GROUP_POSSESSORS = frozenset({"women", "men", "children", "people", "veterans"})
#: nouns after a political body's name in lower case: "the centrist Civic Future party"
PARTY_NOUNS = frozenset({"party", "movement", "coalition", "bloc"})
#: the lower-case middle of a group's description: "Human rights groups", "Animal welfare
#: activists"
GROUP_QUALIFIERS = frozenset({"rights", "welfare", "liberties", "freedom", "advocacy"})
#: a place's local body named in lower case: "the Madison school board", "the Leeds city
#: council" (AP style lower-cases such bodies when they are not a formal name)
LOCAL_BODIES = frozenset({"school board", "city council", "town council", "county council",
                          "school district", "county commission", "city commission",
                          "county board", "water board", "planning commission",
                          "police department", "fire department", "health department",
                          "state legislature", "city government", "state government",
                          "district office", "district court", "regional court"})
#: an aside that explains a group's own word for itself: ", the women who free-dive"
_PEOPLE_ASIDE = rx.compile(r", (?:the )?(?:" + "|".join(sorted(PEOPLE_ASIDES)) +
                           r") (?:who|that)\b")  # (and "The ama, women who free-dive")
#: a court's judges sitting on a case, who speak for the court
BENCHES = frozenset({"panel", "bench"})
#: a city named as one: "the Kazakh oil city of Aktau"
#: a possessive before a street, square or district's name: "Memphis' Beale Street"
_PLACE_POSSESSIVE = rx.compile(r"(?:(?:'s?|’s?)|(?<=['’]s)|(?<=s['’])) (?:[a-z]+ )?"
                               r"(?:[A-Z][\w-]+ )+(?:Street|Avenue|Square|"
                               r"Road|Boulevard|Market|Quarter|District|Harbour|Harbor|Bay|"
                               r"Beach|Park|Town|City)\b")
_CITY_OF = rx.compile(r"\b(?:city|town) of ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
                      r"(?:[ -][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)(?!\w)")  # (and "Kutná Hora")
#: a person's name and age just before a description of them: "Jens Overgaard, 81, "
_NAME_AGED_BEFORE = rx.compile(r"\b([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)+), \d{1,3}, $")
#: words a body's name may spell another way than its description: "Co-op", "cooperative"
_SAME_WORD = {"co-op": "cooperative", "coop": "cooperative", "co-operative": "cooperative"}
#: titles the registry gives a town it reads as one ("the city of Mechelen", "the village")
PLACE_TITLES = frozenset({"city", "town", "village", "district", "borough", "municipality"})
#: what a court hands down, which speaks for it: "according to the judgment"
RULINGS = frozenset({"judgment", "judgement", "ruling", "verdict"})
#: last words of a street's name, never of a person's ("Lamar Avenue", "Downing Street")
STREETS = frozenset({"avenue", "street", "boulevard", "road", "highway", "square", "plaza",
                     "parkway", "expressway", "freeway", "rue", "strasse", "straße", "gasse"})
#: the last words of a road's name, no body's that speaks (a toll road's operator may be
#: named "Moja Expressway")
ROADS = STREETS - {"square", "plaza", "expressway", "freeway"} | {"lane", "motorway"}
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "toward", "towards"})
#: prepositions before "the" and a one-word name: "in the Amazon", "at the Pentagon"
THE_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS | {"at", "from", "into", "inside", "through",
                                               "throughout", "over", "around", "of", "on"}
#: words before a title that are no part of a name: "Former Everton captain Phil Neville"
ROLE_QUALIFIERS = frozenset({"former", "then", "acting", "interim", "late", "ex", "outgoing",
                             "incoming", "retired", "veteran", "longtime", "newly", "elected",
                             "republican", "democrat", "democratic", "gop", "independent",
                             "conservative", "labour", "liberal", "green", "olympic",
                             "paralympic"})  # ("Australian Olympic swimmer Jess Harlow")
#: role words too general to tie a description to a name introduced later
#: a government department's field: "Health Secretary", not a union's general secretary
PORTFOLIOS = frozenset({"health", "home", "foreign", "defence", "defense", "education",
                        "environment", "transport", "business", "culture", "justice",
                        "treasury", "interior", "energy", "trade", "housing", "labor",
                        "labour", "agriculture", "commerce", "finance", "state"})
#: the further words of a portfolio named after "Minister of/for": "Foreign Affairs",
#: "Mineral Resources", "Energy Security"
PORTFOLIO_WORDS = PORTFOLIOS | frozenset({
    "affairs", "resources", "security", "development", "relations", "services", "protection",
    "industry", "planning", "cooperation", "policy", "infrastructure", "works", "welfare",
    "fisheries", "forestry", "communications", "technology", "innovation", "tourism",
    "heritage", "mines", "minerals", "mineral", "natural", "social", "economic", "public",
    "rural", "urban", "regional", "local", "national", "digital", "economy", "sport", "sports",
    "youth", "women", "family", "climate", "water", "land", "lands", "food", "internal",
    "external", "european", "overseas", "veterans", "pensions", "employment", "science",
    "research", "arts"})
#: an administrative area's word after a name, which makes the name a place: "Attapeu province"
_AREA_AFTER = rx.compile(r" (?:" + "|".join(sorted(ADMIN_AREAS | {"district", "department"})) +
                         r")\b")
#: words that tell one office from another of the same head: a prime minister is no foreign
#: minister, a vice president no president
_OFFICE_KINDS = PORTFOLIOS | {"prime", "vice"}  # (not "deputy": a deputy culture minister is
# the "deputy minister" a lede spoke of)


def _other_office(words: list[str], titles: set[str]) -> bool:
    """Whether a description's office (``prime minister``: its last two words) differs from
    every title of a person's that shares its head (``foreign minister``)."""
    if len(words) < 2 or words[-2] not in _OFFICE_KINDS or \
            " ".join(words[-2:]) in titles:
        return False
    return any(len(ws := title.split()) >= 2 and ws[-1] == words[-1] and ws[-2] in _OFFICE_KINDS
               for title in titles)

#: works a firm runs, which a story may call by their kind for the firm ("the mine's
#: operator, Andes Copper Holdings")
WORKS = frozenset({"mine", "plant", "factory", "refinery", "smelter", "dam", "mill", "quarry",
                   "pipeline", "port", "airport", "terminal", "reactor", "farm", "railway",
                   "yard", "estate", "plantation"})
#: a court named as where a case will go: "take the case to the", "appeal to the", "filed the
#: complaint with a", "would appeal the decision at the EU's" (no decider: "considering an
#: appeal to the Supreme Court")
TAKEN_TO = rx.compile(r"\b(?:(?:take|took|taking|takes|bring|brought|refer|referred|appeal|"
                      r"appealed|appealing|challenge|go|went) (?:[a-z]+ ){0,3}to|before|"
                      r"(?:filed|lodged|submitted) (?:the |a |an |its )?(?:complaint|lawsuit|"
                      r"suit|case|petition|challenge|appeal) (?:with|in|at)|"
                      r"petition to|asked|ask|asks|asking|petitioned|petitioning|"
                      r"(?:challenge|contest|fight) (?:[a-z]+ ){0,3}in|"
                      r"appeal(?:ed|ing|s)? (?:[a-z]+ ){0,3}(?:at|in)) (?:the |a )?"
                      r"(?:[A-Z]{2,5}['’]s )?$")


def taken_to(text: str, starts: list[int]) -> bool:
    """Whether every mention at ``starts`` names a court a case is yet to be taken to
    ("would take the case to the Court of Arbitration for Sport"): no decider."""
    return all(TAKEN_TO.search(text, max(0, s - 30), s) for s in starts)


#: first words of many cities' names that are no name alone ("New York", "San José")
CITY_NAME_OPENERS = frozenset({"new", "san", "santa", "saint", "sankt", "los", "las", "port",
                               "fort", "mount", "north", "south", "east", "west", "great",
                               "upper", "lower", "little", "cape", "grand", "lake", "palm"})
#: the titles of those who lead a body: what "the head of ..." can be called by name
HEAD_TITLES = ("president", "chairman", "chairwoman", "chair", "leader", "director",
               "secretary-general", "chief executive")
GENERIC_ROLE_WORDS = frozenset({"member", "members", "official", "officials", "leader", "head",
                                "senior", "former", "top", "chief", "spokesman", "spokeswoman",
                                "spokesperson", "person", "source"})
#: people who speak for someone else: "an aide to the president" is not the president
AIDES = frozenset({"aide", "aides", "adviser", "advisers", "advisor", "advisors", "spokesman",
                   "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney", "attorneys",
                   "assistant", "deputy", "representative", "envoy", "ally", "allies",
                   "confidant", "friend", "source", "sources"})
COUNTS = frozenset({"one", "two", "three", "four", "five", "several", "some", "many", "both"})
#: third-person pronouns, matched on lower-cased text (faster than a case-blind pattern)
# (\b(he|his|...|she)\b, written letter first, which the engine scans for twice as fast)
_PRONOUN = rx.compile(r"(h(?<!\wh)(?:e|is|im(?:self)?|er(?:self)?)|s(?<!\ws)he)\b")
DOTTED = rx.compile(r"\b((?:[A-Z]\.)+[A-Z])(?![.\w])")
POSSESSIVE = rx.compile(r"^(.*?)(?:’s|'s|’|')$")
AGE = rx.compile(r"^\d{1,3}$")
SPEAKER_NOUNS_STRIP = ("’s", "'s")


#: a lede that opens on a town it does not name: "A town in the Czech Republic's Vysočina
#: region has cut" (group 1: the town's noun)
UNNAMED_TOWN_LEDE = rx.compile(r"\s*(?:(?:Residents|People|Villagers|Townspeople) (?:of|in) "
                                r"(?=an? ))?[Aa]n? (?:[A-Za-z-]+ ){0,2}?(town|city|village)\b"
                                r"(?= (?:in|on|near|has|have|will|voted|woke|say|says)\b)")
# (and "Residents of a Basque village woke up ... to find": the village the dateline names)

#: one thing a relative "that" hangs on, which no "they" can be: "on a ferry that they say"
_ONE_THING_THAT = rx.compile(r"\b(?:an?|the) [a-z]+(?<!s) that $")


#: a lede's act announced by the officer of the region that opens it: " will charge ..., the
#: state's transport minister said"
_LEDE_OF_REGION = rx.compile(r" (?:will|plans to|is to|has|wants to)\b[^.;\"“”]{1,250}?, "
                             r"the (state|province|territory)['’]s (?:[a-z-]+ ){0,3}?"
                             r"(?:minister|ministry|department|government|premier|governor|"
                             r"agency|authority)\b")


#: a preposition of place right before a name: "on a mountain road in Nagano"
_WHERE_BEFORE = rx.compile(r"\b(?:in|near|outside)\s+$")
#: a sentence that opens on a capital, then names an official: "In Beijing, foreign
#: ministry spokesman Liu Jianwei said"
_IN_CAPITAL = rx.compile(r"In ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?), (?:[a-z][\w-]* ){0,4}$")


def _owned_before(text: str, start: int, pos: int, head: str) -> list[str]:
    """The words of the body ``head`` names that the sentence from ``start`` to ``pos``
    already gave by its owner (``pardons board`` of ``Malaysia's pardons board``), up to
    two words before the head; none when it gave none."""
    m = re.search(rf"['’]s ((?:[\w-]+ ){{0,2}}{re.escape(head)})\b", text[start:pos],
                  re.IGNORECASE)
    return m.group(1).lower().split() if m else []


@dataclass
class Entity:
    """A named speaker candidate found in the article."""

    name: str
    kind: str  # person | institution
    first: str = ""
    last: str = ""
    titles: set[str] = field(default_factory=set)
    nations: set[str] = field(default_factory=set)
    leader: bool = False
    ages: set[str] = field(default_factory=set)
    gender_votes: dict[str, float] = field(default_factory=dict)
    mentions: list[tuple[int, int, bool]] = field(default_factory=list)  # start, end, subject

    def last_before(self, pos: int) -> int:
        """Start of this entity's latest mention at or before ``pos`` (-1 if none)."""
        i = bisect_right([m[0] for m in self.mentions], pos) if len(self.mentions) < 64 else \
            bisect_right(self.mentions, (pos, 1 << 62, True))
        return self.mentions[i - 1][0] if i else -1

    def vote(self, gender: str, weight: float) -> None:
        if gender in ("male", "female"):
            self.gender_votes[gender] = self.gender_votes.get(gender, 0.0) + weight

    @property
    def gender(self) -> str:
        if not self.gender_votes:
            return "unknown"
        best = max(self.gender_votes, key=self.gender_votes.get)
        others = sum(v for g, v in self.gender_votes.items() if g != best)
        return best if self.gender_votes[best] > others else "unknown"


_CITED = rx.compile(r"\baccording to (?:a |an |the )?$")


@lru_cache(maxsize=8192)
def _nation_of(word: str) -> str | None:
    """The country a demonym, country name or alias points to (``U.S`` -> United States)."""
    places = lexicon.places()
    low = word.lower()
    info = places.get(low) or places.get(low + ".") or places.get(low.rstrip("."))
    # (a former state's adjective, "Soviet", points to no country)
    return info[1] or None if info and info[0] in ("demonym", "country", "alias") else None


def _abbreviated_country_body(words: list[str]) -> bool:
    """Whether two words are a body named with its country's initials ("UK Highways", "US
    Soccer", "UK Finance"), not a nationality before a name ("UK Prime Minister")."""
    return len(words) == 2 and words[0].isupper() and "." not in words[0] and \
        len(words[0]) <= 4 and \
        words[1][:1].isupper() and words[1].lower() not in lexicon.titles() and \
        words[1].lower() not in lexicon.given_names()


def _two_word_country(two: str) -> bool:
    """Whether two lower-case words, possessive or not, name a country (``saudi arabia's``):
    a demonym first (``Saudi``) is then part of the name, no nationality before one."""
    return _nation_of(re.sub(r"['’]s$", "", two)) is not None


#: who owns a body, said before its name: "state-owned Petrosur", "family-owned Brauerei X"
OWNED_BY = frozenset({"state-owned", "state-run", "government-owned", "family-owned",
                      "privately-owned", "publicly-traded", "publicly-listed", "state-backed"})


def _names_firm(w: str) -> bool:
    """A lower-case noun that introduces an organisation's name: ``the biotech firm
    Neurova``, ``platform Chirp`` (a court is named, not introduced)."""
    return w in NAMING_NOUNS or (w != "court" and lexicon.source_nouns().get(w) == "institution") \
        or w in OWNED_BY  # ("the pipeline's operator, state-owned Petrosur": a firm)


def _such_as_firms(t: Tokens, a: int) -> bool:
    """Whether the name at token ``a`` is one of the examples a plural organisation noun
    gives (``platforms such as Baemin and Coupang Eats``, ``banks like Nordea``): past the
    names and commas before it, "such as" or "like" after such a noun."""
    k = a - 1
    while k >= 2 and a - k < 10 and (t.low[k] in ("and", ",") or
                                      (t.is_cap(k) and t.is_word(k))):
        k -= 1
    if k >= 2 and t.low[k] == "as" and t.low[k - 1] == "such":
        k -= 1
    elif not (k >= 1 and t.low[k] == "like"):
        return False
    noun = t.low[k - 1]
    return noun.endswith("s") and not t.is_cap(k - 1) and _names_firm(singular(noun))


def _object_pronoun(lowered: str, word: str, end: int) -> bool:
    """``him``, or ``her`` before a preposition or punctuation (``accused her of``, not
    ``her party``): an object, someone other than the sentence's named subject."""
    if word == "him":
        return True
    if word != "her":
        return False
    nxt = lowered[end:end + 6].lstrip()
    return not nxt[:1].isalpha() or nxt.split(" ", 1)[0] in ("of", "to", "for", "with", "as",
                                                              "in", "on", "at", "and")


#: two bodies named together by their kind, after or before them: "the CCOO and UGT unions",
#: "the unions CCOO and UGT" (one speaker, one stance subject); groups ``a`` and ``b`` name them
_KINDS_OF_BODY = "unions|groups|parties|associations|federations|companies|firms"
TWO_OF_A_KIND = rx.compile(rf"\b(?:(?P<kind>{_KINDS_OF_BODY}) )?(?P<a>[A-Z][\w&-]*) and "
                           rf"(?P<b>[A-Z][\w&-]*)(?(kind)|(?: (?:{_KINDS_OF_BODY})))$")
#: a document by two authors: "a count by WWF Mexico and the national protected areas
#: commission" (groups 1 and 2: the authors, without their articles)
_JOINT_AUTHORS = rx.compile(r"(?:[Aa]n? |[Tt]he )?(?:[\w-]+ ){0,2}?(?:count|study|survey|report|"
                            r"analysis|census|audit|review|poll|tally) (?:conducted |carried "
                            r"out |published |compiled )?by (?:the )?([A-Z][\w&'’-]*(?: "
                            r"[A-Z][\w&'’-]*)*) and (?:the )?([\w&'’-]+(?: [\w&'’-]+)*)")
#: a lede's pair of bodies described by their kind: "Genoa's two Serie A clubs"
_TWO_DESCRIBED = rx.compile(r"\btwo (?:[\w-]+ ){0,3}(clubs|companies|firms|unions|airlines|banks|"
                            r"carriers|groups|teams|operators)")
#: what a firm is called by the trade it plies, set off after its name: "X, the buyer,"
TRADING_BODIES = frozenset({"buyer", "exporter", "importer", "processor", "supplier",
                            "contractor", "distributor", "wholesaler"})
#: the words for whoever leads a body: "the head of the plant's independent union"
LEADING_ROLES = frozenset({"head", "leader", "chief"})
#: a group and where it is, before a place's name: "artisanal fishermen in "
_GROUP_AT = rx.compile(r"\b(?:[A-Za-z-]+ )?[A-Za-z]+(?:s|men) (?:in|at|near|from) (?:the )?$")
#: a hyphenated given name after the surname, as Chinese and Korean names are written
#: ("Lin Chia-hao", "Moon Jae-in"): the first word is no given name
_SURNAME_FIRST = rx.compile(r"[A-Z][a-z]+-[a-z]+$")
#: kinds of place that follow a place's name: "Harare's Mbare suburb"
LOCALITY_NOUNS = frozenset({"suburb", "township", "slum", "district", "neighbourhood",
                            "neighborhood", "borough", "village",
                            # (and a natural feature: "Ladakh's Pangong Tso lake")
                            "lake", "lagoon", "glacier", "valley", "gorge", "canyon"})
#: words before a plural locality that point back to places, naming no kind of place
VAGUE_PLACE_WORDS = frozenset({"the", "nearby", "surrounding", "neighbouring", "neighboring",
                               "local", "other", "these", "those", "some", "many", "several",
                               "two", "three", "both", "all", "its", "their", "whose"})
#: plural localities whose names follow "of": "the suburbs of Kaneshie and Sabon Zongo"
LOCALITY_PLURALS = frozenset({"suburbs", "districts", "neighbourhoods", "neighborhoods",
                              "towns", "villages", "regions", "provinces", "areas", "townships",
                              "communities", "islands", "cities"})


def _portfolio_before(t: Tokens, noun: int) -> bool:
    """Whether the noun at ``noun`` ends a minister's portfolio (``Greenland's minister for
    natural resources, Naja Petersen-Lund,``): the name after it is the minister's, no
    firm's (as "Kvanefjeld Resources" would be)."""
    return any(t.low[k] in ("for", "of") and t.low[k - 1] in lexicon.titles()
               for k in range(max(1, noun - 3), noun))


def _places_named(t: Tokens, a: int) -> bool:
    """Whether the name at ``a`` is one of the places a locality noun lists: ``the suburbs of
    Kaneshie and Sabon Zongo``, ``the district of Sabon Zongo``."""
    k = a - 1
    if k >= 0 and t.low[k] in ("and", "or", ","):  # the second of a list: back to its "of"
        if t.low[a] in lexicon.titles():
            return False  # "In the town of Guiuan, Mayor Teresita Abenir": its mayor, no place
        k -= 1
        while k > 0 and k > a - 6 and t.low[k] != "of":
            k -= 1
    return k >= 1 and t.low[k] == "of" and (t.low[k - 1] in LOCALITY_PLURALS or
                                            t.low[k - 1] in REGION_NOUNS or
                                            t.low[k - 1] in SITES_OF_PLACES)


#: what a region named with its kind does as a government: "Nigeria's Lagos state will ban"
REGION_ACTS = frozenset({"will", "has", "have", "plans", "wants", "banned", "ordered", "said",
                         "says", "announced"})
#: sites named by the place they stand in: "the cemetery of San Andrés Mixquic"
SITES_OF_PLACES = frozenset({"cemetery", "shrine", "monastery", "basilica", "cathedral"})


def _among_opens(t: Tokens, k: int) -> bool:
    """Whether the sentence holding token ``k`` opens on "Among" within a dozen tokens
    before it (``Among those hurt was ...``)."""
    for x in range(k, max(-1, k - 12), -1):
        if t.low[x] in (".", "!", "?", ";", "“", "”", '"'):
            return t.low[x + 1] == "among"
    return k < 12 and t.low[0] == "among"  # (the paragraph's first sentence)


def _listed_trades_end(t: Tokens, i: int, j: int) -> int:
    """The end of a body's name that lists its trades with commas (``National Union of
    Textile, Garment and Tailoring Workers``), where the name from ``i`` to ``j`` stops at
    the first comma after its ``of``; else ``j``."""
    if j >= len(t) or t.low[j] != "," or "of" not in t.low[i + 1:j] or t.low[j - 1] == "of":
        return j
    k = j
    while k + 1 < len(t) and t.low[k] == "," and t.is_cap(k + 1) and t.is_word(k + 1):
        k += 2  # ", Garment"
    if k == j or k + 1 >= len(t) or t.low[k] != "and" or not t.is_cap(k + 1):
        return j
    end = k + 1
    while end < len(t) and t.is_cap(end) and t.is_word(end):
        end += 1
    last = t.low[end - 1]
    return end if last in ORG_NOUNS or last in TRADE_BODIES or \
        (last.endswith("s") and (role_noun(last) or agent_noun(last))) else j


#: plain nouns for people that follow a thing naming them: "Canoe men", "Market women"
GROUP_PEOPLE = frozenset({"men", "women", "people", "folk", "families", "workers", "owners",
                          "sellers", "traders", "vendors", "keepers", "hands", "boys", "girls"})


def thing_word(low: str, text: str) -> bool:
    """Whether the capitalised word opening a group's name (``Canoe`` of "Canoe men") is a
    thing, not a name: no given name or place, and written in lower case elsewhere in the
    story ("a canoe capsized")."""
    return low not in lexicon.given_names() and low not in lexicon.places() and \
        re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None


class Registry:
    """Every named person and institution in the article, with aliases."""

    def __init__(self, text: str, seg: Segmentation, quoted: list[tuple[int, int]]) -> None:
        self.text = text
        self.low_text = text.lower()  # (once: a rare rule asks what the story says anywhere)
        self.seg = seg
        self.quoted = sorted(quoted)
        self._quoted_starts = [a for a, _ in self.quoted]
        self.entities: dict[str, Entity] = {}
        self.by_last: dict[str, list[Entity]] = {}
        self.by_first: dict[str, list[Entity]] = {}
        self.by_org_first: dict[str, Entity] = {}  # first word of a multi-word organisation
        self.employers: set[str] = set()  # words naming someone's employer before a title
        self.acronyms: dict[str, Entity] = {}  # "(NICE)" after a body's name: its short name
        self.places_named: set[str] = set()  # two-word names read as places, not people
        self._overlap_index: tuple[tuple[int, int], list, list[int], int] | None = None
        self._sentence_starts = {s.start for s in seg.sentences}
        self.paragraph_tokens = [Tokens.of(text, p.start, p.end) for p in seg.paragraphs]
        for pi, t in enumerate(self.paragraph_tokens):
            self._scan(t, pi)
        self._short_names_first()
        self._short_bodies_first()
        self._employer_bodies()
        self._city_governments()
        self._governed_places()
        self._dateline_city()
        self._build_timeline()
        if self._descriptions():  # "the governor" is a mention of the governor named before
            self._build_timeline()
        self._pronoun_votes()
        self._dateline_leaders()
        self._capital_officials()
        self._its_bodies()
        self._described_bodies()
        self._lede_body_opens_next()
        for e in self.entities.values():  # a gender nothing else gave: by title, else name
            if e.kind != "person" or e.gender_votes:
                continue
            said = {info.gender for w in e.titles
                    if (info := lexicon.titles().get(w)) is not None and
                    info.gender in ("male", "female")}
            if len(said) == 1:
                e.vote(said.pop(), 1.0)  # "his daughter, Liis Kask,": a woman, whom no "him"
                # that follows names
            elif e.first and not _SURNAME_FIRST.match(e.last):  # ("Lin Chia-hao": Lin is
                # his surname)
                g = lexicon.given_names().get(e.first.lower())
                if g:
                    e.vote(g, 0.5)

    # ---- building -----------------------------------------------------------------
    def _build_timeline(self) -> None:
        """Every mention outside quotation marks, in reading order: the look-back index."""
        self.timeline = sorted(
            (m[0], m[1], m[2], e) for e in self.entities.values() for m in e.mentions
            if not self.in_quote(m[0]))
        self._starts = [m[0] for m in self.timeline]

    def _descriptions(self) -> int:  # the number of people given new mentions
        """Add ``the governor``, ``the Russian leader``, ``the speaker`` as mentions of the
        person last named with that title (inside quotes too: they are stance targets)."""
        touched: dict[int, Entity] = {}
        titles = lexicon.titles()
        for pi, t in enumerate(self.paragraph_tokens):
            n = len(t)
            for k in range(n - 1):
                place_owner = t.is_cap(k) and t.low[k].endswith(("'s", "’s")) and \
                    t.low[k][:-2] in lexicon.places()  # "Vermont's attorney general"
                if t.low[k] not in ("the", "this", "that", "his", "her", "their") and \
                        not place_owner:
                    continue  # ("This judge has decided ...")
                j, nations = k + 1, set()
                if t.is_cap(j) and (nat := _nation_of(t.low[j])):
                    nations.add(nat)
                    j += 1
                # "the manager's fault": the possessive names the manager too
                head = t.low[j][:-2] if j < n and t.low[j].endswith(("’s", "'s")) else \
                    t.low[j] if j < n else ""
                if j + 1 < n and f"{t.low[j]} {t.low[j + 1]}" in titles and \
                        not t.is_cap(j) and not t.is_cap(j + 1):
                    head = f"{t.low[j]} {t.low[j + 1]}"  # "the prime minister"
                    j += 1
                if j >= n or t.is_cap(j) or head not in titles:
                    continue
                if j + 1 < n and t.is_cap(j + 1) and t.is_word(j + 1):
                    continue  # "the president Joe Biden": a name follows
                info = titles[head]
                if t.low[k] in ("his", "her", "their") and (info.kind != "title" or
                                                           " " not in head):
                    continue  # "his prime minister" is the prime minister; "her lawyer" no
                    # one's title
                if place_owner and info.leader:
                    continue  # ("Ecuador's president declared": the state acts, as before)
                best = None
                for e, _ in self.persons_before(t.spans[k][0]):
                    if e.kind != "person" or (nations and e.nations and not nations & e.nations):
                        continue
                    if head in e.titles or (info.leader and head == "leader" and e.leader):
                        best = e
                        break
                if best is None and pi == 0:  # a lede's "the governor", named further on
                    best = self.titled_later(head, nations, t.spans[k][0])
                if best is not None:
                    start, end = t.spans[k][0], t.spans[j][1]
                    best.mentions.append((start, end, self._is_subject(t, k, j + 1)))
                    touched[id(best)] = best
        for e in touched.values():
            e.mentions.sort()
        return len(touched)

    def titled_later(self, head: str, nations: set[str], pos: int) -> Entity | None:
        """The person first named after ``pos``, in the first three paragraphs, who holds
        the title ``head`` (``the governor signed ... Gov. Teresa Alvarado said``)."""
        later = [(min(m[0] for m in e.mentions), e) for e in self.entities.values()
                 if e.kind == "person" and e.mentions and head in e.titles and
                 not (nations and e.nations and not nations & e.nations)]
        later = [(at, e) for at, e in later if at > pos and
                 self.seg.sentences[self.seg.sentence_at(at)].paragraph <= 2]
        return min(later, key=lambda x: x[0])[1] if later else None

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks."""
        i = bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def _acted_on(self, t: Tokens, noun: int) -> bool:
        """Whether the phrase ``the ... city`` ending at token ``noun`` is the object of an
        act done to a body (``sued the northern Italian port city``): the city acts too."""
        k = noun - 1
        while k >= 0 and noun - k <= 4 and t.low[k] != "the" and t.is_word(k):
            k -= 1
        return k >= 1 and t.low[k] == "the" and t.low[k - 1] in ACTED_ON

    def _speaks_as(self, noun: str) -> bool:
        """Whether the story has ``the city`` (``noun``) speak or plan (``The city said a
        safety review had found``): the one city it names then acts, wherever it was named."""
        return re.search(rf"(?:(?:^|[.!?][\"”]?\s+)The|, the) {noun} (?:said|says|announced|"
                         rf"plans|planned|wants|wanted|argued|insisted|warned|decided)\b",
                         self.text, re.M) is not None  # (its own subject: not "a report
        # commissioned by the city said")

    def _sentence_initial(self, t: Tokens, i: int) -> bool:
        if i == 0:
            return True
        return t.low[i - 1] in (".", "!", "?", "“", '"', "‘", "(", ":", "—")

    def _scan(self, t: Tokens, pi: int) -> None:
        i, n = 0, len(t)
        while i < n:
            if t.caps[i] and t.low[i] in NOT_NAMES and len(t.low[i]) > 1 and \
                    t.word(i).isupper() and self.spelled_out(t.word(i)) is not None:
                self._add_sequence(t, i, i + 1, pi)  # "the WHO": no "who", an acronym
                i += 1
                continue
            if t.caps[i] and numbered_body_at(t, i):
                # "Union No. 2": a union by its number
                ent = self._get(f"{t.word(i)} No. {t.word(i + 3)}", "institution")
                ent.mentions.append((t.spans[i][0], t.spans[i + 3][1],
                                     self._is_subject(t, i, i + 4)))
                ent.titles.add(t.low[i])
                i += 4
                continue
            if t.caps[i] and t.is_word(i) and i + 2 < n and t.low[i + 1].isdigit() and \
                    len(t.low[i + 1]) <= 2 and t.low[i + 2] in ("district", "borough") and \
                    t.spans[i + 1][0] == t.spans[i][1] + 1 and \
                    lexicon.places().get(t.low[i], ("",))[0] in ("capital", "city"):
                # "The Prague 1 district said": a city's numbered district, a body of its own
                # (not the capital, and so no country)
                ent = self._get(f"{t.word(i)} {t.word(i + 1)}", "institution")
                ent.mentions.append((t.spans[i][0], t.spans[i + 1][1],
                                     self._is_subject(t, i, i + 2)))
                ent.titles.add(t.low[i + 2])
                i += 3
                continue
            if not (t.caps[i] and t.is_word(i)) or (
                    t.low[i] in NOT_NAMES and not _one_in_name(t, i)) or \
                    t.low[i] in NOT_NAME_STARTS or \
                    t.low[i].startswith(("i’", "i'")) or \
                    (t.low[i] in NOT_SENTENCE_INITIAL_NAMES and self._sentence_initial(t, i) and
                     not given_per(t, i)) or \
                    (t.low[i] in OPENING_ADJECTIVES and i + 1 < n and t.is_word(i + 1) and
                     not t.is_cap(i + 1) and self._sentence_initial(t, i)):
                i += 1  # ("Local guides said": a group, no body called Local; but "Local
                continue  # Government Association" is one)
            if t.low[i].endswith(("ing", "ed")) and len(t.low[i]) > 5 and i + 1 < n and \
                    t.is_word(i + 1) and not t.is_cap(i + 1) and self._sentence_initial(t, i) \
                    and not self._known_single(t.low[i]) and t.word(i) not in self.entities:
                # (not a name met before: "Northwing brings us")
                i += 1  # "Addressing a jubilant crowd, he said": a participle, no name
                continue
            if t.low[i].endswith(("s", "men")) and i + 1 < n and t.is_word(i + 1) and \
                    not t.is_cap(i + 1) and t.low[i + 1] not in ("of", "for", "and", "in") and \
                    not t.low[i].endswith("ss") and not role_noun(t.low[i + 1]) and \
                    self._sentence_initial(t, i) and \
                    (role_noun(t.low[i]) or agent_noun(singular(t.low[i]))) and \
                    not self._known_single(t.low[i]) and t.word(i) not in self.entities:
                i += 1  # "Homeowners who lost houses accused" ("Ferrymen who carry"): a
                # group, no name
                continue
            if i + 2 < n and self._sentence_initial(t, i) and t.is_word(i + 1) and \
                    not t.is_cap(i + 1) and (t.low[i + 1] in lexicon.titles() or
                                             role_noun(t.low[i + 1]) or
                                             (len(t.low[i + 1]) > 4 and
                                              t.low[i + 1] not in STOP and
                                              t.low[i + 1].endswith(("er", "or", "ist")))) and \
                    t.low[i] not in ORG_NOUNS and not lexicon.source_nouns().get(t.low[i]) and \
                    t.is_cap(i + 2) and t.is_word(i + 2) and \
                    t.low[i] not in lexicon.given_names() and \
                    lexicon.places().get(t.low[i], ("",))[0] not in ("country", "demonym") and \
                    not self._known_single(t.low[i]) and t.word(i) not in self.entities and \
                    re.search(rf"\b{re.escape(t.low[i])}\b", self.text):
                i += 1  # "Delivery rider Nguyen Van Hung said": the trade (a word the story
                # writes in lower case elsewhere), no name
                continue
            if i + 1 < n and t.low[i + 1] in GROUP_PEOPLE and self._sentence_initial(t, i) and \
                    not self._known_single(t.low[i]) and t.word(i) not in self.entities and \
                    thing_word(t.low[i], self.text):
                i += 1  # "Canoe men who ferry cassava ... a canoe capsized": people named by
                continue  # a thing the story writes in lower case too, no name
            if t.low[i] in self.by_org_first and self._sentence_initial(t, i) and \
                    (i + 1 >= n or not t.is_cap(i + 1)) and t.word(i) not in self.entities and \
                    re.search(rf"(?<![\w-]){re.escape(t.low[i])}(?![\w-])", self.text):
                i += 1  # "Tea is one of Kenya's biggest exports": the noun the story writes
                continue  # in lower case too, not the "Tea Board of Kenya" named before
            if t.low[i].endswith("s") and i + 2 < n and t.low[i + 1] in ("'", "’") and \
                    t.spans[i][1] == t.spans[i + 1][0] and t.is_word(i + 2) and \
                    not t.is_cap(i + 2) and self._sentence_initial(t, i) and \
                    not self._known_single(t.low[i]) and t.word(i) not in self.entities:
                i += 1  # "Drivers' representative Lê Minh Tuấn said": a group's possessive
                continue  # before a role, no one's name
            if t.low[i] in ("authorities", "officials") and i + 1 < n and \
                    t.low[i + 1] in ("in", "at", "from") and self._sentence_initial(t, i):
                i += 1  # "Authorities in Kenya's western county of Kisumu": no name
                continue
            if i + 1 < n and t.low[i + 1] == "$" and t.spans[i][1] == t.spans[i + 1][0]:
                i += 1  # "T$380 billion", "A$2 billion": a currency's letters, no name
                continue
            if i + 1 < n and t.low[i + 1] in CURRENCY_WORDS and t.word(i).isupper() and \
                    t.low[i] not in lexicon.places():
                i += 1  # "2,000 CFA francs": a currency's letters, no body ("the agency"
                continue  # that follows is not the CFA)
            j = i
            while j < n:
                w = t.low[j]
                if j > i and j + 1 < n and t.low[j + 1] == "$" and \
                        t.spans[j][1] == t.spans[j + 1][0]:
                    break  # "fined Brewline C$30,000": a currency's letters, no name
                if j > i and w in HEADLINE_VERBS and j + 1 < n and t.is_cap(j + 1) and \
                        t.is_word(j + 1) and not (w == "said" and j + 2 < n and
                                                  not t.is_cap(j + 2)):
                    break  # "Obama Says African-American Museum Will Tell": a headline's verb
                    # (not a surname: "Halima Said, 34,"; nor a name's middle: "Anli Said
                    # Mohamed, 26,")
                if t.is_word(j) and t.is_cap(j) and (w not in NOT_NAMES or j == i or (
                        w in SMALL_NAME_WORDS and j + 1 < n and t.is_cap(j + 1) and
                        t.is_word(j + 1) and t.low[j + 1] not in NOT_NAMES) or
                        (w == "one" and j > i and t.low[j - 1] == "formula") or
                        (t.word(j) == "An" and j > i and len(t.low[j - 1]) <= 5 and
                         t.low[j - 1] not in NOT_NAMES and
                         not (j + 1 < n and t.is_cap(j + 1)))):
                    j += 1  # ("Kick It Out", "Stand Up To Racism": small words of a name)
                    if POSSESSIVE.match(w) and j < n and (
                            not (t.is_word(j) and t.is_cap(j)) or
                            (t.low[j] in lexicon.demonyms() and not (j + 1 < n and
                                                                   t.is_cap(j + 1)))):
                        break  # ("Lindau's German plants": the firm, then a nationality)
                elif self._joins(t, i, j) or (j > i and t.low[j - 1] == "local" and
                                              t.low[j].isdigit()):
                    j += 1  # (and "UFCW Local 663": a union local's number)
                else:
                    break
            if j == i + 1 and t.low[i] in FRENCH_BODY_HEADS:
                j = french_name_end(t, j, n)  # "the Office québécois de la langue française"
            j = _listed_trades_end(t, i, j)
            if (named := self._named_body_aside(t, i)) is not None:
                j = named  # "the group, Students for Justice in Palestine,": one name
            if i >= 1 and t.low[i - 1] == "the" and j + 1 < n and j - i <= 3 and \
                    f"{t.low[j]} {t.low[j + 1]}" in LOCAL_BODIES and \
                    not (t.low[j + 1] == "government" and
                         lexicon.places().get(" ".join(t.low[i:j]), ("",))[0] == "region"):
                j += 2  # "the Madison school board": one body, named with its place (but "the
                # Karnataka state government" is the state, a region that governs)
            self._add_sequence(t, i, j, pi)
            if named is not None and t.low[i - 3] in ("the", "its") and t.is_cap(i - 3):
                # (a sentence that opens on the body: not "A spokeswoman for the agency,
                # Grace Okafor," nor "a software developer, Ben Hartley,")
                self._body_set_off(t.spans[i][0], t.low[i - 2])
            i = max(j, i + 1)

    def _body_set_off(self, at: int, noun: str) -> None:
        """The name set off at ``at`` after ``The company,`` is that body's, though its first
        word is also a given name (``The company, Golden Bean Agriculture, said``): no one
        the story calls a company is a person."""
        ent = next((e for e in self.entities.values() if any(m[0] == at for m in e.mentions)),
                   None)
        if ent is not None and ent.kind == "person" and not ent.gender_votes:
            self.make_body(ent)
            ent.titles.add(noun)

    def _named_body_aside(self, t: Tokens, i: int) -> int | None:
        """The end of a body's name set off after ``the group,`` (``the group, Students for
        Justice in Palestine, had``): capitalised words and the small words between them,
        up to the closing comma; None when the name does not run so."""
        if i < 3 or t.low[i - 1] != "," or t.low[i - 2] not in ORG_NOUNS or not (
                t.low[i - 3] in ("the", "its", "a", "an") or
                (i >= 4 and t.low[i - 4] in ("the", "its", "a", "an") and t.is_word(i - 3) and
                 not t.is_cap(i - 3))):  # (and "A consumer group, Kids in Danger, said")
            return None
        j = i
        while j < len(t) and j - i < 10 and (
                (t.is_cap(j) and t.is_word(j)) or
                ((t.low[j] in NAME_SMALL_WORDS or t.low[j] in FRENCH_PARTICLES) and
                 j + 1 < len(t) and t.is_cap(j + 1))):
            j += 1  # (and "The group, Justice pour Tous Katanga,": a French name's particle)
        return j if j > i + 1 and j < len(t) and t.low[j] == "," else None

    def _joins(self, t: Tokens, i: int, j: int) -> bool:
        """An abbreviation dot (``Lt.``) or a particle (``de``, ``bin``) inside a name;
        a dot that ends a sentence (``City Hall. Peter Malone``) joins nothing."""
        w = t.low[j]
        if w == ".":  # (a dot that ends the paragraph ends a sentence: "Jutarnji List.")
            return j > i and t.spans[j - 1][1] == t.spans[j][0] and \
                len(t.word(j - 1)) <= 4 and j + 1 < len(t) and \
                t.spans[j + 1][0] not in self._sentence_starts
        if w == "and" and j > i and j + 1 < len(t) and t.is_cap(j + 1) and \
                lexicon.places().get(" ".join(t.low[i:j + 2]).removesuffix("'s")
                                     .removesuffix("’s"), ("",))[0] == "country":
            return True  # "Trinidad and Tobago's parliament": one country's name
        if w == "to" and j > i and j + 2 < len(t) and t.is_cap(j + 1) and t.is_cap(j + 2) and \
                t.low[j - 1] in lexicon.institution_nouns():
            return True  # "Committee to Protect Journalists": a body's name with its aim
        if w == "of" and j >= i + 2 and t.low[j - 1].isdigit() and t.low[j - 2] == "local" \
                and j + 2 < len(t) and t.low[j + 1] == "the" and t.is_cap(j + 2):
            return True  # "Local 30 of the American Federation of Musicians": a union local
        if w in ("for", "against", "without") and j == i + 1 and j + 1 < len(t) and \
                t.is_cap(j + 1) and t.is_word(j + 1) and t.low[i].endswith("s") and \
                (t.low[i] in MEMBERS or lexicon.source_nouns().get(t.low[i]) == "anonymous"):
            return True  # "Parents for Safe Schools", "Mothers Against Drunk Driving": members
        if w == "for" and j == i + 1 and j + 1 < len(t) and t.is_cap(j + 1) and \
                t.is_word(j + 1) and i >= 1 and not t.caps[i - 1] and \
                t.low[i - 1] in DESCRIBED_GROUPS:
            return True  # "animal welfare group Eurogroup for Animals": a group's name, as
            # its description before it says (not the Eurogroup and someone called Animals)
        if w == "of" and j > i and "the" in (t.low[i], t.low[i - 1] if i else "") and \
                j + 1 < len(t) and \
                t.is_cap(j + 1) and (j + 2 >= len(t) or not t.is_cap(j + 2)) and \
                lexicon.places().get(t.low[j + 1], ("",))[0] in ("country", "alias") and \
                len([x for x in range(i, j) if t.low[x] != "the"]) >= 2 and \
                not any(t.low[x] in lexicon.titles() or t.low[x] in lexicon.given_names() or
                        t.low[x] in _STATE_FORMS or not t.is_word(x) for x in range(i, j)):
            return True  # "the Archaeological Survey of India": a national body's name (not
            # a state's form, "the Democratic Republic of Congo", nor "the Oba of Benin")
        if w in ("of", "for") and j > i and j + 1 < len(t) and (
                t.is_cap(j + 1) or (t.low[j + 1] in ("the", "a", "an") and j + 2 < len(t) and
                                    t.is_cap(j + 2))) and \
                t.low[j + 2:j + 3] != ("$",):  # (not "suing X for NZ$18 million")
            # "Bank of England", "Centre for European Reform"; "Alternative for Germany (AfD)":
            # a name its acronym spells out; "Port of Rotterdam Authority": a body's name
            # whose last word comes after the "of"
            return _institution_head(t, i, j) or _spelled_by_acronym(t, i, j) or \
                (_body_ends_after(t, j + 1) and t.low[i] not in lexicon.given_names() and
                 j - i == 1)
        if w == "in" and j == i + 1 and j + 1 < len(t) and t.is_cap(j + 1) and \
                t.is_word(j + 1) and i >= 1 and not t.caps[i - 1] and \
                _names_firm(t.low[i - 1]) and t.low[j + 1] not in lexicon.places() and \
                (j + 2 >= len(t) or not t.is_cap(j + 2)):
            return True  # "Parents' group Genitori in Movimento": one body's name
        if w == "on" and j > i and j + 1 < len(t) and t.is_cap(j + 1) and t.is_word(j + 1) \
                and t.low[j + 1] not in CALENDAR:  # (not "the High Court on Tuesday")
            # "Council on Foreign Relations"; "Spotlight on Corruption, a watchdog group,"
            return _institution_head(t, i, j) or _named_body_on(t, j + 1)
        if w == "the" and j == i + 1 and t.low[i] in CAMPAIGN_VERBS and j + 1 < len(t) and \
                t.is_cap(j + 1) and t.is_word(j + 1):
            return True  # "Save the Rhino Trust", "Stop the War Coalition": a campaign's name
        if w in ("the", "a", "an") and j > i + 1 and t.low[j - 1] in ("of", "for") and \
                j + 1 < len(t) and t.is_cap(j + 1):
            return True  # "Federal Office for the Environment", "Citizens for a Better ..."
        if w == "the" and j > i + 3 and t.low[j - 1] == "and" and j + 1 < len(t) and \
                t.is_cap(j + 1) and t.is_word(j + 1) and not t.word(j + 1).isupper() and \
                (j + 2 >= len(t) or not t.is_cap(j + 2)) and \
                "," in t.low[i:j] and _of_fields(t, i, j - 1):
            return True  # "Department of Forestry, Fisheries and the Environment": the last
            # of a department's listed fields
        if w == "the" and j > i + 1 and t.low[j - 1] == "and" and and_in_name(t, j - 1):
            return True  # "National Commission for Culture and the Arts": its last field
        if w == "and" and j > i:  # "Food and Drug Administration"
            return and_in_name(t, j) or (
                j + 2 < len(t) and t.low[j + 1] == "the" and t.is_cap(j + 2) and
                "," in t.low[i:j] and _of_fields(t, i, j))
        if w == "," and j > i:  # "Kenya Medical Practitioners, Pharmacists and Dentists Union"
            return comma_in_name(t, j) or _of_fields(t, i, j)
        if w == "&":  # "Pratt & Whitney", "Procter & Gamble": one firm
            return j > i and j + 1 < len(t) and t.is_cap(j + 1) and t.is_word(j + 1)
        if j > i and plural_possessive(t, j) and t.is_cap(j + 1):
            k = j + 1  # "the British Nurses' Federation": one body's name
            while k + 1 < len(t) and t.is_cap(k + 1) and t.is_word(k + 1):
                k += 1
            return t.low[k] in lexicon.institution_nouns() or \
                (t.low[k].endswith("s") and t.low[k][:-1] in lexicon.institution_nouns())
            # (and "the Ghana Union of Traders' Associations")
        if j > i and town_particle(t, j):
            return True  # "Rothenburg ob der Tauber", "Halle an der Saale": one town's name
        if w == "am" and j > i and j + 1 < len(t) and t.is_cap(j + 1) and t.is_word(j + 1):
            return True  # "Frankfurt am Main"
        return w in NAME_PARTICLES and j > i and j + 1 < len(t) and (
            t.is_cap(j + 1) or (t.low[j + 1] in NAME_PARTICLES and j + 2 < len(t) and
                                t.is_cap(j + 2)))  # "Laura Méndez de la Vega"

    def _surname_alone(self, last: str, before: str) -> bool:
        """Whether the story calls someone by ``last`` alone (not after ``before``, the
        word before it in the full name), as it calls a person by their surname ("property
        developer Pham Van Hoang-Nam ... Hoang-Nam's company"), where a firm's last word
        never stands alone ("Vale do Sertão")."""
        if len(last) < 3 or not last[:1].isupper() or last.lower() in lexicon.company_words():
            return False
        return any(not self.text[max(0, m.start() - 40):m.start()].endswith(before + " ") and
                   not re.search(r"[A-Z][\w-]* $", self.text[max(0, m.start() - 30):m.start()])
                   for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", self.text))

    def _add_sequence(self, t: Tokens, a: int, b: int, pi: int) -> None:
        """Register the name in tokens a..b (prefix titles split off)."""
        if a >= 1 and (work_title_opens(t, a - 1) or (
                a >= 2 and t.low[a - 1] in OPENING_MARKS and t.low[a - 2] in TITLED_WORKS)):
            return  # 'the weekly programme, "Karjalan Kieli," had': a work's title, no one
            # (and 'his hit song "Tiyeni Tonse"', right after its noun)
        if _nickname_at(t, a):
            return  # 'a heavyweight known to fans as "the Lion of Pikine"': a nickname of
            # the one just named, no one else
        if _compound_adjective(t.low[b - 1]):
            if b - a < 2 or not POSSESSIVE.match(t.low[b - 2]):
                return  # "the San Francisco-based company", "Kremlin-backed": no one's name
            b -= 1  # "Quebec's French-language watchdog": Quebec, not a French-language
        if b - a == 1 and t.low[a] in lexicon.region_adjectives():
            return  # "Scottish soccer's governing body": a region's adjective, no one
        if b - a == 1 and t.low[a] in PEOPLE_ADJECTIVES and b < len(t) and \
                not t.is_cap(b) and (t.low[b] in PERSON_NOUNS or
                                     singular(t.low[b]) in PERSON_NOUNS or
                                     t.low[b] in ("men", "women", "people")):
            return  # "Young men who dive from the cliffs say": an adjective opening the
            # sentence, no one's name
        if a >= 2 and t.low[a - 1] in OPENING_MARKS and \
                t.low[a - 2] in ("name", "names", "brand", "trademark", "nickname", "slogan"):
            return  # 'stop using the name "Moon Pearl"': a name as a thing, no one
        if b < len(t) and t.low[b] in CURRENCY_WORDS and \
                " ".join(t.low[a:b]) not in lexicon.places():
            return  # "3.2 million New Taiwan dollars": a currency's name, no body
        if b - a == 1 and t.low[a] == "government" and b < len(t) and not t.is_cap(b) and \
                (t.low[b] in lexicon.titles() or singular(t.low[b]) in lexicon.titles() or
                 singular(t.low[b]) in PERSON_NOUNS):
            return  # "Government spokesman Daniel Barasa said": the state's officer, no body
            # called Government
        if b - a >= 2 and t.low[b - 1] == "language" and "of" not in t.low[a:b]:
            return  # "Kenyan Sign Language": a language, no one (but "the Academy of the
            # Hebrew Language" is a body)
        if t.low[a] in STORMS and b - a >= 2:
            return  # "Typhoon Amihan", "Hurricane Delia": weather, no one who speaks
        if t.low[a] in FEATURE_FIRST and b - a >= 3 and t.low[a + 1] in FEATURE_PARTICLES:
            return  # "the Salar de Pujsa": a salt flat, no one who speaks (but "Salar
            # Andino" may be a firm)
        if t.low[a] in ("mount", "mt") and b - a == 2:
            return  # "Mount Fuji": a mountain, no one (but "Mount Kenya Leaf" is a firm)
        if b - a >= 2 and (t.low[b - 1] == "eve" or (
                t.low[b - 1] == "day" and (t.low[b - 2].endswith(("'s", "’s")) or
                                           t.low[b - 2] in HOLIDAYS or
                                           (b + 1 < len(t) and t.low[b] == "of" and
                                            t.is_cap(b + 1))))):
            return  # "New Year's Eve", "Boxing Day": a date, no one (and "the Hindu Day of
            # Silence", a feast's name)
        a = _past_title_of(t, a, b)  # "Secretary of State Antony Blinken"
        words = [t.word(k) for k in range(a, b) if t.low[k] != "."]
        if "," in words:  # "Kenya Medical Practitioners, Pharmacists and Dentists Union"
            words = [w for w in words if w != ","]
            for k in range(a, b):
                if t.low[k] == ",":
                    before = sum(1 for x in range(a, k) if t.low[x] not in (".", ","))
                    words[before - 1] += ","
        if "'" in words or "’" in words:  # "Nurses'" of "the British Nurses' Federation"
            words = []
            for k in range(a, b):
                if words and plural_possessive(t, k):
                    words[-1] += t.word(k)
                elif t.low[k] != ".":
                    words.append(t.word(k))
        if not words:
            return
        titles: set[str] = set()
        nations: set[str] = set()
        leader = False
        gender_hint: str | None = None
        # "the biotech firm Neurova": a name that an organisation noun introduces
        prev = t.low[a - 1] if a >= 1 else ""
        firm = a >= 1 and not t.caps[a - 1] and _names_firm(prev) and \
            not (b - a >= 2 and (prev in PERSON_TRADES or
                                 (a >= 3 and "former" in t.low[a - 3:a - 1])) and
                 (t.low[a] in lexicon.given_names() or
                  self._surname_alone(t.word(b - 1), t.word(b - 2))))
        if firm and prev == "developer" and b - a >= 2 and a >= 2 and \
                t.low[a - 2] in ("software", "web", "game", "games", "app"):
            firm = False  # "software developer Matouš Vrba": a person's trade
        # ("former competition regulator Graham Whitcombe-Hart": a person who held the post)
        # ("platform Chirp", "airline Emerald Skies"; not "property developer Andreas Christou")
        firm = firm or _such_as_firms(t, a)  # "platforms such as Baemin and Coupang Eats"
        # "The pipeline's operator, Andina Midstream, said": named after an organisation noun
        noun = a - 2
        if prev == "," and a >= 4 and not _names_firm(t.low[noun]):
            # "The consortium building the dam, Energia Tapajós,": past a participle phrase
            # that describes the body
            p = next((p for p in range(a - 2, max(1, a - 7), -1)
                      if t.is_word(p) and not t.is_cap(p) and t.low[p].endswith(("ing", "ed"))
                      and _names_firm(t.low[p - 1])), None)
            if p is not None and all(t.is_word(x) and not t.is_cap(x) for x in range(p, a - 1)):
                noun = p - 1
        if prev == "," and noun >= 1 and _names_firm(t.low[noun]) and \
                t.low[a] not in lexicon.given_names() and not _portfolio_before(t, noun) and \
                t.low[a].rstrip(".") not in lexicon.titles():  # ("... Colombia's capital,
            # Mayor Andrés Villamizar-Pinto said": a titled person after the place)
            k = noun - 1  # "Australia's biggest telecommunications company, Telstrom,"
            # (and past a participle phrase: "An online marketplace named in the ministry's
            # statement, Tiendalia,")
            while k > noun - 4 and k >= 1 and t.is_word(k) and not t.is_cap(k) and \
                    t.low[k] not in DETERMINERS and t.low[k] not in PREPOSITIONS and \
                    POSSESSIVE.match(t.low[k]) is None:
                k -= 1
            firm = firm or ((t.low[k] in DETERMINERS or POSSESSIVE.match(t.low[k]) is not None)
                            and not (k >= 1 and t.low[k - 1] in PREPOSITIONS and
                                     not (t.low[k - 1] == "from" and
                                          t.low[noun] in ORG_NOUNS)) and
                            not (k >= 2 and t.low[k - 1] in ("for", "of") and
                                 t.low[k - 2] in lexicon.titles()) and
                            not any(t.low[x] in ("of", "for") and
                                    lexicon.source_nouns().get(t.low[x - 1]) == "anonymous"
                                    for x in range(k + 1, noun)))  # "for the agency,"
            # ("The town's member of parliament, Jenista Haule,": a member's name; and "40
            # bottles from the cooperative, Alazani Growers,": a firm's, where "a councillor
            # from the opposition, Yusuf Adams," is a person's)
            # (and "A spokeswoman for the marine resources ministry, Hereiti Amaru,": the
            # name is the spokeswoman's, not the ministry's)
        known = lexicon.titles()
        # lower-case role words just before: "journalist Bob Woodward"
        k = a - 1
        while k >= 0 and t.is_word(k) and not t.is_cap(k) and t.low[k] in known:
            info = known[t.low[k]]
            titles.add(t.low[k])
            if k > 0 and f"{t.low[k - 1]} {t.low[k]}" in known:  # "opposition leader"
                titles.add(f"{t.low[k - 1]} {t.low[k]}")
            leader |= info.leader and not (k > 0 and _qualified_leader(t, k - 1, known))
            gender_hint = gender_hint or (info.gender if info.gender != "unknown" else None)
            k -= 1
        q = k  # (past a qualifier of the role: "Chinese foreign ministry spokesman X")
        while titles and q >= 0 and k - q < 2 and t.is_word(q) and not t.is_cap(q) and \
                t.low[q] not in STOP and t.low[q] not in DETERMINERS and \
                not POSSESSIVE.match(t.low[q]):
            q -= 1
        if titles and q < k and t.low[q + 1] in ("ministry", "foreign", "defence", "defense",
                                                 "interior", "finance", "health"):
            titles.add(" ".join(t.low[q + 1:a]))  # "foreign ministry spokeswoman"
        if titles and q >= 0 and t.is_cap(q) and t.is_word(q) and \
                (nat := _nation_of(t.low[q])) and t.low[q] in lexicon.demonyms():
            nations.add(nat)  # "Latvian grandmaster Arturs Kalnins": his country
        if prev == "," and not titles and a >= 3:
            # "Kosovo's interior minister, Arben Krasniqi": the role and the country before
            k = a - 2
            while k >= 0 and t.is_word(k) and not t.is_cap(k):
                if k > 0 and f"{t.low[k - 1]} {t.low[k]}" in known:
                    titles |= {f"{t.low[k - 1]} {t.low[k]}", t.low[k]}
                    k -= 2
                elif t.low[k] in known:
                    titles.add(t.low[k])
                    k -= 1
                else:
                    break
            first = k + 1
            while titles and k >= 0 and first - k <= 2 and t.is_word(k) and not t.is_cap(k) \
                    and t.low[k] not in STOP and t.low[k] not in DETERMINERS and \
                    not POSSESSIVE.match(t.low[k]):
                k -= 1  # "interior minister": a qualifier of the role (not "her lawyer")
            if k + 1 < first:
                titles.add(" ".join(t.low[k + 1:a - 1]))
            if titles and k >= 1 and t.is_cap(k) and t.low[k] in lexicon.demonyms() and \
                    t.low[k - 1] in DETERMINERS:
                if (nat := _nation_of(t.low[k])) is not None:
                    nations.add(nat)
                k -= 1  # "The German buyer, Thomas Lindemeyer,": a role, and his country
            owner = POSSESSIVE.match(t.low[k]) if titles and k >= 0 else None
            if owner and (nat := _nation_of(owner.group(1))):
                nations.add(nat)
            elif not (k >= 0 and (owner or t.low[k] in DETERMINERS) and
                      lexicon.source_nouns().get(t.low[a - 2]) != "institution"):
                titles.clear()  # only "the/its/Kosovo's <role>, NAME" is the NAME's role
        if titles and any(t.low[x] in ("former", "ex") for x in range(max(0, k - 2), k + 1)):
            titles.clear()  # "former Wolves manager Paulo Nunes" is not "the manager"
        if gender_hint is None:  # "Its chairwoman, Agnese Briede, whose son ... his lungs":
            # the role set off before the name tells her gender, as one before it does
            gender_hint = next((known[x].gender for x in sorted(titles)
                                if x in known and known[x].gender != "unknown"), None)
        core = list(words)
        while len(core) > 1:  # a lone word is the name itself
            w = core[0]
            lw = w.lower().rstrip(".")
            two = " ".join(core[:2]).lower()
            if lw in ROLE_QUALIFIERS and not _names_body(core[1:]):
                core = core[1:]  # "Former Everton captain", "Republican Dan Whitaker"
            elif _compound_adjective(lw):
                core = core[1:]  # "Yorkshire-based Northfield County Cricket Club"
            elif (lw in NAMING_NOUNS or (lw.endswith("maker") and len(lw) > 6 and
                                          core[1].lower() not in lexicon.given_names())) and \
                    core[1][:1].isupper() and core[1].lower() not in known and \
                    not (titles and lw in lexicon.given_names()):
                # ("Lawmaker Rosa Benavides": a person's trade, then her given name)
                # (but "Attorney General Charity Rowe-Clark": a title, then her given name)
                # (not "Bank of Canada" ("Toymaker BrightBlocks"), nor "Business Minister X")
                core = core[1:]  # "Chipmaker Veridian": a firm, named after what it is
                firm = True
            elif len(core) >= 3 and lw not in known and agent_noun(lw) and \
                    self._sentence_initial(t, a) and not _body_by_form(core) and \
                    (core[1].split("-")[0].lower() in lexicon.given_names() or
                     (len(core) == 3 and not _names_body(core[1:]) and
                      not lw.endswith("s") and lw not in lexicon.given_names() and
                      all(x[:1].isupper() and x.lower() not in known and
                          x.lower() not in lexicon.places() and
                          x.lower() not in lexicon.source_nouns() for x in core[1:]))):
                # (not "Doctors Without Borders", a body of members, nor "Pieter van Dijk",
                # nor "Durmitor National Park", a body by its form)
                titles.add(lw)  # "Herder Anna-Karin Pavval said": a trade opening the sentence
                core = core[1:]  # (and "Herder Ganzug Batsukh", a given name no list holds)
            elif two in known and len(core) > 2:
                titles.add(two)
                if core[1].lower() in known and core[0].lower() in PORTFOLIOS:
                    titles.add(core[1].lower())  # "Defense Minister Andrea Lozano": later
                    # "the minister", as "Interior Minister X" is
                leader |= known[two].leader
                core = core[2:]
            elif lw in known and not _names_body(core[1:2]) and core[1].lower() != "and" and \
                    not _given_name_title(core, 0) and not (
                    lw.endswith("s") and core[1].lower() in ("for", "against", "without", "of")) \
                    and core[1].lower() != BODY_LINK_FR:
                # (not "Moms for Liberty", "Parents for Safe Schools": a body of members; nor
                # "Justice pour Tous Katanga", a French body's name)
                info = known[lw]
                titles.add(lw)
                if info.means:
                    titles.add(info.means)
                leader |= info.leader
                if info.gender != "unknown":
                    gender_hint = info.gender
                core = core[1:]
            elif (nat := _nation_of(two)) and len(core) > 2 and not (
                    core[-1].lower().endswith("s") and agent_noun(core[-1].lower())):
                nations.add(nat)  # (a body named for its members keeps its country: "New
                core = core[2:]  # Zealand Kiwifruit Growers")
            elif len(core) == 2 and (_two_word_country(two) or two in lexicon.places()):
                break  # "Saudi Arabia('s)" is the country, not a Saudi called Arabia (and
                # "British Columbia" the province)
            elif (nat := _nation_of(lw)) and nat.lower() != lw and not _names_body(core[1:]) \
                    and not _abbreviated_country_body(core):
                nations.add(nat)  # (a body keeps its nationality: "Canadian Workers Alliance")
                core = core[1:]
            elif (owner := POSSESSIVE.match(w)) and not (
                    owner.group(1).lower() in GROUP_POSSESSORS and _names_body(core[1:])) and \
                    not _eponymous_body(core):  # (nor "Alzheimer's Society")
                # "NBC's Kier Simmons": an affiliation; "Women's Tennis Association": a name
                if (nat := _nation_of(owner.group(1).lower())):
                    nations.add(nat)  # "Moldova's President Maia Ciobanu": her country
                elif lexicon.places().get(owner.group(1).lower(), ("",))[0] in (
                        "capital", "city") and b - a > 1 and t.low[a] == w.lower() and \
                        t.is_cap(a + 1):
                    self._add_sequence(t, a, a + 1, pi)  # "Vienna's Naschmarkt": the city
                    # is named too (and may be what "the city" of the story is)
                core = core[1:]
            elif len(core) == 3 and (owner := POSSESSIVE.match(core[1])) and \
                    b < len(t) and t.low[b] in REGION_NOUNS and \
                    (nat := _nation_of(f"{lw} {owner.group(1).lower()}")):
                nations.add(nat)  # "South Africa's Gauteng province": a region of a country
                core = core[2:]  # of two words
            elif len(core) >= 3 and (owner := POSSESSIVE.match(core[1])) and \
                    lexicon.places().get(f"{lw} {owner.group(1).lower()}", ("",))[0] in (
                        "capital", "city") and b - a > 2 and t.low[a] == lw and \
                    t.is_cap(a + 2):
                self._add_sequence(t, a, a + 2, pi)  # "Mexico City's Tláhuac borough": the
                core = core[2:]  # city of two words is named too, and the borough is its own
            else:
                break
        trimmed = _after_last_title(core)
        if len(trimmed) < len(core):  # "Council President Maria Alvarez": the council president
            dropped = [w.lower().rstrip(".") for w in core[:len(core) - len(trimmed)]]
            if dropped[0] not in known and not _nation_of(dropped[0]) and \
                    dropped[0] not in lexicon.places():
                self.employers.add(dropped[0])  # "Northbrook Chief Executive Karen Lindqvist"
            titles.add(" ".join(dropped))
            for w in dropped:
                if w in known:
                    titles.add(w)
                    titles.add(known[w].means or w)
                    leader |= known[w].leader
            body = core[:len(core) - len(trimmed)]
            while body and body[-1].lower().rstrip(".") in known:
                body = body[:-1]  # "Bank of Japan Governor": the bank
            if len(body) >= 3 and body[-2] == "of" and _names_body(body[:1]):
                self._employer_named(" ".join(body), t, a, b)
        core = trimmed
        if not core:
            return
        if POSSESSIVE.match(core[-1]):
            core[-1] = POSSESSIVE.match(core[-1]).group(1)
        nouns = lexicon.source_nouns()
        organisation = firm or any(nouns.get(w.lower()) == "institution" or
                                   (len(core) >= 2 and w.lower() in WORDS_ABROAD)
                                   for w in core) or \
            (len(core) >= 2 and core[0].lower() in SPORT_BODY_WORDS) or \
            (len(core) == 2 and core[0] == "World" and core[1].lower() in SPORT_BODY_WORDS) or \
            (len(core) >= 3 and core[-1].lower() in ("limited", "incorporated")) or \
            (len(core) >= 2 and core[-1].lower() in lexicon.company_words() and
             (core[0].lower() not in lexicon.given_names() or
              core[-1].lower() in NO_SURNAMES)) or \
            any(w in ("of", "for", "&", BODY_LINK_FR) for w in core) or \
            (len(core) >= 2 and b < len(t) and (t.low[b] in ORG_NOUNS or
                                                 t.low[b] in PARTY_NOUNS) and not t.caps[b]) or \
            (len(core) >= 2 and b < len(t) and t.low[b] in PARISH_NOUNS and
             not t.caps[b] and core[0].lower() not in DENOMINATIONS and
             not (b + 1 < len(t) and t.low[b + 1] in ("council", "church", "priest"))) or \
            (len(core) == 1 and a >= 1 and t.low[a - 1] == "the" and b < len(t) and
             (t.low[b] in UNION_WORDS or t.low[b] in PARTY_NOUNS) and not t.caps[b]) or \
            (len(core) == 1 and a >= 1 and t.low[a - 1] == "the" and b < len(t) and
             t.low[b] in FIRM_AFTER_NAME and not t.caps[b] and
             core[0].lower() not in lexicon.given_names() and not _nation_of(core[0].lower()))
        # ("the United Auto Workers union", "the Verdi union"; not "Budget airline SkyBridge")
        short_of = self._kind_named(" ".join(core).lower())  # ("Harlan State" of Harlan
        # State University named before: the university, though Harlan is a given name)
        named_thing = a >= 3 and t.low[a - 1] == "as" and t.low[a - 2] == "known" and \
            t.low[a - 3] == "," and a >= 4 and t.low[a - 4] in NAMED_THINGS_KNOWN_AS
        if named_thing:
            self.places_named.add(" ".join(core))
            return  # "the new gold-backed currency, known as ZiG": a thing's name, no body
        body_known_as = a >= 4 and t.low[a - 1] == "as" and t.low[a - 2] == "known" and \
            t.low[a - 3] == "," and nouns.get(t.low[a - 4]) == "institution"
        # ("The agency, known as Crous, said": the body's name, though a word like a surname)
        organisation = organisation or body_known_as or _body_by_form(core) or \
            any(_camel_case(w) for w in core) or \
            (len(core) >= 3 and core[0].lower() in FRENCH_BODY_HEADS and
             core[1].lower() in FRENCH_PARTICLES | {"québécois", "national", "nationale"}) or \
            short_of is not None or \
            (len(core) >= 2 and
             core[-1].lower() in ("county", "province", "prefecture", "shire")) or \
            (len(core) == 1 and b < len(t) and t.low[b] in ("state", "province") and
             not t.caps[b] and not (b + 1 < len(t) and (t.low[b + 1] in ("of", "'s", "’s") or
                                                        t.low[b + 1] in lexicon.titles()))) or \
            (len(core) >= 3 and " ".join(core[-2:]).lower() == "public schools") or \
            "and" in core[1:-1]
        # ("Leon County": a place, though Leon is a given name, and Australia's "Surf Coast
        # Shire"; "Chicago Public Schools": a school district; "Pahang state": a state, no
        # one's surname; and a name read whole across its "and", "Forestry and Land
        # Scotland": no person's)
        if organisation and not firm and len(core) == 2 and \
                core[0].lower() in lexicon.given_names() and not (b < len(t) and
                                                                 t.low[b] in ORG_NOUNS) \
                and core[1].lower() not in NO_SURNAMES and short_of is None:
            organisation = False  # "Terrence Hall" is a man, not a hall ("Sierra Club" a club)
        while len(core) > 1 and core[-1].lower().rstrip(".") in CORPORATE and core[-2] != "&":
            core = core[:-1]  # "Helix Systems Inc" is Helix Systems ("Sdn Bhd": two words;
            # but "Crumb & Co" keeps its partner)
        name = " ".join(core)
        low = name.lower()
        if len(core) >= 2 and core[-1].lower() in LAW_WORDS and \
                not any(w.lower() in lexicon.institution_nouns() and
                        core[k + 1].lower() in ("for", "of") for k, w in enumerate(core[:-1])):
            return  # "the Digital Services Act": a law, no one who acts or speaks (but "the
            # Peruvian Society for Environmental Law" is a body)
        if a >= 1 and (t.low[a - 1] == "the" or t.low[a - 1].endswith("-owned")) and \
                b < len(t) and (
                (t.low[b] in FACILITIES and
                 not (b + 1 < len(t) and _body_noun(t.low[b + 1]))) or
                (b + 1 < len(t) and t.is_word(b) and not t.is_cap(b) and
                 t.low[b + 1] in FACILITIES and t.low[b] in FACILITY_KINDS)):
            return  # "the La Pampilla refinery", "the Cerro Alto copper mine": a place where
            # things happen, no one who acts (but "the SNAI prison authority" is a body; and
            # "Kyrgyzstan's state-owned Kumtor gold mine": the mine, its company named later)
        if b < len(t) and t.low[b] in LOWER_FEATURES and t.is_word(b) and not t.is_cap(b):
            self.places_named.add(name)
            return  # "Chile's Atacama desert", "the Mekong delta": a place, no one who acts
        if low in NOT_ACTORS or low in ORG_NOUNS or low in PARTY_NOUNS:
            return  # "Club owner Farhad Moshiri": a generic noun opening a sentence, no name
        start = t.spans[a][0]
        subject = self._is_subject(t, a, b)
        place = lexicon.places().get(low)
        if len(core) == 1 and any(ch.isdigit() for ch in name) and \
                low not in INTERGOVERNMENTAL:
            return  # "the Corolla, Camry and RAV4": a model, not a body ("G7" is one)
        if len(core) == 1 and name.isupper() and b < len(t) and t.low[b] in SCIENCE_NOUNS:
            return  # "the OTOF gene", "the BRCA1 mutation": a thing studied, no body
        if len(core) == 1 and b < len(t) and t.low[b] in ("state", "province", "region") and \
                not t.caps[b] and b >= 2 and (own := POSSESSIVE.match(t.low[b - 2])) and \
                _nation_of(own.group(1)) and name.lower() not in lexicon.places() and \
                f"{t.low[b]} government" not in self.low_text and \
                not (b + 1 < len(t) and t.low[b + 1] in REGION_ACTS and
                     (self._sentence_initial(t, b - 2) or
                      (b >= 3 and self._sentence_initial(t, b - 3)))):
            return  # "northern Myanmar's Kachin state": a place, no one who speaks (a state
            # the place list knows may govern: "India's Bihar state"; and one whose
            # government the story names: "Malaysia's Pahang state ... The state government
            # said"; or one that acts: "Nigeria's Lagos state will ban")
        acronym = len(core) == 1 and ((name.isupper() and len(name) >= 2) or
                                      name in self.acronyms)  # ("AfD" after its full name)
        # "the Alpine village of Hallstatt"; "The city of Columbus said" (a city only as the
        # subject that acts: "in the coastal city of Mombasa" is a place)
        # (one name, or a town's with its river: "Rothenburg ob der Tauber"; or two words
        # that open with no given name: "The Czech town of Cesky Krumlov will limit")
        one_place = len(core) == 1 or (len(core) in (3, 4) and
                                       core[1] in ("ob", "an", "am", "im")) or \
            (len(core) == 2 and core[0].lower() not in lexicon.given_names() and
             a >= 3 and t.low[a - 2] in ("town", "city", "village") and
             t.low[a - 1] == "of" and any(
                 t.low[d] == "the" and self._sentence_initial(t, d) and
                 all(t.is_word(x) for x in range(d + 1, a - 2))
                 for d in range(a - 3, max(-1, a - 6), -1))) or \
            (len(core) == 2 and core[0].lower() in CITY_NAME_OPENERS and a >= 3 and
             t.low[a - 2] in ("town", "city", "village") and t.low[a - 1] == "of")
        # (as the subject that acts; and a saint's or a port's town anywhere: "the Sicilian
        # town of San Gerlando", no one's name)
        municipality = one_place and a >= 2 and t.low[a - 1] == "of" and (
            t.low[a - 2] in MUNICIPALITIES or
            (t.low[a - 2] in ("city", "island", "state", "province", "canton") and a >= 3 and any(
                t.low[d] == "the" and self._sentence_initial(t, d) and
                all(t.is_word(x) for x in range(d + 1, a - 2))
                for d in range(a - 3, max(-1, a - 6), -1))) or  # ("The eastern German city
            # of Leipzig will ban")
            (t.low[a - 2] in ("city", "town") and (self._acted_on(t, a - 2) or
                                                   self._speaks_as(t.low[a - 2]))))
        # ("The Greek island of Santorini will limit cruise passengers, its mayor said";
        # "cruise companies have sued the northern Italian port city of Chioggia"; "Staff at
        # the town hall of the western German city of Bochum ... The city said")
        municipality = municipality or (
            len(core) == 1 and b < len(t) and t.low[b] in ("district", "borough",
                                                           "municipality") and
            not t.caps[b] and not place) or (  # "Berlin's Neukölln district will ban" (and
            # "the Emfuleni municipality had failed")
            (len(core) == 1 or (len(core) <= 3 and core[0].lower() in COMPASS)) and
            a >= 3 and t.low[a - 1] == "of" and
            t.low[a - 2] in ("state", "province", "canton", "county") and
            any((t.low[d] == "the" or (t.is_cap(d) and t.low[d].endswith(("'s", "’s")))) and
                all(t.is_word(x) for x in range(d + 1, a - 2))
                for d in range(a - 3, max(-1, a - 7), -1)))  # ("a ranchers' federation in
        # the Brazilian Amazon state of Pará": a state, wherever the phrase stands)
        town_of_mayor = len(core) == 1 and not place and b < len(t) and \
            t.low[b - 1].endswith(("'s", "’s")) and t.low[b] == "mayor" and \
            name not in self.entities  # "Koksijde's mayor, Pieter Claeys": a town, no one
        # whose mayor a person could be
        town_of_mayor = town_of_mayor or (
            (len(core) == 1 or (len(core) == 2 and core[0].lower() not in lexicon.given_names()))
            and not place and a >= 2 and t.low[a - 1] == "of" and name not in self.entities and
            any(t.low[k] == "mayor" and all(t.is_cap(x) for x in range(k + 1, a - 1))
                for k in range(a - 3, max(-1, a - 6), -1)))
        # ("Mayor Rosaria Cutrì of Borgo Valcerno": her town; not "the mayor of Luxembourg
        # City", whom the story may name next as the target its words take a side on)
        city_named = len(core) == 1 and not place and b + 1 < len(t) and \
            t.low[b] in ("city", "town") and not t.caps[b] and \
            (t.low[b + 1] in lexicon.reporting_verbs() or
             t.low[b + 1] in ("authorities", "officials"))  # "Kyoto city said", "Osaka city
        # officials" (not "Florence city council", "Brno city hall": bodies of their own)
        state_lede = len(core) <= 2 and not place and a == 0 and \
            (own_officer := _LEDE_OF_REGION.match(self.text, t.spans[b - 1][1])) is not None
        # ("Victoria will charge ..., the state's transport minister said": a state, though
        # Victoria is a given name, which its own officer announces)
        if town_of_mayor or city_named or state_lede:
            ent = self._get(name, "institution")
            if ent.kind == "person" and not ent.titles and \
                    (state_lede or not ent.gender_votes):
                self.make_body(ent)  # ("Kyoto is losing ... Kyoto city said": the city)
            ent.titles.add(own_officer.group(1) if state_lede else
                           t.low[b] if city_named else "town")
        elif municipality and not place:
            ent = self._get(name, "institution")
            ent.titles.add(t.low[b] if b < len(t) and t.low[b] in ("district", "borough",
                                                                  "municipality")
                           else t.low[a - 2])  # later "the village", "the district"
        elif place or organisation or acronym:
            ent = (self.spelled_out(name) if name.isupper() and b <= len(t) and
                   t.low[b - 1].endswith(("'s", "’s")) else self.acronyms.get(name)) \
                if acronym else None  # ("WHO's representative" after the World Health
            # Organization: the body its initials spell, as the owner of an office)
            ent = ent or (self._club_short(low) if len(core) == 1 and not place else None)
            ent = ent or (short_of if not place and not acronym else None)
            # ("Harlan State said" after "Harlan State University": the university)
            ent = ent or (self.by_org_first.get(low) if len(core) == 1 and not place and
                          _camel_case(name) else None)  # "PacWest said" after "PacWest
            # Power": the same firm, by its brand
            if ent is None and len(core) == 1 and not place and \
                    lexicon.source_nouns().get(low) == "institution":
                # "The European Commission ordered ... The Commission said": the body named
                ent = next((e for e in self.entities.values() if e.kind == "institution" and
                            (e.name.endswith(" " + name) or
                             e.name.startswith(name + " of "))), None)  # (and
                # "Confederation spokeswoman X" of the Confederation of Chilean Students)
            ent = ent or self._get(name, "institution")
            if len(core) >= 2 and not place:  # "Helix" later names Helix Systems
                self.by_org_first.setdefault(core[0].lower(), ent)
                if len(core) == 2 and core[0].lower() in CLUB_PREFIXES:
                    self.by_org_first.setdefault(core[1].lower(), ent)  # "Isartal": FC Isartal
        elif b < len(t) and t.low[b] in LOCALITY_NOUNS and not t.is_cap(b) and \
                name not in self.entities and not POSSESSIVE.match(t.low[b - 1]):
            self.places_named.add(name)
            return  # "Harare's Mbare suburb", "the Kibera slum": a place by its kind
        elif b < len(t) and t.low[b] in WORKS and a >= 1 and \
                t.low[a - 1] in ("its", "their", "our") and name not in self.entities:
            self.places_named.add(name)
            return  # "its Newport plant": where the works stand, no body of its own
        elif len(core) >= 2 and name not in self.entities and \
                not POSSESSIVE.match(t.low[b - 1]) and (
                    (a >= 1 and t.low[a - 1] in PLACE_PREPOSITIONS) or _places_named(t, a)):
            self.places_named.add(name)  # (so "who represents Sabon Zongo" later is no one)
            return  # "a building in Zubin Potok", "the suburbs of Kaneshie and Sabon Zongo": a
            # place no gazetteer lists, no person
        elif len(core) >= 2 and name in self.places_named:
            return
        elif len(core) >= 2 and core[-1].lower() in STREETS:
            ent = self._get(name, "institution")  # "on Lamar Avenue"; "Downing Street said"
        elif len(core) >= 2 and a >= 2 and t.low[a - 1] == "the" and \
                t.low[a - 2] in ("at", "in", "on", "outside", "inside", "near", "from") and \
                core[0].lower() not in lexicon.given_names():
            ent = self._get(name, "institution")  # "at the Quik Stop": a place or firm
        elif len(core) >= 2 and (body := self._corporate_of(name)) is not None:
            ent = body  # "Andean Copper" after "the Andean Copper Corporation"
        elif len(core) >= 2:
            ent = self._person(core)
        else:
            role_end = b
            while role_end < min(len(t) - 1, b + 3) and t.is_word(role_end) and \
                    not t.is_cap(role_end):
                role_end += 1  # ("Central bank governor Otávio Brandão": two words of role)
            if b - a == 1 and b < role_end < len(t) and t.is_cap(role_end) and \
                    self._sentence_initial(t, a) and \
                    not any(t.low[x].endswith("ed") for x in range(b, role_end)) and \
                    (t.low[role_end - 1] in known or role_noun(t.low[role_end - 1]) or
                     agent_noun(t.low[role_end - 1])) and \
                    not self._known_single(low):
                return  # "Opposition leader Katarzyna Nowak", "Marine biologist Tom": a qualifier
            if low in ROLE_QUALIFIERS and b < len(t) and t.is_word(b) and not t.is_cap(b) and \
                    (t.low[b] in known or role_noun(t.low[b])):
                return  # "A Democratic senator on Tuesday accused ...": a party, no one's name
            head = b + 1 if b + 1 < len(t) and t.low[b] in GROUP_QUALIFIERS else b
            if b - a == 1 and head < len(t) and t.is_word(head) and not t.is_cap(head) and \
                    t.low[head].endswith("s") and \
                    lexicon.source_nouns().get(singular(t.low[head])) and \
                    self._sentence_initial(t, a):
                return  # "Consumer advocates said", "Human rights groups": a group, no name
            if a >= 1 and t.low[a - 1] == "in" and self._sentence_initial(t, a - 1) and \
                    b < len(t) and t.low[b] == "," and name not in self.entities and \
                    not self._known_single(low) and low not in lexicon.given_names():
                self.places_named.add(name)
                return  # "In Lahti, the city replaced salad ...": a place the sentence opens
                # in, no person for a "she" to point at
            if a >= 2 and t.low[a - 1] == "the" and t.low[a - 2] in THE_PLACE_PREPOSITIONS and \
                    name not in self.entities and not self._known_single(low) and \
                    not low.endswith("s") and self._always_the(name):  # (not "the Teamsters")
                return  # "drought in the Sertão": a region the story never names bare, no
                # person (who takes no "the") for a "she" to point at
            ent = self._single(name)
        if ent is None:
            return
        if any(x.endswith("cabinet secretary") for x in titles):
            titles.add("minister")  # "Agriculture Cabinet Secretary Ruth Chebet": Kenya's
            # minister, "the minister" after
        ent.titles |= titles
        if b < len(t) and (t.low[b] in ORG_NOUNS or t.low[b] in PARTY_NOUNS or
                           t.low[b] in PARISH_NOUNS) and \
                not t.caps[b] and ent.kind == "institution":
            ent.titles.add(t.low[b])  # "The FNV union": later "the union" (and "The Västra
            # Ryd parish": later "the parish")
        elif b + 2 < len(t) and t.low[b + 2] in ORG_NOUNS and not t.caps[b + 2] and \
                plural_possessive(t, b + 1) and ent.kind == "institution":
            ent.titles.add(t.low[b + 2])  # "The SUNTMA dockers' union": "the union"
        elif b + 1 < len(t) and _body_noun(t.low[b + 1]) and t.is_word(b) and \
                not t.caps[b] and not t.caps[b + 1] and a >= 1 and t.low[a - 1] == "the" \
                and ent.kind == "institution":
            ent.titles.add(t.low[b + 1])  # "The FABI banking union": later "Union leader"
            # (and "The SNAI prison authority": a lede's "the country's prison authority")
        if a >= 3 and t.low[a - 1] == "," and (t.low[a - 2] in ORG_NOUNS or lexicon.source_nouns(
                ).get(t.low[a - 2]) == "institution") and \
                (t.low[a - 3] in ("the", "its") or
                 (a >= 5 and t.low[a - 3] in ("'", "’") and t.low[a - 5] in ("the", "its")) or
                 (a >= 4 and t.low[a - 4] in ("a", "an", "the", "its") and t.is_word(a - 3) and
                  (not t.is_cap(a - 3) or
                   lexicon.places().get(t.low[a - 3], ("",))[0] == "demonym"))) \
                and ent.kind == "institution":
            ent.titles.add(t.low[a - 2])  # "The union, AFE, said": later "the union" (and
            # "The drivers' union, GDL,", "built by a Fijian contractor, Pacific Marine Works")
        elif a >= 5 and t.low[a - 1] == "," and ent.kind == "institution" and \
                (t.low[a - 2] in ORG_NOUNS or
                 lexicon.source_nouns().get(t.low[a - 2]) == "institution") and \
                (d := next((d for d in (a - 4, a - 5) if t.is_cap(d) and
                            POSSESSIVE.match(t.low[d]) and t.low[d] not in ("its", "their") and
                            all(t.is_word(x) and not t.is_cap(x) for x in range(d + 1, a - 2))),
                           None)) is not None:
            ent.titles.add(t.low[a - 2])  # "Armenia's national postal operator, Hayastan
            # Post,": later "the operator" (and its country is its own)
            if (nation := _nation_of(POSSESSIVE.match(t.low[d]).group(1))) is not None:
                ent.nations.add(nation)
        if a >= 4 and t.low[a - 1] == "the" and t.low[a - 2] == "," and \
                (t.low[a - 3] in ORG_NOUNS or
                 lexicon.source_nouns().get(t.low[a - 3]) == "institution") and \
                t.low[a - 4] in ("the", "its") and ent.kind == "institution":
            ent.titles.add(t.low[a - 3])  # "The union, the CPA, said": the union
        if a >= 7 and t.low[a - 1] == "," and t.low[a - 4] in ("in", "on", "of") and \
                t.low[a - 3] == "the" and t.low[a - 6] in SUPERLATIVES and \
                t.low[a - 7] in ("the", "its") and ent.kind == "institution" and \
                (t.low[a - 5] in ORG_NOUNS or
                 lexicon.source_nouns().get(t.low[a - 5]) == "institution"):
            ent.titles.add(t.low[a - 5])  # "The biggest app in the city, RideNow,": "the app"
        if a >= 4 and t.low[a - 1] == "," and t.low[a - 2] in ("operator", "owner") and \
                t.low[a - 3].endswith(("'s", "’s")) and t.low[a - 4] == "the" and \
                t.low[a - 3][:-2] in WORKS and (ent.kind == "institution" or (
                    " " in ent.name and ent.first.lower() not in lexicon.given_names() and
                    not ent.gender_votes)):
            if ent.kind != "institution":
                self.make_body(ent)  # ("The yard's owner, Sitakunda Marine Recycling,": a
                # firm, whatever its name's last word)
            ent.titles.add(t.low[a - 3][:-2])  # "The mine's operator, Andes Copper Holdings,":
            # later (and before) "the mine" is the firm's
        before = a - 1 if a >= 1 and t.low[a - 1] in ("al", "el", "al-") else a
        if before >= 2 and t.low[before - 1] == "group" and \
                t.low[before - 2] in ARMED_GROUP_WORDS and ent.kind == "person" and \
                not ent.gender_votes and " " not in ent.name.strip():
            self.make_body(ent)  # "the Islamist militant group al Shabaab": a group, no one
            ent.titles.add("militant group")
        if a >= 1 and (t.low[a - 1] in ORG_NOUNS or
                       t.low[a - 1] in ("federation", "association", "confederation")) and \
                not t.caps[a - 1] and ent.kind == "institution":
            ent.titles.add(t.low[a - 1])  # "the drivers' union Aslef": later "the union" (and
            # "The national teachers' federation Fenprof")
        ent.nations |= nations
        ent.leader |= leader
        if gender_hint:
            ent.vote(gender_hint, 3.0)
        ent.mentions.append((start, t.spans[b - 1][1], subject))
        if ent.kind == "institution" and " " in ent.name and (short := acronym_after(t, b)):
            self.acronyms.setdefault(short, ent)
        if ent.kind == "person" and b + 1 < len(t) and t.low[b] == "," and \
                t.low[b + 1] == "which" and not ent.gender_votes and \
                (ent.first or ent.last).lower() not in lexicon.given_names():
            self.make_body(ent)  # "Meridian Offshore, which settled ...": a thing, not a who
        if ent.kind == "person" and " " in ent.name and b + 2 < len(t) and \
                t.low[b] in ITS_OWN_VERBS and t.low[b + 1] == "its" and not ent.gender_votes \
                and ent.first.lower() not in lexicon.given_names():
            self.make_body(ent)  # "Lácteos del Norte cut its price": its own, a body's
        if ent.kind == "person" and b + 1 < len(t) and POSSESSIVE.match(t.low[b - 1]) and \
                t.low[b] in CORPORATE_PARTS and not t.is_cap(b) and not ent.gender_votes and \
                (ent.first or ent.last).lower() not in lexicon.given_names():
            self.make_body(ent)  # "Deutsche Bahn's personnel chief", "Zeta's shareholders"
        if b < len(t) and t.low[b] in TRADE_BODIES and not t.is_cap(b) and \
                not ent.gender_votes and " " in ent.name and \
                (ent.kind == "institution" or ent.first.lower() not in lexicon.given_names()):
            # "the Quebec Maple Syrup Producers federation": a body, later "the federation"
            if ent.kind == "person":
                self.make_body(ent)
            ent.titles.add(t.low[b])
        if b < len(t) and t.low[b] in ("province", "prefecture") and not t.is_cap(b) and \
                not ent.gender_votes and ent.kind == "person" and \
                ent.first.lower() not in lexicon.given_names() and \
                not POSSESSIVE.match(t.low[b - 1]):
            # "Quang Ninh province announced": a province that governs, named by its kind
            # (later "the province", "the provincial government")
            self.make_body(ent)
            ent.titles.add(t.low[b])
        elif b < len(t) and t.low[b] in ("province", "prefecture") and not t.is_cap(b) and \
                ent.kind == "institution" and len(core) == 1 and b >= 3 and \
                POSSESSIVE.match(t.low[b - 3]) and not t.is_cap(b - 2):
            ent.titles.add(t.low[b])  # "Angola's central Huambo province": a province, which
            # the story's "provincial government" may be
        self._appositive(t, b, ent)
        if ent.kind == "person" and a >= 5 and t.low[a - 1] == "," and \
                (the := next((x for x in range(a - 2, max(-1, a - 9), -1)
                              if t.low[x] in ("the", ",", ".", ";")), None)) is not None and \
                t.low[the] == "the" and the + 2 < a - 1 and t.low[the + 2] in ("of", "for") and \
                t.low[the + 1] in lexicon.titles() and \
                all(t.is_cap(x) for x in range(the + 3, a - 1)):
            ent.titles.add(t.low[the + 1])  # "introduced by the mayor of Luxembourg City,
            # Lydie Schroeder-Kass,": later "the mayor" is she
        if ent.kind == "person" and a >= 3 and t.low[a - 1] == "," and \
                t.low[a - 3] == "the" and (a == 3 or t.low[a - 4] in (".", "!", "?", '"', "”")) \
                and b < len(t) and t.low[b] == "," and agent_noun(t.low[a - 2]) and \
                t.low[a - 2] not in ORG_NOUNS and t.low[a - 2] not in lexicon.titles():
            ent.titles.add(t.low[a - 2])  # "The collector, Friedrich Amsel-Wend, handed":
            # later "the collector" is he
        if ent.kind == "person" and not ent.gender_votes and ent.titles and \
                (ent.first or ent.name.split()[0]).lower() not in lexicon.given_names() and \
                all(lexicon.source_nouns().get(x.split()[-1]) == "institution" and
                    not any(agent_noun(w) or w in lexicon.titles() or w in PERSON_NOUNS
                            for w in x.split())
                    for x in ent.titles):
            self.make_body(ent)  # "Carnaval de Barranquilla, the mixed public-private
            # foundation that organises the festival,": a body by what the story calls it

    def _employer_named(self, name: str, t: Tokens, a: int, b: int) -> None:
        """Register a body named before someone's title (``Bank of Japan Governor Kenji
        Matsuda``) with its own mention, so "the bank" can refer to it."""
        lo = t.spans[a][0]
        at = self.text.find(name, lo, t.spans[b - 1][1])
        if at < 0:
            return
        ent = self._get(name, "institution")
        if ent.kind == "institution":
            ent.mentions.append((at, at + len(name), False))

    def _is_subject(self, t: Tokens, a: int, b: int) -> bool:
        if POSSESSIVE.match(t.low[b - 1]) and t.low[b - 1].endswith(("’s", "'s")):
            return False  # "Zelensky's chief of staff": the possessor is not the subject
        if a >= 2 and t.low[a - 1] in ("was", "were") and _among_opens(t, a - 2):
            return True  # "Among the marchers was Lucas Benítez, a student": the subject, put
            # after its verb
        rel = next((k for k in range(a - 1, max(-1, a - 8), -1)
                    if t.low[k] in (",", ".", ";", "which", "who")), None)
        if rel is not None and t.low[rel] in ("which", "who") and rel > 0 and \
                t.low[rel - 1] == "," and b < len(t) and t.low[b] == ",":
            return False  # "Meta, which owns Facebook and Instagram, said": the object of
            # the relative clause, not the one who said
        k = a - 1
        while k >= 0 and (t.low[k] in DISCOURSE or t.low[k] in (",", "the") or
                          ("-" in t.low[k] and t.low[k].split("-")[0] in NUMBER_WORDS) or
                          (t.is_word(k) and not t.is_cap(k) and t.low[k] in lexicon.titles())
                          or (k + 1 < a and t.is_word(k) and t.is_cap(k) and
                              not t.is_cap(k + 1) and t.low[k + 1] in lexicon.titles() and
                              (k == 0 or t.low[k - 1] in (".", "!", "?", "“", "”", '"', ";")))):
            k -= 1  # "The United States, a treaty ally ..., condemned": the subject (and
            # "Protest leader X, a senior cleric, accused": the word that opens the sentence
            # before a title is the title's own)
        if k < 0 or t.low[k] in (".", "!", "?", "“", "”", '"', ";"):
            return True
        j = b
        start = a - 1  # "The player targeted, Wolverton Rovers defender Kwame Asante, said"
        while start >= 0 and a - start <= 5 and t.is_word(start) and \
                (t.is_cap(start) or role_noun(t.low[start]) or agent_noun(t.low[start])) and \
                t.low[start] not in STOP:
            start -= 1
        if start >= 0 and t.low[start] == "," and j + 1 < len(t) and \
                t.low[j] in ("of", "at", "from"):
            x = j + 1 + (j + 1 < len(t) and t.low[j + 1] == "the")
            while x < len(t) and t.is_word(x) and (t.is_cap(x) or (
                    t.low[x] in ("of", "and", "for") and x + 1 < len(t) and t.is_cap(x + 1))):
                x += 1
            if x > j + 1 and t.is_cap(x - 1) and x < len(t) and t.low[x] == ",":
                j = x  # "The study's lead author, Maria Zainal of Perdana University, said":
                # the name with where the person works
        if start >= 0 and t.low[start] == "," and j + 1 < len(t) and t.low[j] == ",":
            j += 1  # "Zelensky's chief of staff, Andriy Yermak, said": the name is the subject
        while j < len(t) and t.low[j] in ("also", "then", "later", "recently", "has", "had"):
            j += 1
        return j < len(t) and (verb_like(t, j) or (t.low[j].endswith("ed") and
                                                  not t.is_cap(j)))

    def _appositive(self, t: Tokens, b: int, ent: Entity) -> None:
        """``Smith, 54, the union leader, said`` adds age and descriptor."""
        k = b
        if k + 2 < len(t) and t.low[k] == "," and (t.low[k + 1] in ("a", "an", "the") or (
                POSSESSIVE.match(t.low[k + 1]) and t.is_cap(k + 1))) and \
                (w := next((x for x in range(k + 2, min(len(t), k + 5))
                            if t.low[x] in WORSHIP_PLACES or t.low[x] in VENUE_BODIES),
                           None)) is not None and \
                all(t.is_word(x) for x in range(k + 2, w)) and not ent.gender_votes and \
                (ent.kind == "institution" or not ent.first or
                 ent.first.lower() not in lexicon.given_names()):
            # "Shinryo-in, a Buddhist temple in Kyoto,": a temple, which "the temple" means
            # (and "Havhuset, Bergen's public aquarium,": an aquarium)
            if ent.kind == "person":
                self.make_body(ent)
            ent.titles.add(t.low[w])
            return
        for _ in range(2):
            if k >= len(t) or t.low[k] != ",":
                return
            k += 1
            if k < len(t) and AGE.match(t.low[k]) and k + 1 < len(t) and t.low[k + 1] == ",":
                ent.ages.add(t.low[k])
                k += 1
                continue
            words = []
            j = k
            while j < len(t) and t.low[j] not in (",", ".", ";") and j - k < 8:
                words.append(t.low[j])
                j += 1
            if (rel := next((x for x, w in enumerate(words) if w in ("that", "which", "who")),
                            None)) is not None and rel >= 2:
                words = words[:rel]  # "Mi Teleferico, the state company that runs the
                # network,": the descriptor's head, before its relative clause
            elif (part := next((x for x, w in enumerate(words) if x >= 2 and
                                w.endswith("ing") and words[x - 1] in ORG_NOUNS), None)) \
                    is not None:
                words = words[:part]  # "Croatian Waters, the state agency building the
                # wall,": the descriptor's head, before the participle that says what it does
            placed = next((x + 1 for x, w in enumerate(words[:5]) if x >= 1 and
                           w in ("city", "town", "village", "port") and
                           (x + 1 == len(words) or
                            words[x + 1] in ("in", "on", "near", "of", "that", "which",
                                             "where", "famous", "known", "famed", "best",
                                             "whose", "with", "across", "outside", "north",
                                             "south", "east", "west", "northeast",
                                             "northwest", "southeast", "southwest"))),
                          len(words))  # (not "Celsius, the city council said")
            if words and (words[0] in ("the", "a", "an") or POSSESSIVE.match(words[0])) and \
                    ent.kind == "person" and (" " not in ent.name or (
                        words[0] == "a" and not any(w.lower() in lexicon.given_names()
                                                    for w in ent.name.split()))) and \
                    words[placed - 1] in ("city", "town", "village", "port") and \
                    not any(w in PREPOSITIONS or w in DETERMINERS
                            for w in words[1:placed - 1]) and \
                    not ent.gender_votes and placed <= 5:  # (and "Safranbolu, a
                # UNESCO-listed town in northern Turkey,", "Alberobello, the southern
                # Italian town famous for its trulli,"; "Dos Hermanas, a town south of
                # Seville,"; not "Lusungu Mhone, 58, a herder near the town of Mzimba,")
                self.make_body(ent)  # "Kanazawa, the Japanese city that makes ...": a
                ent.titles.add(words[placed - 1])  # place, which "the city" later means
                return
            if j < len(t) and words and (words[0] in ("the", "a", "an") or
                                         POSSESSIVE.match(words[0])) and \
                    ent.kind == "institution" and words[-1] in ORG_NOUNS:
                ent.titles.add(words[-1])  # "Severn Vale Water, Britain's largest water
                return  # company,": later "the company"
            # ("the head of the plant's independent union": a role held in the body)
            role_in_body = len(words) > 3 and words[2] in ("of", "at", "for") and \
                (words[1] in lexicon.titles() or words[1] in LEADING_ROLES)
            role_in_body = role_in_body or any(
                words[x] in ("at", "for") and words[x - 1] not in ORG_NOUNS and
                agent_noun(words[x - 1]) for x in range(2, min(len(words) - 1, 5)))
            # ("Kinga X, a level designer at the studio,": a trade held in the body)
            if j < len(t) and words and (words[0] in ("the", "a", "an") or
                                         POSSESSIVE.match(words[0])) and \
                    ent.kind == "person" and words[-1] in ORG_NOUNS and not role_in_body and \
                    (not ent.first or ent.first.lower() not in lexicon.given_names() or
                     " and " in ent.name or len(words) == 2 or
                     (len(words) >= 3 and words[-1] in ("company", "firm", "corporation",
                                                        "operator", "utility"))) and \
                    not ent.gender_votes:  # (and "Forest and Bird, a conservation group,";
                # "Mi Teleferico, the state company": no one is a state company)
                # "Vantora, the mobile network operator", "IG Metall, Germany's largest
                # union": a name no given name opens is an organisation (and "Ferguson
                # Marine, the shipyard,": no one is called a shipyard; but "Dragan Petrović,
                # the head of the plant's independent union,": a role in the body, held)
                self._with_demonym(ent)
                self.make_body(ent)
                ent.titles.add(words[-1])
                return
            if j < len(t) and t.low[j] == "," and words and words[0] == "the" and \
                    ent.kind == "person" and words[-1] in TRADING_BODIES and not role_in_body and \
                    " " in ent.name and not ent.gender_votes and \
                    not any(w.lower() in lexicon.given_names() for w in ent.name.split()):
                # "Tutun Prilep, the buyer, said", "Sénégal Coton, the country's biggest cotton
                # buyer,": a trade's name no given name is part of is the firm's
                self.make_body(ent)
                ent.titles.add(words[-1])
                return
            if j < len(t) and t.low[j] in (",", ".") and len(words) >= 3 and \
                    ent.kind == "person" and words[0] in lexicon.titles() and \
                    words[1] in ("of", "at", "for"):
                ent.titles.add(words[0])  # "Carla Pettigrew, president of the Association of
                return  # ...,": later "the president", a lede's "The president of ..."
            if j < len(t) and t.low[j] == "," and words and words[0] in ("the", "a", "an"):
                for w in words[1:]:
                    if w in lexicon.titles() or w in LEADING_ROLES:
                        ent.titles.add(w)
                    elif YEAR_OLD.match(w):  # "a 41-year-old city council member"
                        ent.ages.add(w.split("-")[0])
                ent.titles.add(" ".join(words[1:]))
                if len(words) > 3:  # "the council member" for "a ... city council member"
                    ent.titles.add(" ".join(words[-2:]))
                if len(words) > 3 and words[1] in LEADING_ROLES and words[2] == "of" and \
                        words[-1] in ORG_NOUNS:
                    # "the head of the plant's independent union": later "the union leader"
                    ent.titles.update(f"{words[-1]} {w}" for w in LEADING_ROLES)
            return

    def _get(self, name: str, kind: str) -> Entity:
        ent = self.entities.get(name)
        if ent is None:
            ent = self.entities[name] = Entity(name, kind)
        return ent

    def _person(self, core: list[str]) -> Entity:
        first, last = core[0], core[-1]
        for e in self.by_last.get(last.lower(), []):
            if len(core) == 2 and first.lower() not in lexicon.given_names() and \
                    (e.name.endswith(" " + " ".join(core)) or
                     (first.lower() in NAME_PARTICLES and
                      e.name.endswith(f" {first.lower()} {last}"))) and e.name.count(" ") >= 2:
                return e  # "Delos Santos" after "Sara Delos Santos": her two-word surname
                # (and "Van Dijk-Smeets", opening a sentence, after "Pieter van Dijk-Smeets")
            if len(core) >= 3 and all(w.lower() in NAME_PARTICLES for w in core[:-1]) and \
                    e.name.lower().endswith(" " + " ".join(core).lower()) and \
                    e.name.count(" ") >= len(core):
                return e  # "Van der Meulen-Bos, 63, has denied" after "Hendrik van der
                # Meulen-Bos": his surname and its particles, opening a sentence
            if not e.first and e.name == dateline_place(self.text, self.seg) and \
                    first.lower() not in lexicon.given_names():
                return self._get(" ".join(core), "institution")  # "Parques de Sintra",
                # "Metro do Porto" after "Residents of Sintra", datelined SINTRA: a body named
                # for the town, not the town's full name
            if e.first.lower() == first.lower() or not e.first:
                if not e.first:  # a surname seen before the full name: upgrade it
                    self.entities.pop(e.name, None)
                    e.name, e.first = " ".join(core), first
                    self.entities[e.name] = e
                    self.by_first.setdefault(first.lower(), []).append(e)
                return e
        ent = self._get(" ".join(core), "person")
        ent.first, ent.last = first, last
        self.by_last.setdefault(last.lower(), []).append(ent)
        self.by_first.setdefault(first.lower(), []).append(ent)
        return ent

    def spelled_out(self, acronym: str) -> Entity | None:
        """The organisation an acronym abbreviates: the one named with it in brackets
        (``... Care Excellence (NICE)``), else one whose initials spell it (``GM``)."""
        return self.acronyms.get(acronym) or next(
            (e for e in self.entities.values() if e.kind == "institution" and " " in e.name
             and initials(e.name) == acronym), None)

    def _corporate_of(self, name: str) -> Entity | None:
        """The organisation named before as ``name`` plus a corporate word (``Andean Copper
        Corporation`` for ``Andean Copper``)."""
        for e in self.entities.values():
            rest = e.name[len(name) + 1:].lower().rstrip(".")
            if e.kind == "institution" and e.name.startswith(name + " ") and \
                    (rest in CORPORATE_WORDS or rest in lexicon.company_words()):
                return e  # (or its trade: "Cascade Ridge" for "Cascade Ridge Homes")
        return None

    def _with_demonym(self, ent: Entity) -> None:
        """Give back a body's name the nationality word read off it as a person's
        (``Croatian Waters``, first taken for a Croatian called Waters), where its one
        mention carries it."""
        if len(ent.mentions) != 1 or " " in ent.name:
            return
        a, b, _ = ent.mentions[0]
        said = self.text[a:b]
        prefix = said[:-len(ent.name)].strip()
        if not said.endswith(" " + ent.name) or " " in prefix or \
                prefix.lower() not in lexicon.demonyms() or \
                said in self.entities:
            return
        self.entities.pop(ent.name, None)
        ent.name = said
        self.entities[said] = ent

    def make_body(self, ent: Entity) -> None:
        """Re-file a name first taken for a person as an organisation: no given name or
        surname any more, and ``the company`` may mean it."""
        ent.kind = "institution"
        for index, word in ((self.by_last, ent.last), (self.by_first, ent.first)):
            same = index.get(word.lower(), [])
            if ent in same:
                same.remove(ent)
        self.by_org_first.setdefault(ent.name.split()[0].lower(), ent)

    def _employer_bodies(self) -> None:
        """A name that stands before someone's title (``Northbrook Chief Executive Karen
        Lindqvist``) is their employer: ``Northbrook Appliance`` is a company, not a man
        called Northbrook, unless a pronoun or given name has said otherwise."""
        for word in self.employers:
            for e in list(self.by_first.get(word, [])) + list(self.by_last.get(word, [])):
                if e.kind == "person" and not e.gender_votes and \
                        (e.first or e.last).lower() not in lexicon.given_names():
                    self.make_body(e)
        titles = lexicon.titles()
        bodied = _BODY_SPOKEN_OF.search(self.text) is not None
        for e in list(self.entities.values()) if bodied else ():
            # "Fénix president Óscar Fierro": a one-word name before a lower-case title and
            # the holder's name is where the holder works, in a story that speaks of a
            # club, company or firm (a place's is left as it is: "Berlin mayor Kai Wegner",
            # "Marseille police chief X"; nor "Toronto coach Mike Bennett" in a game report;
            # nor an adjective: "Oscar-nominated director")
            if e.kind == "person" and " " not in e.name and "-" not in e.name and \
                    _firm_like(e) and e.name.lower() not in lexicon.places() and any(
                    (m := _BEFORE_TITLE.match(self.text, end)) is not None and
                    m.group(2).isupper() and m.group(1) in titles and
                    titles[m.group(1)].kind == "title" and m.group(1) not in PLACE_OFFICES
                    for _, end, _ in e.mentions):
                self.make_body(e)
        for e in list(self.entities.values()):
            # "West Nusa Tenggara's governor, Arief Hidayat,": a place that has a governor or
            # a mayor, no person
            if e.kind != "person" or e.gender_votes or " " not in e.name or \
                    e.first.lower() in lexicon.given_names():
                continue  # (a one-word place keeps its own reading: "Lille's mayor")
            held = next((m for _, end, _ in e.mentions if (m := _PLACE_HOLDER_AFTER.match(
                self.text, end - 2 if self.text.endswith(("'s", "’s"), 0, end) else end))
                is not None), None)
            if held is not None:
                self.make_body(e)
                if held.group(1) in ("governor", "premier") and "provinc" in self.low_text:
                    e.titles.add("province")  # (a story of "a provincial ban": a province)

    def _always_the(self, name: str) -> bool:
        """Whether every use of the one-word ``name`` in the story follows "the"."""
        return all(self.text.endswith(("the ", "The "), 0, m.start())
                   for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.text))

    def _known_single(self, low: str) -> bool:
        """Whether one lower-cased word already names someone or something."""
        return bool(self.by_last.get(low) or self.by_first.get(low)) or low in self.by_org_first

    def _kind_named(self, low: str) -> Entity | None:
        """The body named before whose name is ``low`` and a kind word (``Harlan State
        University`` for ``harlan state``): the same body by its short name (two words at
        least: "Trump" is no short name of Trump University)."""
        if " " not in low:
            return None
        return next((e for e in self.entities.values() if e.kind == "institution" and
                     e.name.lower().startswith(low + " ") and
                     e.name.count(" ") == low.count(" ") + 1 and
                     e.name.rsplit(" ", 1)[-1].lower() in NAMED_KINDS), None)

    def _club_short(self, low: str) -> Entity | None:
        """``Rovers`` after ``Manchester Rovers``: the one body whose name ends with this
        club or company word, named before."""
        if low not in lexicon.company_words():
            return None
        ends = [e for e in self.entities.values() if e.kind == "institution" and
                " " in e.name and e.name.lower().split()[-1] == low]
        return ends[0] if len(ends) == 1 else None

    def _single(self, name: str) -> Entity | None:
        low = name.lower()
        for e in self.by_last.get(low, []) + self.by_first.get(low, []):
            return e
        if (town := self.entities.get(name)) is not None and town.kind == "institution" and \
                town.titles & PLACE_TITLES:
            return town  # "The Belgian city of Mechelen ... Mechelen gave": the town again, no
            # surname a later "Tourism Mechelen" would complete (nor the first word of a body
            # named for it: "tuned in Castelfidardo" after "Castelfidardo Accordion Consortium")
        if low in self.by_org_first:
            return self.by_org_first[low]
        if low in lexicon.titles() or low in lexicon.source_nouns() or \
                low.split("-")[0] in NUMBER_WORDS:
            return None  # "Two-time champion Elena Varga": a count, no name
        if low.endswith(("museum", "museet", "museo")):
            return self._get(name, "institution")  # "Amsterdam's Rijksmuseum": a body
        ent = self._get(name, "person")
        ent.last = name
        self.by_last.setdefault(low, []).append(ent)
        return ent

    def _short_names_first(self) -> None:
        """A one-word name a quote uses before the story names the body whose name it opens
        (``"Glenbrack gave us a stranger"``, then ``Glenbrack Crematorium``): that body's
        short name, no person, where nothing tells a person (no he or she, no title, no
        given name)."""
        for e in list(self.entities.values()):
            low = e.name.lower()
            if " " in e.name or e.kind != "person" or e.gender_votes or e.titles or \
                    low in lexicon.given_names() or low in lexicon.places() or \
                    (body := self.by_org_first.get(low)) is None or body is e or \
                    body.kind != "institution" or \
                    min(m[0] for m in body.mentions) < max(m[0] for m in e.mentions) or \
                    not all(self.in_quote(m[0]) for m in e.mentions):
                continue  # (only a speaker's short word, before the story names the body:
                # a town the narrator names is no body named for it, "Kumanovo Trans")
            self._absorb(e, body)

    def _lede_body_opens_next(self) -> None:
        """A lede that opens on a body it does not name (``A Danish regional newspaper has
        apologised``) and a one-word name with no given name that opens the next paragraph
        as the subject of "said" (``Kystbladet said the obituary ...``): that body, which the
        lede's noun describes."""
        paras = self.seg.paragraphs
        if len(paras) < 2:
            return
        opening = dateline_end(self.seg) or paras[0].start
        lede = _A_BODY_OPENS.match(self.text, opening)
        said = _ONE_NAME_SAID.match(self.text, paras[1].start)
        if lede is None or said is None or \
                (lede.group(1) not in ORG_NOUNS and lede.group(1) not in MEDIA_NOUNS):
            return
        e = self.entities.get(said.group(1))
        if e is not None and _firm_like(e) and " " not in e.name:
            self.make_body(e)
            e.titles.add(lede.group(1))
            e.mentions.append((*lede.span(1), True))  # (the lede's noun is its first mention)
            e.mentions.sort()

    def _short_bodies_first(self) -> None:
        """A body the lede names by the first words of the name the story gives it next
        (``the Red Cross says``, then ``Red Cross Flanders said``): one body, under its
        full name, where exactly one such longer name follows all the short one's
        mentions."""
        bodies = [e for e in self.entities.values() if e.kind == "institution" and e.mentions]
        for e in bodies:
            if " " not in e.name or e.name not in self.entities or \
                    e.name.lower() in lexicon.places():
                continue
            longer = [b for b in bodies if b is not e and b.name.startswith(e.name + " ") and
                      " " not in (rest := b.name[len(e.name) + 1:]) and
                      lexicon.places().get(rest.lower(), ("",))[0] in ("region", "country") and
                      min(m[0] for m in b.mentions) > max(m[0] for m in e.mentions)]
            # (only a body's branch for a place: not "Humber Athletic Supporters' Trust"
            # after the club, nor the "Great Barrier Reef Marine Park Authority")
            if len(longer) == 1:
                self._absorb(e, longer[0])

    def _absorb(self, e: Entity, body: Entity) -> None:
        """Fold ``e``, a shorter name of ``body``, into it: its mentions become the body's and
        every index that found ``e`` finds the body (or nothing) from then on."""
        body.mentions = sorted(body.mentions + e.mentions)
        del self.entities[e.name]
        for index in (self.by_last, self.by_first):
            for found in index.values():
                if e in found:
                    found.remove(e)
        for key, found in self.by_org_first.items():
            if found is e:
                self.by_org_first[key] = body

    def _governed_places(self) -> None:
        """A lone name met as what a government governs (``according to the provincial
        government of Maniema``) is that place and its state: a body, not a person of that
        surname, and a province, state or region by the government's own word."""
        for ent in self.entities.values():
            if ent.kind != "person" or " " in ent.name or ent.first or \
                    ent.name.lower() in lexicon.given_names():
                continue
            forms = [m.group(1) for a, _, _ in ent.mentions
                     if (m := _GOVERNMENT_OF.search(self.text, max(0, a - 40), a))]
            if forms:
                self.make_body(ent)
                ent.titles.update(_GOVERNED_AS[f] for f in forms if f in _GOVERNED_AS)

    def _city_governments(self) -> None:
        """A city's government named as one body (``The New Taipei city government will
        stop tour buses``) is the city itself, as ``Kyoto's city government said`` is
        Kyoto: one entity under the city's name, so ``its tourism department`` is the
        city's and the city is what residents object to."""
        for name, ent in list(self.entities.items()):
            m = NAMED_CITY_GOVERNMENT.fullmatch(name)
            if m is None or ent.kind != "institution":
                continue
            city = self.entities.get(m.group(1))
            if city is not None and city.kind != "institution":
                continue
            city = self._get(m.group(1), "institution")
            city.titles.add("city")
            city.mentions = sorted(city.mentions + ent.mentions)
            del self.entities[name]
            for word, body in list(self.by_org_first.items()):
                if body is ent:
                    self.by_org_first[word] = city

    def _its_bodies(self) -> None:
        """A one-word name that the next sentence opens with ``It``/``Its`` for (``Nvidia
        declined to comment. Its chief executive ...``) is an organisation, not a person."""
        sentences = self.seg.sentences
        for si in range(1, len(sentences)):
            start = sentences[si].start
            if not self.text.startswith(("It ", "Its ", "It’s ", "It's "), start):
                continue
            prev = sentences[si - 1]
            subject = next((e for e, m in self.persons_before(start)
                            if prev.start <= m[0] < prev.end and m[2]), None)
            if subject is not None and subject.kind == "person" and not subject.first and \
                    not subject.gender_votes and \
                    self.text[prev.start:prev.end].find(subject.name) == 0:
                self.make_body(subject)

    def _described_bodies(self) -> None:
        """A one-word name that ``the company`` (or ``the firm``, ``the carrier`` ...) then
        refers to, or that says "it ... its" of itself (``Tripvista said it was disappointed
        and would consider its options``),
        with no he or she for it, is a company, not a person."""
        def nameless(e: Entity | None) -> bool:  # one word, no he or she, no given name
            return e is not None and not e.first and _firm_like(e)

        says_it = " said it" in self.text or " says it" in self.text or \
            " that it " in self.text or "day it " in self.text
        for m in _SAYS_ITS.finditer(self.text) if says_it else ():
            e = self.entities.get(m.group(1))
            if nameless(e):
                self.make_body(e)
        for e in list(self.entities.values()):
            # ("supermarket chains Fresco and Greenleaf": two firms; "PakSave's owner,
            # Southern Grocers": a firm that is owned)
            if e.kind == "person" and " " not in e.name and not e.gender_votes and \
                    any(_OWNER_RELATIVE.match(self.text, s2) for _, s2, _ in e.mentions):
                self.make_body(e)  # "Meta, which owns Facebook and Instagram,": a firm,
                continue  # though Meta is a given name too
            if _firm_like(e) and any((_DESCRIBED_AFTER.match(self.text, s2) and
                                      not _role_after(self.text, s2)) or
                                     _ACCUSED_IT.match(self.text, s2) or
                                     _FIRM_THEN_NAME.search(self.text, max(0, s - 60), s)
                                     for s, s2, _ in e.mentions):
                self.make_body(e)  # "State Farm's homeowners ..., the insurer's largest"
                continue
            if nameless(e) and any(_DESCRIBED_BEFORE.search(self.text, max(0, s - 40), s) or
                                   _OWNED_FIRM.match(self.text, s2) or
                                   _ITS_PEOPLE.match(self.text, s2)
                                   for s, s2, _ in e.mentions):
                self.make_body(e)
        for e in list(self.entities.values()):
            # "Codacons said ... the group's president": a name its paragraph goes on to call
            # a body, with no other body named between
            if not nameless(e) or e.kind != "person" or not e.mentions or \
                    self.in_quote(min(e.mentions)[0]) or \
                    all(_WHERE_BEFORE.search(self.text, max(0, a - 8), a)
                        for a, _, _ in e.mentions):
                continue  # (a name only ever met as where something happened, "on a mountain
                # road in Nagano", is a place, whatever body the paragraph names next)
            end = min(e.mentions)[1]
            m = _BODY_POSSESSIVE.search(self.text, end, end + 400)
            opens_next = m is not None and self.text[:m.start()].endswith("\n\n") and \
                self.text.count("\n\n", end, m.start()) == 1  # ("Hydro-Québec asked ...
            # \n\nThe utility's chief executive": the next paragraph's opening words)
            if m is not None and ("\n" not in self.text[end:m.start()] or opens_next) and \
                    not any(o is not e and o.kind == "institution" and
                            any(end <= a < m.start() for a, _, _ in o.mentions)
                            for o in self.entities.values()):
                self.make_body(e)
                e.titles.add(m.group(1).lower())
        for m in _TWO_NAMED.finditer(self.text):
            # "the country's two big supermarket chains ... Foodland and PakSave had placed":
            # two one-word names after the story spoke of such bodies in the plural
            pair = [self.entities.get(m.group(1)), self.entities.get(m.group(2))]
            if all(nameless(e) or (e is not None and e.kind == "institution" and
                                   " " not in e.name) for e in pair) and \
                    _PLURAL_BODIES_BEFORE.search(self.text, 0, m.start()):
                for e in pair:  # (one may be a body already: "PakSave", a brand)
                    if e is not None and e.kind != "institution":
                        self.make_body(e)
        for e in list(self.entities.values()):
            # "Silverpeak Lithium, the Canadian company behind the project,": a firm, though
            # its name has two words and no company word
            firm = next((m for _, end, _ in e.mentions if self.text.startswith(", ", end) and
                         (m := _FIRM_APPOSITIVE.match(self.text, end))), None)
            if firm is not None and _firm_like(e):
                self.make_body(e)
            if firm is not None and e.kind == "institution":
                # its own country, no target of what it says
                e.nations.update(n for w in firm.group(0).split()
                                 if w[:1].isupper() and (n := _nation_of(w)))
        for m in _COMPANY_DESCRIPTION.finditer(self.text):
            # the subject named nearest before ("Volkswerk said ... close a plant in Kassel,
            # the carmaker's deepest cuts": Volkswerk, not Kassel)
            near = next((x for x in self.persons_before(m.start())
                         if x[0].kind == "person" and x[1][2]), None)
            e = near[0] if near else None
            if nameless(e) and len(e.mentions) >= 2 and any(x[2] for x in e.mentions) and \
                    e.name.lower() not in lexicon.places():
                self.make_body(e)  # (named twice, once as a subject: not "suburbs of Boulder")

    def _dateline_city(self) -> None:
        """The city a dateline names (``PORTO, Portugal (Reuters) —``) is a place, so a
        one-word name that spells it (``Porto's city council``) is the city, not a person."""
        city = dateline_place(self.text, self.seg)
        if city is None:
            return
        town = _folded(city)
        for e in list(self.entities.values()):
            words = e.name.split()
            if e.kind == "person" and len(words) == 2 and not e.titles and \
                    not e.gender_votes and _folded(words[1]) == town and \
                    words[0].lower() not in lexicon.given_names() and \
                    words[0].lower() not in CITY_NAME_OPENERS | COMPASS:
                self.make_body(e)  # "Sokół Łomża said" in a story datelined LOMZA: a club
                # named for its town, as Legia Warszawa or Sparta Praha are, no person (nor
                # a part of the town: "South Tarawa")
        names = [city]
        first = city.split()[0] if " " in city else ""
        if len(first) >= 4 and first.lower() not in CITY_NAME_OPENERS:
            names.append(first)  # "PALMA DE MALLORCA, Spain": "Palma" in the story
        found = next((n for n in names if n in self.entities), None)
        if found is None:  # "GDANSK, Poland": the story's "Gdańsk", its capitals unaccented
            folded = {_folded(n) for n in names}
            found = next((e.name for e in self.entities.values()
                          if _folded(e.name) in folded), None)
        title = next((b for b in self.seg.blocks if b.kind == "title"), None)
        if found is None and title is not None and \
                re.search(r"\b(?:[Mm]ayor|[Cc]ity council|[Tt]own council)\b", self.text):
            # a city the headline names and the story calls only "the city" ("Palma limits
            # cruise ships ... The Mallorcan capital will allow"): the city, named there, where
            # its mayor or council acts
            for n in names:
                spelled = re.sub(r" (De|Del|La|Le|Da|Do|Di|Van|Von|Am|Im|On|Upon) ",
                                 lambda w: w.group().lower(), n)  # "Palma de Mallorca"
                m = re.search(rf"\b{re.escape(spelled)}\b(?! [A-Z])",
                              self.text[title.start:title.end])
                if m is not None:
                    found = n
                    at = title.start + m.start()
                    self._get(n, "institution").mentions.append((at, at + len(m.group()), True))
                    break
        opening = dateline_end(self.seg)
        lede_town = UNNAMED_TOWN_LEDE.match(self.text, opening) \
            if found is None and opening else None
        if lede_town is not None and city.lower() not in lexicon.places():
            # "TŘEBÍČ, Czech Republic (Reuters) - A town in the Vysočina region has cut ...":
            # the town the dateline names, which the story names no other way
            town = self._get(city, "institution")
            town.mentions.append((*lede_town.span(1), True))
            town.titles.add("dateline city")
            return
        ent = self.entities.get(found) if found else None
        if ent is not None and ent.kind == "person" and (
                " " not in ent.name or not (ent.first.lower() in lexicon.given_names() or
                                            ent.gender_votes)):
            self.make_body(ent)  # (and "CAPE TOWN (Reuters) — Cape Town will impose")
            ent.titles.add("dateline city")
        elif ent is not None and ent.kind == "institution" and ent.name != city and \
                len(ent.mentions) == 1:
            ent.titles.add("dateline city")

    def _dateline_leaders(self) -> None:
        """A head of state or government named with no country (``Prime Minister Helen
        Carroway``) in a story datelined in a country (``CANBERRA, Australia (AP) —``)
        leads that country: wire copy names a foreign leader's country."""
        country = dateline_country(self.text, self.seg)
        if country is None:
            return
        for e in self.entities.values():
            if e.kind == "person" and not e.nations and (e.leader or any(
                    t.endswith(" secretary") and t.split()[0] in PORTFOLIOS
                    for t in e.titles)):
                # (and "Health Secretary Miriam Ashdown" in London; not a foreign minister,
                # whom a story datelined at home quotes as often as its own)
                e.nations.add(self._side_before(e) or country)

    def _capital_officials(self) -> None:
        """An official named with no country in a sentence that opens on a capital (``In
        Beijing, foreign ministry spokesman Liu Jianwei said``) speaks for that capital's
        country: wire copy moves to the other side's capital to give its answer."""
        if "In " not in self.text:
            return
        for e in self.entities.values():
            if e.kind != "person" or e.nations or not e.mentions or not any(
                    w in t for t in e.titles for w in ("spokes", "minister", "ambassador")):
                continue
            first = e.mentions[0][0]
            sent = self.seg.sentences[self.seg.sentence_at(first)]
            m = _IN_CAPITAL.match(self.text, sent.start, first)
            if m is not None and (info := lexicon.places().get(m.group(1).lower())) and \
                    info[0] == "capital" and info[1]:
                e.nations.add(info[1])

    def _side_before(self, e: Entity) -> str | None:
        """The country of the sentence before a leader's first mention, in the same
        paragraph, when it opens on one (``Cambodia's defence ministry rejected that
        account. Prime Minister Sokha Vann accused Bangkok ...``): the leader speaks next
        for the same side, not for the country of the dateline."""
        if not e.mentions:
            return None
        si = self.seg.sentence_at(e.mentions[0][0])
        if si == 0 or self.seg.sentences[si - 1].paragraph != self.seg.sentences[si].paragraph:
            return None
        before = self.seg.sentences[si - 1]
        m = re.match(r"([A-Z][a-z]+)(?:['’]s)? ", self.text[before.start:before.end])
        return _nation_of(m.group(1)) if m else None

    def _pronoun_votes(self) -> None:
        """A he/she right after a sentence naming exactly one person votes for them."""
        persons = [e for e in self.entities.values() if e.kind == "person"]
        if not persons:
            return
        sentences = self.seg.sentences
        lowered = self.text.lower()
        pattern = _PRONOUN
        if len(lowered) != len(self.text):  # a letter whose lower case is longer: keep offsets
            lowered, pattern = self.text, rx.compile(_PRONOUN.pattern, re.I)
        owners: list[list[Entity]] = [[] for _ in sentences]
        first_at: dict[tuple[int, int], int] = {}  # (sentence, entity) -> first mention
        for e in persons:
            for s, _, _ in e.mentions:
                if not self.in_quote(s):
                    si = self.seg.sentence_at(s)
                    owners[si].append(e)
                    first_at.setdefault((si, id(e)), s)
        # sentence -> the gender of a pronoun subject before the one name it holds ("She
        # congratulated Solvang"): the next sentence's "she" is that subject, not the name
        someone_else: dict[int, str] = {}
        for si, sent in enumerate(sentences):
            first_name = min((first_at[(si, id(e))] for e in owners[si]), default=None)
            lead = pattern.search(lowered, sent.start, first_name) if first_name else None
            if lead is not None and not self.in_quote(lead.start()):
                someone_else[si] = PRONOUN_GENDER[lead.group(1).lower()]
            window = {id(e): e for e in owners[si] + (owners[si - 1] if si else [])}
            weight = 1.0
            if not window:  # after a quote with no name in it: the last sentence naming someone
                back = next((k for k in range(si - 2, max(-1, si - 4), -1) if owners[k]), None)
                if back is not None and all(self.in_quote(sentences[k].start) or
                                            self.in_quote(sentences[k].start + 1)
                                            for k in range(back + 1, si)):
                    window, weight = {id(e): e for e in owners[back]}, 0.5
            if len(window) != 1:
                continue
            (ent,) = window.values()
            # named only in this sentence: a pronoun before the name is someone else's
            # ("Her colleague Mark Duval said")
            named_before = si and any(e is ent for e in owners[si - 1])
            after = -1 if named_before else first_at.get((si, id(ent)), -1)
            other: str | None = None  # the gender of someone else this sentence names
            for m in pattern.finditer(lowered, sent.start, sent.end):
                pos = m.start()
                if pos <= after and not self.in_quote(pos):
                    # "She congratulated Solvang but said her party ...": the she before the
                    # name is someone else, and so is the her after it
                    other = PRONOUN_GENDER[m.group(1).lower()]
                elif pos > after and not self.in_quote(pos) and \
                        not (named_before and someone_else.get(si - 1) ==
                             PRONOUN_GENDER[m.group(1).lower()] and not owners[si]):
                    word = m.group(1).lower()
                    if not named_before and _object_pronoun(lowered, word, m.end()):
                        other = PRONOUN_GENDER[word]  # "Nowak accused him of ... he had"
                    if PRONOUN_GENDER[word] != other:
                        ent.vote(PRONOUN_GENDER[word], weight)

    # ---- lookup ---------------------------------------------------------------------
    def regions(self) -> set[str]:
        """Bodies named for a region (a province, a state: ``Ontario``, ``Lagos state``),
        which act only where the story has them govern."""
        places = lexicon.places()
        return {e.name for e in self.entities.values() if e.kind == "institution" and
                e.name.lower() not in CONTINENTS and e.mentions and
                (places.get(e.name.lower(), ("",))[0] == "region" or
                 e.titles & {"state", "province", "canton", "county"} or
                 (" " in e.name and e.name.rsplit(" ", 1)[-1] in ("Canton", "Province")) or
                 (any(self.text.startswith(" state ", b) for _, b, _ in e.mentions) and
                  places.get(e.name.lower(), ("",))[0] != "demonym") or
                 any(self.text.startswith(" regional government", b)
                     for _, b, _ in e.mentions))}
        # (not "the southern Indian state of Karnataka": a nationality, no region; but "the
        # Puno regional government" governs a region, whatever the place list calls Puno)

    def persons_before(self, pos: int, exclude: tuple[int, int] | None = None,
                       limit: int = 300):
        """Entities mentioned before ``pos`` (outside quotes), most recent first, each with
        its latest mention; looks back over at most ``limit`` mentions, so the cost per
        lookup is bounded whatever the article's length."""
        seen: set[int] = set()
        i = bisect_left(self._starts, pos)
        for k in range(i - 1, max(-1, i - 1 - limit), -1):
            start, end, subject, ent = self.timeline[k]
            if exclude and exclude[0] <= start < exclude[1]:
                continue
            if id(ent) not in seen:
                seen.add(id(ent))
                yield ent, (start, end, subject)

    def mentions_over(self, a: int, b: int) -> list[tuple[int, int, Entity]]:
        """Every mention, in quotes or not, that overlaps ``text[a:b]``, as (start, end,
        entity), in the order a walk over ``entities`` and their mentions gives. Found by
        bisection in an index of every mention, so that a rule asking it for each
        sentence costs the same per sentence in a long article as in a short one (the
        index is made at the first call, once the registry is built, and again if
        entities or mentions were added since)."""
        size = (len(self.entities), sum(len(e.mentions) for e in self.entities.values()))
        if self._overlap_index is None or self._overlap_index[0] != size:
            spans = sorted((m[0], m[1], i, j, e) for i, e in enumerate(self.entities.values())
                           for j, m in enumerate(e.mentions))
            longest = max((m[1] - m[0] for m in spans), default=0)
            self._overlap_index = (size, spans, [m[0] for m in spans], longest)
        _, spans, starts, longest = self._overlap_index
        found = [m for m in spans[bisect_left(starts, a - longest):bisect_left(starts, b)]
                 if m[1] > a]
        found.sort(key=lambda m: (m[2], m[3]))
        return [(s, e, ent) for s, e, _, _, ent in found]

    def full_name(self, name: str, pos: int) -> str | None:
        """The full name ``name`` stands for at ``pos`` (``Pike`` -> ``Jordan Pike``): the
        entity itself, else the one with that surname (or given name) named last."""
        ent = self.entities.get(name)
        if ent is None:
            last = name.split()[-1].lower() if name.strip() else ""
            cands = self.by_last.get(last, []) or \
                (self.by_first.get(last, []) if " " not in name else [])
            if cands:
                ent = max(cands, key=lambda e: e.last_before(pos))
        return ent.name if ent else None

    def lone_name_before(self, pos: int) -> Entity | None:
        """The last one-word name before ``pos`` that is nobody's given name or surname,
        no place and never a he or she: an organisation named bare (``Everton``,
        ``Vantora``) that "the club" or "the company" can refer to."""
        given = lexicon.given_names()
        for e, _ in self.persons_before(pos):
            if e.kind == "person" and not e.first and " " not in e.name and \
                    e.gender == "unknown" and e.name.lower() not in given and \
                    e.name.lower() not in lexicon.places() and self._employs(e.name) and \
                    not any(o is not e and o.last.lower() == e.name.lower()
                            for o in self.entities.values()):
                return e
        return None

    def _employs(self, name: str) -> bool:
        """Whether ``name`` stands before a role somewhere: ``Everton captain Phil
        Neville``, ``Vantora Chief Executive Helen Marsh`` (an employer, not a person)."""
        titles = lexicon.titles()
        for m in re.finditer(rf"\b{re.escape(name)}\s+(\w+)(?:\s+(\w+))?", self.text):
            if re.search(r"(?:^|\W)[Aa]n? $", self.text[max(0, m.start() - 4):m.start()]):
                continue  # "a Tzotzil weaver": a people's name that describes her, no employer
            one = m.group(1).lower()
            two = f"{one} {(m.group(2) or '').lower()}"
            if one in titles or two in titles or one in ("chief", "head", "board", "spokesman",
                                                          "spokeswoman", "spokesperson"):
                return True
        return False

    def mention_ending_at(self, pos: int, slack: int = 3) -> Entity | None:
        """The entity whose mention ends within ``slack`` characters before ``pos``."""
        for ent, (_, end, _) in self.persons_before(pos, limit=5):
            if 0 <= pos - end <= slack:
                return ent
        return None


@dataclass
class _Resolver:
    text: str
    seg: Segmentation
    reg: Registry
    speakers: dict[str, Speaker] = field(default_factory=dict)
    mentions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    previous_at: int | None = None  # where the previous quote's speaker was named
    previous_end: int | None = None  # where the previous quote ended
    spoken: list[str] = field(default_factory=list)  # each quote's speaker, in order
    short_at: dict[int, str] | None = None  # an acronym set off after a name, by where
    # the name ends (found once, when first asked)
    glossed: dict[str, list[str]] | None = None  # a body's local name -> the reader's
    # words for it, "The akimat, as the city administration is known," (found once, when
    # first asked)

    def speaker(self, name: str, kind: str, gender: str = "unknown",
                title: str | None = None, mention: tuple[int, int] | None = None) -> str:
        if "." in name:  # "U.S" (its last dot read as a full stop) -> "U.S."
            name = DOTTED.sub(r"\1.", name)
        if name not in self.speakers and kind != "person" and " " in name and \
                (nation := _nation_of(name.split(" ", 1)[0])) is not None:
            rest = name.split()[1:]
            same = [n for n in self.speakers
                    if (owner := POSSESSIVE.match(n.split(" ", 1)[0])) is not None and
                    _nation_of(owner.group(1)) == nation and n.split()[-1] == rest[-1] and
                    set(rest) <= set(n.split()[1:])]
            if len(same) == 1:
                name = same[0]  # "The Turkish ministry said", after "Turkey's foreign
                # ministry ... calling it": the one body of that country that spoke
        if name not in self.speakers:
            self.speakers[name] = Speaker(name=name, kind=kind, gender=gender, title=title)
        if mention:
            self.mentions.setdefault(name, []).append(mention)
        return name

    def from_entity(self, e: Entity, mention: tuple[int, int] | None) -> str:
        if e.kind == "institution" and e.name.isupper() and 2 <= len(e.name) <= 6:
            full = self.reg.spelled_out(e.name)
            if full is not None:
                e = full  # "the company" after "GM said": General Motors, named in full
        elif e.kind == "institution" and ", known as " in self.text and \
                (short := re.search(re.escape(e.name) + r", known as ([A-Z][\w&-]+),",
                                    self.text)) is not None and \
                (alias := self.reg.entities.get(short.group(1))) is not None:
            e = alias  # "The Ghana Cocoa Board, known as Cocobod, said ... It estimated":
            # Cocobod, the name it speaks under
        elif e.kind == "institution" and " " in e.name and \
                (short := self._short_of(e)) is not None and initials(e.name) != short and \
                (alias := self.reg.entities.get(short)) is not None and \
                len(alias.mentions) >= 2:
            e = alias  # "The Federal Union of German Associations of Pharmacists, ABDA, said
            # ... ABDA president X": the short name it goes by, as "known as" gives one
        title = " ".join(sorted(e.titles)) if e.titles else None
        return self.speaker(e.name, e.kind, e.gender if e.kind == "person" else "unknown",
                            title, mention)

    def _short_of(self, e: Entity) -> str | None:
        """The acronym set off right after a mention of ``e`` ("The Federal Union of German
        Associations of Pharmacists, ABDA, said"), else None."""
        if self.short_at is None:
            self.short_at = {m.start(): m.group(1) for m in _SET_OFF_ACRONYM.finditer(self.text)}
        return next((self.short_at[b] for _, b, _ in e.mentions if b in self.short_at), None)

    def pronoun(self, word: str, pos: int, quote: Quote, previous: str | None) -> str | None:
        want = PRONOUN_GENDER.get(word)
        if word in ("he", "she") and previous is None and self.seg.paragraphs and \
                pos < self.seg.paragraphs[0].end and \
                (lede := _LEDE_PERSON.match(self.text, dateline_end(self.seg))) is not None \
                and lede.end() <= pos:
            found = self._lede_named(Tokens.of(self.text, *lede.span(1)), pos)
            head = lede.group(1).rsplit(" ", 1)[-1].lower()
            paras = self.seg.paragraphs
            if found is None and len(paras) > 1 and head in lexicon.titles() and \
                    self._noun_gender(head) in (want, "unknown"):
                named = min(((min(e.mentions)[0], e.name) for e in self.reg.entities.values()
                             if e.kind == "person" and e.first and e.mentions and
                             e.gender in (want, "unknown") and
                             paras[1].start <= min(e.mentions)[0] < paras[1].end and
                             not self.reg.in_quote(min(e.mentions)[0])), default=None)
                if named is not None:
                    found = self.from_entity(self.reg.entities[named[1]], None)
            if found is not None and (person := self.reg.entities.get(found)) is not None and \
                    person.kind == "person" and \
                    (info := lexicon.titles().get(head)) is not None and info.kind == "role":
                person.titles.add(head)  # (the lede's word for him, his trade: "driver")
            if found is not None:
                return found  # "A driver in Plovdiv was fined ... a space that, he says, was
                # painted around his car ... Photos posted by Georgi Nedelchev": the person
                # the next paragraph names first
        if word == "they" and not (quote.end <= pos and
                                   self.text[quote.end:pos].strip(" ,\"”") == "" and
                                   self.seg.sentence_at(quote.start) ==
                                   self.seg.sentence_at(pos)):
            # "French farmers blocked roads ... rules that they say are ...": the plural
            # subject of the same sentence (not the reported clause's own, before a final
            # "they said": "Men who use saunas may be healthier, they said")
            group = self._group_subject(pos)
            if group is not None:
                return group
            last = self._sentence_before_opening(pos)
            if last is not None and self.seg.sentences[self.seg.sentence_at(last)].paragraph == \
                    self.seg.sentences[self.seg.sentence_at(pos)].paragraph and \
                    (group := self._group_subject(last)) is not None:
                return group  # "Environmentalists welcomed the cancellation. They had long
                # argued that ...": the group the sentence before opens on
            if self.text.endswith(", which ", 0, pos) or \
                    _ONE_THING_THAT.search(self.text, max(0, pos - 30), pos):
                # "police arrested 11 students ... against the pipeline, which they say will
                # displace families": the people named before, not the thing they speak of
                # (nor the one thing before "that": "leaving about 400 islanders dependent
                # on a ferry that they say cannot cope")
                group = self._group_before(pos)
                if group != "others":
                    return group
        if word == "it" and _RELATIVE_BEFORE.search(self.text, max(0, pos - 7), pos):
            body = self._body_subject(pos)  # ", which it said": the sentence's own subject
            if body is not None:
                return body
            sent = self.seg.sentences[self.seg.sentence_at(pos)]
            charged = _CHARGED_BODY.search(self.text, sent.start, pos)
            if charged is not None:  # "accused the agriculture ministry of ruining their
                # business with a ban ..., which it says is needed": the body charged
                t = Tokens.of(self.text, charged.start(1), charged.end(1))
                body = self.description(t, 0, len(t), pos)
                if body is not None:
                    return body
        if word == "it" and not self._spoke_just_before(pos, previous):
            # "Iceland's foreign ministry rejected the criticism. In a statement, it said":
            # the body the last sentence was about, though it has no name of its own
            sent = self.seg.sentences[self.seg.sentence_at(pos)]
            body = self._body_subject(sent.start - 1) if sent.start > 0 and \
                self.seg.sentence_at(sent.start - 1) != self.seg.sentence_at(pos) and \
                not self.text[sent.start:pos].strip(" ,").count(" ") > 4 else None
            if body is not None:
                return body
        if word == "it" and self.seg.paragraphs and pos < self.seg.paragraphs[0].end and \
                not any(e.kind == "institution" and e.name.lower() not in lexicon.demonyms() and
                        lexicon.places().get(e.name.lower(), ("",))[0] != "region" and
                        not (quote.start < m[0] < quote.end and
                             _CITY_BODY_OPENS.match(self.text, quote.start)) and
                        not self.text.startswith(("'s ", "’s "), m[1] - 2) and
                        not (("dateline city" in e.titles or
                              e.name.lower() in lexicon.places()) and
                             re.search(r"\b(?:at|in|from|near|to) $",
                                       self.text[max(0, m[0] - 6):m[0]]))
                        for e, m in self.reg.persons_before(pos)):
            # (nor the dateline's town, or any place, as a place: "for visitors at Cape Coast
            # and Elmina", "A chain of fertility clinics in South Korea ..., weeks after it
            # told regulators", nor
            # a nationality, "the names of Russian officials", nor a region, "skating spots in
            # Europe", nor a body named inside a clause a city's own body opens: "Barcelona's
            # city hall will ban skateboarding ... around the MACBA museum, it said")
            # "A Scottish health board will close four clinics ..., it said": the lede's
            # subject, as the story names it next (a state's possessive before it, "Botswana's
            # state-owned diamond partnership", is no subject)
            body = self._body_subject(pos)
            if body is not None:
                return body
        if word == "it" and (doc := _DOCUMENT_BY.match(
                self.text, self.seg.sentences[self.seg.sentence_at(pos)].start)) is not None \
                and doc.end() < pos:
            # "A study by researchers at the University of California, Berkeley, ... found
            # that ..., though it said": the study's authors, as "according to a study by
            # researchers at ..." is theirs
            author = doc.group(1).removeprefix("the ")
            return self.speaker(author, "anonymous" if author[:1].islower() else "institution")
        if word in ("it", "they", "we"):
            return self._institution_before(pos, previous)
        # (measured from where the quote opens: '"We pulled out three bodies. The mud is too
        # soft," he said' follows the one who spoke just before its first sentence)
        s_now = self.seg.sentence_at(min(pos, quote.start))
        # an unnamed person who just spoke ("One engineer, who asked not to be named, said
        # ... 'Nobody was surprised,' she said"): no named person was mentioned since
        prev = self.speakers.get(previous or "")
        anonymous_prev = prev is not None and prev.kind == "anonymous" and \
            prev.gender in (want, "unknown") and self.previous_at is not None and \
            s_now - self.seg.sentence_at(self.previous_at) <= 2
        best, best_score, best_at, best_subject = None, -1e9, -1, False
        just_spoke = self.previous_end is not None and \
            s_now - self.seg.sentence_at(max(0, self.previous_end - 1)) <= 1
        for e, (m_start, _, subject) in self.reg.persons_before(pos, (quote.start, quote.end)):
            if e.kind != "person" or e.name.lower() in COMPASS_ADJECTIVES:
                continue  # (not "Western brands": no one's name)
            g = e.gender
            if want and g not in (want, "unknown"):
                continue
            dist = s_now - self.seg.sentence_at(m_start)
            score = -1.0 * dist + (2.0 if subject else 0.0)
            if e.name == previous and (dist == 0 or just_spoke or (dist == 1 and subject)):
                score += 1.5  # a subject named since takes over; the one whose quote ran to
                # the last sentence stays (not one the last sentence only names as its
                # object: "Archbishop X accused Hovsepyan of surrendering land. '...,' he
                # told the crowd": the archbishop)
            if g == "unknown":
                score -= 1.0
            score += 0.1 * min(len(e.mentions), 5)
            if score > best_score:
                best, best_score, best_at, best_subject = e, score, m_start, subject
        # a role subject scores at most 2 (this sentence); only then can it win
        described = self._described_subject(pos, s_now, want) \
            if best is None or best_score < 2.0 else None
        if described is not None and (best is None or described[1] > best_score):
            return described[0]  # "Ukraine's foreign minister welcomed it. '...,' he wrote"
        # (a person the unnamed source only talked about, "questions about Asante's rapid
        # improvement", does not take the next "he said" from the source)
        # (nor the one the source speaks for: "A spokesman for the president said ..., but
        # he ruled out a blanket ban": the spokesman)
        inside = anonymous_prev and self.previous_at is not None and \
            0 <= best_at - self.previous_at <= 40 and \
            _SPEAKS_FOR.search(self.text, self.previous_at, best_at) is not None
        if best is None or (anonymous_prev and (best_at < (self.previous_at or 0) or
                                                not best_subject or inside)):
            if prev is not None and want and prev.gender not in (want, "unknown"):
                return None
            if prev is not None and want and _is_group(prev) and \
                    role_noun(prev.name.split()[-1]):
                return None  # "he" is not "analysts"
            if prev is not None and want and prev.name.islower() and \
                    prev.name.endswith("s") and not prev.name.endswith("ss"):
                return self._described_then_named(pos, want)  # 'a decision he called
                # "an act of censorship"' after "student groups threatened": not the groups
            return previous
        return self.from_entity(best, None)

    def _sentence_before_opening(self, pos: int) -> int | None:
        """Where the sentence before ends, when ``pos`` opens its own sentence (past an
        opening mark: ``They had long argued``, ``A spokesman said``); else None."""
        sent = self.seg.sentences[self.seg.sentence_at(pos)]
        if sent.start == 0 or self.text[sent.start:pos].strip(" \"“") or \
                self.seg.sentence_at(sent.start - 1) == self.seg.sentence_at(pos):
            return None
        return sent.start - 1

    def _described_then_named(self, pos: int, want: str) -> str | None:
        """The person a lede describes before naming (``a lecture by a former interior
        minister ..., a decision he called ...``; the next paragraph opens on ``Evaristo
        Valdebenito-Sáez, who oversaw ...``): the first person named after ``pos`` in the
        next paragraph, of the pronoun's gender, where the sentence describes someone by a
        title; else None."""
        sent = self.seg.sentences[self.seg.sentence_at(pos)]
        if not any(w in lexicon.titles() for w in
                   re.findall(r"\b(?:an?|the) (?:former |ex-)?(?:[a-z]+ )?([a-z]+)\b",
                              self.text[sent.start:pos])):
            return None
        here = sent.paragraph
        after = [(min(m[0] for m in e.mentions), e) for e in self.reg.entities.values()
                 if e.kind == "person" and e.mentions and e.gender in (want, "unknown")]
        named = min(((a, e) for a, e in after if a > pos and
                     self.seg.sentences[self.seg.sentence_at(a)].paragraph - here == 1),
                    default=None, key=lambda x: x[0])
        return self.from_entity(named[1], None) if named is not None else None

    def _described_subject(self, pos: int, s_now: int, want: str | None
                           ) -> tuple[str, float] | None:
        """A person named only by role as the subject of this or the previous sentence
        ("Ukraine's foreign minister welcomed the move."), with the score a named person
        there would get."""
        for si in (s_now, s_now - 1):
            if si < 0:
                continue
            sent = self.seg.sentences[si]
            end = min(sent.end, pos)
            if end <= sent.start:
                continue
            t = Tokens.of(self.text, sent.start, end)
            m = clause_subject(t, 0, len(t))
            if m is None or t.is_cap(m[1] - 1) or t.low[m[0]] in SUBJECT_PRONOUNS:
                continue
            head = t.low[m[1] - 1]
            info = lexicon.titles().get(head)
            if info is None or (want and info.gender not in (want, "", None, "unknown")):
                continue
            if not any(POSSESSIVE.match(t.word(k)) or _nation_of(t.low[k])
                       for k in range(m[0], m[1] - 1)) and \
                    not (head in SPOKES and si == s_now - 1 and m[1] - m[0] <= 3):
                continue  # only a role tied to a country or body: "Ukraine's foreign minister"
                # (or one who speaks for a body: "A company spokesman confirmed the letter's
                # contents. Asked whether ..., he said")
            if m[1] + 1 < len(t) and t.low[m[1]] == ",":
                # "The bill's author, state Sen. Rosa Ibarra, called ...": the role is hers
                close = next((x for x in range(m[1] + 1, len(t)) if t.low[x] == ","),
                             len(t) - 1)
                named = self.reg.mention_ending_at(t.spans[close][0])
                if named is not None and named.kind == "person":
                    return self.from_entity(named, None), -1.0 * (s_now - si) + 2.0
            name = self.description(t, m[0], m[1], sent.start + 1)
            if name:
                return name, -1.0 * (s_now - si) + 2.0
        return None

    def _subject_before(self, pos: int) -> tuple[Tokens, tuple[int, int] | None]:
        """The tokens of the sentence holding ``pos`` up to it, and its subject there."""
        sent = self.seg.sentences[self.seg.sentence_at(pos)]
        t = Tokens.of(self.text, sent.start, pos)
        return t, (clause_subject(t, 0, len(t)) if len(t) > 2 else None)

    def _group_subject(self, pos: int) -> str | None:
        """The plural people-noun subject of the sentence holding ``pos`` (before it), as
        an unnamed group: ``French farmers``; else None."""
        t, subject = self._subject_before(pos)
        # "The dispute began when Tanzanian authorities barred trucks over what they said
        # were unpaid fees": the subject of the clause that holds the pronoun comes first
        sub = next((k for k in range(len(t) - 1, 0, -1) if t.low[k] in CLAUSE_OPENERS), None)
        inner = clause_subject(t, sub + 1, len(t)) if sub is not None else None
        for found in (inner, subject):
            if found is None:
                continue
            a, b = found
            # (the head before a place: "Commercial fishermen in the area have accused ...,
            # which they say")
            head_end = next((k for k in range(a + 1, b) if t.low[k] in ("in", "from", "across",
                                                                        "near", "at") or
                             (k == a + 1 and t.low[k] == "of" and t.low[a] == "residents")),
                            b) \
                if self.text.endswith(("which ", "that "), 0, pos) else b
            head = t.low[head_end - 1]
            people = head in IRREGULAR_PEOPLE and \
                self.text.endswith(("which ", "that ", "what "), 0, pos)
            # ("Thousands of people marched ..., which they say has turned rivers brown": the
            # people; not ", they noted" after a sentence about people)
            if (t.is_cap(head_end - 1) and not (head_end - 1 == a and role_noun(head))) or \
                    (not people and not head.endswith("men") and
                     (not head.endswith("s") or singular(head) == head)):
                continue  # (but "Residents marched ..., which they say": a group, and
                # "fishermen")
            if (lexicon.source_nouns().get(singular(head)) == "institution" and
                    head not in PEOPLE_OF_BODIES) or \
                    lexicon.source_nouns().get(head) == "institution":
                if found is inner:  # "Tanzanian authorities": the body, as when it speaks
                    return self.description(t, a, b, pos)
                continue
            if role_noun(head) or agent_noun(head) or people:
                return self.speaker(_label(t, a, head_end), "anonymous")  # (its place
                # dropped, as a pronoun's group has it)
        return None

    def _body_subject(self, pos: int) -> str | None:
        """The institution that is the subject of the sentence holding ``pos``, as its own
        relative clause's *it* refers to it ("The board did not determine a cause, which
        it said could take a year"); else None."""
        t, subject = self._subject_before(pos)
        opening = self._sentence_opening(pos)
        while opening < pos and self.text[opening] in " -—–":
            opening += 1  # (the dash a dateline block may leave before the words)
        if _A_WORKS_OPENS.match(self.text, opening, pos) and \
                (body := self._lede_body("company", pos, indefinite=True)) is not None:
            return self.from_entity(body, None)  # a lede's "A fish processing factory in
            # Bukoba has laid off ..., blaming a fall in catches that it says": the firm the
            # next paragraph names, not the town
        if subject is None or t.low[subject[0]] in SUBJECT_PRONOUNS:
            return None
        a, b = subject
        if t.is_cap(b - 1):
            ent = self.reg.entities.get(self.name_of(_label(t, a, b), t.spans[a][0]) or "")
            return self.from_entity(ent, None) if ent and ent.kind == "institution" else None
        found = self.description(t, a, b, t.spans[a][0])
        who = self.speakers.get(found or "")
        return found if who is not None and who.kind == "institution" else None

    def _spoke_just_before(self, pos: int, previous: str | None) -> bool:
        """Whether ``previous``, an institution or group, spoke in this or the last sentence
        (its own "it" or "they" then, as :meth:`_institution_before` has it)."""
        prev = self.speakers.get(previous or "")
        return prev is not None and self.previous_at is not None \
            and self.seg.sentence_at(pos) - self.seg.sentence_at(self.previous_at) <= 1 \
            and (prev.kind == "institution" or _is_group(prev))

    def _institution_before(self, pos: int, previous: str | None) -> str | None:
        """Who "it" or "they" is: the institution that spoke in this or the previous
        sentence ("The ministry said ... It called the attack ..."), else the institution
        last named as a subject, else the last one named. A nationality word ("Azerbaijani
        forces attacked") is no antecedent."""
        if self._spoke_just_before(pos, previous):
            return previous  # "The researchers cautioned ... People might ..., they noted"
        fallback = None
        for e, m in self.reg.persons_before(pos):
            if e.kind != "institution" or e.name.lower() in lexicon.demonyms():
                continue
            if e.titles & {"city", "town", "village", "port"} and e.name not in self.speakers:
                continue  # (a town an appositive called one, that has not spoken: "damaging
                # Gaziantep's reputation. It urged buyers": the chamber that spoke)
            if m[2]:
                return self.from_entity(e, None)
            fallback = fallback or e
        return self.from_entity(fallback, None) if fallback else previous

    def _described_later(self, words: list[str]) -> Entity | None:
        """The one person first named after the lede whose own description (the words
        after the name, up to what they said) shares a word with a lede's ``a <words>``
        (``a space debris researcher``; ``Ailén Ondarts, an astrophysicist ... who tracks
        falling debris, said``); else None."""
        own = {w for w in words if len(w) > 3 and w not in _PLAIN_MODIFIERS and
               not _nation_of(w)}
        if not own or not self.seg.paragraphs:
            return None
        lede_end = self.seg.paragraphs[0].end
        found = []
        for e in self.reg.entities.values():
            if e.kind != "person" or not e.mentions:
                continue
            at, end, _ = min(e.mentions)
            if at < lede_end:
                continue
            said = _DESCRIPTION_AFTER.match(self.text, end)
            told = set(re.findall(r"[a-z]+", said.group(1).lower())) if said else set()
            if own & (told | {singular(w) for w in told}):
                found.append(e)
        return found[0] if len(found) == 1 else None

    def _lede_person_next(self, pos: int) -> Entity | None:
        """The one person the paragraph after the lede names first, who is named again
        further on, and whose gender the lede's pronoun after ``pos`` shows."""
        found = [e for e in self.reg.entities.values()
                 if e.kind == "person" and len(e.mentions) >= 2 and
                 self.seg.sentences[self.seg.sentence_at(e.mentions[0][0])].paragraph == 1]
        if len(found) != 1:
            return None
        sent = self.seg.sentences[self.seg.sentence_at(pos)]
        words = set(re.findall(r"[a-z]+", self.text[pos:sent.end].lower()))
        pronouns = {"male": {"he", "his", "him"}, "female": {"she", "her"}}
        return found[0] if pronouns.get(found[0].gender, set()) & words else None

    def description(self, t: Tokens, a: int, b: int, pos: int) -> str | None:
        """``the Russian leader``, ``the mayor``, ``a senior official``, ``the ministry``."""
        words = [t.low[k] for k in range(a, b) if t.is_word(k)]
        if not words:
            return None
        if words[0] == "the" and len(words) == 2 and \
                (owned := _OWNED_BY.match(self.text, t.spans[b - 1][1])) is not None and \
                (owner := next((e for e in self.reg.entities.values()
                                if e.kind == "institution" and
                                any(s == owned.end() for s, _, _ in e.mentions)),
                               None)) is not None:
            return self.from_entity(owner, None)  # "The brewery, owned by Cervecería del
            # Norte, said": the firm that owns it speaks for it
        if words[0] in ("a", "an") and \
                (aged := _NAME_AGED_BEFORE.search(self.text, max(0, t.spans[a][0] - 80),
                                                t.spans[a][0])) is not None and \
                (named := self.reg.entities.get(aged.group(1))) is not None and \
                named.kind == "person":
            return self.from_entity(named, None)  # "Jens Overgaard, 81, a retired teacher
            # who said": the man named, his age and trade set after his name
        if len(words) == 2 and words[0] == "the":
            if self.glossed is None:
                self.glossed = {m.group(1).lower(): m.group(2).split()
                                for m in _KNOWN_LOCALLY_AS.finditer(self.text)}
            if words[1] in self.glossed:  # "The akimat, as the city administration is known,
                words = ["the", *self.glossed[words[1]]]  # said": the city administration,
                # whatever it is called
        head = words[-1]
        if "of" in words[1:-1] and words[words.index("of") - 1] in DOCUMENTS:
            head = words[words.index("of") - 1]  # "a summary of the meeting": a document
        elif "of" in words[2:-1] and \
                words[words.index("of") - 1] in ("confederation", "federation", "association",
                                                 "union", "council", "alliance", "league"):
            head = words[words.index("of") - 1]  # "Spain's national confederation of deaf
            # people": a confederation, whom its members name
        if words[0] in ("a", "an") and len(words) > 4 and words[1] in CHAIN_NOUNS and \
                words[2] == "of" and words[-1] == head and head not in ORG_NOUNS:
            head = words[1]  # "A chain of fertility clinics" (in South Korea, a place the
            # mention sets apart before asking): a chain, which the story names next ("The
            # chain, Haneul Women's Clinics,")
        prep = next((k for k in range(1, len(words) - 1) if words[k] in PLACING_PREPOSITIONS
                     and (role_noun(words[k - 1]) or agent_noun(words[k - 1]))), None)
        if prep is not None:  # "a senior official in the governing coalition": an official
            head = words[prep - 1]
        serving = next((k for k in range(1, len(words) - 1) if words[k] in POSTMODIFYING), None)
        if prep is None and serving is not None and \
                lexicon.source_nouns().get(words[serving - 1]) == "institution":
            head = words[serving - 1]  # "the association representing tobacco shops"
        single_head = singular(head)
        definite = words[0] in ("the", "this", "that")
        core = [w for w in words if w not in DETERMINERS]
        label = _label(t, a, b)
        if single_head != head and single_head in ORG_NOUNS and words[:2] == ["one", "of"] \
                and (later := self._lede_body(single_head, pos, far=True)) is not None:
            # a lede's "One of South Africa's largest medical insurers said": Vitaris Health,
            # the insurer the story names next
            return self.from_entity(later, None)
        cut = next((k for k in range(2, len(words)) if words[k].endswith("ing") or
                    words[k] in ("who", "that", "which")), None)
        if words[0] in ("a", "an") and cut is not None and \
                lexicon.source_nouns().get(words[cut - 1]) == "institution" and \
                (later := self._lede_namesake(words[:cut], pos)) is not None:
            # "a smaller union representing gate agents": the Gate and Ramp Workers Union
            return self.from_entity(later, None)
        if words[0] in ("a", "an") and len(words) >= 4 and words[1] in GROUP_WORDS and \
                words[2] == "of" and (later := self._lede_namesake(
                    ["a", words[-1], words[-1].rstrip("s")], pos, members=True)) is not None \
                and not self._other_party(later, pos):
            # "A group of Massachusetts fishermen asked ...": the New Bedford Fishermen's
            # Alliance, the body of fishermen the story names next
            return self.from_entity(later, None)
        if head in ("industry", "sector") and len(core) >= 2 and \
                (later := self._lede_namesake(["a", core[-2]], pos, members=True)) is not None \
                and TRADE_BODIES & set(later.name.lower().split()):
            # "India's beverage industry has asked the court ...": the Indian Beverage
            # Association the story names next, the body that speaks for the trade
            return self.from_entity(later, None)
        if words[0] in ("a", "an") and 2 <= len(words) <= 3 and \
                (head in lexicon.titles() or agent_noun(head)) and \
                (named := rx.compile(rf"(?<!\bfor )(?<!\bof )(?<!\bto )(?<!\bby )\b[Tt]he "
                                     rf"{re.escape(head)}, ([A-Z][\w'’.-]*"
                                     rf"(?: [A-Z][\w'’.-]*)+)").search(self.text, pos)) \
                is not None and (held := self.reg.entities.get(named.group(1))) is not None \
                and held.kind == "person":
            return self.from_entity(held, None)  # "a result a statistician called 'vanishingly
            # unlikely' ... The statistician, Maria Teresa Dizon-Lim, estimated": the one the
            # story names so later (not "A lawyer for the businessman, Nikola Radonjić,": the
            # lawyer's name)
        if definite and head in ORGANISERS and self.seg.paragraphs and \
                (len(core) == 1 or (len(core) == 2 and POSSESSIVE.match(core[0]))) and \
                len(self.seg.paragraphs) > 1 and pos < self.seg.paragraphs[0].end:
            p1 = self.seg.paragraphs[1]  # (and "the race's organisers")
            opening = [e for e in self.reg.entities.values()
                       if e.kind == "institution" and e.mentions and
                       p1.start <= e.mentions[0][0] <= p1.start + 20 and
                       _ORGANISERS_OPENING.fullmatch(self.text, p1.start, e.mentions[0][0])
                       and e.name.lower() not in lexicon.places()]
            if len(opening) == 1:
                return self.from_entity(opening[0], None)  # a lede's "..., the organisers
                # said. The Entebbe Sport Fishing Club said": the body that opens the next
                # paragraph
        if YEAR_OLD.match(head):
            age = head.split("-")[0]
            recent = []
            for e, m in self.reg.persons_before(pos):
                if age in e.ages:
                    return self.from_entity(e, None)
                if e.kind == "person" and not e.ages and " " in e.name:
                    recent.append((e, m))  # (not "Zielinski, 58": another age; nor a lone
                    # capitalised word, "Krakow's")
            # no age given: "the 34-year-old" is the person just introduced, as a subject
            near = [e for e, m in recent[:4] if m[2] and
                    self.seg.sentence_at(pos) - self.seg.sentence_at(m[0]) <= 2]
            close = [e for e, m in recent[:4]
                     if self.seg.sentence_at(pos) - self.seg.sentence_at(m[0]) <= 2]
            if not near and len(close) == 1:
                near = close  # ("His opponent, city councillor Agnieszka Wrona, said ... the
                # 41-year-old said": the one person of no other age named just before)
            if not near and recent and recent[0][1][2] and \
                    self.seg.sentence_at(pos) - self.seg.sentence_at(recent[0][1][0]) <= 4:
                near = [recent[0][0]]  # past the last one named's own quoted sentences
            if definite and near:
                return self.from_entity(near[0], None)
        of = next((k for k in range(a + 1, b) if t.low[k] == "of"), None)
        if definite and of is not None:
            # "The boss of Britain's biggest water company": the holder of that office,
            # named before or in the next sentences ("... chief executive Adrian Pell")
            role = [w for w in t.low[a:of] if w not in DETERMINERS]
            info = lexicon.titles().get(" ".join(role)) or lexicon.titles().get(role[-1]) \
                if role else None
            if info is not None and info.kind in ("title", "role"):
                want = (info.means or " ".join(role)).split()
                holder = self._titled(want, set(), pos)
                if holder is None and role[-1] in ("head", "boss", "leader"):
                    # "The head of the largest flight attendants' union ... Carla Pettigrew,
                    # president of the Association of ...": whoever leads it, named next
                    holder = next((h for lead in HEAD_TITLES
                                   if (h := self._named_later([lead], set(), pos))), None)
                if holder is None and a == 0 and of - a <= 3:
                    named = self._lede_named(t, pos, of)  # a lede's "The director of the
                    if named is not None:  # Nordlys Film Festival resigned ..., saying":
                        return named  # the person the next paragraph opens with
                if holder is not None:
                    return self.from_entity(holder, None)
        if (head in DOCUMENTS or single_head in DOCUMENTS) and len(core) == 2:
            owner = re.sub(r"['’]s$", "", core[0])
            if owner in ("municipal", "city", "town") and \
                    (found := self._spoke_last(lambda n: n.lower().split()[-1] in (
                        "municipality", "council") or n.lower().endswith(" city hall") or
                        (owner == "municipal" and n.lower().split()[-1] in ("city", "town")))):
                return found  # "according to municipal figures", "according to city figures":
                # the municipality or council that spoke
            if owner in DOCUMENT_OWNERS:
                # "according to city estimates", "The bank's forecasts suggest": the body the
                # story has already named so, whose document it is
                found = self._spoke_last(lambda n: n.lower().split()[-1] == owner)
                if found:
                    return found
                body = next((e for e, _ in self.reg.persons_before(pos)
                             if e.kind == "institution" and
                             (owner in e.titles or owner in e.name.lower().split())), None)
                if body is not None:
                    return self.from_entity(body, None)
        if words[0] == "its" and core == [head] and head in ("leader", "head", "chief", "boss"):
            # "Poland's largest teachers' union accepted ..., though its leader said": whoever
            # leads it, named in the next sentences ("Its president, Halina Wójcik, told")
            holder = next((h for lead in HEAD_TITLES
                           if (h := self._named_later([lead], set(), pos))), None)
            if holder is not None:
                return self.from_entity(holder, None)
        # possessive: "Putin's spokesman", "the ministry's spokeswoman"
        for k in range(a, b):
            m = POSSESSIVE.match(t.word(k))
            if m and k < b - 1 and t.word(k)[-1] in "s’'" and t.low[k].endswith(("’s", "'s")):
                owner = self.name_of(m.group(1), pos)
                rest = " ".join(t.word(j) for j in range(k + 1, b)).replace(" ’", "’") \
                    .replace(" '", "'")
                run = k  # "South Africa's": the capitalised words before the possessive too
                while run > a and t.is_cap(run - 1) and t.is_word(run - 1):
                    run -= 1
                country = _nation_of(m.group(1)) or _nation_of(
                    " ".join([t.word(j) for j in range(run, k)] + [m.group(1)]))
                if country and rest.lower() in lexicon.titles():
                    # "Serbia's president": the Serbian president, named before or just after
                    later = self._titled(rest.lower().split(), {country}, pos)
                    if later is not None and not later.nations and \
                            dateline_country(self.text, self.seg) not in (None, country):
                        later = None  # "Coach Roberto Mularoni-Casali said ... Liechtenstein's
                        # coach said" in a San Marino story: the other side's coach
                    if later is not None:
                        later.nations.add(country)  # her country, for stance too
                        return self.from_entity(later, None)
                if m.group(1) in ("town", "city", "village") and rest == "mayor" and \
                        (k == a or t.low[k - 1] == "the") and \
                        (later := self._titled(rest.lower().split(), set(), pos)) is None and \
                        len(towns := {c.group(1) for c in _CITY_OF.finditer(self.text, 0, pos)} |
                                     {e.name for e in self.reg.entities.values()
                                      if e.titles & {"town", "city", "village"} and
                                      " " not in e.name and e.mentions[0][0] < pos}) == 1:
                    return self.speaker(f"{towns.pop()} {rest.lower()}", "person")  # "The
                    # town's mayor said" of Safranbolu, no mayor named: the Safranbolu mayor
                region = m.group(1).lower() in lexicon.places() or \
                    m.group(1).lower() in POLITIES or \
                    m.group(1).lower() in _PLACE_NOUNS  # "Ontario's largest union", "the
                # province's safety regulator" (and "the island's mayor")
                if region and not country and rest.lower() in lexicon.titles() and \
                        (later := self._titled(rest.lower().split(), set(), pos)) is not None:
                    return self.from_entity(later, None)  # "the state's governor": the
                    # governor named before or in the next sentences
                trade = m.group(1).islower() and rest.lower().split()[:1] == ["trade"]
                # ("the cheese's trade body said": a trade's body, named next)
                sent = self.seg.sentences[self.seg.sentence_at(pos)]
                kind_words = set(rest.lower().split()[:-1]) - STOP \
                    if head in ORG_NOUNS or head in TRADE_BODIES or head == "authority" \
                    else set()
                own = [e for e in self.reg.entities.values() if e.kind == "institution" and
                       any(sent.start <= ms < pos and
                           _LEDE_OPENING.fullmatch(self.text, sent.start, ms)
                           for ms, _, _ in e.mentions) and
                       kind_words & set(e.name.lower().split())] \
                    if kind_words and self.seg.paragraphs and \
                    pos < self.seg.paragraphs[0].end else []
                if len(own) == 1:
                    return self.from_entity(own[0], None)  # "Racing Victoria will cut ...,
                    # the state's racing authority said": the body the report opens on, by
                    # the word its description shares with its name
                if (country or region or trade) and (head in ORG_NOUNS or head in TRADE_BODIES or
                                                     (head in NAMED_KINDS and country) or
                                                     (head == "body" and trade) or
                                                     (head == "authority" and country) or
                                                     (head == "service" and
                                                      len(rest.split()) >= 2)) and \
                        (later := self._lede_body(head, pos, far=bool(
                            SUPERLATIVES & set(rest.lower().split())),
                            words=frozenset(rest.lower().split()))) is not None and \
                        (head not in TRADE_BODIES or head in later.titles or
                         not later.titles & (ORG_NOUNS | TRADE_BODIES)):
                    # (a federation is none the story calls a body of another kind: "Kaunas
                    # Giants, the country's most successful club")
                    return self.from_entity(later, None)  # "Australia's consumer watchdog"
                    # (and "Taiwan's college entrance exam centre": the College Entrance
                    # Examination Center)
                if m.group(1).lower() in ("country", "nation") and \
                        (head in UNNAMED_BODY_NOUNS or head in TRADE_BODIES or
                         head == "society" or head.endswith("ate")) and \
                        (later := self._lede_body(head, pos, far=True)) is not None and \
                        head.capitalize() in later.name.split():
                    return self.from_entity(later, None)  # "the country's civil aviation
                    # authority": the Civil Aviation Authority of Mongolia, named later with
                    # its own noun (not another body the story names first)
                if (head in MEMBER_BODY_HEADS or head == "society") and \
                        m.group(1).islower() and words[0] in ("a", "an") and \
                        (later := self._lede_namesake(["the", m.group(1)], pos, True)) \
                        is not None:
                    return self.from_entity(later, None)  # "A women's association in a
                    # Slovenian mountain village says": the Bohinj Farm Women's Society named
                    # next, its name holding the members
                members = [w.rstrip("'’") for w in rest.lower().split()[:-1]
                           if w.endswith(("s'", "s’")) or w in TRADES]
                if singular(head) in ("union", "guild") and members and \
                        (later := self._lede_namesake(["the", *members], pos, True)) is not None:
                    # "Denver's largest teachers' union said": the Denver Classroom Teachers
                    # Association the next paragraph names, its name holding the members (or
                    # the trade: "Nigeria's main labour unions", the Nigeria Labour Congress)
                    return self.from_entity(later, None)
                if head in DOCUMENTS and not owner and m.group(1).islower() and \
                        (author := described_before(self.text, m.group(1), pos)) is not None:
                    return self.speaker(author, "institution")  # "the national auditor found
                    # ... The auditor's report said": the auditor, by the story's description
                label = f"{owner}{t.word(k)[-2]}s {rest}" if owner else label
                kind = lexicon.source_nouns().get(rest.lower().split()[-1], "person")
                named = self._body_named(owner, head) if owner and head in OWN_BODIES else None
                if named is None and kind == "person" and head in lexicon.titles() and \
                        head not in SPOKES and \
                        (later := next((e for e in self.reg.entities.values()
                                        if e.kind == "person" and e.mentions and
                                        head in e.titles and
                                        pos < (first := min(m[0] for m in e.mentions)) and
                                        self.seg.sentence_at(first) -
                                        self.seg.sentence_at(pos) <= 1 and
                                        self.text[max(0, first - len(head) - 8):first]
                                        .lower().endswith(f"the {head}, ")), None)) is not None:
                    return self.from_entity(later, None)  # "Italy's public administration
                    # minister said ... '...,' the minister, Laura Ferrante, told reporters"
                return self.speaker(named or label, kind, self._noun_gender(head))
        nations = {_nation_of(w) for w in core if _nation_of(w)}
        if definite and nations and head in lexicon.demonyms() and \
                all(YEAR_OLD.match(w) for w in core[:-1]):
            # "the Russian said": the person just named, of that nationality or of none said
            here = self.seg.sentence_at(pos)
            near = [e for e, m in self.reg.persons_before(pos)
                    if e.kind == "person" and (not e.nations or nations & e.nations) and
                    here - self.seg.sentence_at(m[0]) <= 2]
            # someone known as a person (a given name, a he or she) before a capitalised
            # thing ("her first Grand Slam final")
            known = [e for e in near if e.gender_votes or e.first.lower() in lexicon.given_names()]
            if known or near:
                return self.from_entity((known or near)[0], None)
        if (definite or words[0] in ("two", "both")) and \
                (len(core) == 1 or (len(core) == 2 and core[0] in ("two", "both"))) \
                and head.endswith("s") and \
                singular(head) in ORG_NOUNS and singular(head) != head:
            # "Ryanair and Aer Lingus have launched a challenge ..., the airlines said": the
            # two bodies named together in the sentence, as one speaker (or in the sentence
            # before: "... the WHO and UNICEF said. The two agencies said")
            si = self.seg.sentence_at(pos)
            pair = None
            for back in ((si, si - 1) if si > 0 else (si,)):
                here = self.seg.sentences[back]
                named = sorted((a, b, e.name) for e in self.reg.entities.values()
                               for a, b, _ in e.mentions if here.start <= a < pos)
                pairs = [(x[2], y[2]) for x, y in zip(named, named[1:], strict=False)
                         if self.text[x[1]:y[0]] == " and " and x[2] != y[2]]
                pair = next((p for p in pairs if f"{p[0]} and {p[1]}" in self.speakers),
                            None) or next((p for p in pairs if not any(
                                n.lower() in lexicon.places() for n in p)), None)
                # (the pair that spoke, not "Europe and Central Asia" it spoke of)
                if pair is not None:
                    break
            if pair is not None:
                return self.speaker(f"{pair[0]} and {pair[1]}", "institution")
        if definite and len(core) == 2 and head == "government" and \
                core[0] in ("provincial", "state", "regional", "cantonal") and \
                (named := self._spoke_last(lambda n: any(
                    self.text.startswith(f"the {core[0]} government of {n}", a) or
                    self.text.startswith(f"The {core[0]} government of {n}", a)
                    for a, _ in self.mentions.get(n, ())))) is not None:
            return named  # "the provincial government of Ifugao said ... The provincial
            # government said": the province that spoke so
        if definite and len(core) == 2 and head == "government" and \
                core[0] in ("provincial", "state", "regional", "cantonal"):
            # "the provincial government announced": the one province the story names
            regions = {n for n in self.reg.regions()
                       if min(self.reg.entities[n].mentions)[0] < pos}
            # (and "Lagos state has extended its ban ..., the state government said")
            if len(regions) == 1:
                return self.from_entity(self.reg.entities[regions.pop()], None)
        if definite and core in (["county"], ["county", "government"]):
            county = self._spoke_last(lambda n: n.lower().endswith(" county"), "institution")
            if county is None:
                county = next((self.from_entity(e, None) for e, _ in self.reg.persons_before(pos)
                               if e.kind == "institution" and e.name.endswith(" County")),
                              None)
            if county is not None:
                return county  # "Kisumu County said ... The county admitted": the county
                # that spoke (or was named) before
        if definite and core == ["administration"] and \
                (city := self._spoke_last(lambda n: any(
                    self.text[a:b].lower().endswith(("city administration",
                                                     "town administration"))
                    for a, b in self.mentions.get(n, ()) if b <= pos))) is not None:
            return city  # "..., the city administration said. ... The administration said":
            # the city that spoke as its administration
        city_government = definite and core in (["city", "government"],
                                                ["city", "administration"], ["city", "hall"],
                                                ["town", "hall"])
        if definite and ((len(core) == 1 and (head in MUNICIPALITIES or head == "city")) or
                         city_government):
            # "The city said": the city (or village) named as one before (and "Hanoi will
            # ban ..., the city government said": Hanoi)
            noun = "city" if city_government else head
            if noun == "municipality" and (body := self._spoke_last(
                    lambda n: n.lower().endswith(" municipality") and n not in self.reg.entities
            )) is not None:
                return body  # "Nizwa's municipality will move ..., it said. ... The
                # municipality said": the body as it spoke first, not the town
            if noun == "city" and (body := self._spoke_last(
                    lambda n: n.endswith((" Metropolitan City", " City Council",
                                          " City Corporation", " Municipality")),
                    "institution")) is not None:
                return body  # "Kathmandu Metropolitan City said ... The city said": the city's
                # own body, as the story named it when it spoke
            dateline = dateline_place(self.text, self.seg) if noun == "city" else None
            titled = next((e for e, _ in self.reg.persons_before(pos)
                           if e.kind == "institution" and noun == "city" and "city" in e.titles and
                           self.seg.sentence_at(min(e.mentions)[0]) == self.seg.sentence_at(pos)),
                          None)
            if titled is not None:  # "The Japanese city of Yamato, southwest of Tokyo, has
                return self.from_entity(titled, None)  # become ..., the city said": the city
                # the sentence calls one, not the capital it is placed by
            for e, _ in self.reg.persons_before(pos):
                if e.kind == "institution" and (noun in e.titles or (
                        city_government and e.titles & {"city", "town"}) or
                        e.name == dateline or (
                        noun == "city" and ("dateline city" in e.titles or (
                            lexicon.places().get(e.name.lower(), ("",))[0] == "capital" and
                            self.seg.sentence_at(min(e.mentions)[0]) ==
                            self.seg.sentence_at(pos))))):
                    return self.from_entity(e, None)  # ("MILAN (Reuters) — Milan will close
                    # ..., the city said"; "Cape Town will impose ..., the city said")
            if noun == "city":
                lede = next((e for e in self.reg.entities.values()
                             if (e.kind == "institution" or (_firm_like(e) and not e.first))
                             and " " not in e.name and
                             not (e.name.endswith("s") and len(e.mentions) == 1 and
                                  self.seg.opens_sentence(e.mentions[0][0]) and
                                  e.name.lower() not in lexicon.places()) and
                             not e.titles and any(
                                 m[2] and m[0] < pos and
                                 self.seg.sentences[self.seg.sentence_at(m[0])].paragraph
                                 <= 1 and
                                 self.text[m[1]:m[1] + 6] in (" will ", " has ", " is ")
                                 for m in e.mentions)), None)
                if lede is not None:  # "Kyoto will charge visitors ... The city said": the
                    # city the lede opens on, acting (its name left as the registry read it)
                    return self.speaker(lede.name, "institution")
                named = {m.group(1) for m in _CITY_OF.finditer(self.text, 0, pos)}
                if len(named) == 1:  # "Authorities in the Kazakh oil city of Aktau began
                    # rationing ... The city administration said": the one city so named
                    return self.speaker(named.pop(), "institution")
            if dateline is not None and \
                    0 <= self.text.find(dateline, self.seg.paragraphs[0].start) < pos:
                ent = self.reg.entities.get(dateline)
                if ent is None or ent.kind != "person":
                    return self.speaker(dateline, "institution")  # "LYON (Reuters) - ... in
                    # Lyon's Croix-Rousse ... The city said": the dateline's city, no entity
            if noun == "city":
                owners = {e.name for e in self.reg.entities.values()
                          if ((e.kind == "person" and _firm_like(e)) or
                              (e.kind == "institution" and not e.titles and
                               lexicon.places().get(e.name.lower(), ("",))[0] != "country")) and
                          " " not in e.name and
                          any(m[0] < pos and _PLACE_POSSESSIVE.match(self.text, m[1])
                              for m in e.mentions)}
                if len(owners) == 1:  # "bars on Memphis' Beale Street ... The city said":
                    # the one city whose street the story names
                    return self.speaker(owners.pop(), "institution")
                if not owners and dateline is not None and core == ["city"] and \
                        lexicon.places().get(dateline.lower(), ("",))[0] not in ("country",
                                                                                 "capital") and \
                        dateline not in self.reg.entities and \
                        not any(e.kind == "institution" and e.titles & {"city", "town"}
                                for e in self.reg.entities.values()):
                    return self.speaker(dateline, "institution")  # "THESSALONIKI, Greece
                    # (Reuters) - Families protested ... The city said": the dateline's city,
                    # where the story names no other (a capital's dateline may be the
                    # country's: "TBILISI (Reuters) - A court in ... Batumi")
        if definite and (head in lexicon.titles() or " ".join(core[-2:]) in lexicon.titles()
                         or head in ("leader", "head", "chief")):
            info = lexicon.titles().get(head)
            wants_leader = head == "leader" or (info is not None and info.leader)
            best, best_pos = None, -1
            for e, m in self.reg.persons_before(pos):
                if e.kind != "person" and not (head in ORG_NOUNS and head in e.titles):
                    continue  # (a trade that is a firm's too: "The developer, Bel Ombre
                    # Coast Estates, says ... The developer said")
                fits = head in e.titles or " ".join(core) in e.titles or \
                    (wants_leader and e.leader)
                if fits and head == "minister" and len(core) >= 2 and \
                        core[-2] not in ("prime", "deputy") and core[-2] not in e.titles and \
                        " ".join(core[-2:]) not in e.titles and \
                        {w for w in e.titles if " " not in w} - {"minister"}:
                    fits = False  # "the federal home minister" is not "Kerala's chief
                    # minister": another portfolio
                if nations and e.nations and not nations & e.nations:
                    fits = False
                if fits and m[0] > best_pos:
                    best, best_pos = e, m[0]
            if best is None and nations:  # "the Russian leader" with no title seen
                for e, m in self.reg.persons_before(pos):
                    if e.kind == "person" and nations & e.nations and m[0] > best_pos:
                        best, best_pos = e, m[0]
            if best is not None:
                return self.from_entity(best, None)
            later = self._named_later(core[-2:], nations, pos)
            if later is not None:  # a lede's "the mayor", named in the next paragraph
                return self.from_entity(later, None)
            if core[-1] == "mayor" and (len(core) == 1 or core == ["deputy", "mayor"]) and \
                    len(cities := {m.group(1) for m in _CITY_OF.finditer(self.text, 0, pos)}) \
                    == 1:
                return self.speaker(f"{cities.pop()} {' '.join(core)}", "person")
                # "the Turkish city of Izmir ... the mayor told reporters", no mayor named:
                # the Izmir mayor (a bare "mayor" names no one)
            if (len(core) == 1 and head in CALLINGS) or \
                    (2 <= len(core) <= 4 and core[0] in ("former", "retired", "veteran")):
                # "banned grandmaster Arturs Kalnins ..., a ruling the player called 'a witch
                # hunt'": the one person named in this sentence or the one before (and
                # "Strachan, 47, said ... The former Scotland midfielder told BBC Scotland")
                here = self.seg.sentence_at(pos)
                near = []
                for e, m in self.reg.persons_before(pos):
                    if here - self.seg.sentence_at(m[0]) > 1:
                        break
                    if e.kind == "person":
                        near.append(e)
                if len(near) == 1:
                    return self.from_entity(near[0], None)
        if len(core) == 2 and head in SPOKES and words[0] in ("a", "an") and \
                self.seg.sentences[self.seg.sentence_at(pos)].paragraph == 0 and \
                (named := self.reg.titled_later(head, set(), pos)) is not None:
            return self.from_entity(named, None)  # a lede's "a police spokeswoman said ...
            # the spokeswoman, Konstantina Dimoglidou-Pappa, told ERT": the one named next
        if words[0] in ("a", "an") and 1 <= len(core) <= 2 and head in lexicon.titles() and \
                head not in SPOKES and \
                self.seg.sentences[self.seg.sentence_at(pos)].paragraph == 0 and \
                len(titled := [e for e in self.reg.entities.values()
                               if e.kind == "person" and head in e.titles and
                               (first := min(m[0] for m in e.mentions)) > pos and
                               self.text[max(0, first - 40):first].lower().rstrip()
                               .endswith(" ".join(core))]) == 1:
            return self.from_entity(titled[0], None)  # a lede's "a deputy mayor said ...
            # Deputy mayor Karen Lopez said": the one person the story gives that title
        if words[0] in ("a", "an") and 2 <= len(words) <= 6 and \
                (role_noun(head) or agent_noun(head)) and head not in SPOKES and \
                getattr(lexicon.titles().get(head), "kind", "role") == "role" and \
                lexicon.source_nouns().get(head) is None and \
                not any(t.is_cap(k) and _nation_of(t.word(k)) is None for k in range(a + 1, b)) \
                and self.seg.sentences[self.seg.sentence_at(pos)].paragraph == 0 and \
                (named := self._lede_person_next(pos)) is not None:
            return self.from_entity(named, None)  # a lede's "A Norwegian cross-country skier
            # ... said she would appeal. FIS disqualified Ingrid Solheim ...": the one person
            # the next paragraph names
        if words[0] in ("a", "an") and 2 <= len(words) <= 5 and \
                getattr(lexicon.titles().get(head), "kind", "") == "role" and \
                head not in SPOKES and not any(t.is_cap(k) for k in range(a + 1, b)) and \
                self.seg.sentences[self.seg.sentence_at(pos)].paragraph == 0 and \
                (named := self._described_later(words[1:])) is not None:
            return self.from_entity(named, None)  # a lede's "a space debris researcher said":
            # Ailén Ondarts, "an astrophysicist ... who tracks falling debris", named later
        if len(core) == 2 and head in SPOKES and \
                (core[0] in ORG_NOUNS or lexicon.source_nouns().get(core[0]) == "institution") \
                and \
                not any(t.is_cap(k) for k in range(a, b)) and \
                (found := self._spokesperson_of(core[0], head, pos)) is not None:
            return found  # "a company spokesperson said"
        kind = lexicon.source_nouns().get(head) or lexicon.source_nouns().get(single_head)
        if (head in DOCUMENTS or single_head in DOCUMENTS) and \
                (by := _AUTHORED_BY.match(self.text, t.spans[b - 1][1])) is not None:
            # "The lawsuit, filed by the New Bedford Fishermen's Alliance, says": its author,
            # as "The lawsuit by the Ute Tribe says" is the tribe's
            author = next((e for e in self.reg.entities.values()
                           if any(m[0] == by.end() for m in e.mentions)), None)
            if author is not None:
                return self.from_entity(author, None)
        seen = self.text.startswith((" seen by ", " obtained by ", " reviewed by "),
                                    t.spans[b - 1][1])  # ("according to a draft plan seen by
        # The Associated Press": a paper, whatever it is called)
        seen = seen or (head in CITED_PAPERS and _CITED.search(
            self.text, max(0, t.spans[a][0] - 20), t.spans[a][0]) is not None)
        # ("according to a draft budget": a paper that speaks only when cited)
        if kind == "institution" or head in DOCUMENTS or single_head in DOCUMENTS or seen:
            if definite and len(core) == 1 and kind == "institution":
                # "the Icelandic Meteorological Office said ... the office said": as it spoke
                found = self._spoke_last(lambda n: n.lower().split()[-1] == head and all(
                    w[:1].isupper() for w in n.split()), "institution")  # a proper name
                if found:
                    return found
                if head == "district":  # "Chicago Public Schools said ... The district
                    found = self._spoke_last(lambda n: n.lower().endswith(  # said": a school
                        ("public schools", "school district", "school board")),  # district
                        "institution")
                    if found:
                        return found
            # (a portfolio before the noun must be the body's too: "The transport department
            # said" is no "Department of Energy")
            portfolio = [w for w in core[:-1] if w.isalpha() and w not in WIDE_MODIFIERS]
            members = [singular(t.low[k - 1]) for k in range(a + 1, b)
                       if plural_possessive(t, k)]  # ("the referees' association")
            for e, _ in self.reg.persons_before(pos):
                if members and not all(m in e.name.lower() for m in members):
                    continue  # a body named for its members holds them in its name
                # ("the far-right National Alternative party ... The party said")
                if e.kind == "institution" and head in ("department", "ministry") and \
                        not all(w in e.name.lower() for w in portfolio):
                    continue
                if e.kind == "institution" and (head in e.name.lower().split() or (
                        definite and head in PARTY_NOUNS and head in e.titles) or
                        (head in KINDS_ABROAD and
                         KINDS_ABROAD[head] & set(e.name.lower().split())) or
                        (len(head) >= 5 and e.name.lower().endswith(head))) and \
                        (head != "government" or org_fits(head, e.name, e.titles)):
                    # (and "the museum": the Rijksmuseum, its name ending in the noun, or the
                    # Museo Nacional, in its own language; not "the government" of the Local
                    # Government Association)
                    return self.from_entity(e, None)
            if definite and head in BENCHES | RULINGS:
                # "The Court of Arbitration for Sport upheld ... the three-member panel
                # said": the court that the panel sits for (and "..., according to the
                # judgment": the court's)
                court = next((e for e, _ in self.reg.persons_before(pos)
                              if e.kind == "institution" and org_fits("court", e.name)), None)
                if court is not None:
                    return self.from_entity(court, None)
            if definite and head in DOCUMENTS and len(core) == 1:
                # "The report estimates ...": the report that spoke before
                found = self._spoke_last(lambda n: n.lower().endswith(" " + head))
                if found:
                    return found
                if head in ("statement", "letter", "post"):
                    # "In a statement, Cumberland said ... 'We are pleased,' the statement
                    # said": the statement of whoever spoke last
                    found = self._spoke_last(lambda n: True)
                    if found and self.speakers[found].kind in ("institution", "person"):
                        return found
            if definite and head in ORG_NOUNS and 3 <= len(core) <= 4 and \
                    not any(t.is_cap(k) for k in range(a, b)) and \
                    self.previous_at is not None and \
                    self.seg.sentence_at(pos) - self.seg.sentence_at(self.previous_at) <= 2 and \
                    (last := self._spoke_last(lambda n: True)) is not None and \
                    self.speakers[last].kind == "institution" and \
                    org_fits(head, last, (self.reg.entities[last].titles
                                          if last in self.reg.entities else set())):
                return last  # "the RSPB said ... according to the bird conservation
                # charity": the body that just spoke, described at more length
            if definite and head in PUBLIC_NOUNS and len(core) == 1 and self.seg.paragraphs \
                    and pos < self.seg.paragraphs[0].end and \
                    (subject := _UNNAMED_PUBLIC_SUBJECT.match(
                        self.text, self._sentence_opening(pos))) is not None:
                return self.speaker(subject.group(1), "institution")  # "The Dutch data
                # protection authority has opened an investigation ..., the regulator said":
                # the lede's own subject, a body it does not name
            if definite and head == "giant" and len(core) == 2:
                head = "company"  # "the software giant": a firm, by its trade and size (not
                # "the giant cantilevered fishing nets")
            if definite and (head in ORG_NOUNS or (head in ("house", "body") and
                                                   len(core) == 2)) and \
                    (len(core) <= 2 or (len(core) == 3 and core[0] in WIDE_MODIFIERS and
                                        head in PUBLIC_NOUNS)):
                # (and "the opera house", "the governing body", "the state gaming regulator")
                # (a body named for its members must hold them in its name: "the players'
                # union", "the referees' association" are not the Scottish Football
                # Association)
                fits = [e for e, _ in self.reg.persons_before(pos)
                        if e.kind == "institution" and e.name.lower() not in lexicon.places()
                        and "dateline city" not in e.titles  # (no company called Sydney)
                        and e.name.rsplit(" ", 1)[-1].lower() not in ROADS  # (nor a road)
                        and not all(_AREA_AFTER.match(self.text, b) for _, b, _ in e.mentions)
                        # (nor a name only ever met before "province": "from Attapeu province")
                        and not (e.titles & {"city", "town", "village", "state", "province",
                                             "region", "county"} and
                                 head not in e.titles)  # (nor a town or state the story
                        # called one: "the southern Mexican state of Chiapas")
                        and (org_fits(head, e.name, e.titles) or head in e.titles or
                             any(b <= pos and self.text[a:b].lower().endswith(" " + head)
                                 for a, b in self.mentions.get(e.name, ())) or
                             (head in PUBLIC_NOUNS and portfolio and
                              all(w in e.name.lower().split() for w in portfolio)))
                        # (or a public body named for what it regulates: "The Philippine
                        # Amusement and Gaming Corporation ..., the state gaming regulator")
                        # (or spoke as one before: "Czech Post will close ..., the
                        # state-owned company said ... The company, which ..., said")
                        and all(m in e.name.lower() for m in members)]
                if head in COMPANY_NOUNS and any(not e.titles & NOT_FIRMS for e in fits):
                    # "Conservation group Healthy Harbours Tasmania ... Salmon producer Tasman
                    # Blue ... The company said": the producer, not the group
                    fits = [e for e in fits if not e.titles & NOT_FIRMS]
                if head in ("club", "team") and len(fits) > 1:
                    # "the home game against Bristol Rovers ... the club said": not the
                    # opponents, whose every mention follows "against"
                    hosts = [e for e in fits if not all(
                        _OPPONENT_BEFORE.search(self.text, max(0, a - 12), a)
                        for a, _, _ in e.mentions)]
                    fits = hosts or fits
                # one that has acted in the story before one only named in passing
                # ("Jonas Weber of Mittel Bank said ... The company said": Lindau, not the bank)
                acted = [e for e in fits if any(m[2] for m in e.mentions)]
                # one the story called so first ("the group, Students for Justice in
                # Palestine, had crossed ... The group said"), as stance's targets have it
                called = [e for e in fits if head in e.titles]
                if head in PUBLIC_NOUNS and len(fits) == 1:
                    end = self.seg.sentences[self.seg.sentence_at(pos)].end
                    if any(pos < m[0] < end for m in fits[0].mentions):
                        fits = []  # "The energy regulator said it would investigate whether
                        # KEK had ...": a watchdog does not name itself in what it says
                if fits and not called and head in ("club", "team") and \
                        (subject := self._unnamed_org_subject(pos)) is not None and \
                        not subject.gender_votes:
                    return self.from_entity(subject, None)  # "Real Madrid has agreed to sign
                    # X from Lyon ..., the Spanish club announced": the sentence's subject, a
                    # club by a name no given name opens, not the club named after it
                if head == "team" and (national := _NATIONAL_TEAM.search(
                        self.text, self.seg.sentences[self.seg.sentence_at(pos)].start, pos)) \
                        is not None and national.group(2).lower() in lexicon.demonyms():
                    return self.speaker(national.group(1), "institution")  # "The rider, X of
                    # the Rwandan national team, was taken ..., the team said": that team
                if fits:
                    return self.from_entity((called or acted or fits)[0], None)
                placed = max(rx.compile(r"\b([A-Z][a-z]+)['’]s (?:[a-z]+ ){0,2}" +
                                        re.escape(head) + r"\b").finditer(self.text, 0, pos),
                             key=lambda m: m.start(), default=None)  # (the last one before)
                if placed is not None and _nation_of(placed.group(1)):
                    # "Turkey's central bank held ... The bank said": the body as the story
                    # described it, where it never names it
                    return self.speaker(placed.group(0), "institution")
                if head in ("union", "guild"):
                    if (later := self._lede_body(head, pos)) is not None:
                        return self.from_entity(later, None)  # a lede's "the union said":
                        # the Nova Scotia Nurses' Union the next paragraph names
                    owner = [w.rstrip("'’") for w in label.lower().split()[:-1]
                             if w.endswith(("s'", "s’"))]
                    if owner and (later := self._lede_body(head, pos, far=True,
                                                           words=frozenset(owner))) \
                            is not None and owner[0] in later.name.lower().split():
                        return self.from_entity(later, None)  # "the journalists' union
                        # says": the Slovak Syndicate of Journalists named two paragraphs on
                    return self.speaker(_label(t, 1, len(t)), "institution")  # a union the
                    # story never names is no firm named before it ("... Andes Cobre, refused
                    # a bonus, the union said")
                if head == "group" and len(core) == 1 and (found := self._spoke_last(
                        lambda n: any(self.text.startswith(("A group of ", "a group of "), a) or
                                      self.text[max(0, a - 9):a].lower() == "group of "
                                      for a, _ in self.mentions.get(n, ())))) is not None:
                    return found  # "A group of maple syrup producers in Quebec has asked ...
                    # The group ... told the court": those producers
                if head == "court":  # "A court in the Polish city of Lublin ruled ... The
                    # court said": the unnamed court that spoke under its label, no name
                    # before it ("a Catholic priest")
                    return self._spoke_last(lambda n: n.split()[0].lower() == "court" or
                                            n.lower().endswith(" court") or
                                            bool(_COURT_OF_PLACE.match(n))) or \
                        self.speaker(label, "institution")
                subject = self._unnamed_org_subject(pos)
                if subject is not None:  # "Real Madrid has agreed ..., the Spanish club said"
                    subject.kind = "institution"
                    return self.from_entity(subject, None)
                lone = self.reg.lone_name_before(pos)
                if lone is not None:  # "Everton fired its manager ... The club said"
                    lone.kind = "institution"
                    return self.from_entity(lone, None)
                last = self._spoke_last(lambda n: True)
                ent = self.reg.entities.get(last or "")
                if ent is not None and ent.kind == "person" and not ent.gender_votes and \
                        ent.name.count(" ") == 1 and \
                        ent.name.split()[0].lower() not in lexicon.given_names() and \
                        any(self.text.startswith((" its ", " it "), b) or
                            self.text.startswith((" said its ", " said it "), b)
                            for _, b, _ in ent.mentions):
                    # "Tournament organiser Riot Arena said its anti-cheat system ... the
                    # company said": the one that just spoke of its own things, a body
                    self.reg.make_body(ent)
                    return self.from_entity(ent, None)
                later = self._lede_body(head, pos, indefinite=self.text.startswith(
                    (" that ", " which "), t.spans[b - 1][1]))  # (a body the lede describes,
                # "The company that built the rocket says", may be named past a paragraph
                # that names none)
                if later is not None:
                    return self.from_entity(later, None)
            if definite and len(core) == 1:  # "the interior ministry said ... The ministry said"
                found = self._spoke_last(lambda n: n.lower().endswith(" " + head), "institution")
                if found:
                    return found
                found = self._spoke_last(
                    lambda n: head in getattr(self.reg.entities.get(n), "titles", ()),
                    "institution")
                if found:  # "The museum, the Solidarity Heritage Centre, said ... The museum
                    return found  # said": the body that spoke, called so by the story
                # "The port authority said ... according to the port": the body that the
                # noun, before an institution noun, named when it spoke
                found = self._spoke_last(lambda n: n.lower().split()[0] == head and len(
                    n.split()) == 2 and lexicon.source_nouns().get(n.lower().split()[1]) ==
                    "institution", "institution")
                if found:
                    return found
            if definite and len(core) == 2 and (found := self._spoke_last(
                    lambda n: n.lower().split()[1:] == core and
                    n.lower().split()[0] in WIDE_MODIFIERS, "institution")) is not None:
                return found  # "a local trade group said ... The trade group welcomed": the
                # body that spoke, named again without where it works
            if definite and head in TRADE_BODIES and len(core) > 2 and \
                    (later := self._lede_trade_body(core, pos)) is not None:
                return self.from_entity(later, None)  # a lede's "the national fire brigade
                # federation said": the Austrian Fire Brigade Association named next
            if definite and head in ORG_NOUNS and len(core) > 2 and \
                    (later := self._lede_body(head, pos, far=bool(
                        SUPERLATIVES & set(core)))) is not None:
                return self.from_entity(later, None)  # "the national grid operator said":
                # CENACE, the operator the next paragraph names
            if definite and head == "service" and len(core) > 2 and (
                    (later := self._runs_service(core[-2], pos)) is not None or
                    ((later := self._lede_body(head, pos, words=frozenset(core))) is not None
                     and {head, *core[-2:-1]} <= set(later.name.lower().split()))):
                return self.from_entity(later, None)  # a lede's "the regional fire service
                # said": the South Moravian Fire Rescue Service the next paragraph names,
                # its name holding what the service does (or a body said to run it: "The
                # Region of Southern Denmark, which runs the ambulance service,")
            if words[0] in ("a", "an") and head in ORG_NOUNS and \
                    (later := self._lede_body(head, pos, indefinite=True)) is not None and \
                    (lexicon.source_nouns().get(later.name.rsplit(" ", 1)[-1].lower()) !=
                     "institution" or
                     all(singular(t.low[k - 1]) in singular(later.name.lower())
                         for k in range(a + 1, b) if plural_possessive(t, k)) or
                     any(t.low[k] in later.name.lower().split() and t.low[k] != head and
                         len(t.low[k]) > 3 and t.is_word(k) for k in range(a + 1, b))):
                # (a body named for its members holds them when its name says what it is:
                # "a residents' group" is no Galle Heritage Foundation, though "a Turkish
                # teachers' union" may be Egitim-Der; unless the name holds what the body
                # does: "a pilgrims' support group" is the Shikoku Henro Support Network)
                return self.from_entity(later, None)  # "a South Korean intelligence agency,
                # which said ...": the National Intelligence Service the next paragraph names
            if words[0] in ("a", "an") and head not in ORG_NOUNS and \
                    words[1:3] not in (["group", "of"], ["number", "of"]) and \
                    (later := self._lede_namesake(words, pos)) is not None:
                # (not "A group of maple syrup producers ..., arguing": some producers, not
                # the Quebec Maple Syrup Producers federation they take to court)
                # "A Native American tribe sued ...": the Paiute-Shoshone Tribe of Fallon
                # Valley the next paragraphs name, its own name holding the noun
                return self.from_entity(later, None)
            if (words[0] in ("a", "an") or (definite and len(core) == 1)) and \
                    (head in UNNAMED_BODY_NOUNS or head in NAMED_KINDS) and \
                    (later := self._lede_body(head, pos)) is not None and \
                    not (definite and not all(
                        w in later.name.lower() for w in _owned_before(
                            self.text, self.seg.sentences[self.seg.sentence_at(pos)].start,
                            pos, head))):
                # (not "Malaysia's pardons board has halved ..., the board said": the body
                # the sentence gave by its owner, which the later name does not hold; but
                # "Ethiopia's civil aviation authority ..., the authority said" is the
                # Ethiopian Civil Aviation Authority named next)
                # (and "A Belgian museum will return ..., the museum said": the
                # AfricaMuseum the next paragraph names)
                # (and a lede's "The authority said": the Seychelles Fishing Authority the
                # next paragraphs name)
                return self.from_entity(later, None)  # "A Scottish health board will close
                # ..., it said": NHS Highland, the body the next paragraph names
            if definite and len(core) == 1 and head in TRADE_BODIES:
                later = self._lede_body(head, pos)
                if later is not None and (
                        head in later.name.lower().split() or
                        f"he {head}, {later.name}," in self.text):  # ("The association,
                    # Euskal Moneta, said": the name the story gives the body it described)
                    # a lede's "Ghana's football association has banned ..., the association
                    # said": the Ghana Football Association the next paragraph names, its
                    # name holding the noun
                    return self.from_entity(later, None)
                called = next((e for e, _ in self.reg.persons_before(pos)
                               if e.kind == "institution" and head in e.titles and
                               e.name.lower() not in lexicon.places()), None)
                if called is not None:  # "the Quebec Maple Syrup Producers federation ...
                    return self.from_entity(called, None)  # The federation defended": the
                    # body called so before
                subject = self._unnamed_org_subject(pos)
                if subject is not None and subject.kind == "institution" and \
                        not subject.titles and subject.name.lower() not in lexicon.places() and \
                        any(self.text.startswith((" has ", " had ", " will "), m[1])
                            for m in subject.mentions if m[0] < pos):
                    subject.titles.add(head)  # (so "The federation said" again is it too)
                    return self.from_entity(subject, None)  # "Athletics Kenya has annulled
                    # a javelin throw ..., the federation said": the body the clause opens on
                if (described := self._lede_body_of_place(head, pos)) is not None:
                    return self.speaker(described, "institution")  # "Uruguay's football
                    # association has docked ... The association said": the lede's body
            if head in DOCUMENTS and (len(core) == 1 or (len(core) == 2 and not definite and
                                                         core[0].isalpha())) and \
                    (definite or words[0] in ("a", "an")):  # (and "an ethics complaint")
                # "The survey by the Stone Workers Health Forum found ... It suggested": the
                # survey's author; "according to a survey ... by a workers' rights group. The
                # survey by the Stone Workers Health Forum found": the author named next
                author = self._author_after(t.spans[b - 1][1])
                if author is None and not definite:
                    author = self._document_author(head, pos)
                if author is not None:
                    return self.from_entity(author, None)
                if definite:  # "U.N. sanctions monitors said in a report seen by Reuters
                    # ... The report estimated": whoever said it in that report
                    said_in = (f" said in a {head}", f" said in an {head}",
                               f" said in its {head}", f" said in their {head}")
                    writer = self._spoke_last(
                        lambda n: any(self.text.startswith(said_in, b)
                                      for _, b in self.mentions.get(n, ()) if b <= pos))
                    if writer is not None:
                        return writer
            if definite and len(core) == 1 and \
                    (head in UNNAMED_BODY_NOUNS or head in PORTFOLIO_BODIES) and \
                    ((described := described_before(self.text, head, pos)) is not None or
                     (head in REGULATING_BODIES and
                      (described := self._lede_body_of_place(head, pos)) is not None)):
                # "X blamed the national drainage authority ... The authority rejected that.
                # In a statement, it said": the body by the story's own description (or the
                # lede's: "Slovakia's data protection office has fined ... The office said")
                return self.speaker(described, "institution")
            return self.speaker(label, "institution")
        if kind == "anonymous" or head in lexicon.titles() or head in PERSON_NOUNS or \
                YEAR_OLD.match(head) or single_head in lexicon.titles() or \
                single_head in ("leader", "head", "chief") or \
                (agent_noun(head) and (len(words) > 1 or head.endswith("s"))) or \
                ("-" in head and role_noun(head)) or \
                (head.endswith("smen") and len(head) > 6 and head.isalpha()):  # ("oarsmen",
            # "bell-players")
            # ("..., and conservationists warn": a group by what it does, one word)
            if len(core) > 1 and singular(head) == head:
                # "a key City Council member called the deal ...", then "Councilman Derek
                # Olsen, who leads the budget committee, was unmoved": the same person
                # (never a plural: "federal prosecutors" are no one prosecutor)
                later = self._named_later(core[-2:], nations, pos)
                if later is not None:
                    return self.from_entity(later, None)
            if definite:  # "a Commerce Department official said ... The official said"
                tail = " " + " ".join(core)
                # ("a Western diplomat in Kinshasa said ... the diplomat said")
                # ("two people familiar with the matter said ... The people said")
                found = self._spoke_last(lambda n: n.lower().endswith(tail) or n.lower().split(
                    " in ")[0].split(" at ")[0].endswith(tail) or
                    n.lower().startswith(tail[1:] + " "), "anonymous")
                if found:
                    return found
            if definite and len(core) == 1 and head in UNNAMED_JUDGES:
                # "Italian soccer's disciplinary judge ordered ... The judge said": the one
                # the story described, by that description
                last = None
                for m in re.finditer(rf"\b([a-z]+) {head}\b", self.text[:pos]):
                    last = m
                if last is not None and last.group(1) not in STOP and \
                        last.group(1) not in DETERMINERS and \
                        last.group(1) not in PREPOSITIONS and \
                        last.group(1) not in lexicon.reporting_verbs():
                    label = f"{last.group(1)} {head}"
            return self.speaker(label, "anonymous", self._noun_gender(head))
        return None

    def _spoke_last(self, fits: Callable[[str], bool], kind: str | None = None) -> str | None:
        """The speaker label given last that ``fits`` (and is of ``kind``): "the office",
        "the official", "the report" name whoever of that description spoke before."""
        # (whoever spoke most recently first: a lede's body that speaks again after others
        # is no earlier than they)
        for name in dict.fromkeys([*reversed(self.spoken), *reversed(list(self.speakers))]):
            if name in self.speakers and (kind is None or self.speakers[name].kind == kind) \
                    and fits(name):
                return name
        return None

    def _lede_body_of_place(self, head: str, pos: int) -> str | None:
        """:func:`lede_body_of_place` for a bare ``the <head>`` at ``pos`` past the lede."""
        paras = self.seg.paragraphs
        return lede_body_of_place(self.text, head, paras[0].end) \
            if paras and paras[0].end < pos else None

    def _sentence_opening(self, pos: int) -> int:
        """Where the words of the sentence holding ``pos`` begin: its start, or past the
        dateline block it opens with."""
        start = self.seg.sentences[self.seg.sentence_at(pos)].start
        return next((b.end for b in self.seg.blocks if b.kind == "dateline" and
                     start <= b.end < pos), start)

    def _unnamed_org_subject(self, pos: int) -> Entity | None:
        """The subject of the sentence holding ``pos`` when it is a name no given name
        opens (``Real Madrid``, not ``Antoine Lemaire``): in ``X has agreed to ..., the club
        announced`` the description names the sentence's own subject."""
        start = self._sentence_opening(pos)  # (past a dateline: "NAIROBI, Kenya (AP) —
        # Athletics Kenya has annulled ..., the federation said")
        here = []  # the mentions of this sentence before pos, latest first
        for e, m in self.reg.persons_before(pos):
            if m[0] < start:
                break
            here.append((m[0], m[2], e))
        if not here:
            return None
        at, subject, e = min(here, key=lambda x: x[0])
        first = e.first.lower()
        if _IN_PHRASE_BEFORE.search(self.text, max(start, at - 30), at):
            return None  # "Islanders on Scotland's Outer Hebrides were left ...": a place in
            # the subject's phrase, not the subject
        if subject and " " in e.name and e.name.lower() not in lexicon.places() and \
                (e.kind == "institution" or
                 (first not in lexicon.given_names() and
                  not any(x in lexicon.titles() for x in e.titles))):
            return e  # (not "The rider, Moïse Uwizeye of the Rwandan national team, ..., the
            # team said": a person the story titles, whatever their given name)
        return None

    def _titled(self, heads: list[str], nations: set[str], pos: int) -> Entity | None:
        """The person with title ``heads`` (and nationality) named last before ``pos``,
        else the one named first in the next sentences."""
        want = " ".join(heads)
        for e, _ in self.reg.persons_before(pos):
            if e.kind == "person" and (want in e.titles or heads[-1] in e.titles) and \
                    not (nations and e.nations and not nations & e.nations):
                return e
        return self._named_later(heads, nations, pos)

    def _named_later(self, heads: list[str], nations: set[str], pos: int,
                     within: int | None = None) -> Entity | None:
        """A person first named within three sentences after ``pos`` (five after the lede's,
        unless ``within`` says otherwise) whose title matches the description's last words
        (``council member`` ~ ``councilman``): news ledes describe a speaker and name them
        in the next paragraphs."""
        words = [h for h in heads if len(h) >= 4 and h not in GENERIC_ROLE_WORDS and
                 h not in ROLE_QUALIFIERS]  # ("a Republican senator": the senator, whatever
        if not words:  # the party of the first Republican named after)
            return None
        here = self.seg.sentence_at(pos)
        reach = within if within is not None else 5 if here == 0 else 3  # (a lede's
        # description may wait a few paragraphs for its name: "a former laboratory
        # assistant said" ... "Nurul Syafiqah Badrul, the former assistant")
        best, best_at = None, None
        for e in self.reg.entities.values():
            if e.kind != "person" or not e.first or not e.mentions:
                continue
            # (a lede's "the mayor" may already be one of their mentions, at ``pos``)
            if min(m[0] for m in e.mentions) < pos:
                continue
            first = min((m[0] for m in e.mentions if m[0] > pos), default=None)
            if first is None or self.seg.sentence_at(first) - here > reach:
                continue
            if nations and e.nations and not nations & e.nations:
                continue
            titles = {w for title in e.titles for w in title.split()}
            if _other_office(heads, e.titles):
                continue  # "Spain's prime minister said": not the foreign minister named next
            if any(x.startswith(h) or h.startswith(x) for h in words for x in titles
                   if len(x) >= 4) and (best_at is None or first < best_at):
                best, best_at = e, first
        return best

    def _group_before(self, pos: int) -> str:
        """Who "two" or "others" are: the plural role noun named last before ``pos`` in
        this or the two sentences before ("Seven of its 12 members ... two said"), else
        ``others``."""
        si = self.seg.sentence_at(pos)
        lo = self.seg.sentences[max(0, si - 2)].start
        t = Tokens.of(self.text, lo, pos)
        groups = [k for k in range(len(t) - 1, -1, -1)
                  if t.is_word(k) and (not t.is_cap(k) or k == 0 or
                                       t.low[k - 1] in (".", "!", "?", "”", '"', "’")) and
                  ((t.low[k].endswith("s") and t.low[k] not in QUANTIFIERS and
                    (t.low[k] != "times" or t.is_cap(k)) and  # ("five times": no Times)
                    (role_noun(t.low[k]) or agent_noun(t.low[k]) or
                     t.low[k] in GROUP_NOUNS)) or
                   t.low[k] == "people")]  # ("one of the people said. Another cautioned")
        groups.sort(key=lambda k: not agent_noun(t.low[k]) and singular(t.low[k]) not in
                    PERSON_NOUNS and k > 0 and t.is_word(k - 1) and not t.is_cap(k - 1) and
                    t.low[k - 1] not in DETERMINERS and t.low[k - 1] not in QUANTIFIERS)
        # (people before things named by a body's noun: "Fish farmers ... over plans to cover
        # ponds with solar panels, with some welcoming the rent and others saying")
        spoken = [k for k in groups if self.reg.in_quote(t.spans[k][0])]
        if spoken and len(spoken) == len(groups) and \
                (last := self._spoke_last(lambda n: n.split(" ", 1)[0].endswith("s") and
                                          n[:1].islower(), "anonymous")) is not None:
            return last  # 'Several operators said ... "Some skippers chase the whales," said
            # one. Others said': the group that spoke, not one named in its words
        for k in groups:
            # "Economists at Mirae Securities said ..., though some warned": the group as it
            # spoke (not one it spoke of: "Some students said they supported the lecturers.
            # Others said")
            w = t.low[k]
            spoke = self._spoke_last(lambda n, w=w: w in n.lower().split(), "anonymous")
            if spoke is not None:
                return spoke
        if not groups:
            return self.speaker("others", "anonymous")
        k = a = groups[0]  # "Some Halloran supporters blamed ... Others said": the group
        while a > 0 and t.is_cap(a - 1) and t.is_word(a - 1) and \
                t.low[a - 1] not in NOT_NAMES and (a - 1 > 0 or "-" in t.low[a - 1]):
            a -= 1  # (with the name before it, and a sentence's first word if hyphenated:
            # "Small-scale farmers")
        end = k + 1
        if end + 1 < len(t) and t.low[end] in ("at", "in", "from", "near"):
            j = end + 1  # "Workers at the industrial park have long complained ... said one
            while j < len(t) and j - end <= 5 and t.is_word(j) and not verb_like(t, j) and \
                    t.low[j] not in STOP:  # worker": the group with where it is
                j += 1
            if j > end + 1 and j < len(t) and (verb_like(t, j) or t.low[j] == "who") and \
                    t.low[j - 1] not in OCCASIONS:  # (not "Parents at a school board
                return self.speaker(_label(t, a, j), "anonymous")  # meeting": an occasion;
                # "Small-scale farmers in Zambia's Northern Province who sold maize ..., and
                # many said": the group with where it is, before what it did)
        return self.speaker(" ".join([*(t.word(x) for x in range(a, k)), t.low[k]]),
                            "anonymous")

    def antecedent(self, pos: int) -> str | None:
        """The name just before a relative ``who`` (``Smith, who said``), else the role
        noun phrase there (``parents who said``)."""
        e = self.reg.mention_ending_at(pos)
        lo = self.seg.sentences[self.seg.sentence_at(pos)].start
        before = self.text[lo:pos].rstrip(" ,")
        if (pair := TWO_OF_A_KIND.search(before)) is not None:  # "the CCOO and UGT unions,
            return self.speaker(f"{pair.group('a')} and {pair.group('b')}",
                                "institution")  # which"
        if e and (e.kind != "person" or " " not in e.name) and \
                (at := next((a for a, b, _ in e.mentions if pos - 3 <= b <= pos), None)) and \
                (group := _GROUP_AT.search(self.text, max(lo, at - 40), at)) is not None:
            t = Tokens.of(self.text, group.start(), pos)
            end = len(t) - (1 if len(t) and t.low[-1] == "," else 0)
            found = mention_left(t, end, 0)
            if found is not None and found[0] <= 1:  # "artisanal fishermen in Manta, who
                return self.speaker(_label(t, *found), "anonymous")  # say": the group there
        home = _FROM_PLACE_APPOSITIVE.search(self.text, lo, pos) \
            if e and self.text.startswith("who", pos) else None
        if home is not None and (person := self.reg.mention_ending_at(home.end(1))) is not None \
                and person.kind == "person" and person is not e:
            return self.from_entity(person, None)  # "said Ahmad Dweikat-Salem, 60, from the
            # village of Burin, who said": the man, not his village
        role = _ROLE_APPOSITIVE.search(self.text, lo, pos) \
            if e and (e.kind != "person" or (" " not in e.name and not e.gender_votes)) and \
            self.text.startswith("who", pos) else None  # (a one-word place the story never
        # calls he or she: "a mathematics teacher in Douala who said")
        if role is not None and (person := self.reg.mention_ending_at(role.end(1))) is not None \
                and person.kind == "person":
            return self.from_entity(person, None)  # "said Bernard Ravel, a shepherd from the
            # Hautes-Alpes department, who said": the shepherd, not the department
        if e:
            return self.from_entity(e, None)
        t = Tokens.of(self.text, lo, pos)
        end = len(t) - (1 if len(t) and t.low[-1] == "," else 0)
        if end >= 3 and t.low[end - 1].isdigit() and t.low[end - 2] == ",":
            # "said Manjunath Gowda, 29, who said he had earned": the age is his
            e = self.reg.mention_ending_at(t.spans[end - 3][1])
            if e is not None and e.kind == "person":
                return self.from_entity(e, None)
        role = _ROLE_APPOSITIVE.search(self.text, lo, pos) \
            if not self.text.startswith("which", pos) else None
        if role is not None and (e := self.reg.mention_ending_at(role.end(1))) is not None and \
                e.kind == "person":
            return self.from_entity(e, None)  # "said Jon Kuoljok, chairman of the Gabna Sami
            # village, who said": the person the role describes (but "chairman of the Mkindo
            # cane growers' association, which says": the association)
        found = mention_left(t, end, 0, skip=False) if end > 0 else None
        if found and found[1] - found[0] >= 4 and t.low[found[0] + 1] == "of" and \
                self.text.startswith("which", pos) and role_noun(t.low[found[0]]):
            found = (found[0] + 2, found[1])  # "chairman of the Mkindo cane growers'
            # association, which says": the association, not its chairman
        if found and found[0] >= 2 and t.low[found[0]] in ("a", "an") and \
                t.low[found[0] - 1] == ",":
            # "said Gul Khan, a driver who said he had been waiting": the driver is Gul Khan
            e = self.reg.mention_ending_at(t.spans[found[0] - 2][1])
            if e is not None and e.kind == "person":
                return self.from_entity(e, None)
        if found and found[1] - found[0] >= 2 and t.low[found[0]].endswith("ing") and \
                found[0] >= 1 and t.low[found[0] - 1] == "," and \
                lexicon.source_nouns().get(t.low[found[0]]) is None:
            found = (found[0] + 1, found[1])  # "..., angering fishermen who say": the
            # participle's object, the fishermen
        if found and (body := self._acronym_body(t, *found)) is not None:
            return self.from_entity(body, None)  # "the CGT union confederation, which argued"
        said = self.description(t, *found, pos) if found else None
        if said is None:  # "residents of a Houston neighbourhood who said": the residents
            of = next((k for k in range(end - 1, max(0, end - 6), -1) if t.low[k] == "of"), 0)
            if of >= 1 and _plural_role(t, of - 1):
                said = self.description(t, of - 1, of, pos)
        if said is None and end >= 1 and _plural_role(t, end - 1):
            # "over the objections of landowners who said": the landowners
            said = self.description(t, end - 1, end, pos) or \
                self.speaker(_label(t, end - 1, end), "anonymous")
        return said

    def _acronym_body(self, t: Tokens, a: int, b: int) -> Entity | None:
        """The body an acronym names inside ``the <ACRONYM> <kind>`` (``The FABI banking
        union``, ``the CGT union confederation``): its registered entity, else None."""
        if b - a < 3 or t.low[a] != "the" or t.is_cap(b - 1) or \
                not (_body_noun(t.low[b - 1]) or t.low[b - 1] in TRADE_BODIES) or \
                not (t.is_cap(a + 1) and len(t.low[a + 1]) >= 2 and
                     (t.word(a + 1).isupper() or
                      (b - a == 4 and t.low[b - 2:b] in (("trade", "union"), ("labour", "union"),
                                                          ("labor", "union"))))) or \
                not all(t.is_word(k) and not t.is_cap(k) for k in range(a + 2, b)):
            return None  # (and "The Unia trade union": a union named, then its kind)
        body = self.reg.entities.get(t.word(a + 1))
        if body is not None and body.kind == "person" and _firm_like(body) and \
                not body.first and b - a == 4:
            self.reg.make_body(body)  # ("Unia", no given name: the union's own name)
        return body if body is not None and body.kind == "institution" else None

    def _body_named(self, owner: str, noun: str) -> str | None:
        """The name the story gives someone's party (or campaign, team ...): ``Chadema`` of
        ``Mwakyembe's Chadema party``, for ``his party`` and ``Mwakyembe's party`` alike."""
        surname = re.escape(owner.split()[-1])
        m = re.search(rf"\b{surname}['’]s ((?:[A-Z][\w-]+ ){{1,3}}){re.escape(noun)}\b",
                      self.text)
        if m is not None:
            return m.group(1).strip()
        if noun == "party":  # "a move his party called ... The Republican People's Party,
            # which had chosen Yavuzoglu as its candidate": the one party the story names
            # as choosing or backing him
            m = re.search(rf"\b((?:[A-Z][\w'’-]+ ){{1,4}}Party)\b[^.]{{0,80}}"
                          rf"\b(?:chose|chosen|nominated|backed|leads|led)\b[^.]{{0,20}}"
                          rf"\b{surname}\b", self.text)
            if m is not None:
                return re.sub(r"^(?:The|A) ", "", m.group(1))
        return None

    def _other_party(self, body: Entity, pos: int) -> bool:
        """Whether the sentence holding ``pos`` already names ``body``'s kind as another
        party ("A group of maple syrup producers ... asked a court to strike down the quotas
        set by the province's producers' federation"): the group is not that body."""
        sent = self.seg.sentences[self.seg.sentence_at(pos)]
        kinds = {k for k in body.titles | {body.name.rsplit(" ", 1)[-1].lower()}
                 if k in TRADE_BODIES or k in ORG_NOUNS}
        return any(re.search(rf"\b{re.escape(k)}\b", self.text[pos:sent.end]) for k in kinds)

    def _lede_namesake(self, words: list[str], pos: int, members: bool = False
                       ) -> Entity | None:
        """A lede's ``a Native American tribe`` or ``a smaller union representing gate
        agents``: the first body named after it, in the first four paragraphs, whose name
        holds the description's body noun (``the Paiute-Shoshone Tribe of Fallon Valley``,
        ``the Gate and Ramp Workers Union``). ``members``: the words name the body's members
        (``fishermen``), as its name may (``Fishermen's Alliance``)."""
        if not self.seg.paragraphs or pos >= self.seg.paragraphs[0].end:
            return None
        nouns = set(words[1:]) if members else \
            {w for w in words[1:] if lexicon.source_nouns().get(w) == "institution"}
        if not nouns:
            return None
        here = self.seg.sentences[self.seg.sentence_at(pos)].end
        later = [(e.mentions[0][0], e) for e in self.reg.entities.values()
                 if e.kind == "institution" and e.mentions and here <= e.mentions[0][0] and
                 nouns & {re.sub(r"['’]s?$", "", w) for w in e.name.lower().split()} and
                 self.seg.sentences[self.seg.sentence_at(e.mentions[0][0])].paragraph <= 3]
        return min(later, key=lambda x: x[0])[1] if later else None

    def _document_author(self, head: str, pos: int) -> Entity | None:
        """The body a later sentence names as the author of a document first described by
        an unnamed author ("a survey ... by a workers' rights group"): "The survey by the
        Stone Workers Health Forum found", within the next two sentences."""
        si = self.seg.sentence_at(pos)
        end = self.seg.sentences[min(si + 2, len(self.seg.sentences) - 1)].end
        the = rx.compile(rf"\b[Tt]he {re.escape(head)}\b")
        m = the.search(self.text, self.seg.sentences[si].end, end)
        return self._author_after(m.end()) if m is not None else None

    def _author_after(self, at: int) -> Entity | None:
        """The body named as a document's author right after it: "(The survey) by the Stone
        Workers Health Forum", "(a report,) published by Transparency Watch"."""
        m = _BY_AUTHOR.match(self.text, at)
        if m is None and (by := _AUTHORED_BY.match(self.text, at)) is not None:
            # ("The complaint, filed with the State Ethics Commission by New Mexico Open
            # Government Watch,": its author, past where it was filed)
            return next((e for e in self.reg.entities.values() if e.kind == "institution" and
                         any(a == by.end() for a, _, _ in e.mentions)), None)
        if m is None:
            return None
        name = m.group(1)
        while name.endswith((" of", " for", " and", " on")):
            name = name.rsplit(" ", 1)[0]
        ent = self.reg.entities.get(name)
        return ent if ent is not None and ent.kind == "institution" else None

    def _lede_trade_body(self, core: list[str], pos: int) -> Entity | None:
        """A lede's trade body described by what it is (``the national fire brigade
        federation``): the first body the next two paragraphs name that is one too and
        shares two of the description's words (``Austrian Fire Brigade Association``)."""
        if not self.seg.paragraphs or pos >= self.seg.paragraphs[0].end:
            return None
        words = {w for w in core[:-1] if len(w) > 3 and w not in WIDE_MODIFIERS}
        here = self.seg.sentences[self.seg.sentence_at(pos)].end
        later = [(e.mentions[0][0], e) for e in self.reg.entities.values()
                 if e.kind == "institution" and e.mentions and here <= e.mentions[0][0] and
                 " " in e.name and e.name.rsplit(" ", 1)[-1].lower() in TRADE_BODIES and
                 len(words & set(e.name.lower().split())) >= min(2, len(words)) and words and
                 self.seg.sentences[self.seg.sentence_at(e.mentions[0][0])].paragraph <= 2]
        return min(later, key=lambda x: x[0])[1] if later else None

    def _runs_service(self, kind: str, pos: int) -> Entity | None:
        """The body said to run a service of ``kind`` where the first three paragraphs name
        it after ``pos`` (``The Region of Southern Denmark, which runs the ambulance
        service,``): what a lede's "the regional ambulance service" stands for."""
        if ", which " not in self.text or len(self.seg.paragraphs) < 2:
            return None
        runs = rx.compile(rf", which (?:runs|operates|manages) (?:the|its) (?:[a-z-]+ )?"
                          rf"{re.escape(kind)} service\b")
        end = self.seg.paragraphs[min(2, len(self.seg.paragraphs) - 1)].end
        return min(((a, e) for e in self.reg.entities.values() if e.kind == "institution"
                    for a, b, _ in e.mentions if pos < a < end and runs.match(self.text, b)),
                   default=(0, None), key=lambda x: x[0])[1]

    def _lede_body(self, head: str, pos: int, far: bool = False,
                   words: frozenset[str] = frozenset(), indefinite: bool = False
                   ) -> Entity | None:
        """A lede's description of a body (``the company said``, ``Australia's consumer
        watchdog sued``) that the next paragraph names (``Xcel Energy, which ...``, ``The
        Australian Competition and Consumer Commission said``): the first body named after
        ``pos``, in the first two paragraphs, that ``the <head>`` can mean. A one-word name
        taken so is registered as a body from then on. ``indefinite``: the lede said "a
        consumer group", which may be named a paragraph later where the next names no
        body."""
        if not self.seg.paragraphs or pos >= self.seg.paragraphs[0].end:
            return None
        at = pos + 4 if self.text.startswith(("the ", "The "), pos) else pos
        if not far and (national := _NATIONAL_BODY.match(self.text, at)) is not None and \
                head in national.group(1).split():
            far = True  # (the country's regulator, named in the third paragraph)
        # (a one-word name with no he or she that opens the next paragraph as its subject,
        # "Eskom-Vaal said in a statement", is the body too)
        here = self.seg.sentences[self.seg.sentence_at(pos)].end
        paras = self.seg.paragraphs
        reach = 2 if len(paras) > 2 and self.text[paras[1].start:paras[1].start + 1] in \
            ('"', "“") else 1  # (past a second paragraph that is someone's quote)
        if far:  # "the country's largest producer warned": a body that will be named,
            reach = 3  # though the story may first give the news and the minister's word
        elif indefinite and len(paras) > reach + 1 and not any(
                e.kind == "institution" and paras[1].start <= e.mentions[0][0] < paras[reach].end
                for e in self.reg.entities.values() if e.mentions):
            reach += 1  # (a body a lede's "a consumer group" stands for, past a paragraph
            # that names none: "... Mayor X said ... The consumer association Consumatori
            # Uniti said")
        # (not one the sentence itself names after it: "the team reported in the journal
        # Nature Medicine", "The team said Ruiz would miss the final")
        dateline = dateline_place(self.text, self.seg)  # (the town, no body: "STORNOWAY,
        # Scotland (AP) - ..., the operator said ... Shops in Stornoway said")
        def first(e: Entity) -> int:
            """Where a body is first named in full ("Switzerland's Gruyere cheese" is no
            mention of the Interprofession du Gruyere named next)."""
            return min((m[0] for m in e.mentions if " " in e.name and
                        self.text.startswith(e.name, m[0])), default=e.mentions[0][0])

        later = [(first(e), e) for e in self.reg.entities.values()
                 if e.mentions and here <= first(e) and
                 not (far and self.reg.in_quote(first(e))) and
                 e.name.lower().removesuffix("s") not in lexicon.demonyms() and  # (no
                 # people: "Americans")
                 (e.kind == "institution" or
                  ((" " not in e.name or (e.name.count(" ") == 1 and not e.titles and
                                          e.name.split()[0].lower() not in
                                          lexicon.given_names())) and
                   not e.gender_votes and e.mentions[0][2] and
                   e.name.lower() not in lexicon.given_names() and
                   not self.reg.in_quote(first(e)) and
                   not re.search(r"[A-Z][\w-]* of $", self.text[max(0, first(e) - 30):first(e)])
                   and  # (nor the end of a longer name: "the traditional Eye of Osiris")
                   (" " in e.name or
                    not re.search(rf"(?<![\w-]){re.escape(e.name.lower())}(?![\w-])",
                                  self.text)))) and
                 # (not a common noun opening a sentence: "Inflation fell ...", the word the
                 # story writes in lower case elsewhere)
                 (org_fits(head, e.name, e.titles) or
                  (head == "union" and "institute" in e.name.lower().split())) and
                 e.name.lower() not in lexicon.places() and e.name != dateline and
                 # (nor a place the story names as one: "the village's education board
                 # said ... the village of Kamiyana", the board and not the village)
                 (head in MUNICIPALITIES or head in ("government", "administration") or
                  not e.titles & {"town", "city", "village", "municipality", "borough"}) and
                 e.name.lower() + "." not in lexicon.places() and  # ("U.S": no operator)
                 e.name.rsplit(" ", 1)[-1].lower() not in STREETS and  # (nor a street:
                 # "whose grandfather was born on Lighthouse Street")
                 (e.name.lower() == head or e.name.lower() not in lexicon.institution_nouns())
                 and self.seg.sentences[self.seg.sentence_at(first(e))].paragraph
                 <= reach + (head in e.titles) and
                 not taken_to(self.text, [a for a, _, _ in e.mentions]) and
                 not _modifier_opening(self.text, e) and
                 not (e.kind != "institution" and _trade_set_after(self.text, e))]
        # (nor a court a case is only to be taken to: "A Dutch appeals court ruled ... KLM
        # would study an appeal to the Supreme Court")
        # (nor a bare noun taken as a name: "Board chair Linda Morrow" names no group)
        # (a union may be named an institute: "their largest union said ... The Educational
        # Institute of Scotland said")
        if not later:
            return None
        own = {_SAME_WORD.get(w, w) for w in words} - {head}
        kin = [(at, e) for at, e in later
               if own & {_SAME_WORD.get(w, w) for w in e.name.lower().split()}] if own else []
        later = kin or later  # (one whose name holds the description's own word: "the
        # region's largest cooperative group" is the Nunavik Co-op Alliance, not a shipping
        # firm named first)
        called = [(at, e) for at, e in later if head in e.titles]
        body = min(called or later, key=lambda x: x[0])[1]  # (the one the story calls so:
        # "Denmark's security service said ... Aalborg University ... The security service,
        # PET, said": PET)
        if body.kind != "institution":
            self.reg.make_body(body)
        return body

    def _spokesperson_of(self, noun: str, spokes: str, pos: int) -> str | None:
        """The spokesperson of the body named before ``pos`` that ``the <noun>`` can mean
        ("a company spokesperson", "a spokeswoman for the group"), labelled with its name."""
        if noun in PORTFOLIO_BODIES and \
                (spoke := self._spoke_last(lambda n: n.lower().endswith(" " + noun) and
                                           n.islower(), "institution")) is not None:
            # "The economy ministry said ... a ministry spokeswoman said": that ministry's
            return self.speaker(f"{spoke} {spokes}", "anonymous", self._noun_gender(spokes))
        body = next((e for e, _ in self.reg.persons_before(pos)
                     if (e.kind == "institution" or (noun in COMPANY_NOUNS and _firm_like(e) and
                                                     2 <= len(e.name.split()) <= 3))
                     and e.name.lower() not in lexicon.places() and org_fits(noun, e.name) and
                     (noun not in PORTFOLIO_BODIES or
                      noun in e.name.lower().split())),  # (no firm is a ministry)
                    None)
        if body is not None and body.kind != "institution":
            # "Meridian Aero said it regretted ... A spokeswoman for the company said": a
            # name no given name opens, never a he or she, is the company meant
            self.reg.make_body(body)
        return None if body is None else \
            self.speaker(f"{body.name} {spokes}", "anonymous", self._noun_gender(spokes))

    def _noun_gender(self, head: str) -> str:
        info = lexicon.titles().get(head)
        return info.gender if info else "unknown"

    def name_of(self, name: str, pos: int) -> str | None:
        return self.reg.full_name(name, pos)

    def mention(self, quote: Quote, previous: str | None) -> str | None:
        ms, me = quote.mention_start, quote.mention_end
        assert ms is not None and me is not None
        t = Tokens.of(self.text, ms, me)
        if not len(t):
            return previous
        if len(t) == 1 and t.low[0] in ("he", "she", "they", "it", "we", "i", "you"):
            return self.pronoun(t.low[0], ms, quote, previous)
        if len(t) == 1 and t.low[0] in ("who", "which", "that") and t.word(0) != "WHO":
            return self.antecedent(ms)
        if len(t) == 1 and t.word(0) == "WHO":  # "the WHO said": the acronym, a body
            return self.speaker("WHO", "institution")
        if len(t) == 2 and t.low[0] == "its" and t.low[1] in OWNERS | {"management"} and \
                self.text.endswith(", ", 0, ms):
            here = self.seg.sentence_at(ms)
            subject = next((e for e, m in self.reg.persons_before(ms) if m[2] and
                            self.seg.sentence_at(m[0]) == here), None)
            if t.low[1] == "management" and subject is not None and \
                    subject.kind == "institution" and \
                    subject.name.lower() not in lexicon.places():
                return self.from_entity(subject, None)  # "Durmitor National Park will cut
                # ..., its management said": the park
            if t.low[1] in OWNERS and (subject is None or subject.kind != "institution" or
                                       subject.name.lower() in lexicon.places()) and \
                    ((later := self._lede_body("company", ms)) is not None or
                     ((later := self._lede_body(t.low[1], ms)) is not None and
                      t.low[1] in later.titles)):
                return self.from_entity(later, None)  # "The only export abattoir on the
                # island will close, its owner said ... Sarakata Meat Company said": the firm
                # the next paragraph names (or titles so: "The paper's owner, Maplecrest Media
                # Group,")
        pair = _NAMED_PAIR.match(self.text, me) if t.low[-1].endswith("s") else None
        if pair is not None and (left := self.reg.entities.get(pair.group(1))) is not None and \
                left.kind == "institution":
            return self.speaker(f"{pair.group(1)} and {pair.group(2)}", "institution")  #
            # "Zimbabwe's two largest mobile operators, Zimlink Mobile and Telmax, ...,
            # saying": the two the description names
        cut = next((x for x in range(1, len(t) - 1) if _reduced_relative(t, x)), None)
        if cut is not None:
            return self.speaker(_label(t, 0, cut), "anonymous")  # "Two of the women picked
            # ahead of her said", "Residents interviewed by Reuters said": the group, not
            # who picked or interviewed them
        if len(t) >= 4 and t.low[0] == "the" and t.low[1] in ORG_NOUNS and \
                t.low[2] in ("in", "at") and all(t.is_cap(k) for k in range(3, len(t))):
            found = self.description(t, 0, 2, ms)  # "The court in Amsterdam said": the
            if found is not None and found != t.low[1]:  # court named before (else the
                return found  # label with its place)
        where = next((k for k in range(2, len(t) - 1) if t.low[k] in ("in", "from") and
                      all(t.is_cap(x) or (x == k + 1 and t.low[x] in COMPASS)
                          for x in range(k + 1, len(t)))), None) \
            if t.low[0] in ("a", "an") else None
        if where is not None and \
                (" ".join(t.low[where + 1:]) in lexicon.places() or
                 (t.low[where + 1] in COMPASS and
                  " ".join(t.low[where + 2:]) in lexicon.places())) and \
                all(t.is_word(x) and not t.is_cap(x) for x in range(1, where)) and \
                (found := self.description(t, 0, where, ms)) is not None and \
                found != _label(t, 0, where):
            return found  # a lede's "A chain of fertility clinics in South Korea has
            # admitted" (or "A koala hospital in southeast Queensland ... says"): the body the
            # story names next, wherever it is
        both = next((k for k in range(2, len(t) - 1) if t.low[k] == "and"), None)
        if both is not None and t.is_cap(both - 1) and t.is_cap(both + 1) and \
                t.is_cap(len(t) - 1) and len(t) <= 12 and all(
                    t.is_cap(k) or t.low[k] in ("the", "of", "for", "and")
                    for k in range(len(t))) and \
                (left := self.reg.mention_ending_at(t.spans[both - 1][1])) is not None and \
                left.kind == "institution" and \
                (right := self.reg.mention_ending_at(t.spans[len(t) - 1][1])) is not None and \
                right.kind == "institution" and left is not right:
            # "..., the World Health Organization and UNICEF said": both, as one speaker
            return self.speaker(f"{left.name} and {right.name}", "institution")
        if len(t) == 3 and t.low[0] in ("a", "an") and t.low[2] in ("court", "tribunal") and \
                t.is_cap(1) and t.is_word(1) and \
                lexicon.places().get(t.low[1], ("",))[0] in ("city", "capital"):
            return self.speaker(f"{t.word(1)} {t.low[2]}", "institution")  # "A Berlin court
            # ruled": a court, as "A German court" is, not the city
        if len(t) >= 4 and t.low[0] in ("the", "a", "an") and \
                _COURT_OF_PLACE.fullmatch(_label(t, 0, len(t))):
            return self.speaker(_label(t, 0, len(t)), "institution")  # "The administrative
            # court of the canton of Zurich ruled": the court, not the canton
        if body_of_state_end(t, 0, len(t)) == len(t):
            of = t.low.index("of")
            kind = next(x for x in range(of + 2, len(t)) if t.low[x] in SERVED_REGION_KINDS)
            place = " ".join(t.word(x) for x in range(kind + 2, len(t)))
            return self.speaker(f"{place} {_label(t, 1, of)}", "institution")  # "The food
            # safety department of the state of Telangana said": the Telangana food safety
            # department, not the state
        if len(t) == 2 and t.low[1] == "sides" and t.low[0] in ("both", "all"):
            return self.speaker(f"{t.low[0]} sides", "anonymous")  # "..., both sides said"
        if 2 <= len(t) <= 3 and t.low[0] == "the" and t.low[-1] == "park" and \
                not t.is_cap(len(t) - 1):
            park = next((e for e, _ in self.reg.persons_before(ms) if e.kind == "institution"
                         and e.name.endswith(" Park")), None)  # ("Plitvice Lakes National
            # Park will double its fee, the park said": the park named; else by the words)
            if park is not None:
                return self.from_entity(park, None)
            said = next((n for n in self.speakers if n.lower().endswith("park")), None)
            return said or self.speaker(_label(t, 0, len(t)), "institution")  # (and "The
            # park said" after "the national park said": the same park)
        if len(t) >= 2 and t.is_word(len(t) - 1) and not t.is_cap(len(t) - 1) and \
                _PEOPLE_ASIDE.match(self.text, me):
            return self.speaker(_label(t, 0, len(t)), "anonymous")  # "Jeju island's
            # haenyeo, the women who free-dive for shellfish, say": the group by its own word
        if (joint := _JOINT_AUTHORS.fullmatch(self.text, ms, me)) is not None:
            return self.speaker(f"{joint.group(1)} and {joint.group(2)}", "institution")
            # "according to a count by WWF Mexico and the national protected areas
            # commission": both authors, as one source
        if len(t) >= 2 and t.low[-1] in ("station", "stations") and t.low[-2] in BROADCASTING:
            return self.speaker(_label(t, 0, len(t)), "institution")  # "Several private radio
            # stations have said": broadcasters, by their kind
        if len(t) >= 2 and t.low[-1] == "states" and not t.is_cap(len(t) - 1):
            return self.speaker(_label(t, 0, len(t)), "institution")  # "Three Nigerian
            # states", "EU member states": the states together, no one of them
        if (two := _TWO_DESCRIBED.search(self.text, ms, me)) is not None and \
                two.end() == me and self.seg.paragraphs and ms < self.seg.paragraphs[0].end and \
                (named := rx.compile(r"\b[Tt]he " + two.group(1) + r", ([A-Z][\w&'’.-]*(?: "
                                     r"[A-Z][\w&'’.-]*)*) and ([A-Z][\w&'’.-]*(?: "
                                     r"[A-Z][\w&'’.-]*)*),").search(self.text, me)) is not None:
            return self.speaker(f"{named.group(1)} and {named.group(2)}", "institution")
            # a lede's "Genoa's two Serie A clubs said": "The clubs, Genoa CFC and Sampdoria,"
            # as the story names them next
        if (pair := TWO_OF_A_KIND.search(self.text, max(0, ms - 40), me)) is not None and \
                pair.end() == me and pair.start() <= ms + 1:
            return self.speaker(f"{pair.group('a')} and {pair.group('b')}", "institution")
            # "The CCOO and UGT unions said": both, as one speaker
        appositive = _BODY_APPOSITIVE.match(self.text, me)
        if appositive is not None and (t.low[0] in ("the", "its", "their", "a", "an") or
                                       t.low[0].endswith(("'s", "’s"))) and \
                not any(t.is_cap(k) for k in range(1, len(t))) and \
                (body := self.reg.entities.get(appositive.group(1))) is not None and \
                body.kind == "institution":
            return self.from_entity(body, None)  # "The pilots' union, the Air Line Pilots
            # Association, praised": the body the description is named as (and "A patients'
            # group, the Spanish Federation of Ocular Health, said")
        described = next((k for k in range(1, min(len(t), 4))
                          if (t.low[k] in ORG_NOUNS or t.low[k] in ("authority", "regulator"))
                          and (k + 1 == len(t) or t.low[k + 1].endswith("ing"))), None) \
            if len(t) >= 2 and t.low[0] == "the" and \
            all(t.is_word(x) and not t.is_cap(x) for x in range(1, len(t))) else None
        if described is not None and described >= 2 and \
                not any(e.kind == "institution" and e.name.lower() not in lexicon.places() and
                        org_fits(t.low[described], e.name, e.titles)
                        for e, _ in self.reg.persons_before(ms)) and \
                (body := self._lede_body(t.low[described], ms, far=bool(
                    SUPERLATIVES & set(t.low[1:described])))) is not None:
            return self.from_entity(body, None)  # a lede's "the state-owned shipyard building
            # them said ... Ferguson Marine said": the body the next paragraph names
        owner = len(t) >= 4 and t.low[1] in ("owner", "owners")
        if len(t) >= 4 and t.low[0] == "the" and (t.low[1] in ORG_NOUNS or owner) \
                and t.low[2] == "of" and (body := self._lede_body(
                    "company" if owner else t.low[1], ms)) is not None:
            return self.from_entity(body, None)  # "The operator of Melbourne's busiest toll
            # road said ... Citylink Holdings said": the body the next paragraph names (and
            # "The owner of a nickel processing plant ... said": the firm named next)
        if len(t) >= 4 and t.low[0] == "the" and t.low[1] in lexicon.titles() and \
                t.low[2] == "of" and (t.low[3] in ("a", "an") or t.is_cap(3)) and \
                self.seg.sentences[self.seg.sentence_at(ms)].paragraph <= 1 and \
                (held := next((e for e in self.reg.entities.values() if e.kind == "person" and
                               t.low[1] in e.titles and any(m[0] == ms for m in e.mentions)),
                              None) or self.reg.titled_later(t.low[1], set(), ms)) is not None:
            return self.from_entity(held, None)  # a lede's "The chief of a northern Manitoba
            # First Nation said ... Chief Raymond Flett said": the holder named next (and
            # "The governor of Argentina's Santa Fe province accused ..., saying")
        if len(t) >= 3 and t.low[0] == "the" and POSSESSIVE.match(t.low[1]) and \
                t.low[-1] in OWNERS and not t.is_cap(1) and "of" not in t.low[2:] and \
                all(not t.is_cap(k) or t.low[k] in lexicon.demonyms() for k in range(2, len(t))) \
                and (body := self._lede_body(t.low[-1], ms)) is not None:
            return self.from_entity(body, None)  # "the ship's Greek owner said ... Aegean
            # Star Shipping said": the firm the next paragraph names (not "the city's
            # association of coffee house owners": the owners are its members)
        if (body := self._acronym_body(t, 0, len(t))) is not None:
            return self.from_entity(body, None)  # "The FABI banking union said": FABI
        if len(t) == 1 and t.is_cap(0) and t.low[0].endswith(("ers", "ors")) and \
                agent_noun(t.low[0]) and t.low[0] not in lexicon.given_names() and \
                self.seg.sentences[self.seg.sentence_at(ms)].start == ms and \
                re.search(rf"\b{re.escape(t.low[0])}\b", self.text) is not None:
            return self.speaker(_label(t, 0, 1), "anonymous")  # "Gatherers, many of them
            # pensioners, said", where the story also says "gatherers may collect": a group by
            # what they do, capitalised only as the sentence's first word (a surname such as
            # "Sanders" is never written in lower case)
        if 2 <= len(t) <= 4 and t.is_cap(0) and t.low[0] not in lexicon.given_names() and \
                not POSSESSIVE.match(t.low[0]) and \
                ((ent := self.reg.entities.get(t.word(0))) is None or
                 all(m[0] == ms for m in ent.mentions)) and \
                all(t.is_word(k) and not t.is_cap(k) for k in range(1, len(t))) and \
                t.low[-1].endswith("s") and (agent_noun(t.low[-1]) or role_noun(t.low[-1])) \
                and t.low[0] not in lexicon.places() and not _nation_of(t.low[0]) and \
                (self.seg.sentences[self.seg.sentence_at(ms)].start == ms or
                 self.text[:ms].rstrip()[-1:] in ("“", '"', "—", ":")):
            return self.speaker(_label(t, 0, len(t)), "anonymous")  # "Cattle breeders
            # said", "Young content creators criticised": a group by what they do
        if len(t) >= 4 and t.is_cap(0) and t.low[0] not in lexicon.given_names() and \
                ((ent := self.reg.entities.get(t.word(0))) is None or
                 all(m[0] == ms for m in ent.mentions)) and t.low[0] not in lexicon.places() \
                and not _nation_of(t.low[0]) and \
                any(all(t.is_word(x) and not t.is_cap(x) for x in range(1, h + 1)) and
                    t.low[h].endswith("s") and (agent_noun(t.low[h]) or role_noun(t.low[h])) and
                    t.low[h + 1] in ("in", "at", "from", "on", "near", "around", "among",
                                     "along")
                    for h in (1, 2) if h + 2 < len(t)) and \
                self.seg.sentences[self.seg.sentence_at(ms)].start == ms:
            return self.speaker(_label(t, 0, len(t)), "anonymous")  # "Avocado growers in the
            # western Mexican state of Michoacán said", "Small mezcal producers in the southern
            # Mexican state of Oaxaca say": a group by trade and place
        if (office := _named_office(t)) is not None:
            return self.speaker(office, "institution")  # "The United Nations human rights
            # office said": the office, named by its body and what it does
        given = _FIRST_NAME_AFTER.match(self.text, me)
        if given is not None:  # ("a student who gave only her first name, Nino,")
            return self.speaker(given.group(2), "person",
                                PRONOUN_GENDER.get(given.group(1), "unknown"),
                                None, (given.start(2), given.end(2)))
        alias = _ALIAS_AFTER.match(self.text, me)
        if alias is not None and (found := self.name_of(alias.group(1), alias.start(1))) and \
                found in self.reg.entities:
            # "The rebels' chief negotiator, who uses the alias Pablo Tejada,"
            return self.from_entity(self.reg.entities[found], None)
        if len(t) >= 3 and t.low.count("and") == 1 and t.is_cap(0) and \
                t.is_cap(len(t) - 1) and \
                all(t.is_cap(k) or t.low[k] in ("and", ".") for k in range(len(t))) and \
                not _names_body([t.word(k) for k in range(len(t))]):
            # "The two companies, Mahadev Masala and Sunrise Spices, have denied": both,
            # as one speaker
            return self.speaker(" ".join(t.word(k) for k in range(len(t)) if t.low[k] != "."),
                                "institution")
        if len(t) >= 3 and "and" in t.low[1:-1] and not t.is_cap(len(t) - 1) and \
                not any(t.is_cap(k) for k in range(1, len(t))):
            # "activists and a doctors' group said": two unnamed groups, as one speaker
            return self.speaker(_label(t, 0, len(t)), "anonymous")
        if len(t) in (2, 3) and t.low[0] in ("the", "those", "these") and \
                ONE_OF.search(self.text, max(0, ms - 12), ms):
            # "One of the people said": one of a group that spoke before
            head = t.low[-1]
            found = self._spoke_last(lambda n: head in n.lower().split())
            if found:
                return found
        if (t.low[-1] in QUANTIFIERS or (t.low[-1] in ("one", "another") and len(t) == 1)) and \
                (len(t) == 1 or t.low[-2] in ("the", "other")):
            return self._group_before(ms)  # "two said", "the others said", "Another
            # cautioned"; not "a mother of three"
        if len(t) == 2 and t.low[0] == "one" and t.is_word(1) and not t.is_cap(1) and \
                (agent_noun(t.low[1]) or role_noun(t.low[1])) and \
                t.low[1] not in ("woman", "man", "person") and \
                QUOTE_END_BEFORE.search(self.text, max(0, ms - 20), ms):
            group = self._group_before(ms)  # 'Many subscribers reacted angrily. "...," one
            if group != "others":  # user wrote': one of the group the story named (but
                # "said one woman, who asked not to be named" is a woman of her own)
                return group
        if len(t) == 2 and t.low[0] in ("his", "her") and \
                (t.low[1] in SPOKES or t.low[1] in OWN_BODIES):
            # "His office said": the office of the man named last
            want = PRONOUN_GENDER[t.low[0]]
            owner = next((e for e, _ in self.reg.persons_before(ms)
                          if e.kind == "person" and e.gender == want and " " in e.name), None)
            if owner is not None:
                kind = "institution" if t.low[1] in OWN_BODIES else "anonymous"
                named = self._body_named(owner.name, t.low[1])
                return self.speaker(named or f"{owner.name}'s {t.low[1]}", kind,
                                    self._noun_gender(t.low[1]))
        if len(t) == 2 and t.low[0] in ("his", "her", "their") and \
                singular(t.low[1]) in lexicon.titles() and t.low[1] not in SPOKES and \
                (later := self._named_later([singular(t.low[1])], set(), ms, 8)) is not None:
            # "Police have detained a journalist, her lawyer said. ... her lawyer, Elchin
            # Sadigov, called ...": the holder of that role named in the next sentences (and
            # "their lawyers said" the one lawyer the story names)
            return self.from_entity(later, None)
        if 2 <= len(t) <= 5 and t.low[-2].endswith(("'s", "’s")) and t.is_cap(len(t) - 2) and \
                all(t.is_cap(k) and t.is_word(k) for k in range(len(t) - 1)) and \
                t.low[-1] in ("lawyer", "attorney") and \
                (later := self._named_later([t.low[-1]], set(), ms, 2)) is not None:
            # "Wijeratne-Silva's lawyer said ... the lawyer, Ruwan Jayasuriya-Mendis, told
            # AFP": the one lawyer the next sentences name (but "Otxoa's lawyers said": more
            # than the one named)
            return self.from_entity(later, None)
        if len(t) >= 2 and t.low[0] in ("its", "their") and \
                (t.low[-1] in ORG_NOUNS or t.low[-1] in ("association", "federation")) and \
                not any(t.is_cap(k) for k in range(1, len(t))) and \
                (later := self._lede_body(t.low[-1], ms)) is not None:
            # "Air France pilots will strike ..., their main union said": the union the
            # next paragraph names
            return self.from_entity(later, None)
        if len(t) >= 2 and t.low[0] == "its" and all(t.is_word(k) and not t.is_cap(k)
                                                     for k in range(1, len(t))) and \
                (" ".join(t.low[1:]) in lexicon.titles() or t.low[-1] in SPOKES):
            # "Nvidia declined to comment. Its chief executive has said": the body's,
            # unless the next sentences name its holder ("its mayor announced ... Mayor
            # Alexander Huber said")
            later = self._named_later(list(t.low[1:]), set(), ms)
            if later is not None:
                return self.from_entity(later, None)
            if " ".join(t.low[1:]) in lexicon.titles() and \
                    (named := self._lede_named(t, ms, owned=True)) is not None:
                return named  # a lede's "its chief executive told staff in a letter" is
                # the person the next paragraph opens with ('"...," Anouk Verbeek-Smit wrote')
            org = next((e for e, _ in self.reg.persons_before(ms) if e.kind == "institution"
                        and e.name.lower() not in lexicon.places()), None)
            if org is not None:
                return self.speaker(f"{org.name} {' '.join(t.low[1:])}", "anonymous",
                                    self._noun_gender(t.low[-1]))
        if len(t) >= 2 and t.low[0] == "its" and all(t.is_word(k) and not t.is_cap(k)
                                                     for k in range(1, len(t))) and \
                lexicon.source_nouns().get(t.low[-1]) == "institution":
            # "Egypt ... reacted angrily. Its foreign ministry said": the country's ministry
            if t.low[-1] in DOCUMENTS or t.low[-1] in ("website", "site", "accounts"):
                st, subject = self._subject_before(ms)
                head = st.low[subject[1] - 1] if subject is not None and \
                    st.low[subject[0]] == "the" and subject[1] - subject[0] == 2 else None
                spoke = self._spoke_last(lambda n: n.lower().split()[-1] == head,
                                         "institution") if head else None
                if spoke is not None:
                    return spoke  # "The fund ... owned 0.8% of the company, according to its
                    # website": the fund that spoke, whose website it is
            here = self.seg.sentence_at(ms)
            owner = next((e for e, m in self.reg.persons_before(ms) if e.kind == "institution"
                          and m[2] and self.seg.sentence_at(m[0]) == here and
                          e.name.lower() not in lexicon.demonyms()), None) \
                if self.text.endswith(", ", 0, ms) else None
            # ("Uruguay has asked the bloc to block Argentina's bid ..., its foreign ministry
            # said": the clause's subject owns the ministry, not the country named last)
            owner = owner or next((e for e, m in self.reg.persons_before(ms)
                                   if e.kind == "institution" and
                                   here - self.seg.sentence_at(m[0]) <= 1), None)
            if owner is not None:
                return self.speaker(f"{owner.name}'s {' '.join(t.low[1:])}", "institution")
        if t.low[-2:] == ("city", "hall") and len(t) - (t.low[0] == "the") == 2 and \
                (seat := self._spoke_last(lambda n: n.lower().endswith(" city hall") and
                                          n[:1].isupper())) is not None:
            return seat  # "Tbilisi city hall has closed ... City hall said": the same seat
        if len(t) == 2 and t.low[0] in ("a", "an") and t.low[1] in SPOKES and \
                self.text.endswith(", ", 0, ms):
            st, subject = self._subject_before(ms)
            body = next((e for e, m in self.reg.persons_before(ms)
                         if e.kind == "institution" and
                         st.spans[subject[0]][0] <= m[0] < st.spans[subject[1] - 1][1]),
                        None) if subject else None
            if body is not None and body.name != previous and \
                    body.name.lower() not in lexicon.places():
                # "The Commission has given Slovenia two months ..., a spokesman said": the
                # body the reported clause is about speaks, not the one quoted before
                return self.speaker(f"{body.name} {t.low[1]}", "anonymous",
                                    self._noun_gender(t.low[1]))
        if len(t) == 2 and t.low[0] in ("a", "an") and t.low[1] in SPOKES:
            # "The Liver Health Foundation said ... 'No doubt,' a spokesperson said"
            prev = self.speakers.get(previous or "")
            near = self.previous_at is not None and \
                self.seg.sentence_at(ms) - self.seg.sentence_at(self.previous_at) <= 1
            if prev is not None and near and prev.kind == "institution":
                return self.speaker(f"{previous} {t.low[1]}", "anonymous",
                                    self._noun_gender(t.low[1]))
            if prev is not None and near and previous.endswith(" " + t.low[1]):
                return previous  # the same spokeswoman, in the next sentence
            if (last := self._sentence_before_opening(ms)) is not None and \
                    (body := self._body_subject(last)) is not None and \
                    body.lower() not in lexicon.places():
                # "The Kremlin denied any link to the law. A spokesman said": the body the
                # sentence before opens on speaks through them
                return self.speaker(f"{body} {t.low[1]}", "anonymous",
                                    self._noun_gender(t.low[1]))
        # "police in the canton of Valais": the police, wherever they serve
        if len(t) >= 6 and t.low[-3] in REGION_NOUNS and t.low[-2] == "of" and \
                t.low[-4] == "the" and t.low[-5] in ("in", "of", "for") and \
                t.is_cap(len(t) - 1) and (role_noun(t.low[-6]) or agent_noun(t.low[-6])) and \
                len(t) - 6 <= 1 and not trade_plural(t.low[-6]) and \
                not (agent_noun(singular(t.low[-6])) and not role_noun(t.low[-6])):
            # (not "a doctor at the hospital in the city of Gulu": a place that says where
            # the hospital is, as "in the port city of Hodeidah" does; nor "Potters in the
            # village of Guellala": a trade, known by where it works)
            return self.speaker(_label(t, 0, len(t) - 5), "anonymous")
        if len(t) >= 4 and t.low[0] in ("a", "an", "the") and t.low[1] in SPOKES and \
                t.low[2] == "for" and t.is_cap(len(t) - 1):
            k = len(t) - 1
            while k > 3 and t.is_cap(k - 1) and t.is_word(k - 1):
                k -= 1
            ent = self.reg.entities.get(" ".join(t.word(x) for x in range(k, len(t))))
            if ent is not None and ent.kind != "institution" and " " not in ent.name and \
                    ent.name.lower() not in lexicon.given_names() and not ent.gender_votes:
                self.reg.make_body(ent)  # "A spokeswoman for Freshmart": a body, one word
            if ent is not None and ent.kind == "institution" and \
                    all(t.is_word(x) and not t.is_cap(x) for x in range(3, k)) and \
                    t.low[k - 1] not in ("in", "at", "near"):  # (not "the consortium
                # building the main bridge in Riga": where the thing it builds stands)
                # "A spokeswoman for rival chain Freshmart said": Freshmart's spokeswoman
                return self.speaker(f"{ent.name} {t.low[1]}", "anonymous",
                                    self._noun_gender(t.low[1]))
        if len(t) == 5 and t.low[0] in ("a", "an") and t.low[1] in SPOKES and \
                t.low[2] == "for" and t.low[3] == "the" and t.low[4] in ORG_NOUNS and \
                (found := self._spokesperson_of(t.low[4], t.low[1], ms)) is not None:
            return found  # "A spokeswoman for the group said"
        if len(t) > 6 and t.low[0] in ("a", "an") and t.low[1] in SPOKES and \
                t.low[2] == "for" and t.low[3] == "the" and t.low[4] in ORG_NOUNS and \
                t.low[5].endswith("ing") and t.low[5] in POSTMODIFYING:
            # "A spokesman for the consortium building the main bridge in Riga said": a body
            # the story describes but never names, by its noun
            return self.speaker(f"{t.low[4]} {t.low[1]}", "anonymous",
                                self._noun_gender(t.low[1]))
        # "analysts at Goldman Sachs", "supporters in Congress": a group named by its role
        for p in range(1, len(t) - 1):
            cap_next = t.is_cap(p + 1) or ((t.low[p + 1] == "the" or t.low[p + 1] in COMPASS) and
                                           p + 2 < len(t) and t.is_cap(p + 2))
            # (and "Fishermen in north Jakarta": a part of the place)
            # ("a senior doctor at the trust": a person at a body, not the body)
            at_body = p + 2 == len(t) - 1 and t.low[p + 1] == "the" and \
                lexicon.source_nouns().get(t.low[p + 2]) == "institution"
            group_in = t.low[p] in ("in", "from") and t.low[p - 1].endswith("s") and \
                t.low[p + 1] in ("both", "all", "several", "many") and \
                role_noun(t.low[p - 1])  # "Health officials in both countries"
            # ("a former senior executive at phone maker Lumio": described, then named)
            at_described = t.low[p] == "at" and t.is_cap(len(t) - 1) and \
                len(t) - p <= 6 and all(t.is_word(k) for k in range(p + 1, len(t)))
            # ("Parents at a primary school in Harare's Mbare suburb": a group and where;
            # "Herders near Mongolia's Erdenet copper mine": a group near a place)
            group_at = p == 1 and t.low[0].endswith("s") and len(t) >= 4 and \
                all(t.is_word(k) for k in range(2, len(t)))
            # ("An analyst at a Winnipeg brokerage": a person at a kind of firm, placed)
            at_kind = t.low[p] == "at" and p + 2 < len(t) and t.low[p + 1] in ("a", "an") and \
                not t.is_cap(len(t) - 1) and all(t.is_word(k) for k in range(p + 1, len(t)))
            # ("merchants in the northwestern Iranian city of Tabriz": a group in a city the
            # phrase names)
            in_city_of = t.low[p] in ("in", "from") and t.low[p + 1] == "the" and \
                t.low[p - 1].endswith("s") and any(
                    t.low[x] in ("city", "town", "village", "island", "port") and
                    t.low[x + 1] == "of" and t.is_cap(x + 2) and x + 3 == len(t)
                    for x in range(p + 2, len(t) - 2))
            if (t.low[p] in ("at", "in", "from", "on", "along") or
                (t.low[p] == "outside" and group_at) or
                (t.low[p] in ("near", "around") and t.low[p - 1].endswith("s"))) and \
                    (cap_next or at_body or group_in or at_described or group_at or
                     at_kind or in_city_of) and \
                    (role_noun(t.low[p - 1]) or agent_noun(t.low[p - 1])) and \
                    (p == 1 or not t.is_cap(p - 1)):
                if t.low[0] in ("a", "an") and p > 1 and \
                        lexicon.source_nouns().get(t.low[p - 1]) == "institution" and \
                        (later := self._lede_body(t.low[p - 1], ms, indefinite=True)) \
                        is not None:
                    return self.from_entity(later, None)  # a lede's "A rugby club in the
                    # Rhondda valley says": Cwmparc RFC, the club the next paragraph names
                if t.low[0] in ("a", "an", "the") and not t.low[p - 1].endswith("s"):
                    found = self._lede_named(t, ms, p)  # the person the next paragraph names
                    # (and a lede's "the police chief in south Iceland said")
                    if found is not None:
                        return found
                rel = next((k for k in range(p + 2, len(t)) if t.low[k] in ("who", "that",
                                                                           "which")), len(t))
                return self.speaker(_label(t, 0, rel), "anonymous")  # (past its relative
                # clause: "Bakeries in Cairo that make Egypt's subsidised flatbread say")
            # "a member of the audience": a person named by role and group
            if t.low[p] in ("of", "for") and (not t.is_cap(p - 1) or p == 1) and \
                    role_noun(t.low[p - 1]) and not t.is_cap(len(t) - 1) and \
                    (not role_noun(t.low[len(t) - 1]) or
                     singular(t.low[len(t) - 1]) in PERSON_NOUNS):
                if t.low[0] in ("a", "an", "the") and not t.low[p - 1].endswith("s") and \
                        (found := self._lede_named(t, ms, p)) is not None:
                    return found  # a lede's "the Alsatian city's deputy mayor for tourism
                    # said ... Hélène Wurtz said": the person the next paragraph opens with
                # ("Some residents of the affected villages said" are residents, as the gold
                # labels a group of a place it does not name)
                end = p if t.low[p - 1].endswith("s") and t.low[p] == "of" and (
                    singular(t.low[p - 1]) in PERSON_NOUNS or
                    # ("Mayors of towns along the route said": the mayors, of places unnamed)
                    (singular(t.low[p - 1]) in lexicon.titles() and
                     any(x.endswith("s") and (x[:-3] + "y" if x.endswith("ies") else x[:-1])
                         in PLACE_KINDS for x in t.low[p + 1:]))) \
                    else len(t)
                if t.low[p - 1] in KIN_GROUPS and t.low[p] == "of":
                    end = len(t)  # "Families of the people killed in the 2020 Beirut port
                    # explosion", "Relatives of the victims": whose kin they are, kept
                named = p + 1 + (p + 1 < len(t) and t.low[p + 1] == "the")
                if end == p and named < len(t) and t.is_cap(named) and \
                        not any(t.low[x].endswith(("'s", "’s")) for x in range(named, len(t))):
                    end = len(t)  # "Residents of the Khayelitsha township": a place it names
                if end == p and t.low[-1] in LOCALITY_PLURALS and len(t) - p in (3, 4) and \
                        getattr(lexicon.titles().get(singular(t.low[p - 1])), "kind",
                                "") != "title" and \
                        t.is_word(len(t) - 2) and not t.low[-2].endswith("ed") and \
                        t.low[-2] not in VAGUE_PLACE_WORDS and \
                        not any(t.low[x].endswith(("'s", "’s")) for x in range(p, len(t))):
                    end = len(t)  # "Residents of the western suburbs", "residents of mining
                    # towns": the kind of place they live in, kept (not "of the affected
                    # villages", "of nearby villages": the ones the story spoke of; nor
                    # "of Medellin's hillside neighbourhoods": a possessive place's residents;
                    # nor an office's holders: "Mayors of several valley villages")
                return self.speaker(_label(t, 0, end), "anonymous",
                                    self._noun_gender(t.low[p - 1]))
            # "an aide to President Ilham Aliyev": the aide speaks, not the president
            if t.low[p] in ("to", "for") and not t.is_cap(p - 1) and \
                    t.low[p - 1] in AIDES and any(t.is_cap(k) for k in range(p + 1, len(t))):
                return self.speaker(_label(t, 0, len(t)), "anonymous",
                                    self._noun_gender(t.low[p - 1]))
        # "The chief executive of cloud software company Nimbus said": a person by role
        of_at = next((p for p in range(2, len(t) - 1) if t.low[p] == "of"), None)
        if of_at is not None and t.low[0] == "the" and not t.is_cap(of_at - 1) and \
                t.is_cap(len(t) - 1) and lexicon.source_nouns().get(t.low[of_at - 1]) != \
                "institution" and (t.low[of_at - 1] in lexicon.titles() or
                                   " ".join(t.low[of_at - 2:of_at]) in lexicon.titles()):
            name, new = self._describe(t, 0, of_at, ms)
            if name and new and name not in self.reg.entities:
                del self.speakers[name]  # only a label for the role, no one found (not "The
                name = None  # mayor of ... Neuilly-sur-Seine", the mayor named next)
            if name is None:
                found = self._lede_named(t, ms, of_at)
                if found is not None:
                    return found
                org = len(t) - 1
                while org > of_at + 1 and t.is_cap(org - 1):
                    org -= 1
                org_name = " ".join(t.word(k) for k in range(org, len(t)))
                name = self.speaker(f"{_label(t, 0, of_at)} of {org_name}",
                                    "anonymous", self._noun_gender(t.low[of_at - 1]))
            return name
        # "a person familiar with the ministry's thinking": a source named with its modifier
        for p in range(1, len(t) - 1):
            if t.low[p] in POSTMODIFIERS and t.is_word(p - 1) and role_noun(t.low[p - 1]) and \
                    lexicon.source_nouns().get(singular(t.low[p - 1])) != "institution":
                if t.is_cap(p - 1) and p - 1 > 0 and t.low[0] not in DETERMINERS:
                    break  # "Smith close to ...": a name
                first = 0
                while first < p - 1 and (t.low[first] in DETERMINERS or t.low[first] in
                                         COUNTS or t.low[first][:1].isdigit()):
                    first += 1
                label = " ".join([_label(t, first, p), *(t.word(k) for k in range(p, len(t)))])
                return self.speaker(label, "anonymous", self._noun_gender(t.low[p - 1]))
        if len(t) >= 3 and group_then_modifier(t, len(t) - 1, 0) == (0, len(t)) and \
                not any(e.kind == "institution" and s <= ms and me <= e2
                        for e in self.reg.entities.values() for s, e2, _ in e.mentions):
            # "Families returning to the Syrian city of Homs after years of displacement say",
            # "Farmers east of the city say": the group as the story describes it
            return self.speaker(_label(t, 0, len(t)), "anonymous",
                                self._noun_gender(t.low[1 if t.is_cap(0) and len(t) > 1 and
                                                       t.low[0] in lexicon.demonyms()
                                                       else 0]))
        if len(t) >= 3 and t.low[1] in ("in", "near", "from", "of", "at", "on", "among",
                                        "along", "around") and \
                (t.low[2] in ("a", "the") or t.low[1] == "of" or
                 (len(t) >= 4 and t.is_cap(2) and POSSESSIVE.match(t.low[2]) is not None and
                  not t.is_cap(3)) or
                 # ("Farmers in villages around a tiger reserve near ... Nagpur say")
                 (t.low[2] in LOCALITIES_PLURAL and not t.is_cap(2))) and \
                ((t.low[0].endswith(("s", "men")) and t.low[0] not in NAME_PLURALS and
                  (role_noun(t.low[0]) or agent_noun(singular(t.low[0])))) or
                 t.low[0] in COLLECTIVE_STAFF) and \
                any(t.is_cap(k) for k in range(2, len(t))) and \
                not (len(t) > 3 and all(t.is_cap(k) for k in range(2, len(t))) and
                     t.is_cap(0) and " ".join(t.low[2:]) not in lexicon.places() and
                     not ((own := POSSESSIVE.match(t.low[2])) is not None and
                          lexicon.places().get(own.group(1), ("",))[0] == "country")) and \
                not any(e.kind == "institution" and s <= ms and me <= e2
                        for e in self.reg.entities.values() for s, e2, _ in e.mentions):
            # "Fishermen in a village on Indonesia's Sulawesi island say", "Residents of the
            # eastern borough of Iztapalapa said", "Residents of Ireland's Aran Islands":
            # the group, where it is, not the place named in the phrase (nor "Veterans of
            # Foreign Wars", a body's own name)
            return self.speaker(_label(t, 0, len(t)), "anonymous", self._noun_gender(t.low[0]))
        if len(t) >= 5 and t.is_word(0) and not t.is_cap(0) and t.low[0] not in DETERMINERS and \
                t.low[1].endswith(("s", "men")) and \
                (role_noun(t.low[1]) or agent_noun(singular(t.low[1]))) and \
                t.low[2] in ("in", "near", "around", "on", "among", "along") and \
                t.low[3] in ("a", "the") and \
                any(t.is_cap(k) for k in range(4, len(t))) and \
                not any(e.kind == "institution" and s <= ms and me <= e2
                        for e in self.reg.entities.values() for s, e2, _ in e.mentions):
            # "rice farmers in the hills around the Vietnamese mountain town of Sapa say": the
            # group, where it is, as "Fishermen in a village on ..." are
            return self.speaker(_label(t, 0, len(t)), "anonymous", self._noun_gender(t.low[1]))
        # "Anna Brückner of the Berlin-based group Safe Online Kids": the person first named
        # ("lead author Helen Marsh of the University of Southampton": a role before it)
        first_prep = next((p for p in range(2, min(len(t), 8)) if t.low[p] in
                           ("of", "at", "from", "with")), None)
        if first_prep is not None:
            s = first_prep
            while s > 0 and (t.is_cap(s - 1) or t.low[s - 1] == "." or
                             (t.low[s - 1] in NAME_PARTICLES and s - 2 >= 0 and t.is_cap(s - 2))):
                s -= 1
            # (a sentence's capital on its first word: "Marine biologist Tom Fielding of")
            roles = all(t.is_word(k) and (not t.is_cap(k) or (k == 0 and s > 1 and
                                                             not t.is_cap(1)))
                        for k in range(s)) and \
                (s == 0 or (first_prep - s >= 2 and t.low[s - 1] not in DETERMINERS))
            if roles and s < first_prep and t.low[first_prep - 1] not in lexicon.titles() and \
                    t.low[first_prep - 1] not in STYLES and \
                    first_prep < len(t) - 1 and not _institution_head(t, s, first_prep):
                return self._named(t, [k for k in range(s, first_prep) if t.is_cap(k)], ms)
        # "The Land and Environment Court in Umeå said": the body, not where it sits
        in_at = next((p for p in range(2, len(t) - 1) if t.low[p] == "in" and
                      t.is_cap(p - 1) and t.is_cap(p + 1)), None)
        if in_at is not None and \
                lexicon.source_nouns().get(t.low[in_at - 1]) == "institution" and \
                all(t.is_cap(k) or t.low[k] in ("the", "and", "of", "for")
                    for k in range(in_at)) and \
                all(t.is_cap(k) for k in range(in_at + 1, len(t))):
            return self._named(t, [k for k in range(in_at) if t.is_cap(k)], ms)
        first = 1 if t.low[0] in ("the", "a", "an") else 0
        if len(t) >= first + 3 and t.low[first + 1] == "representing" and \
                t.low[first].endswith("s") and (role_noun(t.low[first]) or
                                                 agent_noun(t.low[first])):
            # "Groups representing African Americans said": the groups, by whom they speak for
            # (as "Unions representing Bangladesh's garment workers" are), not those they
            # represent
            return self.speaker(_label(t, first, len(t)), "anonymous")
        # the rightmost capitalised name sequence in the mention
        caps = [k for k in range(len(t)) if t.is_word(k) and t.is_cap(k)
                and (t.low[k] not in NOT_NAMES or (len(t.low[k]) > 1 and t.word(k).isupper()))]
        # ("according to the WHO": an acronym that spells a stop word is still a name)
        head_low = t.low[len(t) - 1]
        lower_head = not t.is_cap(len(t) - 1) and t.is_word(len(t) - 1)
        if len(t) == 1 and t.is_cap(0) and (t.low[0] in lexicon.source_nouns() or
                                            t.low[0] in PERSON_NOUNS):
            return self.description(t, 0, 1, ms)  # "Police said", "Officials said"
        if len(t) >= 2 and t.low[0] == "the" and head_low in lexicon.demonyms() and \
                not any(t.is_cap(k) for k in range(1, len(t) - 1)):
            found = self.description(t, 0, len(t), ms)  # "the (27-year-old) Russian said"
            if found:
                return found
        single = singular(head_low)
        # ("The CEOE employers' federation said": the name before lower-case words that
        # end in a body's noun)
        org_tail = caps and lower_head and caps[-1] < len(t) - 2 and \
            lexicon.source_nouns().get(head_low) == "institution" and \
            not POSSESSIVE.match(t.low[caps[-1]]) and t.low[caps[-1]] not in lexicon.places() and \
            all(not t.is_cap(k) and (t.is_word(k) or plural_possessive(t, k))
                for k in range(caps[-1] + 1, len(t)))
        if caps and lower_head and (head_low in ORG_NOUNS or org_tail) and \
                (caps[-1] == len(t) - 2 or org_tail) and \
                not _nation_of(t.low[caps[-1]]) and \
                " ".join(t.low[caps[0]:caps[-1] + 1]) not in lexicon.demonyms():
            # (not "the Spanish club", nor "A Costa Rican company")
            named = self._named(t, caps, ms)  # "The United Auto Workers union said": the body
            if named is not None and named in self.reg.entities and \
                    self.reg.entities[named].kind == "institution" and \
                    "dateline city" not in self.reg.entities[named].titles:
                return named  # (not "The Venice hoteliers' association" of a story datelined
                # in Venice: the association, in the city)
        if caps == [0] and lower_head and len(t) >= 3 and head_low.endswith("s") and \
                (own := POSSESSIVE.match(t.low[0])) is not None and _nation_of(own.group(1)) and \
                (agent_noun(head_low) or role_noun(head_low)) and \
                lexicon.source_nouns().get(single) != "institution" and \
                all(t.is_word(k) for k in range(1, len(t))):  # (a lede's "Nigeria's main
            # labour unions" is the body the story names next)
            return self.speaker(_label(t, 1, len(t)), "anonymous")  # "Malaysia's palm oil
            # planters urged": the planters, not the state
        if caps == [0] and len(t) == 2 and lower_head and \
                lexicon.places().get(t.low[0], ("",))[0] in ("region", "capital", "country") and \
                singular(head_low) != head_low and \
                (agent_noun(single) or role_noun(head_low) or head_low.endswith("men")) and \
                lexicon.source_nouns().get(single) != "institution":
            return self.speaker(f"{t.word(0)} {head_low}", "anonymous")  # "Maine lobstermen
            # said", "Texas ranchers said": a group from a place, not the place
        group_first = len(t) > 3 and t.low[0].endswith("s") and role_noun(t.low[0])
        placed = [k for k in caps if k > 0] if group_first else caps
        if placed and placed[0] >= 3 and t.low[placed[0] - 1] in REGION_ADJECTIVES and \
                t.low[placed[0] - 2] in ("in", "near", "from"):
            placed = [placed[0] - 1] + placed  # ("in central Jamaica")
        if placed and (t.low[0] in ("a", "an") or group_first) and placed[0] >= 3 and \
                (t.low[placed[0] - 1] in ("in", "near", "from") or
                 (t.low[placed[0] - 1] == "of" and t.low[placed[0] - 2] in _PLACE_NOUNS)) and \
                (group_first or any(role_noun(t.low[k]) or agent_noun(t.low[k])
                                    for k in range(1, placed[0] - 1) if t.is_word(k))) and \
                (found := self.description(t, 0, len(t), ms) or
                 (self.speaker(_label(t, 0, len(t)), "anonymous") if group_first else None)
                 ) is not None:
            return found  # "A doctor at a hospital in the port city of Hodeidah said": the
            # doctor, where he works (not the city); "Residents of a village in central
            # Jamaica say": the residents
        if caps and lower_head and all(t.low[k] in NOT_NAME_STARTS for k in caps) and \
                head_low in PERSON_NOUNS:
            return self.speaker(_label(t, 0, len(t)), "anonymous")  # "The Indigenous
            # community that manages the park said": the community, no name in it
        if caps and caps[0] >= 3 and caps == list(range(caps[0], len(t))) and \
                t.low[0] == "the" and t.low[caps[0] - 1] == "of" and \
                t.low[caps[0] - 2] == "council" and \
                all(t.is_word(k) and not t.is_cap(k) for k in range(1, caps[0] - 1)):
            # "The town council of Hardenmeer voted ..., saying": the council, by its place
            # (as "Prague's city council" keeps its label), not the town
            return self.speaker(" ".join([t.word(k) for k in caps] + list(t.low[1:caps[0] - 1])),
                                "institution")
        if caps == [0] and lower_head and t.low[0] in PEOPLE_ADJECTIVES and \
                len(t) <= 3 and (head_low in ("men", "women", "people") or
                                 singular(head_low) in PERSON_NOUNS or
                                 agent_noun(singular(head_low))):
            return self.speaker(_label(t, 0, len(t)), "anonymous")  # "Young men who dive
            # ... say": a group, its adjective capitalised only because it opens the sentence
        if caps == [0] and len(t) == 2 and head_low in GROUP_PEOPLE and \
                t.word(0) not in self.reg.entities and thing_word(t.low[0], self.text):
            return self.speaker(_label(t, 0, len(t)), "anonymous")  # "Canoe men who ferry
            # cassava ... a canoe capsized": people named by a thing, no one called Canoe
        if caps == [0] and len(t) == 2 and t.low[0].endswith(("'s", "’s")) and lower_head and \
                head_low.endswith("s") and head_low not in lexicon.source_nouns() and \
                not agent_noun(head_low) and not role_noun(singular(head_low)) and \
                getattr(self.reg.entities.get(t.word(0)[:-2]), "kind", "institution") == \
                "institution":
            return self.speaker(_label(t, 0, len(t)), "anonymous")  # "Mumbai's dabbawalas,
            # the white-capped couriers who ..., say": a people of the place, by their name
        if caps == [0] and t.low[0] in NUMBER_WORDS and lower_head and head_low.endswith("s") \
                and all(t.is_word(k) and not t.is_cap(k) for k in range(1, len(t))):
            return self.speaker(head_low, "anonymous")  # "Twelve other murgas said": the
            # group counted, its number capitalised only because it opens the sentence
        if caps and not (lower_head and (head_low in lexicon.source_nouns() or
                                         head_low in lexicon.titles() or head_low in DOCUMENTS
                                         or single in lexicon.titles()
                                         or single in lexicon.source_nouns()
                                         or single in DOCUMENTS
                                         or " ".join(t.low[-2:]) in lexicon.titles()
                                         or YEAR_OLD.match(head_low)
                                         or (head_low.endswith("s") and agent_noun(head_low)
                                             and all(t.low[k] in lexicon.demonyms()
                                                     for k in caps)))) and \
                not (caps[0] > 0 and all(t.low[k] in lexicon.demonyms() for k in caps) and
                     any(t.low[x] in ("in", "at", "on", "near") for x in range(1, caps[0]))):
            # ("Swiss ski instructors say": instructors, by their country's adjective; "A
            # women's association in a Slovenian mountain village says": where it is, told)
            return self._named(t, caps, ms)
        name, new = self._describe(t, 0, len(t), ms)
        if name and new and name not in self.reg.entities and \
                self.speakers[name].kind != "institution":
            other = self._same_person(t, min(ms, quote.start), previous) or \
                self._lede_named(t, ms)
            if other is not None:
                del self.speakers[name]
                return other
        return name or previous

    def _describe(self, t: Tokens, a: int, b: int, pos: int) -> tuple[str | None, bool]:
        """:meth:`description`, and whether it made a label no one had before (a role
        nobody in the story was found to hold)."""
        before = len(self.speakers)
        name = self.description(t, a, b, pos)
        return name, len(self.speakers) > before

    def _same_person(self, t: Tokens, pos: int, previous: str | None) -> str | None:
        """``Captain Jordan Ellis said ... "...," the defender told Sky Sports``: a definite
        role never given to anyone, in the sentence right after a named person spoke (same
        paragraph), is that person."""
        prev = self.speakers.get(previous or "")
        if prev is None or prev.kind != "person" or self.previous_at is None or \
                len(t) != 2 or t.low[0] != "the" or not agent_noun(t.low[1]) and \
                t.low[1] not in lexicon.titles():
            return None
        if lexicon.source_nouns().get(t.low[1]) == "anonymous" or \
                self._noun_gender(t.low[1]) not in (prev.gender, "unknown"):
            return None
        here, there = self.seg.sentence_at(pos), self.seg.sentence_at(self.previous_at)
        if here - there > 1 or \
                self.seg.sentences[here].paragraph != self.seg.sentences[there].paragraph:
            return None  # only in the very next sentence of the same paragraph
        return previous

    def _lede_named(self, t: Tokens, pos: int, end: int | None = None,
                    owned: bool = False) -> str | None:
        """A lede's ``Congo's main opposition leader ...`` is the person the next
        paragraph opens with (``Joseph Mbala, who finished second, said ...``). ``owned``:
        the role is the one holder of a body's (``its manager``), a person all the same."""
        si = self.seg.sentence_at(pos)
        paras = self.seg.sentences_by_paragraph
        if self.seg.sentences[si].paragraph != 0 or len(paras) < 2 or not paras[1]:
            return None
        end = len(t) if end is None else end
        head = t.low[end - 1]
        two = " ".join(t.low[max(0, end - 2):end])  # "chief executive", not "an executive"
        former = "former" in t.low[:end]  # "A former senior executive at Lumio testified":
        # a person the story goes on to name, not an anonymous source
        if (head not in lexicon.titles() or
                (lexicon.source_nouns().get(head) == "anonymous" and not former and
                 not owned)) \
                and not (two in lexicon.titles() and " " in two):
            return None
        first = paras[1][0]
        opening = self.text[first.start:first.end]
        if len(paras[1]) > 1 and opening[:1] in ('"', "“") and \
                sum(map(opening.count, '"“”')) == 1:
            first = replace(first, end=paras[1][1].end)  # ('"I have given this festival
            # eight years of my life. I am not willing ...," Kristin Aasheim-Nygård said':
            # the quote's speaker, named at its end)
        best, best_at = None, None
        for e in self.reg.entities.values():
            if e.kind != "person" or not e.first or not e.mentions:
                continue
            m0 = min(e.mentions)
            if first.start <= m0[0] < first.end and \
                    (m0[2] or re.search(r"[,”\"] (?:said|says|told)\s*$",
                                        self.text[max(0, m0[0] - 12):m0[0]])) and \
                    self._noun_gender(head) in (e.gender, "unknown") and \
                    not _other_office(t.low[max(0, end - 2):end], e.titles) and \
                    (not e.titles or head in e.titles or two in e.titles or
                     not any(t in lexicon.titles() and t.rstrip(".") not in COURTESY_TITLES
                             for t in e.titles)) and \
                    (best_at is None or m0[0] < best_at):
                # (not another office: "the state's governor" is no "Justice Minister X")
                best, best_at = e, m0[0]
        return self.from_entity(best, None) if best is not None else None

    def _spelled_out(self, acronym: str) -> str | None:
        """The speaker or organisation an acronym abbreviates, named in full before."""
        letters = acronym.replace(".", "")
        if not 2 <= len(letters) <= 6:
            return None
        if letters in self.reg.acronyms:  # "the National Institute ... Excellence (NICE)"
            return self.from_entity(self.reg.acronyms[letters], None)
        found = self._spoke_last(lambda n: " " in n and initials(n) == letters)
        if found:
            return found
        body = self.reg.spelled_out(letters)
        return self.from_entity(body, None) if body is not None else None

    def _named(self, t: Tokens, caps: list[int], pos: int) -> str | None:
        styled = next((k for k in caps[:-1] if t.low[k] in STYLES and k + 2 < len(t) and
                       t.low[k + 1] == "of" and t.is_cap(k + 2) and
                       k + 2 <= caps[-1] <= k + 3 and
                       all(t.is_cap(x) for x in range(k + 2, caps[-1] + 1))), None)
        if styled is not None:  # "The Archbishop of Canterbury", "the Oba of Benin": one
            # person, known by the style of a place
            label = " ".join(t.word(x) for x in range(styled, caps[-1] + 1))
            title = lexicon.titles().get(t.low[styled])
            return self.speaker(label, "person", title.gender if title else "unknown")
        # maximal run of capitalised tokens ending at the last capital
        end = caps[-1] + 1
        start = end - 1
        while start > 0 and (t.is_cap(start - 1) or t.low[start - 1] == "." or
                             t.low[start - 1] in NAME_PARTICLES or
                             plural_possessive(t, start - 1) or
                             (t.low[start - 1] == "&" and start > 1 and t.is_cap(start - 2)) or
                             (start > 1 and and_in_name(t, start - 1)) or
                             (t.low[start - 1] in ("of", "for") and start > 1 and
                              t.is_cap(start - 2) and _institution_head(t, 0, start - 1))):
            start -= 1
        # "Kiel Institute for the World Economy": "for the" inside an institution's name
        if start > 2 and t.low[start - 1] == "the" and t.low[start - 2] in ("of", "for") and \
                t.is_cap(start - 3) and _institution_head(t, 0, start - 2):
            start -= 3
            while start > 0 and t.is_cap(start - 1):
                start -= 1
        while start < end - 1 and t.low[start] in NOT_NAMES and \
                not _one_in_name(t, start):  # "The Oregon Nurses Association"
            start += 1
        start = _past_title_of(t, start, end)
        words = []
        for k in range(start, end):
            if t.low[k] == ".":
                continue
            if plural_possessive(t, k) and words:
                words[-1] += t.word(k)  # "Midwives'" of "the Midwives' Association"
            else:
                words.append(t.word(k))
        # drop title and nationality prefixes, possessive affiliations (not the plural
        # possessive that opens an organisation's name: "Midwives' Association")
        while len(words) > 1:
            lw = words[0].lower().rstrip(".")
            two = " ".join(words[:2]).lower()
            if len(words) == 2 and _two_word_country(two):
                break  # "Saudi Arabia('s)" is the country, not a Saudi called Arabia
            if (lw in ROLE_QUALIFIERS and not _names_body(words[1:])) or \
                    _compound_adjective(lw) or \
                    ((lw in DESCRIPTOR_NOUNS or (lw.endswith("maker") and len(lw) > 6)) and
                     (not _names_body(words[1:]) or
                      " ".join(words[1:]) in self.reg.entities)) or \
                    (lw in lexicon.titles() and not _names_body(words[1:2]) and
                     words[1].lower() != "and" and not _given_name_title(words, 0)) or \
                    (_nation_of(lw) and not _names_body(words[1:]) and
                     not _abbreviated_country_body(words)) or \
                    (POSSESSIVE.match(words[0]) and
                     not (words[0][-1] in "'’" and _names_body(words[1:])) and
                     not _eponymous_body(words)) or \
                    (two in lexicon.titles() and len(words) > 2) or \
                    (_nation_of(two) and len(words) > 2) or \
                    (len(words) >= 3 and agent_noun(lw) and
                     (words[1].split("-")[0].lower() in lexicon.given_names() or
                      lw in getattr(self.reg.entities.get(" ".join(words[1:])), "titles",
                                    ()))):
                # (and "Herder Anna-Karin Pavval": a trade that opens the sentence, as the
                # registry split it off "Herder Ganzug Batsukh"; and
                # "Dublin-based Skyvault Data": where the firm sits)
                words = words[2:] if (two in lexicon.titles() or _nation_of(two)) and \
                    len(words) > 2 and lw not in lexicon.titles() else words[1:]
            else:
                break
        words = _after_last_title(words)
        while len(words) > 1 and words[-1].lower().rstrip(".") in CORPORATE and \
                words[-2] != "&":
            words = words[:-1]
        if not words:
            return None
        name = " ".join(words)
        m = POSSESSIVE.match(name)
        if m and m.group(1):
            name = m.group(1)
        if name.replace(".", "").isupper() and name.lower() not in lexicon.places():
            full = self._spelled_out(name)  # "The AIU said": the Athletics Integrity Unit
            if full is not None:
                return full
        ent = self.reg.entities.get(name)
        if ent is None:
            last = words[-1].lower()
            particle = words[0].lower() in NAME_PARTICLES  # "de Wit" is Bart de Wit (and
            # so is "De Wit" opening a sentence)
            cands = [e for e in self.reg.by_last.get(last, [])
                     if len(words) == 1 or particle or e.first.lower() == words[0].lower()
                     or not e.first]
            if not cands and len(words) == 1:
                cands = self.reg.by_first.get(last, [])
            if cands:
                ent = max(cands, key=lambda e: e.last_before(pos))
            elif len(words) == 1 and last in self.reg.by_org_first:
                ent = self.reg.by_org_first[last]  # "Ridgeline said": Ridgeline Capital
        if ent is None:  # "Andean Copper" for the Andean Copper Corporation
            ent = self.reg._corporate_of(name)
        if ent is None:  # the tail of a longer name the registry read whole
            at = t.spans[start][0]
            ent = next((e for e in self.reg.entities.values()
                        if (e.name.endswith(" " + name) or e.name.startswith(name + " "))
                        and any(s <= at < s_end for s, s_end, _ in e.mentions)), None)
        if ent is None:
            place = lexicon.places().get(name.lower())
            kind = "institution" if place or name.isupper() or _names_body(words) else "person"
            return self.speaker(name, kind)
        return self.from_entity(ent, None)


def dateline_country(text: str, seg: Segmentation) -> str | None:
    """The country a wire dateline places the story in (``CANBERRA, Australia (AP) —``,
    ``SEOUL (AP) —``), else None."""
    block = next((b for b in seg.blocks if b.kind == "dateline"), None)
    if block is None:
        return None
    for part in re.split(r"[,()]", text[block.start:block.end]):
        info = lexicon.places().get(part.strip().lower())
        if info and info[0] in ("country", "capital"):
            return info[1]
        low = part.strip().lower()
        if low.endswith(" city") and (info := lexicon.places().get(low[:-5])) and \
                info[0] == "country":
            return info[1]  # "BELIZE CITY (AP)": the country's own city, named for it
    return None


def _reduced_relative(t: Tokens, x: int) -> bool:
    """Whether token ``x`` opens a participle clause after a plural noun (``women picked
    ahead of her``, ``Residents interviewed by Reuters``): what is said of the group, not
    who speaks."""
    before = t.low[x - 1]
    return passive_participle(t, x) and (x == 1 or not t.is_cap(x - 1)) and \
        (before in ("women", "men", "people", "children") or
         (before.endswith("s") and (role_noun(before) or agent_noun(before) or
                                    singular(before) in PERSON_NOUNS)))


def _plural_role(t: Tokens, k: int) -> bool:
    """Token ``k`` is a lower-case plural noun for people by role (``residents``,
    ``landowners``)."""
    w = t.low[k]
    return w.endswith("s") and not t.is_cap(k) and (role_noun(w) or agent_noun(w[:-1]))


def _is_group(speaker: Speaker) -> bool:
    """An unnamed source named by a plural (``analysts``, ``the researchers``, ``people
    familiar with the matter``, ``officials briefed on the talks``)."""
    if speaker.kind != "anonymous":
        return False
    words = speaker.name.lower().split()
    return any(w in ("people", "police") or (w.isalpha() and w.endswith("s") and
                                              singular(w) != w)
               for w in (words[-1], words[0]))  # (not "sheriff's spokeswoman")


def initials(name: str) -> str:
    """``Athletics Integrity Unit`` -> ``AIU`` (small words aside)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _of_fields(t: Tokens, i: int, k: int) -> bool:
    """Token ``k`` (a comma or ``and``) lies in the list of fields after a public body's
    ``of`` (``Department of Forestry, Fisheries and the Environment``): the name runs from
    ``i`` as ``Department of``, capitalised fields between, and one more field (``and the
    Environment``) closing the list."""
    if not (i + 2 < k and t.low[i] in ("department", "ministry", "minister", "secretary") and
            t.low[i + 1] == "of"):
        return False
    if not all(t.is_cap(x) or t.low[x] in (",", "and") for x in range(i + 2, k)):
        return False
    j = k + 1
    if t.low[k] == ",":
        while j < len(t) and t.is_cap(j) and t.is_word(j):
            j += 1
        if j == k + 1 or j >= len(t) or t.low[j] != "and":
            return False
        j += 1
    return j < len(t) and (t.is_cap(j) or (t.low[j] == "the" and j + 1 < len(t) and
                                           t.is_cap(j + 1)))


def _names_body(words: list[str]) -> bool:
    """Whether capitalised ``words`` name an organisation (``Party``, ``National
    Committee``): a qualifier before them (``Democratic``) is part of the name."""
    heads = lexicon.institution_nouns()
    return any(w.lower() in heads or w.lower() in WORDS_ABROAD for w in words)


def _label(t: Tokens, a: int, b: int) -> str:
    """A speaker label from the words ``a..b`` without determiners, lower case except
    proper names and adjectives: "Lithuanian official", "analysts at Goldman Sachs". A
    count before a group is no part of its name ("40 tenants", "Hundreds of residents":
    tenants, residents)."""
    while b - a > 1 and (t.low[a] in NUMBER_WORDS or
                         t.low[a].replace(",", "").replace(".", "").isdigit() or
                         t.low[a] in AMOUNT_WORDS):
        a += 1  # (and an amount: "Norway's $1.7 trillion sovereign wealth fund")
    if a > 0 and b - a > 1 and t.low[a] == "of" and t.low[a - 1] in NUMBER_WORDS:
        a += 1
    if b - a > 2 and t.low[a] in ("several", "some", "many", "most", "all", "both", "each") \
            and t.low[a + 1] == "of":
        a += 2  # "several of the workers told Reuters": the workers
    label = " ".join(t.word(k) if (t.is_cap(k) or _inner_capital(t.word(k))) and (
                                                k > a or _nation_of(t.low[k]) or
                                                (t.low[k].endswith(("'s", "’s")) and
                                                 not role_noun(t.low[k][:-2]) and
                                                 t.low[k][:-2] != "children") or
                                                (k + 1 < b and t.is_cap(k + 1)) or
                                                (k + 2 < b and t.low[k + 1] in NAME_PARTICLES
                                                 and t.is_cap(k + 2)) or
                                                (len(t.low[k]) > 1 and t.word(k).isupper()))
                    else t.low[k]
                    for k in range(a, b) if (t.is_word(k) and (t.low[k] not in DETERMINERS or
                                                               _inner_determiner(t, k, a, b) or
                                                               (k > a + 1 and
                                                                t.low[k - 1] == "and" and
                                                                and_in_name(t, k - 1)) or
                                                               (k > a and name_an(t, k)) or
                                                               (a < k < b - 2 and
                                                                t.is_cap(k - 1) and
                                                                town_particle(t, k))))
                    or (t.low[k] == "&" and a < k < b - 1) or plural_possessive(t, k))
    return label.replace(" ’", "’").replace(" '", "'")


def _inner_capital(word: str) -> bool:
    """A name written with a capital inside it, its first letter small: "eThekwini",
    "iSimangaliso" (kept as written in a label)."""
    return len(word) > 2 and word[0].islower() and any(c.isupper() for c in word[1:3])


def _inner_determiner(t: Tokens, k: int, a: int, b: int) -> bool:
    """A determiner after a preposition inside the label, which the label keeps so that it
    reads as written: "officials in both countries", "a spokesman for the ministry"."""
    return a < k < b - 1 and (t.low[k - 1] in PREPOSITIONS or
                              t.low[k - 1] in ("of", "for", "near", "behind", "along",
                                               "around", "off", "below", "above",
                                               "outside") or
                              t.low[k - 1] in POSTMODIFYING)


def _past_title_of(t: Tokens, a: int, b: int) -> int:
    """Where a name running from ``a`` to ``b`` starts past the portfolio that completes a
    title with "of" or "for" (``Secretary of State Antony Blinken``, ``Minister for Mineral
    Resources Aaja Heilmann``), keeping at least two words; ``a`` when there is none."""
    if b - a > 1 and _title_of(t, a):
        a += 1
        while b - a > 2 and t.low[a] in PORTFOLIO_WORDS:
            a += 1
    return a


def _title_of(t: Tokens, a: int) -> bool:
    """Token ``a`` completes a title with ``of``: ``Secretary of State``, ``Minister of
    Defence`` (the words before it are a capitalised title and ``of``)."""
    if a >= 3 and t.low[a - 1] == "the" and t.low[a - 2] in ("of", "for"):
        a -= 1  # "Minister for the Environment"
    return a >= 2 and t.low[a - 1] in ("of", "for") and t.is_cap(a - 2) and \
        t.low[a - 2] in lexicon.titles()


def _trade_set_after(text: str, e: Entity) -> bool:
    """Whether a name's first mention is followed by a trade or role set after it (``Ailén
    Ondarts, an astrophysicist at ...``): a person, though no given name or pronoun has told
    so yet, and so no body a lede described."""
    m = _TRADE_SET_AFTER.match(text, e.mentions[0][1])
    return m is not None and getattr(lexicon.titles().get(m.group(1)), "kind", "") == "role"


#: words of a lede's description that tell no one apart: "a former researcher"
_PLAIN_MODIFIERS = frozenset({"former", "senior", "junior", "local", "retired", "leading",
                              "prominent", "veteran", "independent", "young", "longtime",
                              "well-known", "top", "chief", "head"})
#: the description set after a person's name, up to the verb that reports them: ", an
#: astrophysicist at ... who tracks falling debris, said"
_DESCRIPTION_AFTER = rx.compile(r", ([^\"“.;:]{3,160}?),? (?:said|says|told|added|warned)\b")
#: the role a person's name is given after it: ", an astrophysicist at", ", a retired pilot"
_TRADE_SET_AFTER = rx.compile(r", an? (?:[a-z-]+ ){0,2}?([a-z-]+)\b"
                              r"(?= at | with | for | in | who |,)")


def _modifier_opening(text: str, e: Entity) -> bool:
    """Whether a one-word name is only a capitalised word opening a sentence before a noun
    (``Annual inflation stood at 67%``): an adjective, no body, where the word after it
    is lower case and no verb."""
    if " " in e.name or len(e.mentions) != 1 or e.name.isupper():
        return False  # ("The SNAI prison authority said": an acronym, then what it is)
    m = re.match(r" ([a-z][a-z-]*)\b", text[e.mentions[0][1]:e.mentions[0][1] + 30])
    if m is None:
        return False
    w = m.group(1)
    if w in ORG_NOUNS or lexicon.source_nouns().get(w) == "institution":
        return False  # ("Vantora union said")
    return not (w.endswith(("ed", "s")) or w in AUXILIARIES or w in lexicon.reporting_verbs())


def _firm_like(e: Entity) -> bool:
    """A name read as a person's that may be a firm's: no given name first, never a he or
    she (``Meridian Aero``, ``Vantora``); an initialism first is no given name (``OK
    Dalarna``, a Swedish orienteering club, though Ok is one)."""
    first = e.first or e.name
    return e.kind == "person" and not e.gender_votes and \
        (first.lower() not in lexicon.given_names() or (len(first) > 1 and first.isupper()))


def _body_ends_after(t: Tokens, k: int) -> bool:
    """Whether the capitalised run from ``k`` (past a ``the``) ends in an institution noun:
    ``Rotterdam Authority`` of ``Port of Rotterdam Authority``."""
    if k < len(t) and t.low[k] == "the":
        k += 1
    end = k
    while end < len(t) and end < k + 4 and t.is_cap(end) and t.is_word(end):
        end += 1
    return end - k >= 2 and t.low[end - 1] in lexicon.institution_nouns()


def _body_noun(w: str) -> bool:
    """Whether ``w`` is a noun for a body (``union``, ``authority``, ``commission``)."""
    return w in ORG_NOUNS or w in lexicon.institution_nouns()


def _named_body_on(t: Tokens, k: int) -> bool:
    """Whether the capitalised words from ``k`` end a name that an appositive then calls a
    body: ``Spotlight on Corruption, a watchdog group,`` (not ``Putin on Tuesday, a day
    after``)."""
    n = len(t)
    while k < n and t.is_cap(k) and t.is_word(k):
        k += 1
    if not (k + 1 < n and t.low[k] == "," and t.low[k + 1] in ("a", "an", "the")):
        return False
    for x in range(k + 2, min(n, k + 7)):
        if _body_noun(t.low[x]):
            return True
        if not t.is_word(x):
            return False
    return False


def _spelled_by_acronym(t: Tokens, i: int, j: int) -> bool:
    """Whether the capitalised run from ``i`` across the ``of``/``for`` at ``j`` is followed
    by an acronym in brackets that opens with its first letter (``Alternative for Germany
    (AfD)``)."""
    k = j + 1
    while k < len(t) and (t.is_cap(k) or t.low[k] == "the"):
        k += 1
    short = acronym_after(t, k)  # (in its own language maybe: "AfD", "für Deutschland")
    return short is not None and short[0] == t.word(i)[0]


def _institution_head(t: Tokens, a: int, b: int) -> bool:
    """Whether the capitalised word before ``b`` can take an ``of``/``for`` phrase inside
    a name: an institution's head noun (``Bank of England``, ``Centre for ...``) or a
    plural (``Communications Workers of America``), not a title (``Secretary of State``)."""
    if not (b > a and t.is_cap(b - 1)):
        return False
    if any(t.low[k] in ("of", "for") and
           lexicon.source_nouns().get(t.low[k - 1]) == "institution"
           for k in range(a + 1, b - 1)):
        return True  # "Court of Arbitration for Sport", "Court of Appeal for Ontario" (and
        # "Permanent Committee for the Defence of Human Rights")
    w = t.low[b - 1]
    if w == "general" and b - 2 >= a and t.low[b - 2] in ("directorate", "inspectorate",
                                                          "secretariat"):
        return True  # "Directorate General of Civil Aviation": a body, not a general
    if w in lexicon.titles():
        return False
    if w in NAME_PLURALS:
        return True  # "Friends of the Earth", "Physicians for Human Rights"
    if w == "order" and b - 1 > a and t.is_cap(b - 2):
        return True  # "Fraternal Order of Police": an order's name
    # a plural must follow another capitalised word: "Communications Workers", not "Shares"
    return lexicon.source_nouns().get(w) == "institution" or \
        (w.endswith("s") and len(w) > 3 and b - 1 > a and t.is_cap(b - 2) and
         "-" not in w and t.low[b - 2] not in lexicon.given_names() and
         (role_noun(w) or agent_noun(singular(w)) or w.endswith("ers")))
    # (not "Hilary Evans of the charity", nor "Miklós Ligeti-Kovács of Transparency ...",
    # nor "Carmen Villalobos of the Housing Justice Coalition": a surname, no plural)


#: verbs of saying that headlines capitalise after a name ("Obama Says ...")
HEADLINE_VERBS = frozenset({"says", "said", "tells", "warns", "urges", "vows", "denies",
                            "admits", "claims", "slams", "blasts", "defends"})


#: prefixes of surnames written with an inner capital ("MacLeod", "DeSantis", "LaToya")
_INNER_CAPITAL_PREFIXES = frozenset({"mc", "mac", "de", "di", "da", "du", "la", "le", "van",
                                     "von", "st", "fitz"})
_INNER_CAPITAL = rx.compile(r"[a-z][A-Z]")


def _camel_case(word: str) -> bool:
    """A brand written with an inner capital (``SlimPure``, ``DashCart``): a firm's name,
    unlike a surname's prefix (``MacLeod``, ``DeSantis``, and after a hyphen:
    ``Doucette-MacLean``)."""
    m = _INNER_CAPITAL.search(word, 1)
    part = word[word.rfind("-", 0, m.start()) + 1:m.start() + 1] if m is not None else ""
    return m is not None and part.lower() not in _INNER_CAPITAL_PREFIXES and \
        word[:1].isupper()


def _body_by_form(core: list[str]) -> bool:
    """Whether a name of two or more words reads as a body's by its form alone: a country at
    its end (``Cricket South Africa``, ``Athletics Kenya``), an acronym opening it (``NHS
    Highland``, ``BBC Scotland``), a short capital abbreviation closing it (``Technical
    Safety BC``), or a capital or country opening it with no given name in it (``Dublin
    Bus``, ``Kenya Airways``; not a feature of the place: ``the Panama Canal``)."""
    if len(core) < 2:
        return False
    if core[-2:] == ["First", "Nation"] and len(core) >= 3:
        return True  # "Stony Narrows First Nation": a people's government in Canada
    if core[-2:] == ["National", "Park"] and len(core) >= 3:
        return True  # "Plitvice Lakes National Park": a park's authority, as it speaks
    if core[-1] in ("Guide", "School"):
        return True  # "The Michelin Guide said": a published guide that speaks as a body
        # (and "the Royal Carillon School": a school by its name, no one's surname)
    if core[0].isupper() and 2 <= len(core[0]) <= 5 and core[0].isalpha():
        return True
    if core[0].lower() in IBERIAN_BODY_HEADS:
        return True  # "Cervecería del Norte", "Minera Altiplano": a firm by its trade's word
    if core[-1].isupper() and 2 <= len(core[-1]) <= 3 and \
            core[-1] not in ("II", "III", "IV", "JR", "SR"):
        return True
    places, given = lexicon.places(), lexicon.given_names()
    first = core[0].lower()
    if first in given or places.get(" ".join(core).lower()) is not None:
        return False  # a person, or the place itself ("British Columbia", "South Africa")
    if any(places.get(" ".join(core[x:]).lower(), ("",))[0] == "country"
           for x in (1, len(core) - 1)):
        return True
    return places.get(first, ("",))[0] in ("capital", "country") and \
        not any(w.lower() in given for w in core[1:]) and \
        core[-1].lower() not in GEOGRAPHIC and core[-1].lower() != "canal"


#: letters that no accent decomposition reaches: "ł", "ø"
_UNFOLDED = str.maketrans("łŁøØđĐ", "lLoOdD")


def _folded(name: str) -> str:
    """``name`` without its accents, lower-cased: a wire dateline's capitals drop them
    (``GDANSK`` for Gdańsk, ``MEDELLIN`` for Medellín)."""
    return lexicon.fold(name.translate(_UNFOLDED)).lower()


def dateline_end(seg: Segmentation) -> int:
    """Where the story's wire dateline ends ("NAIROBI, Kenya (Reuters) -"), as the
    segmenter found it, or 0 if it has none."""
    return next((b.end for b in seg.blocks if b.kind == "dateline"), 0)


def dateline_place(text: str, seg: Segmentation) -> str | None:
    """The place a dateline opens on, as a name (``MOSTAR, Bosnia and Herzegovina
    (Reuters)`` -> ``Mostar``), or None when the story has no dateline."""
    block = next((b for b in seg.blocks if b.kind == "dateline"), None)
    if block is None:
        return None
    return re.split(r"[,(–—]", text[block.start:block.end], maxsplit=1)[0].strip().title()


def _named_office(t: Tokens) -> str | None:
    """``The United Nations human rights office``: a body's name, then lower-case words
    ending in an institution noun (``office``, ``agency``, ``committee``), as one label."""
    k = 1 if t.low[0] == "the" else 0
    if k >= len(t) or t.low[k] in DETERMINERS:
        return None  # ("A spokeswoman for the company", "Its foreign ministry": no name)
    j = k
    while j < len(t) and t.is_word(j) and t.is_cap(j):
        j += 1
    tail = range(j, len(t))
    if j == k or not 2 <= len(tail) <= 4 or POSSESSIVE.match(t.low[j - 1]) or \
            not all(t.is_word(x) and not t.is_cap(x) for x in tail) or \
            lexicon.source_nouns().get(t.low[-1]) != "institution" or \
            any(t.low[x] in STOP or t.low[x] in ("for", "of") for x in tail) or \
            t.low[-1] in NOT_FIRMS:
        return None  # (nor "The CEOE business federation": what CEOE is, no office of it)
    return " ".join(t.word(x) for x in range(k, len(t)))


def _eponymous_body(words: list[str]) -> bool:
    """Whether a possessive opens a body's own name (``Alzheimer's Society``,
    ``St John's Ambulance``): one word naming no place and no given name, then a body's
    head noun as the last word."""
    if words[0].endswith(("s'", "s’")) and len(words) >= 2 and \
            lexicon.source_nouns().get(words[1].lower()) == "institution":
        return True  # "Planters' Association of Ceylon": a body of members, by its name
    base = POSSESSIVE.match(words[0].lower()).group(1)
    return len(words) == 2 and base not in lexicon.places() and \
        base not in lexicon.given_names() and \
        lexicon.source_nouns().get(words[-1].lower()) == "institution" and \
        words[-1].lower() not in ("board", "government", "ministry", "department", "office")


#: titles that are also common given names: "chief executive Dean Morrissey-Hall"
GIVEN_TITLES = frozenset({"dean"})


def _given_name_title(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a given name that is also a title (``Dean``) before a lone
    surname: ``Dean Morrissey-Hall`` is a man called Dean (a dean's own name has a given
    name too: "Dean Maria Lopez")."""
    return words[i].lower() in GIVEN_TITLES and len(words) == i + 2 and \
        words[i + 1].split("-")[0].lower() not in lexicon.given_names()


def _after_last_title(words: list[str]) -> list[str]:
    """``Massachusetts Sen. Elizabeth Warren`` -> ``Elizabeth Warren``: drop all up to the
    last title word, as long as a name of at least one word remains."""
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.lower().rstrip(".") in lexicon.titles() and w[:1].isupper() and \
                not _given_name_title(words, i):
            cut = i + 1
    if cut and _names_body(words[-1:]):
        return words  # "U.S. Justice Department": a body's name, not a titled person
    if cut and any(w in NAME_SMALL_WORDS or w == BODY_LINK_FR for w in words[cut:]):
        return words  # "Students for Justice in Palestine": no person is named "in Palestine"
        # (nor "pour Tous Katanga", of the French "Justice pour Tous Katanga")
    if cut and cut < len(words) and words[cut - 1].lower().endswith("s") and \
            words[cut].lower() in ("for", "against", "without", "of"):
        return words  # "Parents for Safe Schools", "Moms for Liberty": a body of members
    return words[cut:]


def registry(text: str, seg: Segmentation, quotes: list[Quote]) -> Registry:
    """The article's named entities, with mentions inside quotation marks set apart."""
    return Registry(text, seg, [(q.start, q.end) for q in quotes if q.kind != "indirect"])


def resolve(text: str, seg: Segmentation, quotes: list[Quote],
            reg: Registry | None = None) -> tuple[list[Quote], dict[str, Speaker]]:
    """Give every quote a canonical speaker; return the quotes and the speakers."""
    reg = reg or registry(text, seg, quotes)
    r = _Resolver(text, seg, reg)
    out: list[Quote] = []
    previous: str | None = None
    previous_para = -10
    previous_mention: tuple[int | None, int | None] = (None, None)
    for q in quotes:
        if q.mention_start is None:
            name = previous if q.paragraph - previous_para <= 2 else None
            if name and q.paragraph == previous_para and previous_mention[0] is not None:
                q = replace(q, mention_start=previous_mention[0], mention_end=previous_mention[1])
        else:
            name = r.mention(q, previous)
            if name:
                r.speaker(name, r.speakers[name].kind, r.speakers[name].gender,
                          mention=(q.mention_start, q.mention_end))
                said_by = text[q.mention_start:q.mention_end].lower()
                if said_by in ("he", "she") and r.speakers[name].gender == "unknown" and \
                        r.speakers[name].kind == "person":
                    # "'...,' she told reporters": the pronoun that found her tells her gender
                    r.speakers[name] = replace(r.speakers[name], gender=PRONOUN_GENDER[said_by])
        out.append(replace(q, speaker=name))
        if name:
            r.spoken.append(name)
            previous, previous_para = name, q.paragraph
            previous_mention = (q.mention_start, q.mention_end)
            r.previous_at = q.mention_start
            r.previous_end = q.end
    # "China accused ... a charge Beijing rejected": a capital standing for its government
    # speaks as its country when the country speaks in the article too
    used = {q.speaker for q in out if q.speaker}
    countries = {}
    for name in used:  # "China", "U.S." (an alias of the United States)
        kind, country = lexicon.places().get(name.lower(), ("", ""))
        if kind in ("country", "alias"):
            countries.setdefault(country, name)
    merge = {}
    for name in used:
        kind, country = lexicon.places().get(name.lower(), ("", ""))
        if kind == "capital" and country in countries:
            merge[name] = countries[country]
        if (city := _CITY_GOVERNMENT.match(name)) is not None:
            # "Kyoto's city government said": Kyoto, as "the city government" of a story
            # datelined there is the city
            merge[name] = r.speaker(city.group(1) or city.group(2), "institution")
        state = _COUNTRY_GOVERNMENT.match(name)
        if state is not None and \
                lexicon.places().get(state.group(1).lower(), ("",))[0] in ("country", "alias"):
            # "Mali's military government ordered ..., accusing him of": Mali, as "Kyiv"
            # or "Colombia" speaks for its state
            country = lexicon.places()[state.group(1).lower()][1]
            merge[name] = r.speaker(countries.get(country, state.group(1)), "institution")
        if name.isupper() and 2 <= len(name) <= 6 and name.isalpha() and \
                (full := next((n for n in used if " " in n and initials(n) == name and
                               r.speakers[n].kind == "institution"), None)) is not None:
            merge[name] = full  # "the World Health Organization said ... The WHO said": one
            # body, under the name the story gave it in full
    if merge:
        out = [replace(q, speaker=merge[q.speaker]) if q.speaker in merge else q for q in out]
        for name, country_name in merge.items():
            r.mentions.setdefault(country_name, []).extend(r.mentions.get(name, ()))
    # only speakers who speak, with the mentions their quotes rest on
    used = {q.speaker for q in out if q.speaker}
    return out, {k: replace(v, mentions=tuple(r.mentions.get(k, ())))
                 for k, v in r.speakers.items() if k in used}
