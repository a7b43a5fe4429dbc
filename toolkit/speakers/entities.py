"""The registry of an article's named entities: who and what the story names.

Every capitalised name sequence in the body is read: ``Russian President Vladimir
Putin`` gives the person *Vladimir Putin* with the title *Russian President*
(nationality Russian, a leader's title), ``NBC's Kier Simmons`` gives *Kier
Simmons* (affiliation NBC), ``journalist Bob Woodward`` gives *Bob Woodward*
with the role *journalist*; ``Kyiv`` is a capital that speaks for a
government; ``the Defence Ministry`` is an institution. Appositives add
descriptors and ages (``Jane Smith, 54, the union leader,``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lexicon
from .. import prefilter as rx
from ..mentions import (
    CALENDAR,
    COMPASS,
    CURRENCY_WORDS,
    DETERMINERS,
    DISCOURSE,
    FRENCH_BODY_HEADS,
    FRENCH_PARTICLES,
    GROUP_ADJECTIVES,
    NAME_PARTICLES,
    NUMBER_WORDS,
    OPENING_MARKS,
    PERSON_NOUNS,
    PREPOSITIONS,
    STOP,
    SUBORDINATORS,
    TIME_QUALIFIERS,
    TITLED_WORKS,
    YEAR_OLD,
    Tokens,
    acronym_after,
    agent_noun,
    and_in_name,
    comma_in_name,
    french_name_end,
    given_per,
    name_after_body,
    numbered_body_at,
    plural_possessive,
    role_noun,
    singular,
    town_particle,
    verb_like,
    work_title_opens,
)
from ..model import Quote
from ..segment import Block, Segmentation

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


#: what one puts out on a platform, after the platform's name: "a Facebook post", "a TikTok
#: video"
POSTED_ITEMS = frozenset({"post", "posts", "page", "video", "videos", "account", "livestream",
                          "broadcast", "message", "messages", "group", "channel", "story"})
#: things named with "known as" that are no body: "the new currency, known as ZiG"
NAMED_THINGS_KNOWN_AS = frozenset({"currency", "program", "programme", "scheme", "plan",
                                   "operation", "system", "policy", "law", "bill", "virus",
                                   "variant", "drug", "disease", "phenomenon", "storm", "app"})
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
#: what an all-capitals word can name in science copy ("the OTOF gene"): no organisation
SCIENCE_NOUNS = frozenset({"gene", "genes", "protein", "proteins", "mutation", "mutations",
                           "variant", "variants", "strain", "enzyme", "receptor", "virus"})
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
                         "college", "library", "museum", "hospital", "academy", "navy",
                         "army"})  # ("the Kenya Navy", though Kenya is a given name)
CORPORATE = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "gmbh", "lp",
                       "ab", "asa", "oyj", "spa", "bv", "se", "pty", "pte", "sdn", "bhd", "tbk",
                       "srl", "sarl"})  # ("Nordic Ore AB", "Penang Port Sdn Bhd")
#: the same spelled out: "Andean Copper Corporation" is called "Andean Copper" after
CORPORATE_WORDS = CORPORATE | {"corporation", "company", "incorporated", "limited", "holdings",
                               "group"}
#: acronyms and capitalised words that never act or speak in a story
NOT_ACTORS = frozenset({"ai", "gdp", "ceo", "cfo", "coo", "ipo", "covid", "covid-19", "tv", "pm",
                        "am", "q1", "q2", "q3", "q4", "usd", "eur", "world heritage", "earth",
                        "cold war", "art nouveau", "art deco", "belle epoque",
                        "belle époque"})  # ("a Cold War mentality": a period, no one; "his
# Art Nouveau house": a style)
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
                       "marketplace", "studio", "cooperative", "distillery",
                       "winery", "mall"})
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
                                "embotelladora", "lechera", "vinícola", "viña", "bodegas",
                                "bodega"})
#: organisation nouns that introduce a name ("platform Chirp", "Chipmaker Veridian", "the
#: pipeline's operator, Andina Midstream"); a court is named, not introduced
NAMING_NOUNS = (ORG_NOUNS - {"court"}) | {"grocer", "supermarket", "label"}
#: firm nouns that are people's trades too: "property developer Andreas Christou"
PERSON_TRADES = frozenset({"developer", "producer", "publisher", "broadcaster", "operator",
                           "supplier", "maker", "miner", "brewer", "grower", "distributor",
                           "wholesaler", "processor", "guard", "center", "centre", "builder",
                           "contractor"})
#: nouns after a one-word name that make it a firm's: "the Lanfranchi dictionary", "the
#: Tagesspiegel newspaper" (not "the Trump administration", "the Almeida family")
FIRM_AFTER_NAME = frozenset({"company", "firm", "newspaper", "dictionary", "publisher",
                             "publishing", "brewery", "airline", "bank", "label"})
#: works a firm runs under its own name, set off after the noun: "The factory, Shahdag Juice,
#: said" (the firm that owns it speaks and is spoken of by the name)
SET_OFF_WORKS = frozenset({"factory", "mill", "brewery", "dairy", "bakery", "cannery"})
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
                         "library", "centre", "center", "distillery", "fund"}) | \
    WORSHIP_PLACES  # ("the distillery" is Dalaruan Distillery, not the broker Caskvest; "the
# fund" the International Monetary Fund, not the Constitutional Court that ruled on one)
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


#: what ranks a body the story will name: "the country's largest producer"
SUPERLATIVES = frozenset({"largest", "biggest", "second-largest", "second-biggest",
                          "third-largest", "leading", "dominant", "oldest", "main"})
#: bodies that speak for a trade: "India's beverage industry" is the Indian Beverage Association
TRADE_BODIES = frozenset({"association", "federation", "confederation", "council", "chamber",
                          "alliance", "institute", "guild", "board"})


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
#: the words before a place its government is named for: "the provincial government of "
_GOVERNMENT_OF = rx.compile(r"\b[Tt]he (?:(provincial|state|regional|cantonal|autonomous|local) )?"
                            r"government of $")
#: what the place is, by its government's word: "provincial" -> a province
_GOVERNED_AS = {"provincial": "province", "state": "state", "cantonal": "canton"}
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
    "Per" that opens a person's name ("Per Arne Lunde"), or "He" a Chinese one after a
    title ("spokesman He Yongxiang")."""
    if given_per(t, i):
        return True
    if t.low[i] == "he" and 0 < i < len(t) - 1 and t.is_cap(i) and t.is_cap(i + 1) and \
            t.is_word(i + 1) and t.is_word(i - 1) and not t.is_cap(i - 1) and \
            t.low[i - 1] in lexicon.titles():
        return True  # "spokesman He Yongxiang": a surname after a title, no pronoun
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
#: the French word that links a body's name and never a person's ("Justice pour Tous
#: Katanga"): no title is cut before it ("Justice" is no judge here)
BODY_LINK_FR = "pour"
#: prepositions after which two capitalised words are a place, not a person
#: "police in the canton of Valais": a region named by its kind
REGION_NOUNS = frozenset({"canton", "province", "state", "region", "county", "district",
                          "city", "town", "village", "prefecture", "department",
                          "governorate"})
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
#: plural nouns for the members a campaign's name opens with ("Moms for Liberty")
MEMBERS = frozenset({"moms", "mothers", "fathers", "dads", "parents", "citizens", "students",
                     "doctors", "lawyers", "nurses", "teachers", "scientists", "veterans",
                     "families", "friends", "women", "grandmothers", "farmers", "workers",
                     "reporters", "journalists", "physicians", "engineers", "architects",
                     "writers", "artists"})
