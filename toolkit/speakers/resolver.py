"""Resolve each quote's speaker mention to a canonical speaker of the registry.

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
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .. import lexicon
from .. import prefilter as rx
from ..mentions import (
    AUXILIARIES,
    BROADCASTING,
    CITED_PAPERS,
    COLLECTIVE_STAFF,
    COMPASS,
    COMPASS_ADJECTIVES,
    DETERMINERS,
    DOCUMENTS,
    NAME_PARTICLES,
    NUMBER_WORDS,
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
    YEAR_OLD,
    Tokens,
    agent_noun,
    and_in_name,
    body_of_state_end,
    clause_subject,
    group_then_modifier,
    mention_left,
    name_an,
    passive_participle,
    plural_possessive,
    role_noun,
    singular,
    town_particle,
    trade_plural,
    verb_like,
)
from ..model import Quote, Speaker
from ..segment import Segmentation
from .entities import (
    CORPORATE,
    GEOGRAPHIC,
    GROUP_PEOPLE,
    INTERGOVERNMENTAL,
    KINDS_ABROAD,
    LOCALITY_PLURALS,
    MEDIA_NOUNS,
    MUNICIPALITIES,
    NAME_PLURALS,
    NAMED_KINDS,
    NOT_NAME_STARTS,
    NOT_NAMES,
    ORG_NOUNS,
    PARTY_NOUNS,
    PEOPLE_ADJECTIVES,
    PLACE_TITLES,
    PORTFOLIOS,
    POSSESSIVE,
    PRONOUN_GENDER,
    REGION_NOUNS,
    ROLE_QUALIFIERS,
    STREETS,
    SUPERLATIVES,
    TRADE_BODIES,
    UNION_WORDS,
    Entity,
    Registry,
    _abbreviated_country_body,
    _after_last_title,
    _body_noun,
    _compound_adjective,
    _country_owner,
    _eponymous_body,
    _firm_like,
    _given_name_title,
    _institution_head,
    _names_body,
    _nation_of,
    _one_in_name,
    _past_title_of,
    _two_word_country,
    dateline_country,
    dateline_end,
    dateline_place,
    initials,
    registry,
    thing_word,
)

#: a lede that opens on a person described, not named: " A driver in Plovdiv was fined"
_LEDE_PERSON = rx.compile(r"\s*(?:[-—–]\s*)?((?:An?|The) (?:[a-z-]+ ){0,2}?[a-z]+)"
                          r"(?= (?:in|from|at|of|on|who|whose|was|is|has|had|says|said)\b|,)")
#: an unnamed person the lede acts on, whom a later pronoun there means: "suspended a
#: lawmaker for 30 days after he called"
_INDEFINITE_ROLE = rx.compile(r"\b[Aa]n? (?:[a-z-]+ )??([a-z]+)\b(?! of\b)")
#: the words for a member of a legislature, one another's equal in a story
LEGISLATORS = frozenset({"lawmaker", "legislator", "deputy", "mp", "parliamentarian",
                         "congressman", "congresswoman", "senator"})
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
#: a body's name that ends on where it sits: "China's embassy in Lima" (the noun before "in")
_POSTED_IN = rx.compile(r" ([a-z]+) in [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*$")
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
#: who someone is known by their place beside another: "Villca's predecessor", "her rival"
SUCCESSION = frozenset({"predecessor", "successor", "rival", "opponent", "challenger"})
#: a head of state or government named by title alone, whose "office" may speak:
#: "Ghana's president suspended ..., his office said"
_UNNAMED_HOLDER = rx.compile(r"(?:\b[A-Z][\w-]*['’]s |\b[Tt]he )(president|[Pp]rime [Mm]inister|"
                             r"premier|governor|mayor|king|queen|chancellor)\b(?! [A-Z])")
#: a party's officer opening a paragraph: "Chadema spokesman Faraji Kitundu said"
_PARTY_OFFICER = re.compile(r"((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+) (?:spokesman|spokeswoman|"
                            r"spokesperson|secretary-general|chairman|chairwoman|leader) "
                            r"(?:[A-Z][\w'’.-]+ )+(?:said|says|told)\b")
#: bodies that belong to a person: "His office said", "her campaign said"
OWN_BODIES = frozenset({"office", "campaign", "government", "administration", "team", "family",
                        "party", "ministry"})
#: roles that name what a person does for a living or a sport, so that "the player" is the
#: one person the sentence names (unlike "the lawyer" or "the spokesman": someone else's)
CALLINGS = frozenset({"player", "athlete", "sprinter", "swimmer", "cyclist", "boxer", "skier",
                      "footballer", "cricketer", "golfer", "goalkeeper", "striker", "midfielder",
                      "jockey", "climber", "marathoner", "runner", "singer", "actor", "actress",
                      "musician", "artist", "writer", "novelist", "poet", "chef", "filmmaker"})
#: styles held of a place, by which a person is known: "the Archbishop of Canterbury",
#: "the Emir of Kano", "the Oba of Benin", "the Duke of Sussex"
STYLES = frozenset({"archbishop", "bishop", "emir", "sultan", "oba", "duke", "duchess",
                    "prince", "princess", "earl", "countess", "king", "queen", "ooni",
                    "alaafin", "kabaka", "asantehene", "maharaja"})
#: judges a story may describe without naming ("the disciplinary judge")
UNNAMED_JUDGES = frozenset({"judge", "magistrate", "arbitrator", "referee", "umpire"})
#: words that open a subordinate clause inside a sentence ("... when police arrived")
CLAUSE_OPENERS = frozenset({"when", "after", "because", "while", "since", "before", "until",
                            "although", "though", "as", "once"})
#: what may come before a lede's subject in its sentence: the dateline ("MELBOURNE (Reuters)
#: - ")
_LEDE_OPENING = rx.compile(r"(?:[^()\n]{0,60}\((?:Reuters|AP|AFP|Bloomberg)\) ?[-—–] ?)?")
#: the words of a name that "the alliance" can mean: "the Russian-led Collective Security
#: Treaty Organization ... the alliance had failed", "the Cocoa Farmers' Alliance"
ALLIANCE_WORDS = frozenset({"alliance", "treaty", "pact", "organization", "organisation"})
#: last words of financial houses that are no bank: what "the bank" never means
NOT_BANKS = frozenset({"capital", "research", "securities", "advisers", "advisors", "advisory",
                       "economics", "analytics", "investments", "partners", "consulting",
                       "insights", "intelligence"})
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
#: the title of a member of a body, for a lede that calls a person so ("A member of the city
#: council"; head noun -> title)
MEMBER_TITLES = {"council": "councillor", "senate": "senator"}
#: plurals of a body's name that are people ("the National Guard"; "security guards")
PEOPLE_OF_BODIES = frozenset({"guards"})
#: organisation nouns that may name more than a firm ("the club", "the hospital")
BEYOND_FIRMS = frozenset({"hospital", "orchestra", "club", "team", "journal", "guild",
                          "network", "railway", "resort"})
# (and "The label, Altura Andina,", "record label Starbridge Music": a label that is a firm)
#: the symbols and scales of an amount before a noun: "$1.7 trillion", "€40 million"
AMOUNT_WORDS = frozenset({"$", "€", "£", "¥", "million", "billion", "trillion", "bn", "m"})
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


#: words by which a hospital's name says it is one: "Riverside Mercy Medical Center"
HOSPITAL_WORDS = frozenset({"medical", "infirmary", "clinic", "hospitals", "healthcare"})
#: words that end an orchestra's name
ORCHESTRA_WORDS = frozenset({"orchestra", "symphony", "philharmonic", "sinfonia", "sinfonietta"})


#: the person a body speaks through, named before it: "A spokeswoman for the company, Coralway
#: Cruises, said"
_VOICE_OF_BODY = rx.compile(r"\b([Ss]pokeswoman|[Ss]pokesman|[Ss]pokesperson) for\b")
#: the end of a source's label that names whom they speak for: "A spokesman for the "
_SPEAKS_FOR = rx.compile(r"\b(?:for|to)\s+(?:the\s+)?$")
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
#: a speaker labelled as a country's government: "Mali's military government"
_COUNTRY_GOVERNMENT = rx.compile(r"^(.+?)['’]s (?:[a-z]+ )?government$")
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
#: ", who uses the alias Pablo Tejada,": the name a described person goes by
_ALIAS_AFTER = rx.compile(r", (?:who|which) (?:uses|goes by|is known by) (?:the )?(?:alias|name|"
                          r"nom de guerre|pseudonym) ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}),")
#: a body's name set off after its description: "The pilots' union, the Air Line Pilots
#: Association, said"
_BODY_APPOSITIVE = rx.compile(r", (?:the )?([A-Z][\w’'.-]*(?: (?:of the|for the|of|for|and|&|"
                              r"de|du|des|del|la|[A-Z][\w’'.-]*))*),")  # (and "the ODG
# Camembert de Normandie", "the Alliance for the Republic": a particle inside the name)
#: a relative pronoun just before a mention: ", which it said"
_RELATIVE_BEFORE = rx.compile(r"\b(?:which|that) $")
#: a body a sentence charges, whose act a later ", which it says" defends: "accused the
#: agriculture ministry of ruining their business with a ban"
_CHARGED_BODY = rx.compile(r"\b(?:accused|accuses|criticised|criticized|blamed|blames) "
                           r"(the (?:[a-z]+ ){0,2}(?:ministry|department|agency|authority|"
                           r"council|board|commission))\b")
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
#: what names a match's opponents: "the home game against Bristol Rovers"
_OPPONENT_BEFORE = rx.compile(r"\b(?:against|vs\.?|v\.?|versus|beat|beating|host|hosting|hosted)"
                              r" (?:the )?$")
#: the kin of someone, labelled with whose kin they are ("Relatives of the victims")
KIN_GROUPS = frozenset({"families", "relatives", "parents", "widows", "mothers", "fathers",
                        "sons", "daughters", "wives", "husbands", "siblings"})
#: plurals for people that end in no -s: "Thousands of people", "women"
IRREGULAR_PEOPLE = frozenset({"people", "women", "men", "children"})
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
#: outcomes told of a group before its "who say": "a defeat for environmental groups who say"
_OUTCOME_FOR = frozenset({"defeat", "blow", "setback", "victory", "win", "boost", "relief"})
#: participles that name a document's author after it: "The lawsuit, filed by X, says"
_AUTHORED_BY = rx.compile(r",\s+(?:filed|brought|published|released|written|"
                          r"issued|prepared|produced)(?: (?:in|with) (?:a |the )?"
                          r"(?:[\w-]+ ){0,3}?(?:court|[Cc]ommission|[Bb]oard|[Tt]ribunal|"
                          r"[Oo]ffice))?(?: on [A-Z][a-z]+day)? by (?:the )?"
                          r"(?:(?:ward|county|city|opposition|independent) )?"
                          r"(?:(?:representative|councillor|lawmaker|member|senator) )?")
# (and "filed in federal court by", "filed with the State Ethics Commission by", "brought by
# ward representative Kagure Kariithi": the holder past the title; not
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
#: what a court hands down, which speaks for it: "according to the judgment"
RULINGS = frozenset({"judgment", "judgement", "ruling", "verdict"})
#: the last words of a road's name, no body's that speaks (a toll road's operator may be
#: named "Moja Expressway")
ROADS = STREETS - {"square", "plaza", "expressway", "freeway"} | {"lane", "motorway"}
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
DOTTED = rx.compile(r"\b((?:[A-Z]\.)+[A-Z])(?![.\w])")
# (and "Residents of a Basque village woke up ... to find": the village the dateline names)

#: one thing a relative "that" hangs on, which no "they" can be: "on a ferry that they say"
_ONE_THING_THAT = rx.compile(r"\b(?:an?|the) [a-z]+(?<!s) that $")


def _owned_before(text: str, start: int, pos: int, head: str) -> list[str]:
    """The words of the body ``head`` names that the sentence from ``start`` to ``pos``
    already gave by its owner (``pardons board`` of ``Malaysia's pardons board``), up to
    two words before the head; none when it gave none."""
    m = re.search(rf"['’]s ((?:[\w-]+ ){{0,2}}{re.escape(head)})\b", text[start:pos],
                  re.IGNORECASE)
    return m.group(1).lower().split() if m else []


_CITED = rx.compile(r"\baccording to (?:a |an |the )?$")


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
#: a group and where it is, before a place's name: "artisanal fishermen in "
_GROUP_AT = rx.compile(r"\b(?:[A-Za-z-]+ )?[A-Za-z]+(?:s|men) (?:in|at|near|from) (?:the )?$")
#: words before a plural locality that point back to places, naming no kind of place
VAGUE_PLACE_WORDS = frozenset({"the", "nearby", "surrounding", "neighbouring", "neighboring",
                               "local", "other", "these", "those", "some", "many", "several",
                               "two", "three", "both", "all", "its", "their", "whose"})


#: trades the sources list files as anonymous that a lede names a person by, whom the next
#: paragraph names: "A guesthouse owner in Albania's Valbona valley said ... Lindita Selimaj,
#: who runs a 12-room guesthouse, said" (an official or a diplomat stays unnamed), and those who
#: campaign in the open: "An environmental activist in the Lebanese coastal town of Batroun said
#: ... Nayla Bou Harb said"
LEDE_TRADES = frozenset({"owner", "vendor", "trader", "engineer", "activist", "campaigner"})
#: The kinds of place a lede's "A carpet seller in the old bazaar of the ... town of Krujë"
#: ends on: the town places the person, it does not speak.
LEDE_TOWNS = frozenset({"city", "town", "village", "island", "port", "resort", "oasis"})


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

    def _named_in_second_paragraph(self, want: str | None,
                                   fits: Callable[[Entity], bool] | None = None
                                   ) -> Entity | None:
        """The person the second paragraph names first, outside quotation marks, of the
        gender ``want`` (or unknown) and, with ``fits``, one it accepts; None when none is."""
        p2 = self.seg.paragraphs[1]
        return min(((min(e.mentions)[0], e) for e in self.reg.entities.values()
                    if e.kind == "person" and e.first and e.mentions and
                    e.gender in (want, "unknown") and
                    p2.start <= min(e.mentions)[0] < p2.end and
                    not self.reg.in_quote(min(e.mentions)[0]) and (fits is None or fits(e))),
                   key=lambda pair: pair[0], default=(0, None))[1]

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
                named = self._named_in_second_paragraph(want)
                if named is not None:
                    found = self.from_entity(named, None)
            if found is not None and (person := self.reg.entities.get(found)) is not None and \
                    person.kind == "person" and \
                    (info := lexicon.titles().get(head)) is not None and info.kind == "role":
                person.titles.add(head)  # (the lede's word for him, his trade: "driver")
            if found is not None:
                return found  # "A driver in Plovdiv was fined ... a space that, he says, was
                # painted around his car ... Photos posted by Georgi Nedelchev": the person
                # the next paragraph names first
        if word in ("he", "she") and previous is None and len(self.seg.paragraphs) > 1 and \
                dateline_end(self.seg) <= pos < self.seg.paragraphs[0].end and \
                (role := next((m for m in reversed(list(_INDEFINITE_ROLE.finditer(
                    self.text, dateline_end(self.seg), pos)))
                    if m.group(1) in lexicon.titles()), None)) is not None and \
                self._noun_gender(role.group(1)) in (want, "unknown") and \
                not any(e.kind == "person" and any(role.end() <= m[0] < pos for m in e.mentions)
                        for e in self.reg.entities.values()):
            named = self._named_in_second_paragraph(
                want, lambda e: role.group(1) in e.titles or
                bool(e.titles & LEGISLATORS and role.group(1) in LEGISLATORS))
            if named is not None:
                return self.from_entity(named, None)  # "suspended a
                # lawmaker ... after he called a journalist 'a paid liar' ... Deputy Eliécer
                # Bósquez": the one the next paragraph names with that role
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
        if prev is not None and prev.kind == "institution" and want and \
                self.previous_at is not None and \
                s_now - self.seg.sentence_at(self.previous_at) <= 1 and \
                (voice := _VOICE_OF_BODY.search(self.text, max(0, self.previous_at - 60),
                                                self.previous_at + 40)) is not None and \
                self._noun_gender(voice.group(1).lower()) in (want, "unknown"):
            return previous  # "A spokeswoman for the company, Coralway Cruises, said ...
            # She said the guards had only asked boats to keep clear": the body's voice again
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
            head = _label_head(prev.name.lower().split()) if prev is not None and prev.name \
                else ""
            if prev is not None and want and _is_group(prev) and \
                    role_noun(prev.name.split()[-1]) and head.endswith("s"):
                return None  # "he" is not "analysts" (but may be the "spokesman for the
                # landowners")
            if prev is not None and want and prev.name.islower() and \
                    head.endswith("s") and not head.endswith("ss"):
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
                                   if (h := self._named_later([lead], set(), pos))), None) \
                        or self._head_of_named_later(role[-1], t.low[of + 1:b], pos)
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
                if named is None and head == "party" and owner and \
                        lexicon.places().get(owner.lower(), ("",))[0] == "country":
                    named = self._party_named_next(pos)
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
                        ({w for w in e.titles if " " not in w} - {"minister"} or
                         {w for w in e.titles if w.endswith(" minister")}):
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
                found = self._spoke_last(lambda n: (m := _POSTED_IN.search(n)) is not None and
                                         m.group(1) == head)
                if found:  # "China's embassy in Lima said ... the embassy said": the body
                    return found  # named with where it sits
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

    def _head_of_named_later(self, role: str, body: tuple[str, ...], pos: int
                             ) -> Entity | None:
        """The lede's ``the head of the farmers' association`` as ``association head Nurbek
        Toktorbaev``, named in the next sentences: a person titled ``role`` after a noun of
        the body's description."""
        nouns = {re.sub(r"['’]s?$", "", w) for w in body if len(w) > 3}
        here = self.seg.sentence_at(pos)
        for e in self.reg.entities.values():
            if e.kind != "person" or role not in e.titles or not e.mentions:
                continue
            first = min((m[0] for m in e.mentions if m[0] > pos), default=None)
            if min(m[0] for m in e.mentions) < pos or first is None or \
                    self.seg.sentence_at(first) - here > 5:
                continue  # (the lede's description may be one of their mentions already)
            before = self.text[max(0, first - 40):first].lower().split()
            if len(before) >= 2 and before[-1] == role and before[-2] in nouns:
                return e
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
        outcome = found[0] + (t.low[found[0]] in ("a", "an")) if found else 0
        if found and found[1] - outcome >= 2 and t.low[outcome] in _OUTCOME_FOR and \
                t.low[outcome + 1] in ("for", "to"):
            found = (outcome + 2, found[1])  # "..., a defeat for environmental groups who
            # say": those the outcome befalls
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
        for m in re.finditer(rf"\b(?:({surname})['’]s|[Hh]is|[Hh]er|[Tt]heir) "
                             rf"{re.escape(noun)}, the ((?:[A-Z][\w'’-]+ ){{0,3}}[A-Z][\w'’-]+),",
                             self.text):
            if m.group(1) is None and not re.search(
                    rf"\b{surname}\b", self.text[max(0, m.start() - 300):m.start()]):
                continue  # ("Her party, the Awami League," only just after her name)
            return m.group(2)  # "a verdict her party called ... Her party, the Awami
            # League, which was barred from politics,": the name the aside gives it
        if noun == "party":  # "a move his party called ... The Republican People's Party,
            # which had chosen Yavuzoglu as its candidate": the one party the story names
            # as choosing or backing him
            m = re.search(rf"\b((?:[A-Z][\w'’-]+ ){{1,4}}Party)\b[^.]{{0,80}}"
                          rf"\b(?:chose|chosen|nominated|backed|leads|led)\b[^.]{{0,20}}"
                          rf"\b{surname}\b", self.text)
            if m is not None:
                return re.sub(r"^(?:The|A) ", "", m.group(1))
        return None

    def _party_named_next(self, pos: int) -> str | None:
        """A lede's ``Tanzania's main opposition party said`` is the party whose officer the
        next paragraph opens with (``Chadema spokesman Faraji Kitundu said``)."""
        paras = self.seg.sentences_by_paragraph
        if len(paras) < 2 or not paras[1] or self.seg.sentences[
                self.seg.sentence_at(pos)].paragraph != 0:
            return None
        first = paras[1][0]
        m = _PARTY_OFFICER.match(self.text, first.start, first.end)
        if m is None or m.group(1).lower() in lexicon.places() or \
                m.group(1).lower() in lexicon.titles():
            return None
        return m.group(1)

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
        if len(t) == 1 and t.is_word(0) and not t.is_cap(0) and \
                self.text.endswith(", whose ", 0, ms) and \
                (owner := self.antecedent(ms - len("whose "))) is not None:
            if lexicon.places().get(owner.lower(), ("",))[0] == "country":
                return self.speaker(f"{owner} {t.low[0]}", "institution")  # "the United
                # States, whose officials had warned": United States officials, as "U.S.
                # officials" are named
            return self.speaker(f"{owner}'s {t.low[0]}", "institution")  # "Aristides Nhaga
            # Gomes, whose campaign had said": his campaign
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
        wide = 2 if len(t) >= 5 and " ".join(t.low[1:3]) in lexicon.titles() and \
            t.low[3] == "of" else 1  # ("The chief minister of Sri Lanka's Uva province said")
        role = " ".join(t.low[1:1 + wide])
        if len(t) >= 3 + wide and t.low[0] == "the" and role in lexicon.titles() and \
                t.low[1 + wide] == "of" and (t.low[2 + wide] in ("a", "an") or
                                             t.is_cap(2 + wide)) and \
                self.seg.sentences[self.seg.sentence_at(ms)].paragraph <= 1 and \
                (held := next((e for e in self.reg.entities.values() if e.kind == "person" and
                               role in e.titles and any(m[0] == ms for m in e.mentions)),
                              None) or self.reg.titled_later(role, set(), ms)) is not None:
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
        if len(t) == 1 and t.is_cap(0) and \
                ((t.low[0].endswith(("ers", "ors")) and agent_noun(t.low[0])) or
                 (t.low[0].endswith(("ians", "ists")) and role_noun(t.low[0]))) and \
                t.low[0] not in lexicon.given_names() and \
                self.seg.sentences[self.seg.sentence_at(ms)].start == ms and \
                re.search(rf"\b{re.escape(t.low[0])}\b", self.text) is not None:
            return self.speaker(_label(t, 0, 1), "anonymous")  # "Gatherers, many of them
            # pensioners, said", where the story also says "gatherers may collect": a group by
            # what they do, capitalised only as the sentence's first word (a surname such as
            # "Sanders" is never written in lower case)
        if len(t) == 4 and t.low[1] == "of" and t.low[2] in ("the", "a") and \
                t.low[3].endswith("s") and t.is_word(3) and not t.is_cap(3) and \
                t.low[0].endswith(("s", "men")) and t.is_word(0) and \
                (role_noun(t.low[0]) or agent_noun(singular(t.low[0]))) and \
                self.text.startswith((" that ", " who "), me):
            return self.speaker(_label(t, 0, 1), "anonymous", self._noun_gender(t.low[0]))
            # "Crews of the ferries that cross the Chacao channel ... said": the crews, as
            # "Owners of the ... mansions of Safranbolu" are the owners
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
                                     "along", "outside")
                    for h in (1, 2) if h + 2 < len(t)) and \
                self.seg.sentences[self.seg.sentence_at(ms)].start == ms:
            return self.speaker(_label(t, 0, len(t)), "anonymous")  # "Avocado growers in the
            # western Mexican state of Michoacán said", "Small mezcal producers in the southern
            # Mexican state of Oaxaca say", "Bicycle rental shops outside the Sukhothai
            # Historical Park said": a group by trade and place
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
                not _names_body(words := [t.word(k) for k in range(len(t))]) and \
                _country_owner(words) is None:
            # "The two companies, Mahadev Masala and Sunrise Spices, have denied": both,
            # as one speaker (not "Trinidad and Tobago's Prime Minister ...": one person)
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
            lo = self.seg.sentences[self.seg.sentence_at(ms)].start
            holder = [m.group(1) for m in _UNNAMED_HOLDER.finditer(self.text, lo, ms)] \
                if t.low[1] in OWN_BODIES else []
            if holder:
                return self.speaker(f"{holder[-1].lower()}'s {t.low[1]}", "institution")
                # "Ghana's president suspended ..., his office said": the office of the
                # holder the sentence names by title alone
        if len(t) == 2 and t.low[0] in ("his", "her", "their") and \
                singular(t.low[1]) in lexicon.titles() and t.low[1] not in SPOKES and \
                (later := self._named_later([singular(t.low[1])], set(), ms, 8)) is not None:
            # "Police have detained a journalist, her lawyer said. ... her lawyer, Elchin
            # Sadigov, called ...": the holder of that role named in the next sentences (and
            # "their lawyers said" the one lawyer the story names)
            return self.from_entity(later, None)
        if 2 <= len(t) <= 4 and t.low[-2].endswith(("'s", "’s")) and \
                all(t.is_cap(k) and t.is_word(k) for k in range(len(t) - 1)) and \
                t.low[-1] in SUCCESSION:
            return self.speaker(_label(t, 0, len(t)), "anonymous")  # "Villca's predecessor
            # said": someone else than Villca, known by him
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
            # ("A carpet seller in the old bazaar of the Albanian hill town of Krujë", "An olive
            # press owner near the Moroccan city of Meknes": one person, placed in a town)
            one_in_town = t.low[0] in ("a", "an") and not t.low[p - 1].endswith("s") and \
                t.low[p] in ("in", "near", "at", "on") and t.low[p + 1] == "the" and \
                t.low[-2] == "of" and t.low[-3] in LEDE_TOWNS and t.is_cap(len(t) - 1) and \
                all(t.is_word(k) for k in range(p + 1, len(t)))
            if (t.low[p] in ("at", "in", "from", "on", "along") or
                (t.low[p] == "outside" and group_at) or
                (t.low[p] in ("near", "around") and (t.low[p - 1].endswith("s") or
                                                     one_in_town))) and \
                    (cap_next or at_body or group_in or at_described or group_at or
                     at_kind or in_city_of or one_in_town) and \
                    (role_noun(t.low[p - 1]) or agent_noun(t.low[p - 1])) and \
                    (p == 1 or not t.is_cap(p - 1)):
                if t.low[0] in ("a", "an") and p > 1 and \
                        lexicon.source_nouns().get(t.low[p - 1]) == "institution" and \
                        (later := self._lede_body(t.low[p - 1], ms, indefinite=True)) \
                        is not None:
                    return self.from_entity(later, None)  # a lede's "A rugby club in the
                    # Rhondda valley says": Cwmparc RFC, the club the next paragraph names
                role_of = next((k for k in range(2, p) if t.low[k] == "of"), None)
                if role_of is not None and t.low[0] == "the" and \
                        t.low[role_of - 1] in lexicon.titles() and \
                        (found := self._lede_named(t, ms, role_of, owned=True)) is not None:
                    return found  # "The owner of one of the best-known music bars in the
                    # Cape Verdean port city of Mindelo said": its owner, named next
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
                where = next((x for x in range(named + 1, len(t))
                              if t.low[x] in ("in", "near")), len(t))
                if end == p and named < len(t) and t.is_cap(named) and \
                        not any(t.low[x].endswith(("'s", "’s")) for x in range(named, where)):
                    end = len(t)  # "Residents of the Khayelitsha township": a place it names
                    # (and where it lies: "of the Ming dynasty village of Xidi in eastern
                    # China's Anhui province")
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
        if of_at is not None and t.low[0] in ("the", "a", "an") and not t.is_cap(of_at - 1) \
                and not t.is_cap(len(t) - 1) and t.low[of_at - 1] in lexicon.titles() and \
                (found := self._lede_named(t, ms, of_at)) is not None:
            return found  # "The headmaster of one of Ghana's oldest secondary schools has
            # refused ..., saying": the person the next paragraph names
        if of_at is not None and t.low[0] == "the" and not t.is_cap(of_at - 1) and \
                t.is_cap(len(t) - 1) and lexicon.source_nouns().get(t.low[of_at - 1]) != \
                "institution" and (t.low[of_at - 1] in lexicon.titles() or
                                   " ".join(t.low[of_at - 2:of_at]) in lexicon.titles()):
            name, new = self._describe(t, 0, of_at, ms)
            if name and new and name not in self.reg.entities:
                del self.speakers[name]  # only a label for the role, no one found (not "The
                name = None  # mayor of ... Neuilly-sur-Seine", the mayor named next)
            if name is None:
                found = self._lede_named(t, ms, of_at, owned=t.low[0] == "the")  # ("The
                # owner of a cliff-top café in Tangier": its one owner, named next)
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
            owned = next((k for k in range(3, len(t) - 1) if t.low[k] == "of"), None) \
                if t.low[1] == "of" else None
            if owned is not None and t.low[owned - 1].endswith("s") and \
                    t.low[owned - 1] not in LOCALITIES_PLURAL and \
                    singular(t.low[owned - 1]) not in PLACE_KINDS and \
                    all(t.is_word(k) and t.low[k] not in ("in", "on", "at", "near", "from")
                        for k in range(2, owned)):
                return self.speaker(_label(t, 0, 1), "anonymous", self._noun_gender(t.low[0]))
                # ("Owners of the timber-framed Ottoman mansions of Safranbolu": the owners,
                # as the gold has them, of things the place has, not of the place)
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
        # "The Land and Environment Court in Umeå said": the body, not where it sits (and
        # "The U.S. Embassy in Havana", whose name holds the stops of "U.S.")
        in_at = next((p for p in range(2, len(t) - 1) if t.low[p] == "in" and
                      t.is_cap(p - 1) and t.is_cap(p + 1)), None)
        if in_at is not None and \
                lexicon.source_nouns().get(t.low[in_at - 1]) == "institution" and \
                all(t.is_cap(k) or t.low[k] in ("the", "and", "of", "for", ".")
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
                    "dateline city" not in self.reg.entities[named].titles and \
                    not (self.reg.entities[named].titles & PLACE_TITLES and
                         any(plural_possessive(t, k) for k in range(caps[-1] + 1, len(t)))):
                return named  # (not "The Venice hoteliers' association" of a story datelined
                # in Venice, nor "the Foumban artisans' cooperative" of a town: the body, in
                # the town)
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
        if (body := _owned_body_for(t)) is not None:
            return self.speaker(*body)  # "Serbia's office for Kosovo", "Britain's minister
            # for Europe": the office or officer, not the place served
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
                (self.speakers[name].kind != "institution" or t.low[1:3] == ("member", "of")):
            # ("A member of the city council": a person of the body, not the body)
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
        if head in MEMBER_TITLES and "member" in t.low[:end - 1]:
            head = MEMBER_TITLES[head]  # "A member of the city council in Kutaisi": a
            # councillor, as "Councillor Manana Dolidze said" next calls her
        if head not in lexicon.titles() and \
                (of_at := next((k for k in range(2, end - 1) if t.low[k] == "of"), None)) \
                is not None and \
                (t.low[of_at - 1] in lexicon.titles() or t.low[of_at - 1] == "head"):
            head = t.low[of_at - 1]  # "The head of the hotel association in ... Santa Marta
            # said": the head, whom the next paragraph names
        two = " ".join(t.low[max(0, end - 2):end])  # "chief executive", not "an executive"
        former = "former" in t.low[:end]  # "A former senior executive at Lumio testified":
        # a person the story goes on to name, not an anonymous source
        if ((head not in lexicon.titles() and head != "head") or
                (lexicon.source_nouns().get(head) == "anonymous" and not former and
                 not owned and head not in LEDE_TRADES)) \
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
                    (e.gender == "unknown" or
                     self._noun_gender(head) in (e.gender, "unknown")) and \
                    not _other_office(t.low[max(0, end - 2):end], e.titles) and \
                    (not e.titles or head in e.titles or two in e.titles or
                     not any(t in lexicon.titles() and t.rstrip(".") not in COURTESY_TITLES
                             and lexicon.titles()[t].kind not in ("honorific", "military")
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
            elif (joined := _country_owner(words)) is not None:
                words = words[joined[1]:]  # "Trinidad and Tobago's Prime Minister ..."
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


def _owned_body_for(t: Tokens) -> tuple[str, str] | None:
    """``Serbia's office for Kosovo``, ``Britain's minister for Europe``: a state's body or
    officer named by what they serve, as one label with its kind (an institution, or an
    anonymous officer); None for any other mention."""
    if len(t) < 4 or not t.is_cap(0) or not t.low[0].endswith(("'s", "’s")):
        return None
    p = next((k for k in range(2, len(t) - 1) if t.low[k] == "for"), None)
    body = p is not None and lexicon.source_nouns().get(t.low[p - 1]) == "institution"
    if p is None or (not body and t.low[p - 1] not in ("minister", "envoy", "commissioner")) or \
            not all(t.is_word(k) and not t.is_cap(k) for k in range(1, p)) or \
            not all(t.is_word(k) for k in range(p + 1, len(t))):
        return None
    return _label(t, 0, len(t)), "institution" if body else "anonymous"


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


#: prepositions that end a label's head noun: "spokesman for the landowners"
LABEL_PREPOSITIONS = frozenset({"for", "of", "at", "in", "from", "with", "to", "on"})


def _label_head(words: list[str]) -> str:
    """The head noun of a label's words: the word before its first preposition ("spokesman"
    of "spokesman for the landowners"), else its last."""
    at = next((k for k in range(1, len(words)) if words[k] in LABEL_PREPOSITIONS), len(words))
    return words[at - 1]


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
    commas = [k for k in range(a, b) if t.low[k] == ","]
    gloss = {k for c, d in zip(commas, commas[1:], strict=False)
             if c + 1 < d and t.low[c + 1] in ("the", "a", "an") for k in range(c, d + 1)}
    # ("Makers of the carriel, the leather shoulder bag of Colombia's coffee region, in the
    # Andean town of Jericó": the gloss set off between commas is no part of the label)
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
                    for k in range(a, b) if k not in gloss and _label_word(t, k, a, b))
    return label.replace(" ’", "’").replace(" '", "'")


def _label_word(t: Tokens, k: int, a: int, b: int) -> bool:
    """Whether token ``k`` of a label's words ``a..b`` is written in the label: a word that
    is no determiner, or one that belongs to a name ("the" of "Bosnia and Herzegovina"), an
    ampersand inside a name, a plural's possessive."""
    return (t.is_word(k) and (t.low[k] not in DETERMINERS or
                              _inner_determiner(t, k, a, b) or
                              (k > a + 1 and t.low[k - 1] == "and" and and_in_name(t, k - 1)) or
                              (k > a and name_an(t, k)) or
                              (a < k < b - 2 and t.is_cap(k - 1) and town_particle(t, k)))) or \
        (t.low[k] == "&" and a < k < b - 1) or plural_possessive(t, k)


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
                                               "outside", "inside") or
                              t.low[k - 1] in POSTMODIFYING)


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