#: words before "Day" that name a holiday ("Boxing Day", "Independence Day")
HOLIDAYS = frozenset({"boxing", "christmas", "independence", "election", "labor", "labour",
                      "memorial", "thanksgiving", "victory", "national", "remembrance"})
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
#: adjectives that open a sentence before a people noun: "Young men", "Elderly residents"
PEOPLE_ADJECTIVES = frozenset({"young", "younger", "old", "older", "elderly", "retired",
                               "angry", "poor", "wealthy", "disabled", "jobless", "unemployed"})
#: facilities named by a name before them ("the La Pampilla refinery", "the Zaporizhzhia
#: nuclear plant" is not: a name and an adjective)
FACILITIES = frozenset({"refinery", "plant", "mine", "dam", "port", "airport", "factory",
                        "pipeline", "reactor", "stadium", "bridge", "terminal", "oilfield",
                        "smelter", "prison", "shipyard", "mall", "hotel"})
#: feasts and fairs named by a saint or a name of their own: "the Santa Tecla festival"
EVENT_NOUNS = frozenset({"festival", "fiesta", "carnival", "feast", "procession", "pilgrimage",
                         "fair", "regatta"})
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
#: titles the registry gives a town it reads as one ("the city of Mechelen", "the village")
PLACE_TITLES = frozenset({"city", "town", "village", "district", "borough", "municipality"})
#: last words of a street's name, never of a person's ("Lamar Avenue", "Downing Street")
STREETS = frozenset({"avenue", "street", "boulevard", "road", "highway", "square", "plaza",
                     "parkway", "expressway", "freeway", "rue", "strasse", "straße", "gasse"})
#: the kinds of street an aside may set after a street's name: "Samovodska Charshia, a
#: cobbled street"
ASIDE_STREETS = STREETS | {"lane", "alley", "bazaar", "quarter"}
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "toward", "towards"})
#: words that set a body in its seat, before "in" and a place: "based in Geneva"
SEATED = frozenset({"based", "headquartered", "registered", "located", "incorporated"})
#: prepositions before "the" and a one-word name: "in the Amazon", "at the Pentagon"
THE_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS | {"at", "from", "into", "inside", "through",
                                               "throughout", "over", "around", "of", "on"}
#: words before a title that are no part of a name: "Former Everton captain Phil Neville"
ROLE_QUALIFIERS = TIME_QUALIFIERS | {"republican", "democrat", "democratic", "gop",
                                     "independent", "conservative", "labour", "liberal",
                                     "green", "olympic", "paralympic"}
# ("Australian Olympic swimmer Jess Harlow")
#: party words before a person's name that are no part of it: "Socialist Afonso Carreira"
#: (before a role they still mark the party: "Socialist candidate Rocío Marín")
NAME_PARTY_WORDS = frozenset({"socialist", "communist", "centrist", "leftist", "nationalist"})
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

#: works a firm runs, which a story may call by their kind for the firm ("the mine's
#: operator, Andes Copper Holdings")
WORKS = frozenset({"mine", "plant", "factory", "refinery", "smelter", "dam", "mill", "quarry",
                   "pipeline", "port", "airport", "terminal", "reactor", "farm", "railway",
                   "yard", "estate", "plantation"})


#: the agency a dateline credits, in its parentheses: "KYIV, Ukraine (Reuters) -"
_DATELINE_AGENCY = rx.compile(r"\(([A-Z][\w.&' -]{0,40}?)\)")
#: first words of many cities' names that are no name alone ("New York", "San José")
CITY_NAME_OPENERS = frozenset({"new", "san", "santa", "saint", "sankt", "los", "las", "port",
                               "fort", "mount", "north", "south", "east", "west", "great",
                               "upper", "lower", "little", "cape", "grand", "lake", "palm"})
#: a lawyer named by apposition: "His lawyer, Rahamatou Bacar," / "Bacar, her lawyer,"
_LAWYER_BEFORE = rx.compile(r"\b(?:([Hh](?:is|er)) )?(?:lawyer|attorney|counsel),? $")
_LAWYER_AFTER = rx.compile(r", (?:a |the |his |her |their )?(?:[a-z]+ )?(?:lawyer|attorney|"
                           r"counsel)\b")
#: who in a courtroom story is nobody's client: "Assistant U.S. Attorney Nicole Brandt"
_OFFICERS_OF_COURT = frozenset({"lawyer", "attorney", "prosecutor", "judge", "counsel",
                                "justice", "magistrate"})
#: the lawyer's own pronoun: "said her client had only repeated allegations"
_CLIENT = rx.compile(r"\b([Hh](?:is|er)) clients?\b")
#: third-person pronouns, matched on lower-cased text (faster than a case-blind pattern)
# (\b(he|his|...|she)\b, written letter first, which the engine scans for twice as fast)
_PRONOUN = rx.compile(r"(h(?<!\wh)(?:e|is|im(?:self)?|er(?:self)?)|s(?<!\ws)he)\b")
POSSESSIVE = rx.compile(r"^(.*?)(?:’s|'s|’|')$")
AGE = rx.compile(r"^\d{1,3}$")


#: a lede that opens on a town it does not name: "A town in the Czech Republic's Vysočina
#: region has cut" (group 1: the town's noun)
UNNAMED_TOWN_LEDE = rx.compile(r"\s*(?:(?:Residents|People|Villagers|Townspeople) (?:of|in) "
                                r"(?=an? ))?[Aa]n? (?:[A-Za-z-]+ ){0,2}?(town|city|village)\b"
                                r"(?= (?:in|on|near|has|have|will|voted|woke|say|says)\b)")


#: a lede's act announced by the officer of the region that opens it: " will charge ..., the
#: state's transport minister said"
_LEDE_OF_REGION = rx.compile(r" (?:will|plans to|is to|has|wants to)\b[^.;\"“”]{1,250}?, "
                             r"the (state|province|territory)['’]s (?:[a-z-]+ ){0,3}?"
                             r"(?:minister|ministry|department|government|premier|governor|"
                             r"agency|authority)\b")


#: a preposition of place right before a name: "on a mountain road in Nagano"
_WHERE_BEFORE = rx.compile(r"\b(?:in|near|outside)\s+$")
#: a route's start right before a name: "the fare from Nayapul", "a two-hour drive from"
_ROUTE_FROM = rx.compile(r"\b(?:fare|fares|road|route|trip|journey|bus|buses|drive|walk|"
                         r"flight|flights|ride|kilometres|kilometers|km|miles|hour|hours) "
                         r"from\s+$")
#: a sentence that opens on a capital, then names an official: "In Beijing, foreign
#: ministry spokesman Liu Jianwei said"
_IN_CAPITAL = rx.compile(r"In ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?), (?:[a-z][\w-]* ){0,4}$")


#: a sentence that opens on an unnamed person, whose pronouns are that person's: "A woman
#: who packs bananas at one of the company's stations ... said she"
_UNNAMED_PERSON = rx.compile(r"(?:An?|One|Another) (?:[\w-]+ ){0,2}(?:woman|man|mother|father|"
                             r"girl|boy|widow|widower|grandmother|grandfather)\b")


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


@lru_cache(maxsize=8192)
def _nation_of(word: str) -> str | None:
    """The country a demonym, country name or alias points to (``U.S`` -> United States)."""
    places = lexicon.places()
    low = word.lower()
    info = places.get(low) or places.get(low + ".") or places.get(low.rstrip("."))
    # (a former state's adjective, "Soviet", points to no country)
    return info[1] or None if info and info[0] in ("demonym", "country", "alias") else None


def _country_owner(core: list[str]) -> tuple[str, int] | None:
    """The country of two to four words a name opens on in the possessive
    (``Dominican Republic's Senate``, ``Sao Tome and Principe's President Helder Bragança``),
    and how many words it takes; else None."""
    for i in (1, 2, 3):
        owner = POSSESSIVE.match(core[i]) if len(core) > i + 1 else None
        if owner and (nat := _nation_of(" ".join(core[:i] + [owner.group(1)]))):
            return nat, i + 1
    return None


#: an office owned by the name just before: "'s tourism minister" (group 2: the office; the
#: possessive may be the mention's own)
_OWNED_OFFICE = re.compile(r"(['’]s)? ((?:[a-z]+ ){0,2}[a-z]+)\b")
#: a province the story has act, by its kind alone: "The province takes the fee", "the
#: province was studying a free day"
_PROVINCE_ACTS = re.compile(r"\b[Tt]he province (?:has|had|is|was|will|would|said|says|"
                            r"takes|took|wants|plans|charges|decided|ordered)\b")
#: seats of government that stand for their state (listed as capitals in places.csv): the
#: office before a role names its holder's country ("Kremlin spokesman", "A State Department
#: spokeswoman, Megan Clarke,")
SEATS_OF_GOVERNMENT = frozenset({"kremlin", "white house", "downing street", "elysee", "élysée",
                                 "state department"})


def _seat_before(t: Tokens, k: int) -> tuple[int, str] | None:
    """The seat of government whose capitalised name ends at token ``k``: its first token
    and its country; else None."""
    for n in (1, 2):
        j = k - n + 1
        name = " ".join(t.low[j:k + 1]) if j >= 0 else ""
        if name in SEATS_OF_GOVERNMENT and all(t.is_cap(x) for x in range(j, k + 1)):
            info = lexicon.places().get(name)
            return (j, info[1]) if info and info[1] else None
    return None


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
#: what a firm is called by the trade it plies, set off after its name: "X, the buyer,"
TRADING_BODIES = frozenset({"buyer", "exporter", "importer", "processor", "supplier",
                            "contractor", "distributor", "wholesaler"})
#: the words for whoever leads a body: "the head of the plant's independent union"
LEADING_ROLES = frozenset({"head", "leader", "chief"})
#: the numeral a chief's, king's or heir's name ends with: "Nana Ato Prah II"
REGNAL_NUMBER = re.compile(r"(?:II|III|IV|VI{0,3}|IX|XI{0,3})")

#: a hyphenated given name after the surname, as Chinese and Korean names are written
#: ("Lin Chia-hao", "Moon Jae-in"): the first word is no given name
_SURNAME_FIRST = rx.compile(r"[A-Z][a-z]+-[a-z]+$")
#: capitalised words of a ministry's name between a demonym and a role ("Chinese Foreign
#: Ministry spokeswoman")
MINISTRY_WORDS = frozenset({"ministry", "foreign", "defence", "defense", "interior", "affairs",
                            "office"})
#: kinds of place that follow a place's name: "Harare's Mbare suburb"
LOCALITY_NOUNS = frozenset({"suburb", "township", "slum", "district", "neighbourhood",
                            "neighborhood", "borough", "village",
                            # (and a natural feature: "Ladakh's Pangong Tso lake")
                            "lake", "lagoon", "glacier", "valley", "gorge", "canyon",
                            # (and a listed place: "a UNESCO World Heritage site")
                            "site"})
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



#: a person's name set off right after an office's: "the Ombudsman, Hendrina Garises,"
_HOLDER_ASIDE = rx.compile(r", ([A-Z][^,;.]{2,40}),")

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
        self._office_holders()
        self._city_governments()
        self._governed_places()
        self._office_owners()
        self._dateline_city()
        self._dateline_agency()
        self._build_timeline()
        if self._descriptions():  # "the governor" is a mention of the governor named before
            self._build_timeline()
        self._pronoun_votes()
        self._client_votes()
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
        lede_holders: dict[str, tuple[Entity, int]] = {}  # a title the lede gave someone
        # named later, and where they are named
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
                former = j < n and t.low[k] == "the" and t.low[j] == "former"
                if former:
                    j += 1  # "the former leader's villa": one who held the post
                # "the manager's fault": the possessive names the manager too
                head = _unowned(t.low[j]) if j < n else ""
                if j + 1 < n and f"{t.low[j]} {_unowned(t.low[j + 1])}" in titles and \
                        not t.is_cap(j) and not t.is_cap(j + 1) and \
                        not (j + 2 < n and t.low[j + 1] != _unowned(t.low[j + 1]) and
                             t.low[j + 2] in _TITLE_OFFICES):
                    head = f"{t.low[j]} {_unowned(t.low[j + 1])}"  # "the prime minister('s)"
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
                    if former and not self._held_formerly(e):
                        continue
                    if head in e.titles or (info.leader and head == "leader" and e.leader):
                        best = e
                        break
                if best is None and pi == 0 and not former:  # a lede's "the governor",
                    # named further on
                    best = self.titled_later(head, nations, t.spans[k][0])
                    if best is not None:
                        lede_holders.setdefault(head, (best, min(m[0] for m in best.mentions)))
                elif best is None and head in lede_holders and \
                        t.spans[k][0] < lede_holders[head][1]:
                    best = lede_holders[head][0]  # '"The attorney general has become the
                    # main obstacle," the president said', before she is named: the lede's
                if best is not None:
                    start, end = t.spans[k][0], t.spans[j][1]
                    best.mentions.append((start, end, self._is_subject(t, k, j + 1)))
                    touched[id(best)] = best
        for e in touched.values():
            e.mentions.sort()
        return len(touched)

    def _held_formerly(self, e: Entity) -> bool:
        """Whether the story introduces ``e`` by a post they no longer hold ("former Prime
        Minister Dhanraj Bhoyroo"): whom "the former prime minister" means."""
        first = min(m[0] for m in e.mentions)
        return self.text[max(0, first - 8):first].lower().endswith(("former ", "ex-"))

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
            if i >= 3 and t.low[i - 2] == "of" and t.low[i - 1] == "the" and \
                    (person := name_after_body(t, i - 3, j)) is not None:
                self._add_sequence(t, i, person[0], pi)  # "member of the European Parliament
                i = person[0]  # Brechtje Oudkerk": the body the role is of, then its member
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
        Justice in Palestine, had``; and a works': ``The factory, Shahdag Juice, said``):
        capitalised words and the small words between them, up to the closing comma; None
        when the name does not run so."""
        if i < 3 or t.low[i - 1] != "," or \
                (t.low[i - 2] not in ORG_NOUNS and t.low[i - 2] not in SET_OFF_WORKS) or not (
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
        if w == "against" and j > i and j + 1 < len(t) and t.is_cap(j + 1) and \
                t.is_word(j + 1) and t.caps[j] and t.low[j - 1] in lexicon.institution_nouns():
            return True  # "Fiji Independent Commission Against Corruption": the aim, capitalised
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
        if w == "in" and j == i + 3 and t.low[i + 1] == "of" and t.low[i + 2].endswith("s") and \
                t.low[i] in lexicon.institution_nouns() and j + 1 < len(t) and \
                t.is_cap(j + 1) and (j + 2 >= len(t) or not t.is_cap(j + 2)) and \
                lexicon.places().get(t.low[j + 1], ("",))[0] == "country":
            return True  # "the Council of Churches in Zambia": a body of its members in a
            # country, named so (not "the Ministry of Health in Kenya")
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
        if w == "to" and j == i + 1 and i >= 1 and not t.caps[i - 1] and \
                t.low[i - 1] in DESCRIBED_GROUPS and j + 2 < len(t) and \
                t.low[j + 1] == "the" and t.is_cap(j + 2) and t.is_word(j + 2):
            return True  # "the patients' group Dignity to the End": the name its description
            # introduces
        if w in ("the", "a", "an") and j > i + 1 and j + 1 < len(t) and t.is_cap(j + 1) and (
                t.low[j - 1] in ("of", "for") or
                (t.low[j - 1] == "to" and j == i + 2 and i >= 1 and not t.caps[i - 1] and
                 t.low[i - 1] in DESCRIBED_GROUPS)):
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
                (t.low[k].endswith("s") and t.low[k][:-1] in lexicon.institution_nouns()) or \
                (k == j + 1 and t.low[k] == "central" and t.low[j - 1] == "workers")
            # (and "the Ghana Union of Traders' Associations"; "the Bolivian Workers' Central",
            # a labour confederation by its Spanish name, "central obrera")
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
        if b - a >= 2 and (t.low[b - 1] == "eve" or
                           (t.low[b - 2] == "new" and t.low[b - 1] == "year") or (
                t.low[b - 1] == "day" and (t.low[b - 2].endswith(("'s", "’s")) or
                                           t.low[b - 2] in HOLIDAYS or
                                           (b + 1 < len(t) and t.low[b] == "of" and
                                            t.is_cap(b + 1))))):
            return  # "New Year's Eve", "Boxing Day", "the Lunar New Year season": a date, no
            # one (and "the Hindu Day of Silence", a feast's name)
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
        if firm and b - a == 1 and any(e.kind == "person" for e in self.by_last.get(t.low[a], ())):
            firm = False  # "Radojicic told parliament Todorovic was trying": the man named
            # before, not a body the noun introduces
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
                t.low[a].rstrip(".") not in lexicon.titles() and \
                not (lexicon.places().get(t.low[a], ("",))[0] == "demonym" and
                     a + 1 < len(t) and not t.is_cap(a + 1)) and \
                (t.low[noun] not in lexicon.titles() or t.low[noun] in ORG_NOUNS):
            # ("... Colombia's capital, Mayor Andrés Villamizar-Pinto said": a titled person
            # after the place; and "the Ombudsman, Hendrina Garises,": the office's holder,
            # where a word for a body is also a person's title; nor "Its author, Dutch
            # member of ...": a nationality)
            k = noun - 1  # "Australia's biggest telecommunications company, Telstrom,"
            # (and past a participle phrase: "An online marketplace named in the ministry's
            # statement, Tiendalia,")
            while k > noun - 4 and k >= 1 and t.is_word(k) and not t.is_cap(k) and \
                    t.low[k] not in DETERMINERS and t.low[k] not in PREPOSITIONS and \
                    POSSESSIVE.match(t.low[k]) is None:
                k -= 1
            if k >= 3 and k == noun - 1 and plural_possessive(t, k) and t.is_word(k - 1) and \
                    not t.is_cap(k - 1) and \
                    (d := next((x for x in range(k - 2, max(0, k - 6), -1)
                                if not (t.is_word(x) and t.is_cap(x))), None)) is not None and \
                    t.low[d] in DETERMINERS:
                k = d  # "The head of the Hakone innkeepers' association, Shigeru Ogasawara,":
                # the trade's body, past its plural owner, to the article and what it is of
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
        while titles and q >= 1 and t.is_cap(q) and t.low[q] in MINISTRY_WORDS and \
                t.is_cap(q - 1):
            q -= 1  # "Chinese Foreign Ministry spokeswoman Mao Lijuan": past the ministry
        if titles and q >= 0 and t.is_cap(q) and t.is_word(q) and \
                (nat := _nation_of(t.low[q])) and t.low[q] in lexicon.demonyms():
            nations.add(nat)  # "Latvian grandmaster Arturs Kalnins": his country
        elif titles and q >= 0 and (seat := _seat_before(t, q)) is not None:
            nations.add(seat[1])  # "Kremlin spokesman Dmitry Orlov": the state it stands for
        if not titles and a >= 4 and \
                (of := next((x for x in range(a - 2, max(1, a - 8), -1)
                             if t.low[x] == "of" and t.low[x + 1] == "the"), None)) is not None \
                and name_after_body(t, of - 1, b) is not None:
            titles.add(t.low[of - 1])  # "Dutch member of the European Parliament Brechtje
            if of >= 2 and (nat := _nation_of(t.low[of - 2])) and \
                    t.low[of - 2] in lexicon.demonyms():  # Oudkerk": her role, and her country
                nations.add(nat)
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
            if not titles and k == a - 2 and a >= 5 and t.is_cap(k) and \
                    (of := next((x for x in range(a - 3, max(0, a - 8), -1)
                                 if t.low[x] in ("of", "for")), None)) is not None and \
                    t.is_cap(of - 1) and t.low[of - 1] in known and \
                    all(t.is_cap(x) or t.low[x] in ("and", "the") for x in range(of + 1, a - 1)):
                titles.add(t.low[of - 1])  # "Australia's Minister for International
                k = of - 2  # Development, Daniel Hargreaves,": the title with its portfolio
            first = k + 1
            while titles and k >= 0 and first - k <= 2 and t.is_word(k) and not t.is_cap(k) \
                    and t.low[k] not in STOP and t.low[k] not in DETERMINERS and \
                    not POSSESSIVE.match(t.low[k]):
                k -= 1  # "interior minister": a qualifier of the role (not "her lawyer")
            if k + 1 < first:
                titles.add(" ".join(t.low[k + 1:a - 1]))
            if titles and k >= 1 and (seat := _seat_before(t, k)) is not None and \
                    seat[0] >= 1 and t.low[seat[0] - 1] in DETERMINERS:
                nations.add(seat[1])  # "A State Department spokeswoman, Megan Clarke,": a
                k = seat[0] - 1  # role in the office that stands for her country
            elif titles and k >= 1 and t.is_cap(k) and t.low[k] in lexicon.demonyms() and \
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
            titles = {"former " + x for x in titles}  # "former Wolves manager Paulo Nunes"
            # is not "the manager", but he is "the former manager"
        if gender_hint is None:  # "Its chairwoman, Agnese Briede, whose son ... his lungs":
            # the role set off before the name tells her gender, as one before it does
            gender_hint = next((known[x].gender for x in sorted(titles)
                                if x in known and known[x].gender != "unknown"), None)
        core = list(words)
        while len(core) > 1:  # a lone word is the name itself
            w = core[0]
            lw = w.lower().rstrip(".")
            two = " ".join(core[:2]).lower()
            if (lw in ROLE_QUALIFIERS or lw in NAME_PARTY_WORDS) and not _names_body(core[1:]):
                core = core[1:]  # "Former Everton captain", "Republican Dan Whitaker"
            elif _compound_adjective(lw):
                core = core[1:]  # "Yorkshire-based Northfield County Cricket Club"
            elif (lw in NAMING_NOUNS or (lw.endswith("maker") and len(lw) > 6 and
                                          lw not in known and
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
                    not (lw == "general" and _names_body(core[1:])) and \
                    not _given_name_title(core, 0) and not (
                    lw.endswith("s") and core[1].lower() in ("for", "against", "without", "of")) \
                    and core[1].lower() != BODY_LINK_FR:
                # (not "Moms for Liberty", "Parents for Safe Schools": a body of members; nor
                # "Justice pour Tous Katanga", a French body's name; nor "General Auditing
                # Commission", a body whose name opens on the word)
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
            elif (owned := _country_owner(core)) is not None:
                nations.add(owned[0])  # "Sao Tome and Principe's President Helder Bragança",
                core = core[owned[1]:]  # "Dominican Republic's Senate": a country of several
                # words owns the title and name after it
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
                                                 t.low[b] in PARTY_NOUNS) and not t.caps[b] and
             not t.low[b - 1].endswith(("'s", "’s"))) or \
            (len(core) >= 2 and b < len(t) and t.low[b] in PARISH_NOUNS and
             not t.caps[b] and core[0].lower() not in DENOMINATIONS and
             not (b + 1 < len(t) and t.low[b + 1] in ("council", "church", "priest"))) or \
            (len(core) == 1 and a >= 1 and t.low[a - 1] == "the" and b < len(t) and
             (t.low[b] in UNION_WORDS or t.low[b] in PARTY_NOUNS or
              _owned_party_noun(t.low[b]) is not None) and not t.caps[b]) or \
            (len(core) == 1 and a >= 1 and t.low[a - 1] == "the" and b < len(t) and
             t.low[b] in FIRM_AFTER_NAME and not t.caps[b] and
             core[0].lower() not in lexicon.given_names() and not _nation_of(core[0].lower()))
        # ("the United Auto Workers union", "the Verdi union", "the Sadrist movement's
        # boycott"; not "Budget airline SkyBridge";
        # nor "Prime Minister Faleh al-Dulaimi's coalition": the man's)
        short_of = self._kind_named(" ".join(core).lower())  # ("Harlan State" of Harlan
        # State University named before: the university, though Harlan is a given name)
        named_thing = a >= 3 and t.low[a - 1] == "as" and t.low[a - 2] == "known" and \
            t.low[a - 3] == "," and a >= 4 and t.low[a - 4] in NAMED_THINGS_KNOWN_AS
        if named_thing:
            self.places_named.add(" ".join(core))
            return  # "the new gold-backed currency, known as ZiG": a thing's name, no body
        known_at = a - 1 if a >= 1 and t.low[a - 1] == "the" else a  # ("known as the Tsets")
        body_known_as = known_at >= 4 and t.low[known_at - 1] == "as" and \
            t.low[known_at - 2] == "known" and t.low[known_at - 3] == "," and \
            nouns.get(t.low[known_at - 4]) == "institution"
        # ("The agency, known as Crous, said": the body's name, though a word like a surname)
        platform = len(core) == 1 and a >= 1 and t.low[a - 1] in ("a", "an") and \
            b < len(t) and t.low[b] in POSTED_ITEMS and not t.caps[b] and \
            core[0].lower() not in lexicon.given_names() and core[0] not in self.entities and \
            not self.by_last.get(core[0].lower())  # "a Facebook post in which he called": a
        # platform, no one a pronoun may stand for
        organisation = organisation or body_known_as or platform or _body_by_form(core) or \
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
        if b < len(t) and t.low[b] in EVENT_NOUNS and t.is_word(b) and not t.is_cap(b) and \
                not POSSESSIVE.match(t.low[b - 1]) and low not in lexicon.places() and \
                not _nation_of(low):  # (not "Olinda's carnival": the town whose feast it is)
            return  # "Tarragona's Santa Tecla festival": a feast, no one who acts
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
                not (t.low[b] == "province" and _PROVINCE_ACTS.search(self.text)) and \
                not (b + 1 < len(t) and t.low[b + 1] in REGION_ACTS and
                     (self._sentence_initial(t, b - 2) or
                      (b >= 3 and self._sentence_initial(t, b - 3)))):
            return  # "northern Myanmar's Kachin state": a place, no one who speaks (a state
            # the place list knows may govern: "India's Bihar state"; and one whose
            # government the story names: "Malaysia's Pahang state ... The state government
            # said"; or one that acts: "Nigeria's Lagos state will ban", "Argentina's Jujuy
            # province ... The province takes the fee")
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
            t.low[a - 2] in ("state", "province", "canton", "county", "governorate",
                             "prefecture") and
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
                             e.name.startswith(name + " of ") or
                             f" {name} Against " in e.name)), None)  # (and "Confederation
                # spokeswoman X" of the Confederation of Chilean Students; "Commission deputy
                # commissioner X" of the Independent Commission Against Corruption)
            if ent is None and body_known_as and len(core) == 1 and not t.caps[known_at - 4]:
                same = [e for e in self.entities.values() if e.kind == "institution" and
                        e.name.lower().split()[-1] == t.low[known_at - 4] and " " in e.name]
                if len(same) == 1:  # "Mongolia's Constitutional Court ... The court, known as
                    ent = same[0]  # the Tsets, said": the court named before, by its other
                    # name (but "The Ghana Cocoa Board, known as Cocobod," goes by Cocobod)
                    self.by_org_first.setdefault(low, ent)
            ent = ent or self._get(name, "institution")
            if len(core) >= 2 and not place:  # "Helix" later names Helix Systems
                self.by_org_first.setdefault(core[0].lower(), ent)
                if len(core) == 2 and core[0].lower() in CLUB_PREFIXES:
                    self.by_org_first.setdefault(core[1].lower(), ent)  # "Isartal": FC Isartal
        elif b < len(t) and t.low[b] in LOCALITY_NOUNS and not t.is_cap(b) and \
                name not in self.entities and not POSSESSIVE.match(t.low[b - 1]):
            self.places_named.add(name)
            return  # "Harare's Mbare suburb", "the Kibera slum": a place by its kind
        elif b + 2 < len(t) and t.low[b] == "," and t.low[b + 1] in ("a", "an") and \
                name not in self.entities and \
                (k := next((x for x in range(b + 2, min(b + 5, len(t)))
                            if not t.is_word(x) or t.is_cap(x) or t.low[x] in ASIDE_STREETS),
                           None)) is not None and t.low[k] in ASIDE_STREETS:
            self.places_named.add(name)
            return  # "Samovodska Charshia, a cobbled street in": a place the aside tells
        elif b < len(t) and t.low[b] in WORKS and a >= 1 and \
                t.low[a - 1] in ("its", "their", "our") and name not in self.entities:
            self.places_named.add(name)
            return  # "its Newport plant": where the works stand, no body of its own
        elif len(core) == 2 and a >= 2 and t.low[a - 1] == "of" and \
                t.low[a - 2] in ("city", "town", "village") and \
                re.search(rf"(?m)^{re.escape(name.upper())},", self.text) is not None:
            ent = self._get(name, "institution")  # "VELIKO TARNOVO, Bulgaria ... in the
            ent.titles.add(t.low[a - 2])  # Bulgarian city of Veliko Tarnovo": the dateline's
            # town, which may act as one body (as a town of one word does)
        elif len(core) >= 2 and name not in self.entities and \
                not any(t.low[x].rstrip(".") in known for x in range(a, b - len(core))) and \
                not POSSESSIVE.match(t.low[b - 1]) and (
                    (a >= 1 and t.low[a - 1] in PLACE_PREPOSITIONS) or _places_named(t, a)):
            self.places_named.add(name)  # (so "who represents Sabon Zongo" later is no one)
            return  # "a building in Zubin Potok", "the suburbs of Kaneshie and Sabon Zongo": a
            # place no gazetteer lists, no person (but "confidence in Prime Minister Sialis
            # Waiwai" names a holder)
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
            if a >= 2 and t.low[a - 1] == "in" and t.low[a - 2] in SEATED and \
                    name not in self.entities and not self._known_single(low) and \
                    not POSSESSIVE.match(t.low[b - 1]):
                self.places_named.add(name)
                return  # "The Sahel Memory Foundation, based in Geneva,": where a body sits,
                # no person
            if a >= 2 and t.low[a - 1] == "the" and t.low[a - 2] in THE_PLACE_PREPOSITIONS and \
                    name not in self.entities and not self._known_single(low) and \
                    not low.endswith("s") and self._always_the(name):  # (not "the Teamsters")
                return  # "drought in the Sertão": a region the story never names bare, no
                # person (who takes no "the") for a "she" to point at
            if a >= 1 and t.low[a - 1] == "the" and name not in self.entities and \
                    POSSESSIVE.match(t.low[b - 1]) and not self._known_single(low) and \
                    len(ends := [e for e in self.entities.values() if e.kind == "institution"
                                 and e.name.endswith(" " + name)]) == 1:
                ent = ends[0]  # "the Honiara Herald newspaper ... The Herald's editor": the
                # body by the last word of its name, with the "the" no person takes (owning
                # someone: "on the Nile" is no "Blue Nile" body)
            else:
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
        elif b < len(t) and (noun := _owned_party_noun(t.low[b])) is not None and \
                ent.kind == "institution":
            ent.titles.add(noun)  # "the Sadrist movement's boycott": "the movement"
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
        elif a >= 4 and t.low[a - 1] == "," and ent.kind == "institution" and \
                (t.low[a - 2] in ORG_NOUNS or
                 lexicon.source_nouns().get(t.low[a - 2]) == "institution") and \
                (d := next((d for d in (a - 4, a - 5) if d >= 0 and t.is_cap(d) and
                            POSSESSIVE.match(t.low[d]) and t.low[d] not in ("its", "their") and
                            all(t.is_word(x) and not t.is_cap(x) for x in range(d + 1, a - 2))),
                           None)) is not None:
            ent.titles.add(t.low[a - 2])  # "Armenia's national postal operator, Hayastan
            # Post,": later "the operator" (and its country is its own; and at the
            # sentence's opening: "Mexico's environment ministry, Semarnat, said")
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
                ent.kind == "institution" and len(core) == 1 and b >= 2 and \
                ((b >= 3 and POSSESSIVE.match(t.low[b - 3]) and not t.is_cap(b - 2)) or
                 t.low[b - 2] in ("in", "of", "across", "throughout") or
                 POSSESSIVE.match(t.low[b - 2])):
            ent.titles.add(t.low[b])  # "Angola's central Huambo province": a province, which
            # the story's "provincial government" may be (and "a fortress in Jujuy province")
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
                all(lexicon.source_nouns().get(head[-1]) == "institution" and
                    not any(agent_noun(w) or w in lexicon.titles() or w in PERSON_NOUNS
                            for w in head)
                    for head in map(_title_head, ent.titles)):
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
            role_in_body = role_in_body or (bool(words) and words[-1] in PERSON_TRADES and
                                            "who" in t.low[k:j])
            # ("Rian Swartz, a South African developer who is building 40 villas,": a trade
            # that "who" gives a person)
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
        if (bare := ARABIC_ARTICLE.sub("", last)) != last:
            self.by_last.setdefault(bare.lower(), []).append(ent)  # "Thamer al-Hadithi ...
            # Hadithi said": the surname without its article, as wires write it again
        if len(core) == 3 and (mid := core[1]).istitle() and len(mid) > 2 and "." not in mid and \
                mid.lower() not in NAME_PARTICLES and mid.lower() not in lexicon.given_names():
            self.by_last.setdefault(mid.lower(), []).append(ent)  # "Ileana Chinchilla Ureña
            # ... Chinchilla said": the first of two Spanish surnames, as wires write it again
        if len(core) >= 3 and REGNAL_NUMBER.fullmatch(last) and core[-2].istitle():
            self.by_last.setdefault(core[-2].lower(), []).append(ent)  # "Nana Ato Prah II
            # ... Prah said": a chief's or king's name before its numeral
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
        if low.endswith("s") and low[:-1] in lexicon.demonyms():
            return None  # "protected Slovaks from ...": a people, no one's surname
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

    def _office_holders(self) -> None:
        """An office the story names as a body and then its holder in an aside (``Namibia's
        Ombudsman found ... the Ombudsman, Hendrina Garises, said``; ``Samoa's Electoral
        Commissioner, Tupua Vaai, rejected``) is that person: the office's mentions are
        hers, no body of its own for her words to be about."""
        titles = lexicon.titles()
        for e in list(self.entities.values()):
            words = e.name.lower().split()
            office = titles.get(words[-1])
            if office is None or office.kind not in ("title", "role") or not (
                    e.kind == "institution" or
                    (e.kind == "person" and len(words) <= 3 and not e.gender_votes and
                     all(w not in lexicon.given_names() for w in words))):
                continue  # (a person only by the title's words: "Electoral Commissioner")
            holder = next((p for _, b, _ in e.mentions
                           if (m := _HOLDER_ASIDE.match(self.text, b)) is not None
                           for p in self.entities.values()
                           if p is not e and p.kind == "person" and
                           any(x == m.start(1) for x, _, _ in p.mentions)), None)
            if holder is not None:
                self._absorb(e, holder)

    def _forget(self, e: Entity) -> None:
        """Drop ``e`` from the registry and from the name indexes that find people by their
        given name or surname."""
        del self.entities[e.name]
        for index in (self.by_last, self.by_first):
            for found in index.values():
                if e in found:
                    found.remove(e)

    def _absorb(self, e: Entity, body: Entity) -> None:
        """Fold ``e``, a shorter name of ``body``, into it: its mentions become the body's and
        every index that found ``e`` finds the body (or nothing) from then on."""
        body.mentions = sorted(body.mentions + e.mentions)
        self._forget(e)
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

    def _office_owners(self) -> None:
        """A lone name met only as whose office a title is (``Chubut's tourism minister,
        Leandra Iturrioz, said``) is a place or body, not a person of that surname; a
        province, where the story has "the province" act."""
        province = _PROVINCE_ACTS.search(self.text) is not None
        for ent in list(self.entities.values()):
            if ent.kind != "person" or " " in ent.name or ent.gender_votes or \
                    ent.name.lower() in lexicon.given_names() or not ent.mentions or \
                    ent.name.lower() in SPORT_BODY_WORDS:  # (the rest of "Sri Lanka Cricket")
                continue
            if all((m := _OWNED_OFFICE.match(self.text, b)) is not None and
                   (m.group(1) is not None or self.text.endswith(("'s", "’s"), a, b)) and
                   m.group(2).split()[-1] in lexicon.titles()
                   for a, b, _ in ent.mentions):
                self.make_body(ent)
                if province:
                    ent.titles.add("province")

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
                    all(_WHERE_BEFORE.search(self.text, max(0, a - 8), a) or
                        _ROUTE_FROM.search(self.text, max(0, a - 18), a)
                        for a, _, _ in e.mentions):
                continue  # (a name only ever met as where something happened, "on a mountain
                # road in Nagano", or where a route starts, "the fare from Nayapul", is a
                # place, whatever body the paragraph names next)
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

    def _dateline_agency(self) -> None:
        """The agency a dateline credits (``VICTORIA (Reuters) -``) is the story's own
        reporter, no one in it: ``told Reuters by telephone`` names no person a later ``he
        said`` could mean, nor a body a later ``it`` could."""
        block = dateline_block(self.seg)
        if block is None:
            return
        for agency in _DATELINE_AGENCY.findall(self.text, block.start, block.end):
            e = self.entities.get(agency)
            if e is not None and e.kind == "person":
                self._forget(e)

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
        if found is None and opening and \
                re.search(r"\b[Tt]he (?:city|town) council\b", self.text) and \
                not re.search(r"\b[Tt]he (?:city|town) council (?:said|says|announced|told)\b",
                              self.text):
            # a city the story names only as whose things they are ("TARRAGONA, Spain ... to
            # boycott Tarragona's Santa Tecla festival after the city council moved"): the
            # city of the dateline, where its council acts (a council that speaks is its own
            # speaker: "The city council said")
            for n in names:
                owned = [m.span() for m in re.finditer(rf"\b{re.escape(n)}(?=['’]s\b)",
                                                        self.text[opening:])]
                if owned:
                    town = self._get(n, "institution")
                    town.mentions.extend((opening + a, opening + b, True) for a, b in owned)
                    town.titles.add("dateline city")
                    return
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
                                            for k in range(back + 1, si)) and \
                        not _UNNAMED_PERSON.match(self.text, sent.start):
                    window, weight = {id(e): e for e in owners[back]}, 0.5
                    # (not "A woman who packs bananas ... said she had": her own she)
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

    def _client_votes(self) -> None:
        """A lawyer's "her client"/"his client" tells the lawyer's gender ("His lawyer,
        Rahamatou Bacar, said her client had ..."), and "His lawyer" the client's, named
        just before ("Prosecutors say Hoang-Nam's company issued bonds ... His lawyer,
        Tran Minh Hai-Duc, said"): pronouns whose owners the sentence fixes, though it
        names two people (so the window rule above cannot tell whose they are)."""
        if "lawyer" not in self.text and "attorney" not in self.text and \
                "counsel" not in self.text:
            return  # (the patterns below need one of these words, in lower case)
        for e in self.entities.values():
            if e.kind != "person":
                continue
            for s, end, _ in e.mentions:
                if self.in_quote(s):
                    continue
                si = self.seg.sentence_at(s)
                sent = self.seg.sentences[si]
                before = _LAWYER_BEFORE.search(self.text, max(sent.start, s - 16), s)
                if not (before or _LAWYER_AFTER.match(self.text, end)):
                    continue
                if before is not None and before.group(1):
                    # (the one person named there: "Raluca Craciun, who runs the news site
                    # Vestul Liber, ... her lawyer" names a site the registry takes for one;
                    # not a prosecutor, judge or lawyer, nor one whose given name says else)
                    said = PRONOUN_GENDER[before.group(1).lower()]
                    clients = {id(c): c for c, (cs, _, _) in self.persons_before(before.start(),
                                                                                 limit=12)
                               if c is not e and c.kind == "person" and
                               " " in c.name and  # (a full name: not "on Instagram")
                               self.seg.sentence_at(cs) >= si - 1 and
                               not c.titles & _OFFICERS_OF_COURT and
                               lexicon.given_names().get(c.first.lower(), said) == said}
                    if len(clients) == 1:
                        (client,) = clients.values()
                        client.vote(said, 1.0)
                m = _CLIENT.search(self.text, end, sent.end)
                if m is not None and not self.in_quote(m.start()):
                    e.vote(PRONOUN_GENDER[m.group(1).lower()], 1.0)

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


def dateline_country(text: str, seg: Segmentation) -> str | None:
    """The country a wire dateline places the story in (``CANBERRA, Australia (AP) —``,
    ``SEOUL (AP) —``, ``JOHANNESBURG (AP) —``), else None."""
    block = dateline_block(seg)
    if block is None:
        return None
    for part in re.split(r"[,()]", text[block.start:block.end]):
        info = lexicon.places().get(part.strip().lower())
        if info and info[0] in ("country", "capital"):
            return info[1]
        low = part.strip().lower()
        if (country := lexicon.dateline_cities().get(low)) is not None:
            return country  # "JOHANNESBURG (AP) -": a city that stands alone in datelines
        if low.endswith(" city") and (info := lexicon.places().get(low[:-5])) and \
                info[0] == "country":
            return info[1]  # "BELIZE CITY (AP)": the country's own city, named for it
    return None


def initials(name: str) -> str:
    """``Athletics Integrity Unit`` -> ``AIU`` (small words aside)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _owned_party_noun(word: str) -> str | None:
    """``movement's`` -> ``movement``: a party noun in its possessive (``the Sadrist
    movement's boycott``), else None."""
    m = POSSESSIVE.match(word)
    return m.group(1) if m is not None and m.group(1) in PARTY_NOUNS else None


#: the Arabic article that opens a surname, which a story may drop on naming the person
#: again: "Thamer al-Hadithi ... Hadithi said"
ARABIC_ARTICLE = re.compile(r"^(?:al|el|Al|El)-(?=[A-Z])")
#: a title holder's office, which speaks as a body: "the attorney general's office"
_TITLE_OFFICES = frozenset({"office", "offices", "ministry", "department", "cabinet",
                            "administration", "government", "spokesman", "spokeswoman"})


def _unowned(word: str) -> str:
    """``word`` without its possessive ending: "minister's" -> "minister"."""
    return word[:-2] if word.endswith(("’s", "'s")) else word


def _title_head(title: str) -> list[str]:
    """A title's words before a participle phrase (``television host running for office``
    -> ``television host``): what the person is, not what they do."""
    words = title.split()
    cut = next((x for x in range(1, len(words) - 1) if words[x].endswith("ing") and
                len(words[x]) > 5 and (words[x + 1] in PREPOSITIONS or
                                       words[x + 1] in DETERMINERS or
                                       words[x + 1] in ("for", "of", "to"))), len(words))
    return words[:cut]


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
    Committee``): a qualifier before them (``Democratic``) is part of the name, the
    possessive's too (``the Liberal Democratic Party's failure``)."""
    heads = lexicon.institution_nouns()
    bare = [_unowned(w.lower()) for w in words]
    return any(w in heads or w in WORDS_ABROAD for w in bare) or _named_for_members(words)


def _named_for_members(words: list[str]) -> bool:
    """Whether a plural possessive stands inside capitalised ``words`` (``Bolivian Workers'
    Central``): a body named for its members."""
    return any(w.endswith(("s'", "s’")) for w in words[:-1])


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
    if _named_for_members(core):
        return True  # "Bolivian Workers' Central"
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


def dateline_block(seg: Segmentation) -> Block | None:
    """The story's wire dateline ("NAIROBI, Kenya (Reuters) -") as the segmenter found it,
    or None if it has none."""
    return next((b for b in seg.blocks if b.kind == "dateline"), None)


def dateline_end(seg: Segmentation) -> int:
    """Where the story's wire dateline ends, or 0 if it has none."""
    block = dateline_block(seg)
    return block.end if block is not None else 0


def dateline_place(text: str, seg: Segmentation) -> str | None:
    """The place a dateline opens on, as a name (``MOSTAR, Bosnia and Herzegovina
    (Reuters)`` -> ``Mostar``), or None when the story has no dateline."""
    block = dateline_block(seg)
    if block is None:
        return None
    return re.split(r"[,(–—]", text[block.start:block.end], maxsplit=1)[0].strip().title()


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


#: titles that are also common given names: "chief executive Dean Morrissey-Hall", "Emir
#: Hadžić-Kovač" (a Bosnian Emir), "Sultan Kakar-Marri" (a Pakistani Sultan)
GIVEN_TITLES = frozenset({"dean", "emir", "sultan"})


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
