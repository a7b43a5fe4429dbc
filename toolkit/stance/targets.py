"""Stance targets: who and what an article's speakers can take a side on.

``find_targets`` finds people, countries (merged with capitals, aliases and
demonyms), and recurring institutions with their mentions; ``parse_targets``
reads a user's own targets with aliases.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .. import lexicon
from .. import prefilter as rx
from ..mentions import AUXILIARIES, CURRENCY_WORDS, agent_noun, role_noun, singular
from ..model import Quote, Speaker
from ..quotes import PENALTY_NOUNS
from ..segment import Segmentation
from ..speakers import (
    Entity,
    Registry,
    dateline_country,
    dateline_end,
    dateline_place,
    org_fits,
    taken_to,
)
from ..speakers.entities import (
    ARMED_GROUP_WORDS,
    FEATURE_FIRST,
    FEATURE_PARTICLES,
    GEOGRAPHIC,
    KINDS_ABROAD,
    MUNICIPALITIES,
    NAMED_CITY_GOVERNMENT,
    ORG_NOUNS,
    PORTFOLIOS,
    TRADE_BODIES,
    TRADING_BODIES,
    VENUE_BODIES,
    WORKS,
    WORSHIP_PLACES,
)
from ..speakers.resolver import (
    COMPANY_NOUNS,
    GROUP_WORDS,
    PUBLIC_BODIES,
    PUBLIC_NOUNS,
    REGULATING_BODIES,
    WIDE_MODIFIERS,
)
from .words import ACT_NOUNS, PASSIVE_AUX, PENALTIES, PRONOUNS, _is_word_char, stance_cues

NARRATOR = "(narrator)"


# ---- stance in an article -------------------------------------------------------------

@dataclass
class Target:
    """Something speakers can take a stance toward, with its mentions in the text."""

    name: str
    kind: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    #: mentions only implied (the dateline country's "the government"): they do not stop an
    #: unnamed reaction from being aimed at the story's principal actor
    implied: set[tuple[int, int]] = field(default_factory=set)
    #: mentions of the members a body is named for ("shipowners"): implied too, and no
    #: measure of how much the story is about the body
    members: set[tuple[int, int]] = field(default_factory=set)
    #: mentions of the site a body runs ("an andesite quarry" of the quarry's operator):
    #: judged by stance words only, not by the mood of the sentence around the site
    sites: set[tuple[int, int]] = field(default_factory=set)
    #: mentions by description before the story names it (a lede's "a developer"): no
    #: measure of how much the story is about it either
    described: set[tuple[int, int]] = field(default_factory=set)

    def add_mentions(self, spans: Iterable[tuple[int, int]]) -> None:
        """Add the spans not yet among the mentions, which stay in reading order."""
        self.mentions.extend(sp for sp in dict.fromkeys(spans) if sp not in self.mentions)
        self.mentions.sort()


#: styles of clergy who go by one name: "Father Ioachim", "Sister Agnes", "Imam Idris"
RELIGIOUS_STYLES = frozenset({"father", "sister", "rabbi", "imam"})


def _echoed(text: str, earlier: list[Quote], lo: int, hi: int, found: Mapping[str, Target],
            skip: set[str]) -> str | None:
    """The target who last spoke of what the words from ``lo`` to the clause's end name
    (``They tell us about a path``: the developer, who said a new public path was part of
    the plan), among the ``earlier`` quotes, other than those in ``skip``."""
    clause = re.split(r"[,.;:!?\"”]", text[lo:hi], maxsplit=1)[0]
    nouns = [w for w in re.findall(r"[a-z]{4,}", clause)[:3] if w not in _ECHO_STOP]
    if not nouns:
        return None
    # (the word as the speaker's own, lower-case: not a name's "Metro"; one or many)
    said = rx.compile(r"\b(?:" + "|".join(re.escape(w.removesuffix("s")) for w in nouns) +
                      r")s?\b")
    for p in reversed(earlier):
        if p.speaker in found and p.speaker not in skip and said.search(text, p.start, p.end):
            return p.speaker
    return None


#: words too common to tie a reaction to what someone said before
_ECHO_STOP = frozenset({"what", "when", "that", "this", "there", "their", "they", "them",
                        "will", "would", "have", "been", "were", "things", "everything",
                        "nothing", "something", "going", "just", "only", "more", "much",
                        "many", "some", "very", "also", "with", "from", "about", "time"})


#: the last word of a civil body's name (no organ of a state)
CIVIL_HEADS = frozenset({"association", "union", "congress", "federation", "alliance",
                         "party", "society", "network", "forum", "coalition", "movement",
                         "chamber", "confederation", "foundation", "league", "group",
                         "students", "debout", "initiative", "campaign", "choice"})
#: international civil bodies with national branches: "Greenpeace Netherlands"
CIVIL_BRANDS = frozenset({"Greenpeace", "WWF", "Amnesty", "Transparency", "Oxfam",
                          "Friends", "Save"})
#: a state's offices abroad, named for where they are posted: "Chinese embassy in Bishkek"
POSTED_ABROAD = frozenset({"embassy", "consulate", "mission", "ambassador", "envoy",
                           "consul", "delegation"})


def _home(speaker: str, registry: Registry, known: dict[str, set[str]] | None = None
          ) -> set[str]:
    """The speaker's own countries: those their name carried (``Egyptian Foreign Minister
    Nabil Fahmy``) and those their label names (``Sudanese official``, ``Egypt's foreign
    ministry``). ``known`` keeps the answers of one article's run."""
    if known is not None:
        if speaker not in known:
            known[speaker] = _home(speaker, registry)
        return known[speaker]
    ent = registry.entities.get(speaker)
    words = speaker.split()
    if ent is not None and ent.kind == "institution" and len(words) >= 2 and \
            "'" not in speaker and "’" not in speaker and \
            all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words) and \
            not any(w.lower() in PUBLIC_BODIES for w in words) and \
            (words[-1].lower() in CIVIL_HEADS or words[0] in CIVIL_BRANDS or
             _country_of(words[-1]) is not None):
        return set()  # "Kenya Tea Growers Association", "Seafood Norway", "Amnesty
        # International Kenya": a civil body named for where it works, which may well take
        # a side against that state (though a reaction that names no one is not aimed at
        # it: :func:`_named_for`)
    home = set(ent.nations) if ent else set()
    if ent is not None and any(x.startswith(("regional ", "provincial ")) for x in ent.titles) \
            and len(regions := registry.regions()) == 1:
        home |= regions  # "Regional President Giovanni Pinna-Sechi": the one region's own
    members = len(words) == 2 and words[0].endswith("s") and words[0][:1].isupper() and \
        _country_of(words[0]) is None and not words[0].endswith(("'s", "’s"))
    plain = speaker.replace("’s", " ").replace("'s", " ").split()
    for k, word in enumerate(plain):
        if members and word == words[-1]:
            continue  # "Universities Australia": an association of members, no state's body
        if k + 1 < len(plain) and plain[k + 1] == "Affairs":
            continue  # "Taiwan Affairs Office": China's office for its dealings with Taiwan
        if 0 < k < len(plain) - 2 and plain[k - 1] == "the" and plain[k + 2] == "of" and \
                plain[k + 1] in ("island", "city", "town", "village", "region", "province",
                                 "port", "resort"):
            continue  # "Banana growers on the Spanish island of La Palma": where they live,
            # whose state they may well take a side on
        if k >= 2 and plain[k - 1] in ("in", "to") and \
                any(w.lower() in POSTED_ABROAD for w in plain[:k - 1]):
            continue  # "Chinese embassy in Bishkek": where it is posted, not whose it is
        country = _country_of(word) if word[:1].isupper() else None
        if country:
            home.add(country)
        elif word[:1].isupper() and lexicon.places().get(word.lower(), ("",))[0] == "region" \
                and re.search(rf"\b{re.escape(word)}['’]s [a-z]", speaker):
            home.add(word)  # "Manitoba's wildfire service": the province's own body (not
            # "Healthy Harbours Tasmania", a group named for where it campaigns)
    if words[0].lower() in ("regional", "provincial", "territorial", "territory's",
                            "territory’s", "province's", "province’s", "region's",
                            "region’s") and len(words) >= 2 and \
            len(regions := registry.regions()) == 1:
        home |= regions  # "the regional fisheries department" of the one region the story
        # names: that region's own body
    if not home and ent is not None and ent.kind == "person" and ent.mentions:
        # "Bolivia's foreign ministry ... accused Chile ... Foreign Minister Ximena
        # Apaza-Ticona told reporters": a minister of no country named, whose portfolio's
        # ministry the story last gave a country before she speaks
        first = min(m[0] for m in ent.mentions)
        for title in ent.titles:
            field, _, office = title.rpartition(" ")
            if office == "minister" and field and " " not in field:
                owned = [m.group(1) for m in re.finditer(
                    rf"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s {re.escape(field)} ministry\b",
                    registry.text[:first])]
                if owned and (country := _country_of(owned[-1])) is not None:
                    home.add(country)
    return home


def _works_at(label: str, body: str) -> bool:
    """Whether an unnamed speaker's label places them in ``body`` ("official at the
    ministry" of the agriculture ministry, "council members" of the City Council): the body
    is their own, no one they react to."""
    m = re.search(r" (?:at|of|from) the ([a-z]+)$", label) or \
        re.fullmatch(r"(?:the )?([a-z]+) members", label)
    return m is not None and body.lower().split()[-1] == m.group(1)


def _dateline_mayor(registry: Registry, speaker: str, name: str) -> bool:
    """Whether ``speaker`` is a mayor and ``name`` the town the dateline names ("SITIA, Greece
    ... Mayor Michalis Kounalakis"): the mayor's own town, no maker of an act he reacts to."""
    ent = registry.entities.get(speaker)
    if ent is None or ent.kind != "person" or "mayor" not in ent.titles:
        return False
    town = registry.entities.get(name)
    if town is not None and "dateline city" in town.titles:
        return True
    return name.lower() == (dateline_place(registry.text, registry.seg) or "").lower()


def _named_for(speaker: str) -> set[str]:
    """The countries a speaker's name holds ("Technology Ireland": Ireland)."""
    return {c for w in speaker.replace("’s", " ").replace("'s", " ").split()
            if w[:1].isupper() and (c := _country_of(w))}


def _country_of(name: str) -> str | None:
    places = lexicon.places()
    low = name.lower()
    info = places.get(low) or places.get(low + ".") or places.get(low.rstrip("."))
    return info[1] if info and info[1] else None


#: speaker mentions that are no description of the speaker
PRONOUN_MENTIONS = frozenset({"he", "she", "it", "they", "we", "i", "who", "which", "that"})
#: nouns by which a body's own name calls it ("the board": the Toronto District School
#: Board, named before or, in a lede, after)
NAME_NOUNS = frozenset({"board", "ministry", "commission", "council", "authority",
                        "department", "office", "committee", "district", "tribunal",
                        "federation", "confederation", "association", "league",
                        "university", "college", "school", "hospital", "zoo", "museum",
                        "bureau", "centre", "center", "institute", "administration",
                        "directorate", "inspectorate", "prefecture", "park", "assembly",
                        "guide", "foundation", "division", "unit", "crematorium", "theatre",
                        "theater", "estate", "diocese", "gallery", "aquarium", "band"})
#: bodies run by an administration of their own: "the administration" of a university
ADMINISTERED = frozenset({"university", "college", "school", "hospital", "academy",
                          "polytechnic"})
#: name nouns that stand for a body only when the story names one with it: "the school"
#: of the "Royal Carillon School", but no body where none is named (a mountain guide, a
#: hospital's intensive care unit)
ONLY_NAMED = frozenset({"park", "guide", "school", "unit"})
#: name nouns spelt two ways: "the volcanology centre" of the "Center for Volcanology"
_SPELT_AS = {"centre": {"center"}, "center": {"centre"},
             "foundation": {"fondazione", "fundación", "fundação", "fondation", "stiftung"}}
# (a foundation keeps its own language's word in its name: "Fondazione Carnevale di
# Viareggio")
#: name nouns too general to stand for a body unless the words before them are its name's
#: too: "the hurricane center" is the National Hurricane Center, "the centre" alone none
_NAMED_BY_MODIFIER = frozenset({"centre", "center", "institute"})
#: "the central bank's", "this union", "the board"
# (written "[Tt](?<!\w[Tt])" rather than "\b[Tt]": a letter first lets the engine skip ahead,
# twice as fast over a whole article)
#: a speaker's own body, unnamed, set in the relative clause after their name: "who chairs a
#: national association of funeral directors", "who founded a residents' group"
_OWN_GROUP = rx.compile(r", who (?:chairs|heads|leads|runs|founded|co-founded|represents) "
                        r"an? (?:[\w'’-]+ ){0,4}?(?:group|coalition|alliance|association|"
                        r"collective|network|union)\b")
_ORG_DESCRIPTION = rx.compile(r"[Tt](?<!\w[Tt])(?:he|his|hat|heir) (?!old town)"  # (a quarter)
                              r"(?:[a-z]+['’]s (?=[a-z]+ (?:department|ministry|division|"
                              r"authority|agency)\b|"
                              r"(?:operator|owner)\b)|"  # (and "the port's operator")
                              r"(?:(?:district|provincial|regional|county) )?"
                              r"(?:governor|prefect)['’]s (?=office\b)|"
                              r"(?<!according to the )(?:town|city|village|island)['’]s "
                              r"(?=[a-z]+ (?:bureau|board|office|department)\b(?! said)))?"
                              # ("the provincial governor's
                              # office": a governor's seat, not "the president's office" of a
                              # story that names the presidential office; "the town's tourism
                              # bureau": the town's own office, where it is more than the voice
                              # of the town's act, "..., the city's education board said")
                              r"(?:(?:state|government|city|council)-(?:run|owned) "
                              r"(?=[a-z]+ ))?"  # ("the state-run port authority")
                              r"(?:(?:national|provincial|regional) (?:[a-z]+ (?=[a-z]+ "
                              r"[a-z]+))?(?=[a-z]+ ))?"  # (and "the provincial cultural
                              # heritage office": two words of its field after its level)
                              # ("the national athletics federation": the Ethiopian
                              # Athletics Federation; "the provincial health directorate")
                              r"(?:[a-z]+ and (?=[a-z]+ ))?"  # ("the hotels and tourism
                              # ministry": one body for two fields)
                              r"(?:[a-z]+(?:-[a-z]+)?['’]? )?(" +
                              "|".join(sorted(ORG_NOUNS | NAME_NOUNS | MUNICIPALITIES |
                                              WORSHIP_PLACES |
                                              {"party", "yard", "management", "paper",
                                               "newspaper", "fund", "alliance",
                                               "channel", "station", "site", "website"})) +
                              r")\b(?! (?:limit|limits|size|sizes|cap|ticket|tickets|"
                              r"discount|discounts|bookings|tours|visits|hall)\b)")
# (not a noun that only qualifies another: "the group limit", "the group size", "the town
# hall" where a lift has run since 1957)
#: a lede's body described, not named, with up to three words before its noun: "A
#: Portuguese consumer group", "the country's largest electricity supplier"
_LEDE_BODY_DESCRIBED = rx.compile(r"\b(?:[Aa]n?|[Tt]he) (?:[\w'’-]+ ){0,3}?(" +
                                  "|".join(sorted(ORG_NOUNS | {"foundation", "institute",
                                                               "investor", "cannery",
                                                               "directorate"})) +
                                  r")\b")  # (and "a foreign foundation", "a Tehran investor")


#: a venue a lede's reported clause places its doer in: "that a shop in the new palace museum
#: was selling cheap copies" (group 1: the venue's noun, the body named later)
_DOER_IN_VENUE = rx.compile(r"\bthat an? [a-z]+ (?:in|at|inside) the (?:[\w'’-]+ ){0,2}?(" +
                            "|".join(sorted(VENUE_BODIES)) + r")\b")


#: a district told as an area of a town, no body: "the historic district", "the business
#: district"
_AREA_DISTRICT = rx.compile(r"\b(?:historic|old|business|financial|shopping|commercial|"
                            r"residential|heritage|entertainment|industrial|red-light|"
                            r"central|diplomatic|government|port|university|arts?) district$")
#: a trade a lede's reported clause opens on as its doer: "that guides from the capital were
#: charging"
_LEDE_TRADE_DOERS = rx.compile(r"\b(?:said|says|complained|warned|argued|alleged|claimed)"
                               r"(?: on [A-Z][a-z]+day)? that (?!(?:some|many|several|few|most|"
                               r"other|two|three) )(?:[a-z-]+ )?([a-z]{3,}s)(?= (?:(?:from|in|"
                               r"at|of) [^,.;]{1,30}? )?(?:had|have|were|are|would|will|"
                               r"[a-z]{3,}ed)\b)")
# (not a finding's object: "a report that found workers at his company's sites had", nor some
# of a trade: "that some schools had raised fees")
#: bodies named for the trade they speak for: "Tourist Guides' Association"
_NAMED_FOR_TRADE = TRADE_BODIES | {"union", "cooperative", "syndicate"}
#: a verb right after a body's noun, which makes the body the doer: "a foreign foundation
#: had photographed" (past where it is: "the only cannery in the Nakhchivan exclave had cut")
_DOES_NEXT = rx.compile(r"(?: (?:in|at|on|near) (?:the |an? )?[\w'’-]+(?: [\w'’-]+){0,3}?)? "
                        r"(?:had|has|have|was|were|is|are|would|will|[a-z]{3,}ed)\b")
#: a body described at length before the story names it: "the island's main distributor"
_ORG_DESCRIBED_AHEAD = rx.compile(r"[Tt](?<!\w[Tt])he (?:[a-z]+['’]s|state|national|main|"
                                  r"biggest|largest) (?:[a-z]+ ){1,2}?(" +
                                  "|".join(sorted(ORG_NOUNS | NAME_NOUNS |
                                                  {"cooperative", "factory"})) +
                                  r")\b")  # (and "the region's largest cooperative", "the
# region's biggest juice factory")


#: a region's kind right after its name: "Ninh Binh province", "Arkhangai province"
_REGION_KIND_NEXT = rx.compile(r" (?:province|region|state|district|county|prefecture|oblast)\b")
#: an unnamed body charged where the story first tells of it: "accused a local jeep drivers'
#: association on Tuesday of"
_ACCUSED_UNNAMED = rx.compile(r"\b(?:accused|accusing|accuses) an? (?:[\w'’-]+ ){0,3}?([a-z]+)"
                              r"(?= (?:on [A-Z][a-z]+day )?of\b)")
#: a firm told by what it runs or sells before the story names it: "the company running the
#: cable car to the village's monastery ... The operator, Tatev Ropeway, said", "the company
#: that sells the boat tickets ... The company, Hoa Lu Travel, said"
_ORG_RUNNING = rx.compile(r"\b[Tt]he (company|firm|operator|cruise line) (?:running|operating|"
                          r"selling|(?:that|which) (?:runs|operates|sells|brings)) (?:the|most)\b")
# (and "asked the cruise line that brings most of them to cut its visits by half ... The
# cruise line, Pacific Horizon Cruises, said")
#: an unnamed firm told by what it holds: "a mining company that holds the concession"
_HOLDER_DESCRIBED = rx.compile(r"\b[Aa] (?:[a-z]+ )?(company|firm|operator) (?:that|which) "
                               r"((?:holds|owns|runs|operates) the [a-z]+)\b")
#: what may follow a description set after a body's name: "the agency responsible for"
_NAME_DESCRIBED = rx.compile(r"(?: (?:responsible|in charge) for\b|,| that\b| which\b)")
#: single works a named body runs, told only with an article: "which runs the mine"
RUN_WORKS = frozenset({"mine", "plant", "smelter", "factory", "refinery", "quarry", "dam", "mill",
                       "plantation", "terminal", "pipeline", "sawmill"})
#: a lede's national regulator of a trade, named later: "the national coffee regulator"
_NATIONAL_REGULATOR = rx.compile(r"\b[Tt]he national (?:[a-z]+ ){0,2}(regulator)\b")
#: the words that name a public body able to regulate a trade: "Uganda Coffee Development
#: Authority", "Tea Board of Kenya"
_TRADE_REGULATOR_WORDS = frozenset({"authority", "board", "commission", "agency",
                                    "council", "directorate", "office"})
#: a lede group's unnamed employer: "saying their employer had ignored repeated warnings"
_THEIR_EMPLOYER = rx.compile(r"\b[Tt]heir (employer)\b")
#: a parks body set off with its name: "The national parks service, Sernanp,"
_PARKS_SERVICE = rx.compile(r"\b[Tt]he (?:national |state |regional )?parks? (?:service|authority|"
                            r"agency), ")
#: a lede's body of a named kind, brought in unnamed: "at a public university"
_A_NAMED_KIND = rx.compile(r"\b[Aa] (?:public |state |state-run |private |local )?"
                           r"(university|college|hospital)\b(?! (?:district|trust|board|group|"
                           r"union|system|network|workers|staff|doctors|nurses|students)\b)")
# (the head noun: not "a hospital district", "a university union")
#: a lede's outlet left unnamed: "suspended a Libreville weekly" (group 1: its kind)
_LEDE_OUTLET = rx.compile(r"\b[Aa]n? (?:[A-Z][\w-]+ |[a-z]+ ){0,2}"
                          r"(weekly|daily|newspaper|tabloid|magazine)\b")
#: a lede's officials of a trade: "accuse wildlife officials of ignoring their calls"
_TRADE_OFFICIALS = rx.compile(r"\b(([a-z]{4,}) officials)\b")
#: a lede's unnamed soldiers: "say soldiers enforcing a ban on small-mesh nets have burned
#: their boats"
_LEDE_SOLDIERS = rx.compile(r"\b(soldiers|troops)\b(?= (?:[\w-]+ ){0,8}?(?:have|has|had|were|"
                            r"burned|burnt|beat|seized|shot|killed|destroyed|raided)\b)")
# (soldiers who act, not "asked the government to send troops")
#: what the story calls the military body that its soldiers belong to: "The army's Fisheries
#: Protection Unit", "the Defence Forces"
_ARMY_WORDS = frozenset({"army", "army's", "army’s", "military", "military's", "military’s",
                         "forces", "defence", "defense"})
#: a work set off with the name of the body that runs it: "The factory, Kumi Fruit
#: Processors,"
_WORK_NAMED = rx.compile(r"\b[Tt]he (" + "|".join(sorted(RUN_WORKS)) + r"), ")
#: a work set off after its owner's name: "Pwani Nut Processors, the only large factory in
#: the county" (group 1: the work)
_NAMED_WORK = rx.compile(r", the (?:only |main |biggest |largest |sole |local )?(?:[a-z-]+ )?(" +
                         "|".join(sorted(RUN_WORKS)) + r")\b(?! of\b)")
#: a body's relative clause naming what it runs: ", which maintains the nets", ", which runs
#: the mine" (group 1)
_RUNS_SITE = rx.compile(r", which (?:maintains|runs|operates|owns|manages|built|installed) "
                        r"(?:the|its) ([a-z]+s|" + "|".join(sorted(RUN_WORKS)) + r")\b")
#: a body set off by what it builds or runs: "Croatian Waters, the state agency building the
#: wall," (group 1: the work)
_BUILDING_SITE = rx.compile(r", (?:the|a|an) (?:[a-z-]+ ){0,2}(?:agency|company|firm|authority|"
                            r"utility|operator|contractor|developer|consortium|board) "
                            r"(?:building|constructing|planning|running|operating|managing) "
                            r"(?:the|a|its) ([a-z]+)\b")
#: a body's relative clause naming the service it ran: "Minoan Star Lines, which ran the weekly
#: service,"
_RAN_SERVICE = rx.compile(r", which (?:ran|runs|operated|operates|flew|flies|sailed|sails) "
                          r"(?:the|its|a) (?:[a-z-]+ ){0,2}(?:service|route|line|ferry|flights?|"
                          r"link|connection)\b")
#: a lede's service ended, told without who ended it: "the end of the town's only winter
#: ferry link to Athens" (group 1: the service's noun)
_SERVICE_ENDED = rx.compile(r"\b(?:end|closure|loss|cancellation|suspension|scrapping|withdrawal) "
                            r"of (?:the |its |a )?(?:[\w'’-]+ ){0,5}?(service|route|link|line|"
                            r"ferry|flights?|connection)\b")
#: an unnamed body told by the site it runs: "The company that runs the plant" (group 1: the
#: body's noun, group 2: the site's)
_UNNAMED_OPERATOR = rx.compile(r"\b[Tt]he (company|firm|operator|utility|corporation) (?:that|"
                               r"which) (?:runs|operates|owns|manages) (?:the|its) ([a-z]+)\b")
#: a site's operator named in apposition: "The quarry's operator, " (group 1: the site)
_SITE_OPERATOR = rx.compile(r"\b[Tt]he ([a-z]+)['’]s (?:owner|operator|builder|developer), ")
#: a site's operator named on its own, after the story spoke of "the plant's operator": "The
#: operator, Pangasinan Thermal Power Corp., said"
_OPERATOR_NAMED = rx.compile(r"\b[Tt]he (owner|operator|builder|developer), ")
#: a body brought in unnamed, by what it is: "a new private operator of the nearby ski base"
_ORG_INTRODUCED = rx.compile(r"\b(?<![Oo]f )[Aa]n? (?:(?:new |private |state-owned |local |"
                             r"foreign |overseas |[A-Z][a-z]+-based )"
                             r"(?:[a-z]+ )?(operator|company|firm|developer|contractor|"
                             r"concessionaire|chain|retailer|brand|label)|(contractor|concessionaire)|"
                             r"(?:[A-Z][a-z]+ ){1,2}(?:fashion |clothing |record )(brand|label)|"
                             r"(?:(?<=\bby a )|(?<=\bby an )|(?<=\bfrom a )|(?<=\bfrom an ))"
                             r"[a-z]+ (company|firm)|"
                             r"(?:(?<=\bby a )|(?<=\bfrom a ))(?:funeral|care|nursing) (home)|"
                             r"(?:[A-Z][a-z]+ (?:[a-z]+(?:-[a-z]+)? )?|"
                             r"(?:[a-z]+(?:-[a-z]+)? ){1,2})(chain|mine|company|firm|resort))\b")
# (and "an overseas fashion brand ... The brand, Tide & Thread,"; "a La Paz fashion label ... The
# label, Altura Andina,"; "brine pumping by a salt company ... The company, Tuzla Salt Works,";
# "seized 46 Roman amphorae from a diving company ... The company, Adria Deep Diving,";
# "a bubble tea chain ... The chain, Golden Leaf Tea,"; "a new copper mine ... The mining
# company, Minera Cerro Sombrero,";
# "a contractor hired to rebuild
# ... The contractor, Chitipa Builders,")
#: nouns a story may name the same body by, first one then the other: "a London-based
#: fashion chain ... The retailer, Harlow & Finch,"
_SAME_KIND = {"chain": ("chain", "retailer"), "retailer": ("retailer", "chain"),
              "mine": ("mine", "company")}
#: "Ohio's environmental agency", "Kenya's aviation authority": a body described by its
#: place and its kind, whose full name may come later
_PLACE_BODY = rx.compile(r"\b([A-Z][a-z]+)['’]s ((?:[a-z]+(?:-[a-z]+)? ){0,2}(" +
                         "|".join(sorted(ORG_NOUNS | NAME_NOUNS)) + r"))\b")


def _place_bodies(text: str) -> list[re.Match]:
    """The matches of :data:`_PLACE_BODY`, found from the possessive ending of each (a
    plain string search) rather than by trying the pattern at every letter."""
    out = []
    for mark in ("'s ", "’s "):
        at = text.find(mark)
        while at >= 0:
            start = at - 1
            while start >= 0 and "a" <= text[start] <= "z":
                start -= 1
            if start >= 0 and (m := _PLACE_BODY.match(text, start)) is not None and \
                    m.start(1) == start and (start == 0 or not _is_word_char(text[start - 1])):
                out.append(m)
            at = text.find(mark, at + 3)
    return sorted(out, key=lambda m: m.start())


def _geographic(name: str) -> bool:
    """Whether ``name`` names a natural feature (its last word, :data:`GEOGRAPHIC`) or a
    street (``Via Padova``, ``Elm Street``)."""
    first, _, last = name.lower().partition(" ")
    return bool(last) and (name.rsplit(" ", 1)[-1].lower() in GEOGRAPHIC or
                           (first in FEATURES_FIRST and " " not in last) or
                           (first in FEATURE_FIRST and
                            last.split(" ", 1)[0] in FEATURE_PARTICLES) or
                           first in STREET_FIRST or name.rsplit(" ", 1)[-1].lower() in STREETS)


#: last words of a building's or a monument's name, no one's: "Galle Fort"
LANDMARKS = frozenset({"fort", "fortress", "castle", "palace", "cathedral", "mosque", "temple",
                       "basilica", "abbey", "monastery", "citadel", "tower", "pagoda",
                       "pyramid", "pyramids", "cliffs", "caves", "ruins", "bridge",
                       "viaduct", "aqueduct"})  # (and "the Victoria Falls Bridge")
#: words that open or close a street's name
STREET_FIRST = frozenset({"via", "rue", "calle", "avenida", "rua", "piazza", "plaza", "avenue"})
STREETS = frozenset({"street", "avenue", "road", "boulevard", "lane", "drive"})
#: words that open a natural feature's two-word name: "Lake Victoria", "Mount Fuji"
FEATURES_FIRST = frozenset({"lake", "mount", "cape", "gulf"})


_THEY = rx.compile(r"\b[Tt][Hh][Ee][Yy]\b")
#: a quote's "their" or "they", for a quote with no "they" of its own: "I trusted their name
#: more than my own eyes. That was my mistake, but it was their lie"
_SENTENCE_BREAK = rx.compile(r"[.!?] ")
_THEIR = rx.compile(r"\b[Tt]he(?:y|ir)\b(?! [a-z]+[^s\W]s\b)")  # (not "Their competitors
_CAPITALISED = rx.compile(r"[A-Z](?<!\w[A-Z])[\w.]*(?:[ -][A-Z][a-z]+)?\b")  # (\b[A-Z]...)


_ARTICLE_BEFORE = rx.compile(r"\b(?:[Tt]he|[Aa]n?|[Ee]very|[Aa]ny|[Ee]ach) (?:\d+-year-old )?$")
#: "the 52-year-old", "the 52-year-old Czech": a person named before, by age
_AGED = rx.compile(r"\b[Tt]he (\d+)-year-old\b(?: ([A-Z][a-z]+)\b)?")
_FEATURE_OF = rx.compile(r"\b(?:Gulf|Sea|Bay|Strait|Straits|Isle|Cape) of $")
_NOUN_END = rx.compile(r"(?:\s*[,.;:!?)]|\s+(?:for|of|to|in|on|at|with|from|who|said|says|"
                       r"has|had|was|is|will|would)\b)")


#: what a language is studied, spoken or written in: "to study Japanese", "signs in English"
_LANGUAGE_BEFORE = rx.compile(r"\b(?:stud(?:y|ies|ied|ying)|learn(?:s|ed|t|ing)?|speak(?:s|ing)?|"
                              r"spoke|teach(?:es|ing)?|taught|in|into|from)\s+"
                              r"(?:[A-Z][a-z]+,? (?:and|or) )?$")  # ("learn French and English")
#: the capital as the subject of a ruler's act: "the capital decided again for everyone else"
_THE_CAPITAL_ACTS = rx.compile(r"\b[Tt]he (capital) (?:(?:has|had|always|again|still|once) )*"
                               r"(?:decided|decides|decide|ignored|ignores|forgot|forgets|wants|"
                               r"chose|chooses|imposed|imposes|dictates|dictated)\b")
#: a capitalised word right before or after a demonym: the "Turkish" of "Turkish Cypriot"
_DEMONYM_BEFORE = rx.compile(r"([A-Z][a-z]+) $")
_DEMONYM_AFTER = rx.compile(r" ([A-Z][a-z]+)\b")


def _community_at(text: str, s: int, t: int) -> bool:
    """Whether the demonym at ``s``..``t`` is half of two that name a community, not a
    state (``Turkish Cypriot``, ``Greek Cypriot``, ``Bosnian Serb``)."""
    demonyms = lexicon.demonyms()
    words = text[s:t].split()
    if len(words) == 2 and all(w.lower() in demonyms for w in words):
        return True  # (one mention of both: "Turkish Cypriot")
    if text[s:t].lower() not in demonyms:
        return False  # (a country's own name: "Belgium's French-speaking region")
    before = _DEMONYM_BEFORE.search(text, max(0, s - 20), s)
    after = _DEMONYM_AFTER.match(text, t)
    return (before is not None and before.group(1).lower() in demonyms) or \
        (after is not None and after.group(1).lower() in demonyms)


#: a word after a demonym, which it then modifies ("in Japanese waters"; not "French and")
_WORD_AFTER = rx.compile(r" (?!(?:and|or) [A-Z])[A-Za-z]")


def _language_at(text: str, s: int, t: int) -> bool:
    """Whether the demonym at ``s``..``t`` names a language (``to study Japanese``, ``signs
    in English``), not its country."""
    return text[s:t].lower() in lexicon.demonyms() and \
        _LANGUAGE_BEFORE.search(text, max(0, s - 16), s) is not None and \
        not _WORD_AFTER.match(text, t)


#: a part of a country's land after its name: "on Sri Lanka's southern coast"
_PLACE_PART_AFTER = rx.compile(r"(?:['’]s)? (?:(?:north|south|east|west|central|remote|rural|"
                               r"northern|southern|eastern|western|north-eastern|"
                               r"north-western|south-eastern|south-western|northeastern|"
                               r"northwestern|southeastern|southwestern|Atlantic|Pacific|"
                               r"Caribbean|Arctic|Baltic|Mediterranean) )?(?:coast|coastline|"
                               r"shores?|hills|highlands|mountains|interior|countryside|"
                               r"islands|delta|plains|lowlands)\b")
#: a town placed in a country by its possessive: "Peru's southern city of Arequipa"
_COUNTRYS_TOWN_AFTER = rx.compile(r"(?:['’]s)? (?:[a-z-]+ ){0,2}(?:city|town|port|village|"
                                  r"island|islands|region|province) of [A-Z]")
#: a preposition that places what comes before it: "on", "along", "off"
_PLACING_BEFORE = rx.compile(r"\b(?:on|along|off|in|across|near|from|to) $")
#: whom work is done for, after a demonym: "for Italian brands", "for German clients"
_CLIENTS_AFTER = rx.compile(r" (?:brands?|clients?|customers?|tourists?|visitors?|"
                            r"fashion houses?)\b")
_FOR_BEFORE = rx.compile(r"\bfor $")


def _for_clients_at(text: str, start: int, end: int) -> bool:
    """Whether the demonym at ``start:end`` names whom work is done for ("We sew for Italian
    brands"): clients, no state."""
    return _CLIENTS_AFTER.match(text, end) is not None and \
        _FOR_BEFORE.search(text, max(0, start - 6), start) is not None
#: a currency after its country's adjective: "5,000 Danish crowns", "25 Australian dollars":
#: a sum, no state
_CURRENCY_AFTER = rx.compile(r" (?:" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) +
                             r")\b")
#: a firm a demonym describes: "a French technology company", no state
_FIRM_AFTER = rx.compile(r" (?:[a-z]+(?:-[a-z]+)? ){0,2}(?:company|firm|chain|retailer|brand|"
                         r"startup|carmaker|manufacturer|publisher|studio|developer|"
                         r"contractor|supplier)\b")
#: ordinary people a demonym describes ("costs American families billions"), no government
_CITIZENS_AFTER = rx.compile(r" (?:(?:coastal|mountain|border|port|resort|holiday|island|"
                             r"market|mining|industrial|university|seaside|river|lakeside|"
                             r"spa|ski|surf|fishing|farming|oil|desert|frontier|capital) )?"
                             r"(?:island|city|town|village|resort|region|"
                             r"province|capital)\b|"  # ("the Greek island of Santorini")
                             r" (?:[a-z]+ )?(?:families|consumers|households|shoppers|"
                             r"taxpayers|patients|passengers|travell?ers|homeowners|renters|"
                             r"savers|children|parents|students|customers|investors|tourists|"
                             r"visitors|nationals|citizens|residents|universities|"
                             r"colleges|schools|hospitals|farmers?|dollars?|pounds?|businessmen|"
                             r"beekeepers|growers|workers|fishermen|herders|winemakers|speakers|"
                             r"businesswomen|businesspeople|tycoons|roulette|whispers|"
                             r"standoff|"  # (idioms: "a game of Russian roulette")
                             r"francs?|rupees?|pesos?|kroner|kronor)\b"  # ("South Korean
                             # medical students": people, no state; "33 billion Canadian
                             # dollars": a currency)
                             # "a Chinese-owned copper miner", "a Swiss-based firm": whose
                             # owners or seat, not the state
                             r"|-(?:owned|based|born|made|built|flagged|registered|listed|"
                             r"speaking|language)\b")


def _acronym_body(text: str, start: int, end: int, registry: Registry) -> Entity | None:
    """The body spelled out elsewhere in the story whose acronym opens the mention
    ``start..end`` before a title (``FTC Chair Lina Okonjo``: the Federal Trade
    Commission), else None."""
    if not text[start:start + 2].isupper() or " " not in text[start:end]:
        return None  # (most mentions open on no acronym)
    first = text[start:end].split(" ", 1)[0]
    if not (first.isupper() and first.isalpha() and 2 <= len(first) <= 6):
        return None
    body = registry.spelled_out(first)
    return body if body is not None and body.kind == "institution" else None


#: after a demonym, lower-case role words and a two-word name: "grandmaster Arturs Kalnins"
_ROLE_THEN_NAME = rx.compile(r" ((?:[a-z]+ ){1,2})[A-Z][\w’'-]+ [A-Z]")


def _demonym_person(text: str, start: int, end: int) -> bool:
    """``thanked the Italian for his work``, ``the 52-year-old Czech``: a demonym used as
    a noun for one person (an article before, no noun after), not the country."""
    if text[start:end].lower() not in lexicon.demonyms():
        return False
    role = _ROLE_THEN_NAME.match(text, end)
    if role is not None and all(w in lexicon.titles() for w in role.group(1).split()):
        return True  # "Latvian grandmaster Arturs Kalnins": his nationality, no state
    if _ONE_OF_THEM.match(text, end) is not None and \
            _A_BEFORE.search(text, max(0, start - 4), start) is not None:
        return True  # "leaving a Danish tourist with spinal injuries": one person's
        # nationality, no act of the state's
    return _NOUN_END.match(text, end) is not None and \
        _ARTICLE_BEFORE.search(text, max(0, start - 18), start) is not None


#: one person a demonym describes: "a Danish tourist", "an Italian student"
_ONE_OF_THEM = rx.compile(r" (?:tourist|visitor|man|woman|boy|girl|student|climber|hiker|"
                          r"backpacker|passenger|cyclist|swimmer|diver|surfer|skier|jumper|"
                          r"pilgrim|teenager)\b")
_A_BEFORE = rx.compile(r"\ban? $")


def _aged_persons(text: str, seg: Segmentation, reg: Registry):
    """``thanked the 52-year-old Czech for his work``: (span, person) for each age
    descriptor, the person of that age, else the person named last within two sentences
    (as the speaker resolver reads ``the 34-year-old said``)."""
    if "-year-old" not in text:
        return  # (most stories give no age so: a substring test is far cheaper)
    for m in _AGED.finditer(text):
        word = m.group(2)
        if word is not None:
            if word.lower() not in lexicon.demonyms():
                continue  # "the 5-year-old Ford": a name of its own
        elif _NOUN_END.match(text, m.end()) is None:
            continue  # "the 52-year-old striker": a noun of its own
        here = seg.sentence_at(m.start())
        who = None
        for e, mention in reg.persons_before(m.start()):
            if e.kind != "person" or " " not in e.name:
                continue
            if m.group(1) in e.ages:
                who = e
                break
            if who is None and here - seg.sentence_at(mention[0]) <= 2:
                who = e
        if who is not None:
            yield m.span(), who.name


#: a person named right after their role, set off by commas: "The conductor, Ottavio
#: Vanzetti-Brandt, said", "the referee, Marcelo Quispaya-Vaca, had"
_THE_ROLE_NAMED = rx.compile(r"\b[Tt]he ([a-z]+), $")


#: a person named after their title, as a paragraph opens: "Busia Governor Joram Wanyonyi"
_TITLE_THEN_NAME = rx.compile(r"(?:[A-Z][a-z]+ )?([A-Z][a-z]+) (?=[A-Z][a-z]+ [A-Z])")


def _described_persons(text: str, seg: Segmentation, reg: Registry):
    """``dismissed its chief conductor ... The conductor, Ottavio Vanzetti-Brandt, said``:
    (span, person) for each earlier use of the role noun (after an article or a possessive,
    in the same or the two paragraphs before) that the story then names as "the <noun>,
    <name>", where no one named before holds that role: news ledes describe a person and
    name them a few paragraphs on (and "... while the governor's officials drive new cars
    ... Busia Governor Joram Wanyonyi said": a title before the name, as a paragraph opens)."""
    for e in reg.entities.values():
        if e.kind != "person" or not e.titles or not e.mentions:
            continue
        a = min(m[0] for m in e.mentions)
        m = _THE_ROLE_NAMED.search(text, max(0, a - 30), a)
        if m is None or m.end() != a or m.group(1) not in e.titles:
            m = _TITLE_THEN_NAME.match(text, a)
            if m is None or m.group(1).lower() not in e.titles or \
                    text[max(0, a - 1):a] not in ("", "\n"):
                continue
        noun = m.group(1).lower()
        if any(o is not e and o.kind == "person" and noun in o.titles and
               any(b < a for b, _, _ in o.mentions) for o in reg.entities.values()):
            continue  # (another holder of the role named before: whose it is is unclear)
        here = seg.sentences[seg.sentence_at(a)].paragraph
        lo = seg.paragraphs[max(0, here - 2)].start if seg.paragraphs else 0
        role = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) "
                          rf"(?:[a-z]+(?:-[a-z]+)? ){{0,2}}({noun})\b(?!,? [A-Z])")
        for d in role.finditer(text, lo, m.start()):
            yield d.span(1), e.name


#: "the Brazilian", "the Dane": one person named by nationality alone
_THE_DEMONYM = rx.compile(r"\b[Tt]he ([A-Z][a-z]+)\b")


def _demonym_persons(text: str, seg: Segmentation, reg: Registry, speaking: set[str]):
    """``said he wanted to keep the Brazilian``: (span, person) for a demonym used as a
    noun for one person, the person of that country if the story gives one, else the one
    it names most among those it speaks about rather than quotes (the story's subject), never
    the sentence's own subject."""
    demonyms = lexicon.demonyms()
    for m in _THE_DEMONYM.finditer(text):
        if m.group(1).lower() not in demonyms or _NOUN_END.match(text, m.end()) is None:
            continue
        country = lexicon.places()[m.group(1).lower()][1]
        if not country:
            continue  # (a former state's: "the Soviet")
        sent = seg.sentences[seg.sentence_at(m.start())]
        people = [e for e in reg.entities.values() if e.kind == "person" and " " in e.name
                  and e.mentions and e.mentions[0][0] < m.start() and
                  not any(sent.start <= a < m.start() for a, _, _ in e.mentions)]
        if not people:
            continue
        of_country = [e for e in people if country in e.nations]
        pool = of_country or people
        who = max(pool, key=lambda e: (e.name not in speaking, len(e.mentions),
                                       -e.mentions[0][0]))
        if of_country or len(who.mentions) > 1:
            yield (m.start(), m.end()), who.name


#: titles of a country's national leaders and ministers
NATIONAL_TITLES = frozenset({"president", "prime minister", "minister", "chancellor",
                             "premier", "king", "queen"})
# (and "an insult to everyone who loves this club": the club's people, not the club)


#: a name that opens someone's title: "Ofwat chief executive Helen Marlowe-Black"
_TITLE_AFTER = rx.compile(r" (?:chief executive|chairman|chairwoman|chair|president|director|"
                          r"spokesman|spokeswoman|spokesperson|head) [A-Z]")


def _titles_after(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` opens someone's title (``Ofwat chief executive Helen Marlowe-Black``)."""
    out = []
    at = text.find(name + " ")
    while at >= 0:
        if (at == 0 or not text[at - 1].isalnum()) and _TITLE_AFTER.match(text, at + len(name)):
            out.append((at, at + len(name)))
        at = text.find(name + " ", at + 1)
    return out


#: what a story may call a body that decides over others ("water regulator Ofwat")
DECIDING_TITLES = frozenset({"regulator", "watchdog", "authority", "agency", "commission"})
#: a government named by its leader: "President Samuel Mwangi-Kariuki's government"
_LEADERS_GOVERNMENT = rx.compile(r"\b(?:President|Prime Minister|Premier) [A-Z][\w.-]*"
                                 r"(?: [A-Z][\w.-]*){0,3}['’]s government\b")


def _governs(text: str, target: Target) -> bool:
    """Whether the story has the country ``target`` act as a government: "the government"
    stands for it, or it is named as "<Country>'s government"."""
    return target.kind == "country" and (
        bool(target.implied) or f"{target.name}'s government" in text or
        f"{target.name}’s government" in text or
        _LEADERS_GOVERNMENT.search(text) is not None or  # ("a rare retreat by President
        # Samuel Mwangi-Kariuki's government")
        any(f"{d} authorities" in text for d in _demonyms_of(target.name)))  # ("Swiss
    # authorities evacuated about 80 residents")


@cache
def _demonyms_of(country: str) -> tuple[str, ...]:
    """The nationality words of ``country``, capitalised as in running text (``Swiss``)."""
    return tuple(w.capitalize() for w, (kind, name) in lexicon.places().items()
                 if kind == "demonym" and name == country)


def _titled_by_body(text: str, person: Entity) -> bool:
    """Whether each of ``person``'s mentions follows a title held in a body the story names
    by its kind ("association president Henrique Matos"): no head of state."""
    nouns = lexicon.source_nouns()
    for s, _, _ in person.mentions:
        words = text[max(0, s - 40):s].lower().split()
        if len(words) < 2 or words[-1].strip(",") not in NATIONAL_TITLES or \
                (nouns.get(words[-2]) != "institution" and
                 words[-2] not in ("its", "their")):
            return False  # (and "Its president, Valérie Lemaire-Stoffels,": the body's)
    return bool(person.mentions)


def _country_labels(text: str, found: Mapping[str, Target]) -> dict[str, str]:
    """The name a country goes by in the rows: the one the story uses most for it when
    that is another full name ("Britain" for the United Kingdom), not an abbreviation."""
    places = lexicon.places()
    out = {}
    for name, target in found.items():
        if target.kind != "country":
            continue
        names = (re.sub(r"['’]s?$", "", text[a:b]) for a, b in target.mentions)
        used = Counter(n for n in names if places.get(n.lower(), ("",))[0] in
                       ("country", "alias") and not n.isupper() and "." not in n)
        if used and (best := used.most_common(1)[0][0]) != name and \
                used[best] > used.get(name, 0):
            out[name] = best
    if "EU" in found and "European Union" not in found:
        out["EU"] = "European Union"  # (the Union's own name, as stories spell it out)
    return out


def _council_labels(text: str, registry: Registry) -> dict[str, str]:
    """The name a city that acts goes by in the rows when the story has its council act
    ("Toronto city council voted", "Lisbon's city council approved"): the council; and a
    district's council named by its town ("the Iringa district council") keeps that name."""
    if (named := _DISTRICT_COUNCIL.search(text)) is not None and \
            (place := registry.entities.get(named.group(1))) is not None:
        # "accused the Iringa district council of strangling their trade ... The council said":
        # the town's council, not the town
        return {place.name: f"{place.name} {named.group(2).lower()} council"}
    town = _city_actor(text, registry)
    if town is None:
        return {}
    m = re.search(rf"\b{re.escape(town)}(?:’s|'s)? ((?:[Cc]ity|[Tt]own) [Cc]ouncil)\b", text)
    return {town: f"{town} council"} if m or _its_council(text) or \
        ("city council" in text and _THE_COUNCIL_SAID.search(text) is not None) else {}


#: a district's council named by its town: "the Iringa district council"
_DISTRICT_COUNCIL = rx.compile(r"\b[Tt]he ([A-Z][a-z]+) ([Dd]istrict|[Mm]unicipal|[Cc]ounty) "
                               r"council\b")
#: a town's council acting, named by its place: "The town council of Iceland's Westman
#: Islands voted"
_COUNCIL_OF_PLACE = rx.compile(r"\b[Tt]he (?:town|city|island|municipal) council of "
                               r"(?:[A-Z][\w-]*['’]s )?([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})"
                               r"(?= (?:voted|decided|approved|agreed|banned|suspended)\b)")
#: the council of the city the story names speaking: "..., the city council said"
_THE_COUNCIL_SAID = rx.compile(r"\b(?:[Tt]he|[A-Z][a-z]+) city council(?:, which)? (?:said|says|"
                               r"announced|voted|wants|demanded|has demanded)\b")
# (and "Reykjavik city council said", "a tripling of licence fees by the city council, which
# says", "the city council wants the supplier to pay"; not "the city council decided", whose
# city the gold names: "Prague")


#: a city's own officer set off before a name: "The city's environment director, Patricio
#: Balarezo,"
_CITYS_OFFICER = rx.compile(r"\b[Tt]he (?:city|town)['’]s (?!police)(?:[a-z]+ ){0,2}(?:director|"
                            r"chief|spokesman|spokeswoman|secretary), [A-Z]")  # (its police
# chief answers to the state)


#: a capital's own government, below the state's: "The departmental government of La Paz"
_OWN_GOVERNMENT_OF = rx.compile(r"\b[Tt]he (?:departmental|provincial|municipal|city) "
                                r"government of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\b")


def _city_actor(text: str, registry: Registry) -> str | None:
    """A capital that acts as its own city, not as its country's government: the story
    names a mayor and no national leader or minister, and the capital is named (``Lisbon
    will close a busy riverside avenue ..., Mayor Sofia Almeida announced``); or, with a
    mayor named, the city of the dateline that is no capital (``PORTO, Portugal``)."""
    persons = [e for e in registry.entities.values() if e.kind == "person"]
    opening = dateline_end(registry.seg)
    lede_end = text.find("\n\n", opening)
    lede_end = len(text) if lede_end < 0 else lede_end
    clerk = {"town clerk"} if "council" not in text else set()  # (a town clerk speaks for
    # the municipality of a story with no council, "the municipality wants to squeeze us")
    mayor = any(e.titles & ({"mayor", "councillor", "councilor", "alderman", "alderwoman"} |
                            clerk)
                for e in persons) or \
        _THE_CITYS_MAYOR.search(text, opening, lede_end) is not None or \
        _CITYS_OFFICER.search(text) is not None  # (or a city's
    # councillor: "City traffic councillor X"; or a lede's announcer the story titles only
    # so: "Colmar will cap ..., the Alsatian city's deputy mayor for tourism said", not a
    # mayor who speaks only later: "The town's mayor said the municipality would add")
    for m in _COUNCIL_OF.finditer(text):
        ent = registry.entities.get(m.group(1))
        if ent is not None and not ent.titles and not ent.gender_votes and \
                _country_of(ent.name) is None and ent.name.lower() not in lexicon.given_names():
            if ent.kind != "institution":
                registry.make_body(ent)
            return ent.name  # "The council of Pirque voted ...": the commune acts, not the
            # capital of the dateline
    if (city := _unnamed_city_body(text, registry)) is not None:
        return city
    if (own := _OWN_GOVERNMENT_OF.search(text)) is not None and \
            (ent := registry.entities.get(own.group(1))) is not None and \
            ent.kind == "institution" and _is_capital(ent.name):
        return ent.name  # "The departmental government of La Paz, which set the toll": the
        # capital's own department acts, not the state
    governs = _CITY_GOVERNMENT_LEDE.match(text, dateline_end(registry.seg))
    if governs is not None and (ent := registry.entities.get(governs.group(1))) is not None \
            and ent.kind == "institution":
        return ent.name  # "The New Taipei city government will stop tour buses ...": the
        # city acts through its government (:meth:`speakers.Registry._city_governments`)
    council = _its_council(text) or \
        ("city council" in text and _THE_COUNCIL_SAID.search(text) is not None)
    # "The German city of Leipzig will ban ..., after its city council voted" (and "The
    # Finnish city of Tampere will ban ..., the city council said")
    if not mayor and not council and not (("he city " in text or "he mayor" in text or
                                           "s city " in text or "city hall" in text or
                                           "town hall" in text) and
                                          _CITY_ITSELF.search(text)):
        lede = _CITY_LEDE_ACT.match(text, opening)
        if lede is not None and (
                _CITY_LEDE.match(text, opening) is not None or
                (("city's" in text or "town's" in text) and
                 _CITY_OFFICER.search(text, lede.end()) is not None)) and \
                (ent := registry.entities.get(lede.group(1))) is not None and \
                ent.kind == "institution" and _country_of(ent.name) is None:
            return ent.name  # "The Brazilian city of Salvador will require ..., its culture
            # secretary said": the city acts through its own officer (or one named after
            # the lede: "The Finnish city of Tampere has closed ... The city's sports
            # director, Jarkko Hietasalo, said")
        if "the city " in text and _CITY_OFFICER.search(text) is not None and \
                _THE_CITY_DOES.search(text) is not None and \
                (place := dateline_place(text, registry.seg)) in registry.entities and \
                registry.entities[place].kind == "institution" and \
                "dateline city" in registry.entities[place].titles:
            return place  # "MEDELLÍN, Colombia - Flower growers ... would boycott ... unless
            # the city restored its route. The city's culture secretary, X, said": the city
            # of the dateline acts through its own officer
        if "he city " in text and \
                len(_CITY_ACTS.findall(text)) >= 2 and \
                (place := dateline_place(text, registry.seg)) in registry.entities and \
                registry.entities[place].kind == "institution" and \
                lexicon.places().get(place.lower(), ("",))[0] != "country":
            return place  # "ZAGREB, Croatia - ... the permit the city showed reporters ...
            # 'The city bought a symbol of peace from a crime scene'": the city of the
            # dateline, which the story names, acting twice as "the city"
        if _THE_MUNICIPALITY_SPEAKS.search(text) and \
                _MUNICIPAL_ACT.search(text, opening, lede_end) and \
                (town := next((e.name for e in registry.entities.values()
                               if e.kind == "institution" and
                               e.titles & {"town", "city", "village"} and
                               _country_of(e.name) is None and
                               any(opening <= a < lede_end for a, _, _ in e.mentions)),
                              None)) is not None:
            return town  # "Shopkeepers in the hilltop town of Bandipur ... over a municipal
            # ban on cars ... The municipality said": the town acts through its municipality
        return None  # (no mayor named, nor "the city government", "the mayor's office")
    its = _ITS_MAYOR.search(text) if mayor else None
    if its is not None:  # "The Greek island of Santorini will limit ..., its mayor said"
        town = max(((a, e.name) for e in registry.entities.values()
                    if e.kind == "institution" and _country_of(e.name) is None
                    for a, _, _ in e.mentions if a < its.start() and
                    not re.search(r"[.!?]\s", text[a:its.start()])),
                   default=None)
        if town is not None:
            return town[1]
    owned = _PLACES_MAYOR.search(text) if mayor else None
    if owned is not None and (ent := registry.entities.get(owned.group(1))) is not None and \
            ent.kind == "institution" and _country_of(ent.name) is None:
        return ent.name  # "Koksijde's mayor, Pieter Claeys, said": the town whose mayor
        # speaks, not the village the story's fishers live in
    city = next((e.name for e in registry.entities.values() if e.kind == "institution" and
                 "dateline city" in e.titles), None)
    named = next((e.name for e in registry.entities.values() if e.kind == "institution" and
                  e.titles & {"city", "town", "village", "municipality", "island"} and
                  not (e.titles == {"village"} and city is not None and
                       _named_city_of(text, city))),
                 None) if mayor or council or _CITY_ITSELF.search(text) else None
    if named is not None:  # "The city of Palma will ban new hotels, Mayor X said"
        return named  # (not a village, where the story names the dateline's city as a
        # city: "Parents in villages around the northern city of Kumanovo ... a mother from
        # the village of Lopate ... the city hall": Kumanovo's)
    part = next((e.name for e in registry.entities.values() if e.kind == "institution" and
                 e.titles & {"district", "borough"}), None) if mayor or council else None
    if part is not None and (city is None or re.search(rf"\b{re.escape(city)}\b", text[
            dateline_end(registry.seg):]) is None):
        return part  # (a district that acts, where the dateline's city does not: not "the
        # riverside Ribeira district" of a story about Porto)
    if city is None and mayor and _CITY_ITSELF.search(text) and \
            (place := dateline_place(text, registry.seg)) in registry.entities and \
            registry.entities[place].kind == "institution" and _country_of(place) is None:
        city = place  # "The city said ..., Mayor X said", datelined MOSTAR: Mostar acts
    if city is not None:  # the dateline's city, no capital: "PORTO, Portugal (Reuters) —"
        return city
    if any((e.titles & NATIONAL_TITLES or any(t.endswith(" minister") for t in e.titles))
           and not _titled_by_body(text, e) for e in persons):
        return None
    return next((e.name for e in registry.entities.values() if e.kind == "institution" and
                 _is_capital(e.name)), None)


def _named_city_of(text: str, city: str) -> bool:
    """Whether the story calls the dateline's ``city`` a city or town by name: "the
    northern city of Kumanovo"."""
    return re.search(rf"\b(?:city|town) of {re.escape(city)}\b", text) is not None


#: a city acting as one where no mayor is named: "the city government had known", "The
#: mayor's office did not respond" (not "the city's school district": the district acts)
_CITY_ITSELF = rx.compile(r"\b(?:(?:accused|blamed|criticised|criticized|sued) the city\b|"
                          r"(?:[Tt]he|['’]s) (?:city government|city administration|"
                          r"mayor['’]s office|"
                          r"city (?:said|says|announced|had failed|has failed|failed|"
                          r"had ignored|ignored|refused|had refused))|"
                          r"(?:[Tt]he )?(?<!\bat )city hall|\b[Tt]he town hall|"
                          r"(?:(?<=[.!?] )|(?<=\n)|^)City hall)\b")
# (and "The town hall said": the town's, not "a district town hall", "the new town hall")
# ("..., the city said"; "Almaty's city administration will rename"; "the city had failed to
# protect residents"; "We told the city hall";
# "filed a lawsuit against city hall")
#: the act of a lede's town, whoever tells it: "The Finnish city of Tampere has closed"
_CITY_LEDE_ACT = rx.compile(r"\s*(?:[Tt]he|[A-Z][\w-]+['’]s) (?:[A-Za-z-]+ ){0,3}(?:city|town|"
                            r"village|municipality|resort) of ([A-ZÀ-ÖØ-Þ][\w-]+(?: [A-Z][\w-]+)?) "
                            r"(?:will|has|have|is|plans|wants|intends|ordered|banned|"
                            r"approved|decided|closed|evicted)\b")  # (and "The municipality of
# Dili ordered dozens of food vendors off the seafront": its act done)
#: the city as the doer of a deed, in a story's or a quote's words: "the city showed
#: reporters", "The city bought a symbol of peace"
_CITY_ACTS = rx.compile(r"\b[Tt]he city (?:bought|buys|showed|shows|paid|pays|gave|gives|sold|"
                        r"sells|chose|spent|ignored|ignores|removed|cut|closed|built|"
                        r"planted|felled|hired|sued|owes|owed|knew|knows|promised)\b")
#: the city doing or undoing an act, unnamed: "unless the city restored its route"
_THE_CITY_DOES = rx.compile(r"\bthe city (?:restored|restores|reverses|reversed|dropped|drops|"
                            r"scrapped|scraps|changed|changes|moved|moves|banned|bans|decided|"
                            r"ordered|refused|refuses|approved|would|will|had|has)\b")
#: the same, told by the town's own officer in the lede: "The Brazilian city of Salvador will
#: require ..., its culture secretary said" (and "The Portuguese city of Évora will ban ...,
#: the municipality said": its own voice)
_CITY_LEDE = rx.compile(_CITY_LEDE_ACT.pattern +
                        r"[^.!?\n]{0,300}?, (?:its (?:[a-z-]+ ){0,2}(?:secretary|spokes(?:man|"
                        r"woman|person)|official|chief|director|administration|government)s?|"
                        r"the (?:municipality|town hall|city hall)|(?:city|town) officials) "
                        r"(?:said|says|announced)\b")
#: the town's own officer, set before his name: "The city's sports director, Jarkko
#: Hietasalo, said"
_CITY_OFFICER = rx.compile(r"\b[Tt]he (?:city|town)['’]s (?:[a-z-]+ ){0,2}(?:secretary|"
                           r"spokes(?:man|woman|person)|official|chief|director|head|manager), "
                           r"(?=[A-Z])")
#: a lede opening on a city's government acting: "The New Taipei city government will stop"
_CITY_GOVERNMENT_LEDE = rx.compile(r"\s*[Tt]he " + NAMED_CITY_GOVERNMENT.pattern +
                                   r" (?:will|has|have|is|plans|wants|intends|ordered|banned|"
                                   r"approved|decided)\b")
#: a town's council named by the town: "The council of Pirque, about 30 km south of Santiago"
_COUNCIL_OF = rx.compile(r"\b[Tt]he (?:town |city |municipal |local )?council of "
                         r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)\b(?! (?:Europe|Ministers|State)\b)")
#: a lede that opens on a city it does not name: "Denmark's third-largest city will remove",
#: "A New Zealand city has voted"
_UNNAMED_CITY_LEDE = rx.compile(r"\s*(?:[A-Z][\w-]+(?: [A-Z][\w-]+)?['’]s (?:[a-z]+-)?"
                                r"(?:largest|biggest|oldest) |An? (?:[A-Z][\w-]+ ){1,2})"
                                r"(city|town)\b(?= (?:will|has|have|is|plans|wants|voted|"
                                r"approved)\b)")
#: a city's own governing body by its name: "Odense Municipality", "Whanganui District
#: Council", "Municipality of Tromsø"
_CITY_BODY_NAME = rx.compile(r"(?:[A-Z][\w-]+ (?:(?:City|Town|District|Borough) Council|"
                             r"Municipality|Municipal Council)|Municipality of [A-Z][\w-]+)")
#: "Koksijde's mayor": the town the mayor governs
_PLACES_MAYOR = rx.compile(r"\b([A-Z][\w-]+)['’]s mayor\b")
#: the city's own mayor announcing, unnamed where the title is given: "the Alsatian city's
#: deputy mayor for tourism said"
_THE_CITYS_MAYOR = rx.compile(r"\b[Tt]he (?:[A-Z][\w-]+ )?(?:city|town)['’]s (?:deputy )?mayor"
                              r"(?: for [a-z]+)? (?:said|says|announced|told)\b")
# (not one set apart from its acts: "The city's mayor, who does not control the state-run
# network, said")
#: "..., its mayor said": the place before it is the town that acts
_ITS_MAYOR = rx.compile(r"\b[Ii]ts mayor\b")
#: "the city of Leipzig will ban ..., after its city council voted": the town acts
_ITS_COUNCIL = rx.compile(r"\b[Ii]ts (?:city|town) council\b")


def _unnamed_city_body(text: str, registry: Registry) -> str | None:
    """The city body named first after a lede that opens on a city it does not name
    (``Denmark's third-largest city will remove dozens of speed bumps ... Odense Municipality
    said``): the city that acts, by its governing body's name, if that body is named in the
    next paragraph."""
    seg = registry.seg
    opening = dateline_end(seg)
    m = _UNNAMED_CITY_LEDE.match(text, opening) if opening else None
    if m is None or len(seg.paragraphs) < 2:
        return None
    nxt = seg.paragraphs[1]
    first = min(((a, e.name) for e in registry.entities.values() if e.kind == "institution"
                 for a, _, _ in e.mentions if nxt.start <= a < nxt.end), default=None)
    if first is None or _CITY_BODY_NAME.fullmatch(first[1]) is None:
        return None
    return first[1]


def _its_council(text: str) -> bool:
    """Whether :data:`_ITS_COUNCIL` occurs: looked for only where a substring test shows it
    can (a pattern that opens on a word boundary is tried at every character)."""
    return ("ts city council" in text or "ts town council" in text) and \
        _ITS_COUNCIL.search(text) is not None


#: last words of the names of a state's armed or security forces ("Iran's Revolutionary
#: Guards", "Israel's Defence Forces"): the state acts through them
STATE_FORCES = frozenset({"guards", "guard", "army", "navy", "forces", "force", "military",
                          "police", "gendarmerie", "militia"})
#: the police charged by a speaker: "accused the police of punishing honest drivers"
_POLICE_CHARGED = rx.compile(r"\b(?:accused|accusing|accuses|blamed|blaming|blames|"
                             r"criticised|criticized|criticising|criticizing|condemned|"
                             r"condemning) the (police)\b|"
                             r"\bprotest(?:ed|ing|s)? against (?:what (?:they|he|she|it) "
                             r"(?:called|call|calls) )?(?:[a-z]+ ){1,3}(?:at|by) (?:the )?"
                             r"(police)\b|"
                             r"\b(?:said|says|saying) (?:on [A-Z][a-z]+day )?(?:that )?(?:the )?"
                             r"(police)(?: officers)? "
                             r"(?:had |have |has )?[\"“]?"
                             r"(?:used excessive force|beaten|beat|killed|shot|abused|tortured|"
                             r"never been held (?:to account|accountable|responsible)|"
                             r"no (?:power|right) to)\b|"
                             r"\b(?:sue|sues|suing|sued) (?:the )?(police)\b|"
                             r"\bordered (?:the )?(police) to (?:release|free)\b")
# (and a court's "ordered police to release opposition activist Tshepo Sechele ... police had
# 'no power to hold a citizen'", a detainee's "would sue the police": a force held to account)
# ("to protest against what they called extortion at police checkpoints": the force whose
# acts a protest charges; "said the police had used excessive force", "said that police
# officers had tortured a man", "said police had never
# been held to account for the killings": a wrong reported)
#: a town's own police force: the town's acts, not a side of its own
_TOWN_POLICE = rx.compile(r"\b(?:municipal|city|metropolitan|town) police\b")
#: an unnamed union charged by a speaker ("accused the union of playing politics"), which the
#: story described before by whom it groups ("the hospital's doctors' union")
_UNION_CHARGED = rx.compile(r"\b(?:accused|accusing|accuses|blamed|blaming|blames|criticised|"
                            r"criticized|condemned) the (union)\b")
_UNION_DESCRIBED = rx.compile(r"\b([a-z]+['’]) (union)\b")
#: a place's possessive ("Iran's ", "South Korea's "): the state whose body follows
_STATE_NAME = r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s "
_STATE_OWNER = rx.compile(r"\b" + _STATE_NAME + "$")  # ending where a mention starts
_STATE_OWNER_IN = rx.compile(_STATE_NAME)  # opening the mention itself
#: a place's own organs, which stand for the place itself: "Barcelona's city hall will ban"
_STATE_ORGAN_END = rx.compile(r"\b(?:government|city hall|town hall|council|parliament|"
                              r"cabinet|municipality|administration|assembly|congress|senate|"
                              r"legislature|ministry|presidency|authorities|mayor's office)$")
#: a speaker labelled as a country's unnamed body: "Eritrea's information ministry"
_STATE_BODY = rx.compile("^" + _STATE_NAME + r"[a-z][a-z ]*$")
#: nouns for a firm that a lede may use before the story names it ("unless the state-owned
#: operator adds security staff ... Dublin Bus said")
FORWARD_NOUNS = frozenset({"company", "firm", "operator", "employer", "carrier", "airline",
                           "retailer", "manufacturer", "insurer", "lender", "chain",
                           "bank", "agency"})  # ("to stop the central bank from withdrawing ... The
# Central Bank of Nigeria said": the bank named next)


#: a lede's unnamed firm charged by its subject: "Fishermen accused an offshore oil producer
#: of polluting" (the body the next paragraphs name)
_LEDE_CHARGED_FIRM = rx.compile(r"\b(?:accused|accuses|blamed|blames|sued|sues|criticised|"
                                r"criticized|condemned|sprayed (?:[a-z]+ ){0,4}?by|"
                                r"(?:dumped|spilled|built|run|owned) by) an? "
                                r"(?:(?:[A-Z][a-z]+-)?[a-z-]+ ){0,3}?(" +
                                "|".join(sorted(ORG_NOUNS - {"union", "court", "club", "team",
                                                             "group", "network"})) +
                                r")\b(?! ?,? ?[A-Z])")
# (and "accused a Chinese-owned plantation company of fencing off land"; "a pesticide sprayed
# on nearby rapeseed fields by a large agricultural company")
#: a firm a lede names by its kind alone: "to stop the company from burning"
_LEDE_THE_FIRM = rx.compile(r"\b[Tt]he (company|firm)\b(?! ?,? ?[A-Z])")
#: a lede's unnamed body as the subject of an act: "A scientific journal has retracted"
_LEDE_BODY = rx.compile(r"(?:^|(?<=[—–-] )|(?<=\n))[Aa]n? (?:[a-z-]+ ){0,2}(" +
                        "|".join(sorted(FORWARD_NOUNS | {"journal", "publisher", "union",
                                                         "trust"})) +
                        r")\b(?= (?:has|have|had|is|was|will|on|\w+ed)\b)")


def _named_body_at(reg: Registry, pos: int) -> bool:
    """Whether a body's name follows at ``pos`` ("a company Xcel Energy ..."): no lede
    description, the name itself."""
    return any(a in (pos, pos + 1) for e in reg.entities.values() for a, _, _ in e.mentions)

def _told_only(text: str, e: Entity) -> bool:
    """Whether every mention of ``e`` is what someone told something to (``told Reuters``,
    ``told DZMM radio``): an outlet or audience, no party to the story."""
    return bool(e.mentions) and all(text.endswith("told ", 0, a) for a, _, _ in e.mentions)


#: what follows an outlet's name: "told France Bleu radio" (or its country's adjective: "told
#: a French broadcaster")
_OUTLET_AFTER = rx.compile(r" (?:state |public |private )?(?:radio|television|TV|newspaper|daily|"
                           r"weekly|broadcaster|channel|station|outlet|magazine|news agency|"
                           r"news website)\b")
#: a lede's body described by its nationality and kind, named later: "because the Turkish
#: shipyard building them had run into financial trouble ... The shipyard, Karadeniz
#: Tersanesi,"
_LEDE_FOREIGN_BODY = rx.compile(r"\b[Tt]he ([A-Z][a-z]+) (" +
                                "|".join(sorted(FORWARD_NOUNS | {"shipyard", "shipbuilder",
                                                                 "contractor", "supplier"})) +
                                r")\b")
#: a lede's unnamed body that a stance verb acts on: "accused the national disaster agency of"
_LEDE_OBJECT = rx.compile(r"\b(?:accused|accusing|sued|suing|criticised|criticized|criticising|"
                          r"criticizing|blamed|blaming|condemned) the (?:[a-z-]+ ){1,2}(" +
                          "|".join(sorted(FORWARD_NOUNS)) + r")\b")


#: a penalty verb right after a body's name: "The Czech Ice Hockey Association fired" (a
#: party, named once as it is)
_PENALTY_NEXT = rx.compile(r" (?:has |had )?(?:sacked|banned|suspended|fined|expelled|revoked|"
                           r"disqualified|dismissed|fired (?!tear|shots|rubber|live|warning|"
                           r"water|at|on|into|back)\w)")
#: inspectors named by their field: "tax inspectors", "labour inspectors"
_FIELD_INSPECTORS = rx.compile(r"\b([a-z]+) inspectors\b")
#: someone told by where they come from, before the place's mention: "a man from "
_SOMEONE_FROM = rx.compile(r"\b(?:man|woman|men|women|people|someone|somebody|guy|boy|girl|"
                           r"stranger|strangers|outsider|outsiders|trader|traders|buyer|"
                           r"buyers|tourists|visitors|customers|merchants|dealers|importers|"
                           r"pilgrims|shoppers) from (?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? "
                           r"(?:and|or) )?$")  # (and "buyers from Nigeria and Chad")
#: a lede's body ordering people's things removed ("after the provincial People's Committee
#: ordered their removal"): the party whose order the story answers, named once or not
_ORDERED_REMOVAL = rx.compile(r" (?:has |had )?(?:ordered|demanded) (?:the |their |its |his |her )?"
                              r"(?:removal|demolition|eviction|closure|relocation|transfer|"
                              r"dismissal)\b")
# (and "after the Ghana Education Service ordered his transfer": the one who moved him)
#: a lede's body that opens the story on its own decision ("Heuvelland Koers, which organises
#: the race, has dropped its most famous climb"): the party whose "decision" the reactions
#: answer, named once
_LEDE_DECIDED = rx.compile(r"(?:, which [^,.;]{3,80},)? (?:has|have) (?:dropped|cancell?ed|"
                           r"scrapped|banned|removed|suspended|withdrawn|axed|closed|halted)\b")
#: a body named once as the one a charge is laid against ("accused the Building and
#: Construction Authority of ignoring complaints"): a party all the same
_CHARGED_BEFORE = rx.compile(r"\b(?:accused|accusing|sued|suing|blamed|blaming) (?:the )?$|"
                             # "has filed a complaint against Havhuset"
                             r"\b(?:filed|filing|lodged|lodging) (?:a |an )?(?:formal |legal )?"
                             r"(?:complaint|lawsuit|suit) against (?:the )?$|"
                             # "accused his insurer, Island Mutual, of stalling"
                             r"\b(?:accused|accusing|sued|suing|blamed|blaming) (?:his|her|its|"
                             r"their|the) (?:[a-z-]+ ){0,2}[a-z]+, $")


#: two bodies named after their plural kind: "The clubs, Genoa CFC and Sampdoria,"
_PAIR_NAMED = rx.compile(r"\b[Tt]he (clubs|companies|firms|unions|airlines|banks|carriers|teams|"
                         r"operators), ([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)*) and "
                         r"([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)*),")
#: a firm's management named bare as the object of a charge: "accused management of"
_BARE_MANAGEMENT = rx.compile(r"\b(?:accused|accusing|blamed|blaming|criticised|criticized|"
                              r"criticising|criticizing|urged|urging) (management)\b")


#: what a story may call a public body whatever its name calls it
REGULATOR_NOUNS = frozenset({"regulator", "watchdog"})


def _regulator_named(noun: str, name: str) -> bool:
    """Whether ``the <noun>`` is a regulator or watchdog the body ``name`` can be ("South
    Korea's antitrust regulator ... the Korea Fair Trade Commission")."""
    return noun in REGULATOR_NOUNS and org_fits("agency", name)


def _head_noun(name: str) -> str:
    """The word a body's name is a kind of: the last before "of" (``University of
    Northmoor``), else the last (``University and College Union``)."""
    words = name.lower().split()
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    return words[-1] if words else ""


def _prefer_headed(names: list[str], noun: str) -> list[str]:
    """The names whose head noun ``the <noun>`` is, where some are (``the university``: the
    University of Northmoor, not the University and College Union; ``the resort``: Ďumbier
    Resorts, not the power distributor named since); else all of them."""
    return [n for n in names if _head_noun(n) in (noun, noun + "s")] or names


def _titled_ahead(reg: Registry, seg: Segmentation, noun: str, start: int, pos: int,
                  reach: int = 1, by_name: bool = False) -> str | None:
    """The first body named after ``pos``, in the same or the next paragraph, that the story
    introduces as ``the <noun>`` (``The distributor, Groupe Caraïbes Distribution,``), where
    no body named before ``start`` is one (and no "of" names it: "the town of Tibú").
    ``by_name``: a name whose head is the noun will do too (``a foreign foundation`` ... ``The
    Sahel Memory Foundation``; ``the federal heritage institute`` ... ``The National Institute
    of Anthropology and History``)."""
    if not seg.paragraphs or re.match(r" of (?:the )?[A-Z]", reg.text[pos:pos + 12]):
        return None
    here = seg.sentences[seg.sentence_at(pos)].paragraph
    later = [(a, e.name) for e in reg.entities.values()
             if e.kind == "institution" and e.mentions
             for a in [min(m[0] for m in e.mentions)]
             if (noun in e.titles or reg.text.endswith(f"he {noun}, ", 0, a) or
                 (by_name and (e.name.lower().endswith(" " + noun) or
                               _head_noun(e.name) == noun)) or
                 re.search(rf"\b[Tt]he [a-z]+ {noun}, $", reg.text[max(0, a - 40):a])) and
             a > pos and seg.sentences[seg.sentence_at(a)].paragraph - here <= reach and
             e.name.lower() not in lexicon.places() and _country_of(e.name) is None]
    # (no place: "Lake Asphalt of Trinidad and Tobago, the state company": the firm)
    # (a title the registry gives, or the description set before the name: "The brand, Tide
    # & Thread, said", "The funeral home, Bedemand Lund & Søn, said")
    if not later or any(e.kind == "institution" and (noun in e.titles or
                                                     noun in e.name.lower().split())
                        for e, _ in reg.persons_before(start)):
        return None  # (most descriptions have no body named after them: the scan of
        # those named before only where one is)
    return min(later)[1]


def _named_ahead(reg: Registry, seg: Segmentation, nouns: tuple[str, ...], start: int,
                 pos: int) -> str | None:
    """The body :func:`_titled_ahead` finds for the first of ``nouns`` that has one (a firm
    told as "the company" may be named later as "The operator, ..."), looking a paragraph
    further when the description stands in the lede."""
    reach = 3 if seg.paragraphs and start < seg.paragraphs[0].end else 2
    return next((found for noun in nouns
                 if (found := _titled_ahead(reg, seg, noun, start, pos, reach=reach))
                 is not None), None)


#: a name's own verb of speech right after it: "Rospotrebnadzor said"
_SPEAKS_AT = rx.compile(r" (?:said|says|announced|told)\b")


#: a role held at a body, right before its name: "chief economist at "
_WORKS_AT = rx.compile(r"\b(?:economist|analyst|strategist|researcher|fellow|professor|"
                       r"lecturer|director|manager|head|partner)s? (?:at|with) $")


def _named_next(reg: Registry, seg: Segmentation, noun: str, pos: int,
                state: bool = False) -> str | None:
    """The first body named after ``pos``, in the same or the next two paragraphs, that
    ``the <noun>`` can mean (no union for "the company"). ``state``: the noun described a
    country's public body ("Russia's consumer protection watchdog"), which only a lone word
    no he or she stands for may name, where the story first names it as it speaks in a
    later sentence ("Rospotrebnadzor said last week")."""
    if not seg.paragraphs:
        return None
    here = seg.sentences[seg.sentence_at(pos)].paragraph
    if state:
        after = seg.sentences[seg.sentence_at(pos)].end
        firsts = [(first[0], e.name) for e in reg.entities.values()
                  if e.kind == "person" and e.mentions and " " not in e.name and
                  not e.gender_votes and e.name.lower() not in lexicon.given_names() and
                  e.name.lower() not in lexicon.places() and
                  (first := min(e.mentions))[0] > after and
                  _SPEAKS_AT.match(reg.text, first[1])]
    else:
        firsts = [(min(a for a, _, _ in e.mentions), e.name) for e in reg.entities.values()
                  if e.kind == "institution" and e.mentions and
                  org_fits(noun, e.name, e.titles) and
                  e.name.lower() not in lexicon.places() and not _told_only(reg.text, e) and
                  ("dateline city" not in e.titles or noun in MUNICIPALITIES) and
                  not all(_WORKS_AT.search(reg.text, max(0, a - 30), a)
                          for a, _, _ in e.mentions)]
        # (not an outlet only ever told things: "Governor Arnel Tabuzo told DZMM radio"; nor
        # the city the story is filed from: "The operator of Dubrovnik's cable car"; nor a
        # body named only as where someone works: "the bank ... said Fernanda Souza, chief
        # economist at Banco Atlântico")
    later = [(a, n) for a, n in firsts
             if a > pos and seg.sentences[seg.sentence_at(a)].paragraph - here <= 2]
    return min(later)[1] if later else None


#: a party asked for its side that gave none: "did not respond to a request for comment"
_NO_COMMENT = rx.compile(
    r"(?:,[^.,]{1,60},)? (?:did not|didn't|has not|had not|have not)(?: immediately)? "
    r"(?:respond|reply|return\w*) to (?:an? |multiple |repeated |several )?(?:\w+ )?"
    r"(?:requests?|calls?|emails?|messages?|inquiries)\b|"
    r"(?:,[^.,]{1,60},)? (?:declined|refused) to comment\b|"
    r"(?:,[^.,]{1,60},)? could not (?:immediately )?be reached\b")


def _declines_comment(text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` is the subject of a sentence that says it gave
    no comment (``The Accra Metropolitan Assembly did not respond to a request for
    comment``, ``Westbrook, the operator, declined to comment``)."""
    return _NO_COMMENT.match(text, end) is not None


def _body_named(reg: Registry, words: str) -> bool:
    """Whether the story names a body whose name ends with ``words`` (lower case): "the
    city council" of a story that names Harare City Council is that council."""
    return any(e.kind == "institution" and e.name.lower().endswith(words)
               for e in reg.entities.values())


#: an armed group's fighters, as a speaker may call them
_ARMED_MEMBERS = rx.compile(r"\b[Tt]he (terrorists|militants|insurgents|rebels|jihadists|"
                            r"extremists)\b")


#: a verb of charge right before a body's noun: "accused the council of"
_ACCUSED_BEFORE = rx.compile(r"\b(?:accused|accusing|blamed|blaming|criticised|criticized|"
                             r"condemned|sued|suing) $")


#: a lede that opens on authorities of a kind, unnamed: "Traditional authorities in Ghana's
#: capital have ordered" (group 1: their kind, group 2: the words that stand for them)
_LEDE_AUTHORITIES = rx.compile(r"(?=([A-Z][a-z]+) authorities\b)([A-Z][a-z]+ authorities) "
                               r"(?:in|of|across) [^,.;:\n]{1,60}? (?:have|has|will|ordered|"
                               r"banned|imposed|approved|decided)\b")


def _named_holding(reg: Registry, seg: Segmentation, word: str, pos: int) -> str | None:
    """The first body named after ``pos``, within the next two paragraphs, whose name holds
    ``word`` (lower case) besides its first word: "Ga Traditional Council" for
    "traditional"."""
    here = seg.sentences[seg.sentence_at(pos)].paragraph
    return min(((a, e.name) for e in reg.entities.values() if e.kind == "institution" and
                word in e.name.lower().split()[1:]
                for a, _, _ in e.mentions
                if a > pos and seg.sentences[seg.sentence_at(a)].paragraph - here <= 2),
               default=(0, None))[1]


def _not_accusers_own(text: str, seg: Segmentation, reg: Registry, bodies: list[str],
                      pos: int) -> list[str]:
    """``bodies`` that ``the <noun>`` at ``pos`` may mean, less the accuser's own where it is
    charged by an officer of a body of that kind and another is left (``The Ghana Council
    of Charismatic Churches said ... Its general secretary ... accused the council of``: the
    other council)."""
    if len(bodies) < 2 or not _ACCUSED_BEFORE.search(text, max(0, pos - 12), pos):
        return bodies
    opens = seg.sentences[seg.sentence_at(pos)].start
    if not text.startswith(("Its ", "Their "), opens):
        return bodies
    own = next((e.name for e, _ in reg.persons_before(opens) if e.kind == "institution"), None)
    return [b for b in bodies if b != own]
#: a lede that opens on an unnamed body acting where it is: "A housing cooperative in the
#: Swedish city of Sundsvall has banned ..." (group 1: the body's noun)
_UNNAMED_LEDE = rx.compile(r"(?:An?|The) (?:[a-z-]+ ){0,2}?([a-z]+) (?:in|of|at|near) "
                           r"[^,.;:!?\n]{0,60}? (?:will|has|have|plans|wants|is|ordered|banned|"
                           r"began|decided|approved|proposed)\b")
#: the organ that speaks for such a body: "The cooperative's board said"
_OWNED_VOICE = rx.compile(r"([a-z]+)['’]s (?:board|management|directors|committee)")


def _lede_owned_voice(text: str, seg: Segmentation, spoke_as: Mapping[tuple[int, int], str]
                      ) -> list[tuple[str, tuple[int, int]]]:
    """The organ that speaks for the unnamed body a lede opens on (``A housing cooperative
    in the Swedish city of Sundsvall has banned ... The cooperative's board said``), with
    its spans: where it spoke and the body's noun in the lede. It is the act's maker, a
    target under the label it spoke by."""
    opening = _lede_opening(text, seg)
    m = _UNNAMED_LEDE.match(text, opening) if opening is not None else None
    if m is None:
        return []
    out = []
    for span, label in sorted(spoke_as.items()):
        v = _OWNED_VOICE.fullmatch(label)
        if v is not None and v.group(1) == m.group(1):
            if not out:
                out.append((label, m.span(1)))  # the body's noun in the lede
            out.append((label, span))
    if out:  # ("older than the cooperative itself": the body again, by its noun)
        said = [span for _, span in out]
        out += [(out[0][0], b.span(1))
                for b in re.finditer(rf"\b[Tt]he ({re.escape(m.group(1))})\b(?!['’]s)", text)
                if not any(a <= b.start() < e for a, e in said)]
    return out


#: events whose organisers speak as the event: "The festival said it had used X-ray scans"
EVENT_BODIES = frozenset({"festival", "fair", "carnival", "contest", "tournament", "pageant",
                          "biennale", "exhibition"})


#: the words before a river's bank, which is no lender: "stop every night on the bank"
_ON_THE_BANK = rx.compile(r"\b(?:on|onto|along) $")


def _army_body(text: str, e: Entity) -> bool:
    """Whether the institution ``e`` is a military one: by its name ("Uganda People's Defence
    Forces") or by the words before its first mention ("The army's Fisheries Protection
    Unit")."""
    if _ARMY_WORDS & set(e.name.lower().split()):
        return True
    first = min(a for a, _, _ in e.mentions)
    before = text[max(0, first - 16):first].lower().split()
    return bool(before) and before[-1] in _ARMY_WORDS


def _first_body_after(reg: Registry, pos: int, fits: Callable[[Entity], bool]) -> str | None:
    """The institution the story first names after ``pos`` among those ``fits`` accepts (a
    lede's unnamed body described by its role, named only later), else None."""
    bodies = sorted((first, e.name) for e in reg.entities.values()
                    if e.kind == "institution" and e.mentions and
                    (first := min(a for a, _, _ in e.mentions)) > pos and fits(e))
    return bodies[0][1] if bodies else None


#: an event's organisers described by the event: "The organisers of Ireland's national
#: schools spelling bee" (the event: its last one or two words)
_ORGANISERS_OF_EVENT = rx.compile(r"\b[Tt]he organi[sz]ers of (?:the |its |their |"
                                  r"[A-Z][\w-]+['’]s )(?:[a-z-]+ ){0,3}?((?:[a-z]+ )?[a-z]+)\b"
                                  r"(?= (?:have|has|had|said|say|says|will|were|are)\b)")


def _organiser_by_event(text: str, reg: Registry) -> list[str]:
    """The one body whose name holds the event its organisers are described by (``The
    organisers of Ireland's national schools spelling bee have stripped ...`` and ``The
    Irish Spelling Bee Trust said``), as a one-item list; else an empty one."""
    for m in _ORGANISERS_OF_EVENT.finditer(text) if "rganis" in text or "rganiz" in text else ():
        event = " " + m.group(1).title() + " "
        bodies = [e.name for e in reg.entities.values()
                  if e.kind == "institution" and event in f" {e.name} " and
                  event.strip() != e.name]
        if len(bodies) == 1:
            return bodies
    return []


#: a thing the sentence's subject did, in a relative clause with no "which": "reviving a
#: project it cancelled three years ago"
_THING_IT_DID = rx.compile(r"\b(?:a|an|the|its|their) (?:[a-z-]+ ){0,2}?"
                           r"(?!that |which |said |says )[a-z-]+ (?:it|they) $")
#: what a capital's possessive rules as a state: "Chisinau's pro-Western government", or a
#: state's act: "Baku's reaction" (not "Dakar's city government", "Dakar's minibuses")
_STATE_RULE_AFTER = rx.compile(r"(?! city| municipal| local| county| district| regional|"
                               r" provincial| state| metropolitan| town)(?: [\w-]+){0,2}? "
                               r"(?:government|authorities|leadership|regime|rulers)\b|"
                               r" (?:reaction|response|protest|position|foreign policy)\b")


@cache
def _epithet_pattern() -> re.Pattern:
    """"the Baltic state", "The Himalayan kingdom": an epithet of
    ``lexicons/country_epithets.csv`` before a noun for a country (not "the Baltic states")."""
    words = sorted(lexicon.country_epithets(), key=len, reverse=True)
    return rx.compile(r"\b[Tt]he ((?:" + "|".join(re.escape(w) for w in words) +
                      r") (?:state|nation|country|republic|kingdom|emirate|monarchy))\b(?![-'’])",
                      re.I)


def _countries_by_epithet(text: str, home: str | None, targets: dict[str, Target]) -> None:
    """Add "the Baltic state" to the one named country it can mean (the story's own,
    ``home``, where several of a region fit): '"another step in the persecution of Orthodox
    believers" in the Baltic state', said of a story about Estonia, is against Estonia."""
    named = [n for n, t in targets.items() if t.kind == "country"]
    if not named:
        return
    taken = {a for t in targets.values() for a, _ in t.mentions}
    for m in _epithet_pattern().finditer(text):
        if m.start(1) in taken:
            continue
        fits = lexicon.country_epithets()[m.group(1).rsplit(" ", 1)[0].lower()]
        can = [n for n in named if not fits or n in fits]
        country = can[0] if len(can) == 1 else home if fits and home in can else None
        # (an epithet any country can carry is the story's own only where it names no
        # other: "would give the landlocked country access to the sea" of Ethiopia, in a
        # story from Mogadishu)
        if country is not None:
            targets[country].mentions.append(m.span(1))
            targets[country].implied.add(m.span(1))


#: a lower-case parliament named bare, as its state's: "that parliament was using" (not "a
#: member of parliament", "parliament's speaker")
_BARE_PARLIAMENT = rx.compile(r"(?<!of )(?<!in )\bparliament\b(?![-'’])")
#: a ruling party never named: "Ruling party lawmaker Armine Barseghyan", "the ruling party"
_UNNAMED_RULING = rx.compile(r"\b[Rr]uling (party)\b")


def find_targets(text: str, seg: Segmentation, registry: Registry,
                 given: Mapping[str, list[str]] | None = None,
                 quotes: list[Quote] | None = None) -> dict[str, Target]:
    """People, countries (merged with capitals, aliases, demonyms) and recurring
    institutions; plus targets the user gives as ``{name: [aliases]}``. ``quotes``
    (resolved) tell which organisation a speaking "the club" was, so later ones agree."""
    reg = registry
    targets: dict[str, Target] = {}
    spoke_as = {(q.mention_start, q.mention_end): q.speaker for q in quotes or ()
                if q.speaker and q.mention_start is not None}
    speaking = set(spoke_as.values())

    def add(name: str, kind: str, span: tuple[int, int]) -> None:
        targets.setdefault(name, Target(name, kind)).mentions.append(span)

    # "the company", "this union": the organisation named last
    described: dict[str, list[tuple[int, int]]] = {}
    foreign_at: list[tuple[int, int]] = []  # "the Turkish shipyard" named later: "Turkish"
    meant: dict[str, str] = {}  # organisation noun -> the organisation it last meant
    unnamed: dict[str, list[tuple[int, int]]] = {}  # "the bank" of a story that never names it
    named_at = {a: e.name for e in reg.entities.values() if e.kind == "institution"
                for a, _, _ in e.mentions}
    ends_at = {b: name for _, b, name in sorted(
        ((a, b, e.name) for e in reg.entities.values() if e.kind == "institution"
         for a, b, _ in e.mentions), reverse=True)}  # (the longest name ending there:
    # "Lake Asphalt of Trinidad and Tobago", not the country its name ends on)
    for m in _ORG_INTRODUCED.finditer(text):
        kind = m.lastindex or 1
        if (titled := _named_ahead(reg, seg, _SAME_KIND.get(m.group(kind), (m.group(kind),)),
                                   m.start(), m.end())) is not None:
            # "a new private operator of the nearby ski base has doubled prices ... The
            # operator, Tien Shan Resorts, said": the body the story names so after
            described.setdefault(titled, []).append(m.span(kind))
    for m in _HOLDER_DESCRIBED.finditer(text):
        # "evicted by soldiers acting for a mining company that holds the concession ...
        # Kambove Copper, which holds the concession, said": the body later described so
        same = rx.compile(r", (?:which|that) " + re.escape(m.group(2)) + r",")
        for e in reg.entities.values():
            if e.kind == "institution" and any(same.match(text, b) and a > m.end()
                                               for a, b, _ in e.mentions):
                described.setdefault(e.name, []).append(m.span(1))
                break
    for m in _ORG_DESCRIBED_AHEAD.finditer(text):
        if (titled := _named_ahead(reg, seg, (m.group(1),), m.start(), m.end())) is not None:
            # (a quote's paragraph may come between: "accusing the state
            # fuel importer of hoarding ... 'I waited eleven hours' ... The importer, X,")
            # "accused the island's main distributor of ... The distributor, Groupe Caraïbes
            # Distribution, insisted": the body the next sentences name so
            described.setdefault(titled, []).append((m.start(1), m.end(1)))
    for m in _ORG_RUNNING.finditer(text):
        if (titled := _named_ahead(reg, seg, ("company", "operator", "firm") if
                                   m.group(1) != "cruise line" else ("cruise line",),
                                   m.start(), m.end())) is not None:
            described.setdefault(titled, []).append(m.span(1))  # (one body by either noun)
    organisers = [e.name for e in reg.entities.values()
                  if e.titles & {"organiser", "organizer"} and
                  (e.kind == "institution" or
                   (not e.gender_votes and (e.first or e.name).lower() not in
                    lexicon.given_names()))]  # (a body's name no he or she is said of)
    organisers = organisers or [
        e.name for e in reg.entities.values()
        if e.kind == "institution" and any(_ORGANISERS_NAMING.search(text, max(0, a - 20), a)
                                           for a, _, _ in e.mentions)]
    organisers = organisers or _organiser_by_event(text, reg)
    # (and "The organisers, Lisboa Run Events, said": the body so named)
    for m in _THE_ORGANISERS.finditer(text) if len(organisers) == 1 else ():
        # "a decision by the organisers to double stall fees ... The organiser, Târg Sibiu,
        # said": the one body the story calls its organiser
        if not text.startswith(", " + organisers[0], m.end()):
            described.setdefault(organisers[0], []).append(m.span(1))
    if not organisers and ("rganis" in text or "rganiz" in text) and \
            not any(w.lower().startswith("organi") and w.lower() not in ("organisers",
                                                                         "organizers")
                    for w in speaking):
        # (not where they speak under a label of their own: "Organisers of a centuries-old
        # race ... said")
        groups = [m.span(1) for m in _ORGANISERS_GROUP.finditer(text)]
        if len(groups) >= 2:  # "Organisers of the Tour du Rwanda cancelled ... criticised the
            for span in groups:  # organisers": the unnamed body that runs the event, a side
                if span not in getattr(targets.get("organisers"), "mentions", ()):
                    add("organisers", "institution", span)
    site_spans: dict[str, set[tuple[int, int]]] = {}

    def mark_sites(who: str, site: re.Pattern, skip: tuple[int, int], end: int) -> None:
        """The site's word (group 1 of ``site``) before ``end``, outside ``skip``: a
        mention of the body that runs it, and one of its sites."""
        for s in site.finditer(text, 0, end):
            if not skip[0] <= s.start() < skip[1]:
                described.setdefault(who, []).append(s.span(1))
                site_spans.setdefault(who, set()).add(s.span(1))

    for m in _SITE_OPERATOR.finditer(text):
        # "an andesite quarry on a volcanic hill ... The quarry's operator, Zemplén Kő,
        # said": the site named before is its operator's, in the operator's name
        who = named_at.get(m.end())
        if who is not None:
            mark_sites(who, rx.compile(rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts) "
                                       rf"(?:[a-z-]+ ){{0,2}}({re.escape(m.group(1))})\b"),
                       (0, 0), m.start())
    for m in _OPERATOR_NAMED.finditer(text):
        # "a claim the plant's operator rejected ... The operator, Pangasinan Thermal Power
        # Corp., said": the earlier "the plant's operator" and its plant are the body named
        who = named_at.get(m.end())
        if who is None:
            continue
        for o in rx.compile(rf"\b[Tt]he ([a-z]+)['’]s ({m.group(1)})\b").finditer(text, 0,
                                                                             m.start()):
            described.setdefault(who, []).append(o.span(2))
            mark_sites(who, rx.compile(rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts) "
                                       rf"(?:[a-z-]+ ){{0,2}}({re.escape(o.group(1))})\b"),
                       (0, 0), len(text))
    for m in _NAMED_WORK.finditer(text):
        # "..., which in turn sell to Pwani Nut Processors, the only large factory in the
        # county ... 'This year the factory pays 70'": the work its name is set before
        who = ends_at.get(m.start())
        if who is not None:
            mark_sites(who, rx.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]his) ({re.escape(m.group(1))})"
                                       r"\b"), m.span(), len(text))
    for m in _WORK_NAMED.finditer(text):
        # "The factory, Kumi Fruit Processors, said ... 'The factory made promises'": the
        # work set off with its owner's name stands for it, before and after
        who = named_at.get(m.end())
        if who is not None:
            mark_sites(who, rx.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]his) (?:[\w'’-]+ ){{0,3}}?"
                                       rf"({re.escape(m.group(1))})\b"), m.span(), len(text))
            if seg.paragraphs and m.start() >= seg.paragraphs[0].end:
                # ("say a sugar factory that buys their cane has not paid them ... the
                # factory, Nyanseke Sugar Limited,": the lede's unnamed one too)
                mark_sites(who, rx.compile(rf"\b[Aa]n? (?:[\w'’-]+ ){{0,2}}?"
                                           rf"({re.escape(m.group(1))})\b"),
                           m.span(), seg.paragraphs[0].end)
    lede_end = seg.paragraphs[0].end if seg.paragraphs else 0
    for m in _THEIR_EMPLOYER.finditer(text, 0, lede_end):
        # "Melon pickers ... saying their employer had ignored repeated warnings ... The
        # exporter, Frutas del Pacífico, denied": the first firm the story names after
        firm = _first_body_after(reg, m.end(), lambda e: e.name.lower() not in lexicon.places()
                                 and "dateline city" not in e.titles and
                                 org_fits("company", e.name, e.titles))
        if firm is not None:
            described.setdefault(firm, []).append(m.span(1))
    for m in _NATIONAL_REGULATOR.finditer(text, 0, lede_end):
        # "accused the national coffee regulator of favouring large exporters ... The Uganda
        # Coffee Development Authority said": the first public body the story names after
        body = _first_body_after(reg, m.end(), lambda e: bool(set(e.name.lower().split()) &
                                                              _TRADE_REGULATOR_WORDS))
        if body is not None:
            described.setdefault(body, []).append(m.span(1))
    for m in _A_NAMED_KIND.finditer(text, 0, lede_end):
        # "staged a sit-in at a public university ... The State University of Olomouc said":
        # the one of its kind the story names next
        body = _named_next(reg, seg, m.group(1), m.end())
        if body is not None:
            described.setdefault(body, []).append(m.span(1))
    for m in _LEDE_OUTLET.finditer(text, 0, lede_end):
        # "suspended a Libreville weekly ... the weekly Le Veilleur had published": the one
        # outlet the story later calls so
        outlets = [e.name for e in reg.entities.values()
                   if e.kind == "institution" and e.mentions and
                   min(a for a, _, _ in e.mentions) > m.end() and
                   _called_outlet(text, e.name, m.group(1))]
        if len(outlets) == 1:
            described.setdefault(outlets[0], []).append(m.span(1))
    for m in _TRADE_OFFICIALS.finditer(text, 0, lede_end):
        # "accuse wildlife officials of ignoring their calls for help ... The Tanzania
        # Wildlife Management Authority said": the one body named for that trade (officials
        # who speak are their own voice: "health officials warned Friday")
        after = re.match(r" (?:on \w+ )?([a-z]+)", text[m.end():m.end() + 24])
        if after is not None and after.group(1) in lexicon.reporting_verbs():
            continue
        bodies = [e.name for e in reg.entities.values() if e.kind == "institution" and
                  " " in e.name and m.group(2) in e.name.lower().split()]
        if len(bodies) == 1:
            described.setdefault(bodies[0], []).append(m.span(1))
    for m in _LEDE_SOLDIERS.finditer(text, 0, lede_end):
        # "soldiers enforcing a ban on small-mesh nets have burned their boats ... The army's
        # Fisheries Protection Unit ... denied": the first military body the story names after
        body = _first_body_after(reg, m.end(), lambda e: _army_body(text, e))
        if body is not None:
            described.setdefault(body, []).append(m.span(1))
    for m in _RAN_SERVICE.finditer(text, lede_end):
        # "say the end of the town's only winter ferry link to Athens will cost them customers
        # ... Minoan Star Lines, which ran the weekly service, said": the service the lede
        # tells ended is the operator's act
        who = ends_at.get(m.start())
        if who is not None:
            for e in _SERVICE_ENDED.finditer(text, 0, lede_end):
                described.setdefault(who, []).append(e.span(1))
            break
    for m in _RUNS_SITE.finditer(text):
        # "The KwaZulu-Natal Sharks Board, which maintains the nets, ... Dive operator X said
        # nets were an outdated technology": the things it runs stand for it
        # (and "dust from the mine ... Zambeze Coal, which runs the mine, said": a single
        # work only with its article, "mine" being a pronoun too)
        who = ends_at.get(m.start())
        if who is not None:
            det = "" if m.group(1) in RUN_WORKS else "?"
            mark_sites(who, rx.compile(rf"\b(?:(?:[Tt]he|[Ii]ts|[Tt]hese|[Tt]hose) ){det}"
                                       rf"({re.escape(m.group(1))})\b"),
                       m.span(), len(text))
    for m in _VESSEL_OWNER.finditer(text):
        # "A cruise ship's anchor tore open a salmon pen ... The cruise line, Polarstjerne
        # Cruises, said": the ship before (and its captain) stands for the line that runs it
        who = named_at.get(m.end())
        if who is not None:
            for v in _VESSEL_WORDS.finditer(text, 0, m.start()):
                described.setdefault(who, []).append(v.span(1))
                if v.group(1) != "captain":  # (the ship a site, whose harm is charged to
                    site_spans.setdefault(who, set()).add(v.span(1))  # the line)
    for m in _BUILDING_SITE.finditer(text):
        # "against a planned flood wall ... Croatian Waters, the state agency building the
        # wall, says": the work, before and after, stands for the body that builds it
        who = ends_at.get(m.start())
        if who is not None:
            mark_sites(who, rx.compile(rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts) "
                                       rf"(?:[a-z-]+ ){{0,2}}({re.escape(m.group(1))})\b"),
                       m.span(), len(text))
    for m in _LEDE_BODY_DESCRIBED.finditer(text, 0, lede_end):
        # "A Portuguese consumer group has accused the country's largest electricity supplier
        # of ... The supplier, Lumena Energia, denied": a lede's unnamed accused body, named
        # as such in the two paragraphs after (not any body a lede describes: "a developer's
        # plan" is no stance on the developer named later); and one the reported clause
        # opens on as its doer, or an act's agent ("a hotel being built ... by a Tehran
        # investor ... The investor, Arya Sepehr Tourism Company,"; "said ... that a foreign
        # foundation had photographed their books ... The Sahel Memory Foundation, based in
        # Geneva, said")
        if (text.endswith(("accused ", "accuses "), 0, m.start()) or
                (text.endswith(" that ", 0, m.start()) and _DOES_NEXT.match(text, m.end())) or
                text.endswith(" by ", 0, m.start())) and \
                not any(a <= m.start(1) < b for e in reg.entities.values()
                        for a, b, _ in e.mentions) \
                and (titled := _titled_ahead(reg, seg, m.group(1), m.start(), m.end(),
                                             reach=2, by_name=True)) is not None:
            described.setdefault(titled, []).append(m.span(1))
    for m in _DOER_IN_VENUE.finditer(text, 0, lede_end):
        # "said ... that a shop in the new palace museum was selling cheap copies of their
        # masks ... The Museum of the Bamoun Kings said its shop bought pieces only from
        # workshops in Foumban": the venue the doer is in, named later, answers for it
        if _DOES_NEXT.match(text, m.end()) and \
                (titled := _titled_ahead(reg, seg, m.group(1), m.start(), m.end(), reach=3,
                                         by_name=True)) is not None:
            described.setdefault(titled, []).append(m.span(1))
    for m in _LEDE_TRADE_DOERS.finditer(text, 0, lede_end):
        # "said ... that guides from the capital were charging tourists ... The Ouagadougou
        # Tourist Guides' Association said": the trade the lede blames, in the one body the
        # story later names for it
        bodies = [e.name for e in reg.entities.values() if e.kind == "institution" and
                  e.name.split()[-1].lower() in _NAMED_FOR_TRADE and
                  m.group(1) in {w.lower().rstrip("'’").removesuffix("'s").removesuffix("’s")
                                 for w in e.name.split()} and
                  all(a > m.end() for a, _, _ in e.mentions)]
        if len(bodies) == 1:
            described.setdefault(bodies[0], []).append(m.span(1))
    sports_court = _SPORTS_COURT.search(text) is not None
    for m in _ORG_DESCRIPTION.finditer(text):
        noun = m.group(1)
        if noun == "court" and sports_court:
            continue  # "the court" of a story about a pelota court: a place to play
        if noun == "bank" and _ON_THE_BANK.search(text, max(0, m.start() - 7), m.start()):
            continue  # "stop every night on the bank": a river's bank, no lender
        if noun == "district" and _AREA_DISTRICT.search(m.group(0)):
            continue  # "every house in the historic district": an area, no district body
        if noun in ("town", "village") and text.startswith(" of ", m.end()) and \
                text[m.end() + 4:m.end() + 5].isupper():
            continue  # "the oasis town of Douz": the place, by its name
        if text.startswith(", ", m.start() - 2) and m.group(0)[:1] == "t" and \
                (named := ends_at.get(m.start() - 2)) is not None and \
                _country_of(named) is None and named.lower() not in lexicon.places() and \
                _NAME_DESCRIBED.match(text, m.end()):
            # "UK Highways, the agency responsible for the bridge, ... the agency had given
            # too little notice": the body the description is set after
            meant[noun] = named
            described.setdefault(named, []).append((m.start(1), m.end(1)))
            continue
        if m.end() + 1 in named_at and text[m.end()] == " ":
            # "the utility PacWest Power": the noun describes the name right after it
            meant[noun] = named_at[m.end() + 1]
            continue
        if m.end() + 2 in named_at and text.startswith(", ", m.end()):
            # "The group, Moms for Safe Schools, praised": the name set off after it
            who = named_at[m.end() + 2]
            meant[noun] = who
            described.setdefault(who, []).append((m.start(1), m.end(1)))
            continue
        who = spoke_as.get((m.start(), m.end())) or meant.get(noun)
        if who is not None and who not in reg.entities and \
                who == spoke_as.get((m.start(), m.end())) and \
                who.lower().endswith(" " + noun) and not _PLACED_GROUP.search(who) and \
                not _body_named(reg, who.lower()):
            # "The tourism board said": the unnamed body speaking, under its own label
            unnamed.setdefault(noun, []).append((m.start(1), m.end(1)))
            continue
        opening = seg.sentences[seg.sentence_at(m.start())].start
        if _SUBJECT_SAID.fullmatch(text, opening, m.start()) and (own_side := next((
                e.name for e in reg.entities.values() if e.kind == "institution" and
                text.startswith(e.name + " ", opening) and
                not text.startswith((" said", " says"), opening + len(e.name)) and
                e.name.lower() not in lexicon.source_nouns() and
                any(a == opening for a, _, _ in e.mentions) and
                org_fits(noun, e.name, e.titles)), None)) is not None:
            who = own_side  # "Lyon supporters' groups said the club had sold": the body that
            # opens the sentence, the speaker's own, not the club that spoke last (but "Ofwat
            # said the company": another body than the one speaking)
        if who in reg.entities and reg.entities[who].kind == "institution":
            meant[noun] = who
            described.setdefault(who, []).append((m.start(1), m.end(1)))
            continue
        if (titled := _titled_ahead(reg, seg, noun, m.start(), m.end(),
                                    reach=2 if text.endswith("accused ", 0, m.start()) or
                                    (seg.paragraphs and m.start() < seg.paragraphs[0].end and
                                     noun in _OWN_BODIES) else 1)
                ) is not None:  # (and a lede's state body, named two paragraphs on: "a ban
            # announced by the environment ministry ... Mexico's environment ministry,
            # Semarnat, said")
            # "accused the resorts' association of ... The association, Andorra Turisme Neu,
            # said": the body the next sentences name so (the one accused, a paragraph
            # further: "accused the nurses' union of ... The union, Sanitas, said")
            described.setdefault(titled, []).append((m.start(1), m.end(1)))
            meant[noun] = titled
            continue
        if noun in NAME_NOUNS or noun in WORSHIP_PLACES:  # only a body with the noun in
            # its name (or, for a temple, called one: "Shinryo-in, a Buddhist temple")
            nouns = {noun, *_SPELT_AS.get(noun, ())}
            modifier = m.group(0)[4:m.start(1) - m.start()].strip(" '’").lower()
            named = [e.name for e in reg.entities.values() if e.kind == "institution" and
                     (nouns & set(e.name.lower().split()) or
                      (noun in WORSHIP_PLACES and noun in e.titles)) and
                     e.name.lower() != noun and
                     (noun not in _NAMED_BY_MODIFIER or
                      (modifier and modifier in e.name.lower().split()) or
                      (not modifier and e.name in speaking)) and
                     (noun not in ONLY_NAMED or e.name.lower().endswith(" " + noun))]
            # ("the centre's solution" of the one centre that spoke, the College Entrance
            # Examination Center; "the city centre" only of a body named for the city)
            # (a park that is a body by its name, "Plitvice Lakes National Park", not the
            # "Stanley Park Restaurant Association" inside it; a school, not the "Oakland
            # school board")
            if noun == "administration" and not named and not text.startswith(" of ", m.end()):
                named = [e.name for e in reg.entities.values() if e.kind == "institution" and
                         set(e.name.lower().split()) & ADMINISTERED]
                named = named if len(named) == 1 else []  # "the administration had clearly
                # mishandled the announcement": the one university's (or hospital's), not
                # "the administration of former President Bill Clinton"
            before = [e.name for e, _ in reg.persons_before(m.start()) if e.name in named]
            before = _prefer_headed(before, noun)  # ("the university": not the University
            # and College Union named since)
            before = _not_accusers_own(text, seg, reg, before, m.start())
            who = before[0] if before else named[0] if len(named) == 1 else None
            if who is not None:
                described.setdefault(who, []).append((m.start(1), m.end(1)))
                continue
            if named or noun in _NAMED_BY_MODIFIER or noun in ONLY_NAMED:
                continue  # (and "the city centre" is no body, nor "the park" of a story
                # that names no park body)
            if noun == "board" and seg.paragraphs and \
                    (lede_board := _PUBLIC_BOARD.search(text, 0, seg.paragraphs[0].end)) \
                    is not None and lede_board.group(0).lower().startswith("health") and \
                    (later := _named_next(reg, seg, noun, lede_board.end())) is not None:
                # a lede's "the local health board failed to find a replacement ... NHS
                # Highland said": the body the next paragraph names (a school or park board
                # is no union named next)
                meant[noun] = later
                described.setdefault(later, []).append((m.start(1), m.end(1)))
                if lede_board.span(1) not in described[later]:
                    described[later].append(lede_board.span(1))
                continue
            if noun != "board" or (_PUBLIC_BOARD.search(text) and not any(
                    e.name.lower() == "board" for e in reg.entities.values())):
                # "the district" of a story that never names it (and "the board" of a story
                # about "the city's school board", not of the union named before, with the
                # description as a mention too: "A Florida county library board voted")
                if noun == "board" and noun not in unnamed:
                    unnamed[noun] = [p.span(1) for p in _PUBLIC_BOARD.finditer(text)]
                unnamed.setdefault(noun, []).append((m.start(1), m.end(1)))
                continue
            # (no "... Board" in the story: "the board" of the club or firm named last)
        if noun in GROUP_WORDS and (own := _OWN_GROUP.search(
                text, seg.sentences[seg.sentence_at(m.start())].start, m.start())) is not None \
                and not any(own.start() <= a < own.end() for a in named_at):
            continue  # "Paudie Carmody, who chairs a national association of funeral
            # directors, said the group had asked ...": the speaker's own unnamed body, no
            # body named before
        fits = [e.name for e, (at, end, _) in reg.persons_before(m.start())
                if e.kind == "institution" and e.name.lower() not in lexicon.places() and
                not _told_only(text, e) and
                not _geographic(e.name) and
                not all(_REGION_KIND_NEXT.match(text, b) for _, b, _ in e.mentions) and
                # (no region named by its kind: "Vietnam's Ninh Binh province ... The company
                # sits in an office"; and not the one saying it: "WildFish said the company
                # was putting profit before animal welfare")
                not (_SAYS_HERE.match(text, end) and
                     seg.sentence_at(at) == seg.sentence_at(m.start())) and
                ("dateline city" not in e.titles or noun in MUNICIPALITIES) and
                # ("SYDNEY (Reuters) — ... the company's board": no company called Sydney)
                (org_fits(noun, e.name, e.titles) or noun in e.titles) and
                (noun not in ("paper", "newspaper") or _called_outlet(text, e.name) or
                 bool(e.titles & {"newspaper", "daily", "tabloid"})) and  # (or a lede's "A
                # Danish regional newspaper" the registry named: :class:`speakers.Registry`)
                (noun not in ("channel", "station") or
                 _called_outlet(text, e.name, "channel|station")) and  # ("the private
                # television channel Al Waha TV ... The channel's director")
                (noun not in ("site", "website") or
                 _called_outlet(text, e.name, "site|website|portal")) and  # ("the
                # independent news website Zhany Kun ... the site had published")
                (noun != "party" or e.name.lower().split()[-1] in ("party", "movement") or
                 "party" in e.titles) and  # ("the opposition Move Ahead party ... the party's";
                # "the opposition People's Renewal Movement ... the party")
                not (noun == "court" and taken_to(text, [a for a, _, _ in e.mentions
                                                         if a < m.start()] or [m.start()]))]
        # (and not the court a case is yet to go to: "would appeal to the Supreme Court")
        fits = _prefer_headed(fits, noun)  # "the university" of "the University of
        # Northmoor", not of "the University and College Union" named since
        fits = _not_accusers_own(text, seg, reg, fits, m.start())
        if not fits and noun in ("channel", "station", "site", "website"):
            continue  # (only an outlet named so: "the shipping channel", "the site of the
            # disaster" is no body)
        # one the story called so ("Severn Vale Water, Britain's largest water company"),
        # else one that has spoken before one only named ("the EU's privacy law ... the
        # regulator had 'clear evidence'": the Data Protection Commission that spoke)
        called = [n for n in fits if noun in reg.entities[n].titles]
        who = called[0] if called else \
            next((n for n in fits if n in speaking), fits[0] if fits else None)
        exact = [n for n in fits if n.lower() == noun]  # "Board chair Dennis Ward": the Board
        if exact and not called:
            who = exact[0]
        elif noun == "board" and not called and fits:
            # "the board" is the body the story is about, not the one named last ("accused
            # the board" after "... take charge for Saturday's match against Castleford")
            who = max(fits, key=lambda n: (len(reg.entities[n].mentions) +
                                           len(described.get(n, ())), -fits.index(n)))
        if text.endswith(("at ", "with "), max(0, m.start() - 5), m.start()):
            # "Analysts at Crestline said ... Flixway ... an analyst at the firm": the body
            # named before as where people work, not the one they talk about
            who = next((n for n in fits if any(
                text.endswith(("at ", "with "), max(0, a - 5), a)
                for a, _, _ in reg.entities[n].mentions)), who)
        if who is None and noun in COMPANY_NOUNS and seg.paragraphs and \
                m.start() < seg.paragraphs[0].end and \
                (words := set(m.group(0)[4:m.start(1) - m.start()].lower().split()) -
                 WIDE_MODIFIERS) and len(ahead := {
                    e.name for e in reg.entities.values() if e.kind == "institution" and
                    e.mentions and (called := _CALLED_BEFORE.search(
                        text, max(0, e.mentions[0][0] - 40), e.mentions[0][0])) is not None
                    and words & set(called.group(1).split()) and
                    called.group(2) in COMPANY_NOUNS}) == 1:
            who = ahead.pop()  # a lede's "the regional power company ... The power
            # distributor, Sieť Stred, said": the firm named later by the same trade
        elif who is None and noun in FORWARD_NOUNS:
            who = _named_next(reg, seg, noun, m.end())  # a lede's "the state-owned operator"
        elif who is not None and noun in FORWARD_NOUNS and " " not in who and \
                noun not in reg.entities[who].titles and \
                (later := _named_next(reg, seg, noun, m.end())) is not None and \
                noun in later.lower().split():
            who = later  # "Nobody from the ferry company came ... The Gambia Ferry Services
            # Company said": the company named next by its noun, not a lone name before it
            # ("linking Banjul and Barra")
        if who is None and (modifier := m.group(0)[4:m.start(1) - m.start()].strip()) and \
                modifier.isalpha() and len(ahead := {
                    e.name for e in reg.entities.values() if e.kind == "institution" and
                    e.name.split()[0].lower() == modifier and len(e.name.split()) >= 2 and
                    any(a > m.end() for a, _, _ in e.mentions)}) == 1:
            who = ahead.pop()  # "accused the metro company of ignoring small businesses ...
            # Metro do Porto said": the body named after, by the word that describes it
        if not called and seg.paragraphs and m.start() >= seg.paragraphs[0].end and \
                rx.compile(rf"\b[Aa]n? (?:[\w'’-]+ ){{0,3}}{noun}\b").search(
                    text, seg.paragraphs[0].start, seg.paragraphs[0].end) and \
                (named := re.compile(rf"\b[Tt]he {noun}, ").search(text, m.end())) and \
                named.end() in named_at:
            who = named_at[named.end()]  # "a Veracruz food company is selling bottles ...
            # filed a complaint against the company with ... IMPI ... The company, Vainillas
            # del Golfo, said": the firm the lede described so, named later, not a body
            # named since
        if who not in speaking and any(w.lower().endswith(" " + noun) and w not in reg.entities
                                       for w in speaking):
            who = None  # "Turkey's central bank ... The bank said ... the bank was right to
            # wait": the unnamed body that speaks, not Atlas Research named last
        if who is not None:
            described.setdefault(who, []).append((m.start(1), m.end(1)))
            meant[noun] = who
        elif noun not in ("operator", "owner") or \
                not re.search(r"['’]s $", m.group(0)[:-len(noun)]):
            unnamed.setdefault(noun, []).append((m.start(1), m.end(1)))  # (but "the mine's
            # operator" no body named next tells is no target of its own)
    for m in _FIELD_INSPECTORS.finditer(text):
        # "fines by tax inspectors ... The Tax Administration said inspectors had found": the
        # body whose name holds the inspectors' field, acting through them
        bodies = [e.name for e in reg.entities.values() if e.kind == "institution" and
                  m.group(1) in e.name.lower().split()]
        if len(bodies) == 1:
            described.setdefault(bodies[0], []).append(m.span())
    for e in reg.entities.values():
        for noun in e.titles & TRADING_BODIES if e.kind == "institution" else ():
            # "Tutun Prilep, the buyer, said ... the buyer owes farmers": the firm by its trade
            for m in rx.compile(rf"\b[Tt]he (?:[a-z]+ ){{0,2}}({noun})\b").finditer(text):
                if not any(a <= m.start() < b for a, b, _ in e.mentions):
                    described.setdefault(e.name, []).append(m.span(1))
    for m in _place_bodies(text):
        # "sued Ohio's environmental agency ... The Ohio Environmental Protection Agency
        # said": the one body named later that begins with the place and holds the noun
        place, noun = m.group(1), m.group(3)
        named = {e.name for e in reg.entities.values() if e.kind == "institution" and
                 (e.name.split()[0] == place or (
                     _regulator_named(noun, e.name) and
                     lexicon.places().get(e.name.split()[0].lower(), ("",))[0] == "demonym"
                     and _country_of(e.name.split()[0]) == _country_of(place) is not None))
                 and (noun in e.name.lower().split()[1:] or _regulator_named(noun, e.name))}
        # (and "South Korea's antitrust regulator ... the Korea Fair Trade Commission": a
        # regulator is a public body whatever its name calls it; "Norway's energy regulator
        # ... The Norwegian Water Resources and Energy Directorate": by its people's word)
        if len(named) == 1:
            described.setdefault(named.pop(), []).append(m.span(2))
        elif not named and (label := next(
                (w for w in sorted(speaking) if w not in reg.entities and
                 w.lower() == m.group(2).lower()), None)) is not None:
            # "accused Lapland's tourism board of ... The tourism board said": the unnamed
            # body that speaks under that label
            targets.setdefault(label, Target(label, "institution")).mentions.append(m.span(2))
        elif not named and (noun in FORWARD_NOUNS or
                            (noun in PUBLIC_NOUNS and _country_of(place) is not None)) and \
                (later := _named_next(reg, seg, noun, m.end(),
                                      noun not in FORWARD_NOUNS)) is not None:
            # a lede's "Britain's largest water company paid ...": the firm named next
            if reg.entities[later].kind == "person":  # ("Russia's consumer protection
                reg.make_body(reg.entities[later])  # watchdog ... Rospotrebnadzor said")
            described.setdefault(later, []).append(m.span(2))
        elif not named and \
                (titled := _titled_ahead(reg, seg, noun, m.start(), m.end())) is not None:
            # "Moldova's energy regulator approved a rise ... The regulator, ANRE, said":
            # the body the next sentences introduce as such
            described.setdefault(titled, []).append(m.span(2))
    if seg.paragraphs and (m := _LEDE_CHARGED_FIRM.search(
            text, seg.paragraphs[0].start, seg.paragraphs[0].end)) is not None and \
            (later := _named_next(reg, seg, m.group(1), m.end())) is not None:
        # "accused an offshore oil producer on Monday of polluting ... Loango Offshore, which
        # operates two platforms, denied any leak": the firm charged is the one named next
        described.setdefault(later, []).append(m.span(1))
    if seg.paragraphs:
        lede = seg.paragraphs[0]
        first_body = min((a for e in reg.entities.values() if e.kind == "institution"
                          for a, _, _ in e.mentions), default=len(text))
        for m in _LEDE_THE_FIRM.finditer(text, lede.start, lede.end):
            if first_body >= m.start() and \
                    (later := _named_next(reg, seg, m.group(1), m.end())) is not None:
                # "asked the regional government to stop the company from burning its cane
                # fields ... Kahe Sugar Estate said": the firm the story names next
                described.setdefault(later, []).append(m.span(1))
    if seg.paragraphs:  # "A scientific journal has retracted a study ... The journal, Sleep
        # Science Reports, said": a lede's unnamed body that acts is the body named next
        lede = seg.paragraphs[0]
        for m in _LEDE_BODY.finditer(text, lede.start, lede.end):
            if not _named_body_at(reg, m.end()) and \
                    (later := _named_next(reg, seg, m.group(1), m.end())) is not None:
                described.setdefault(later, []).append(m.span(1))
        opening = _lede_opening(text, seg)
        if opening is not None and \
                (m := _LEDE_AUTHORITIES.match(text, opening)) is not None and \
                (later := _named_holding(reg, seg, m.group(1).lower(), m.end())) is not None:
            # "Traditional authorities in Ghana's capital have ordered a ban ... The Ga
            # Traditional Council said": the body named next by the same word
            described.setdefault(later, []).append(m.span(2))
        for m in _LEDE_FOREIGN_BODY.finditer(text, lede.start, lede.end):
            if m.group(1).lower() in lexicon.demonyms() and \
                    not any(a <= m.start(2) < b for spans in described.values()
                            for a, b in spans) and \
                    (later := _named_next(reg, seg, m.group(2), m.end())) is not None:
                described.setdefault(later, []).append(m.span(2))
                foreign_at.append(m.span(1))  # (its nationality, no act of its state)
        for m in _LEDE_OBJECT.finditer(text, lede.start, lede.end):
            # "The governor ... accused the national disaster agency of ...": the agency
            # the next paragraphs name
            if not any(a <= m.start(1) < b for spans in described.values() for a, b in spans) \
                    and (later := _named_next(reg, seg, m.group(1), m.end())) is not None:
                described.setdefault(later, []).append(m.span(1))
    trusts = [e.name for e in reg.entities.values()
              if e.kind == "institution" and "trust" in e.name.lower().split()]
    if len(trusts) == 1:  # "Vestre Viken Health Trust said ... the trust had not assessed":
        # the one body named a trust (not "the hospital trust" of a story naming none)
        for m in re.finditer(r"\b[Tt]he (trust)\b(?!['’])", text):
            described.setdefault(trusts[0], []).append(m.span(1))
    for work in WORKS:
        # "The mine's operator, Andes Copper Holdings, said ...": "the mine" is the firm's
        runs = [e.name for e in reg.entities.values() if e.kind == "institution" and
                work in e.titles]
        if len(runs) == 1:
            for m in re.finditer(rf"\b[Tt]he ({work})\b(?!['’]s (?:operator|owner), )", text):
                described.setdefault(runs[0], []).append(m.span(1))
    for (ms, me), who in spoke_as.items():
        # "Britain's competition regulator ... said", resolved to the body that speaks: a
        # mention of that body (its head, after any possessive)
        body = reg.entities.get(who)
        if body is not None and body.kind == "institution" and \
                text[ms:me].lower() not in PRONOUN_MENTIONS:
            cut = max(text.rfind("’s ", ms, me), text.rfind("'s ", ms, me))
            span = (cut + 3 if cut >= 0 else ms, me)
            # (not twice in one mention: "Sudan's government" is one mention of Sudan)
            if not any(a < me and ms < b for a, b, _ in body.mentions) and \
                    not any(a < span[1] and span[0] < b for a, b in described.get(who, ())):
                described.setdefault(who, []).append(span)
    for pair in _PAIR_NAMED.finditer(text) if ", " in text else ():
        # "The clubs, Genoa CFC and Sampdoria, said ... accused the clubs of": both of them
        names = [n for n in (pair.group(2), pair.group(3))
                 if n in reg.entities and (reg.entities[n].kind == "institution" or
                                           not reg.entities[n].gender_votes)]
        if len(names) == 2:
            for m in re.finditer(r"\b[Tt]he " + pair.group(1) + r"\b(?!['’])", text):
                if m.start() != pair.start():
                    for n in names:
                        described.setdefault(n, []).append(m.span())
    for m in _BARE_MANAGEMENT.finditer(text) if "management" in text else ():
        # "accused management of failing to consult the union": the firm named last
        firm = next((e.name for e, _ in reg.persons_before(m.start(1))
                     if e.kind == "institution" and e.name.lower() not in lexicon.places() and
                     org_fits("management", e.name, e.titles)), None)
        if firm is not None:
            described.setdefault(firm, []).append(m.span(1))
    # an acronym is the body spelled out elsewhere in the story ("EU", "European Union")
    bodies = [e for e in reg.entities.values() if e.kind == "institution"]
    full_of = {e.name: full.name for e in bodies
               if e.name.isupper() and (full := reg.spelled_out(e.name)) is not None
               and full.name != e.name}
    for e in bodies:  # "a planned expansion of Aarhus port ... The Port of Aarhus said": the
        # port's authority, named in full where it speaks
        if e.name.startswith("Port of ") and " " not in e.name[8:] and e.name in speaking:
            for m in re.finditer(rf"\b{re.escape(e.name[8:])} port\b", text):
                described.setdefault(e.name, []).append(m.span())
    for e in bodies:  # "the Tea Board ... The Tea Board of Kenya said": one body, named
        # in full where it speaks (its country's name after "of")
        full = next((f.name for f in bodies if f.name.startswith(e.name + " of ") and
                     _country_of(f.name[len(e.name) + 4:]) is not None), None)
        if " " in e.name and full is not None and e.name not in full_of:
            full_of[e.name] = full
    counts: Counter = Counter()
    for e in bodies:
        counts[full_of.get(e.name, e.name)] += len(e.mentions)
    # "FTC Chair Lina Okonjo": the acronym before a person's title names their body too
    for e in reg.entities.values():
        if e.kind != "person" or not e.titles:
            continue
        for s, t, _ in e.mentions:
            if (body := _acronym_body(text, s, t, reg)) is not None:
                described.setdefault(body.name, []).append((s, text.index(" ", s, t)))
    dateline = dateline_place(text, seg)
    town = _city_actor(text, reg)  # "Lisbon will close a riverside avenue ...": the city
    if town is not None:
        counts[town] += len(reg.entities[town].mentions)
        if (lede_city := _UNNAMED_CITY_LEDE.match(text, dateline_end(seg) or len(text))) \
                is not None:  # "Denmark's third-largest city will remove": the town itself
            described.setdefault(town, []).append(lede_city.span(1))
        # "the city had not studied"; "the council had not asked" of a story that names
        # no council of its own
        councils = any("council" in e.name.lower().split() for e in reg.entities.values())
        seat = (r"\b(?:[Tt]he )?(?<!\bat )(?:city|town) hall\b|\b[Tt]he mayor['’]s office\b|"
                + (r"(?:(?<=accused )|(?<=blamed )|(?<=criticised )|(?<=criticized )|"
                   r"(?<=urged ))the mayor\b(?! of [A-Z])|" if not any(
                    "mayor" in e.titles for e in reg.entities.values() if e.kind == "person")
                   else "") +  # ("accused the mayor of" where no mayor is named)
                r"\b[Aa] municipal(?= (?:plan|decision|ban|rule|project)\b)|"
                r"\b[Aa] (?:city|town)(?= (?:plan|decision|ban|rule|order|fee|tax)\b)")
        # ("a city rule requiring clay roof tiles": the city's act)
        if "municipality of " not in text:  # (a municipality named apart is its own body)
            seat += (r"|\b[Tt]he municipality(?= (?:said|says|announced|had|has|would|will|"
                     r"did|was|is|wants|planned|plans)\b)")
        # (not "told reporters at city hall"; and "accused the mayor's office of hiding data",
        # "..., the municipality said", "the municipality had shown them no drawings", "a
        # municipal plan to turn the harbour into a marina", not "an agreement with the
        # municipality")
        for m in re.finditer(r"\b[Tt]he city\b(?! hall)(?! (?:we|I|they) )|" + seat
                             if councils else
                             r"\b[Tt]he (?:(?:city|town)(?: council)?|council)\b(?! hall)"
                             r"(?! (?:we|I|they) )|" + seat, text):
            # (not a home: "erasing the city we grew up in")
            # (and "the town council said" of a town whose mayor speaks)
            described.setdefault(town, []).append(m.span())
    governing = _governing_regions(text, reg)
    regional = _regional_governments(text)  # "the Scottish government": Scotland governs
    governing |= {r for r in regional if r in reg.entities}
    governing |= {r for r in reg.regions() if r in speaking}  # "New Jersey sued ..., arguing"
    # "a levy imposed by the Oyo state government": the state governs, under its own name
    mayors = any("mayor" in e.titles for e in reg.entities.values() if e.kind == "person")
    state_governments = {e.name: m.group(1) for e in reg.entities.values()
                         if e.kind == "institution" and
                         (m := _NAMED_STATE_GOVERNMENT.fullmatch(e.name)) is not None}
    governing |= set(state_governments.values())
    for e in reg.entities.values():
        if e.name in state_governments:
            for s, t, _ in e.mentions:
                add(state_governments[e.name], "institution", (s, t))
            continue
        country = _country_of(e.name) if e.kind == "institution" and e.name != town and \
            not (_is_capital(e.name) and
                 all((text.endswith(("'s", "’s"), s, t) and
                      (_capital_as_place(text, s, t) or
                       (e.name == dateline and not _STATE_RULE_AFTER.match(text, t)))) or
                     _OUTLET_AFTER.match(text, t)
                     for s, t, _ in e.mentions)) else None
        # (a capital named only as whose landmark it is, "Amsterdam's Rijksmuseum", or the
        # dateline's own city named only as whose things they are, "DAKAR ... Dakar's
        # minibuses", or as an outlet's home, "a Libreville weekly", is the city, not its
        # state; "at Moscow's mercy" from Vilnius is)
        if country is not None and lexicon.places().get(e.name.lower(), ("",))[0] == "capital" \
                and (other := _OTHER_COUNTRYS_CITY.search(text)) is not None and \
                other.group(2) == e.name and \
                _country_of(other.group(1)) not in (None, country):
            country = None  # "the northern Lebanese city of Tripoli": another country's city
            # of the same name, no capital standing for Libya
        if e.kind == "person" and " " not in e.name and \
                not (e.name in speaking and e.titles & RELIGIOUS_STYLES):
            # (but "Father Ioachim", who speaks: a cleric known by one name)
            if e.name in speaking and not e.gender_votes and not mayors and \
                    e.name.lower() not in lexicon.given_names() and \
                    any(_SPOKE_AS_CITY.match(text, s) for (s, _), who in spoke_as.items()
                        if who == e.name):
                for s, t, _ in e.mentions:  # "bars on Memphis' Beale Street ... The city
                    add(e.name, "institution", (s, t))  # said": the city that spoke
                for m in _SPOKE_AS_CITY.finditer(text):  # (and "accused the city of")
                    add(e.name, "institution", m.span())
            continue  # a lone capitalised word (Boston, Monday's) is no known person
        if e.name not in speaking and _told_only(text, e) and (
                e.kind == "institution" or
                all(_OUTLET_AFTER.match(text, b) for _, b, _ in e.mentions)):
            continue  # "chief executive Ingrid Solberg told Reuters": an outlet, no party
            # (and one read as a name: "she told France Bleu radio")
        name = full_of.get(e.name, e.name)
        recurs = (counts[name] if e.kind == "institution" else len(e.mentions)) + \
            len(described.get(name, ())) >= 2 or name in speaking or \
            (e.kind == "institution" and
             any(_CHARGED_BEFORE.search(text, max(0, s - 40), s) for s, _, _ in e.mentions)) or \
            any(_declines_comment(text, t) for _, t, _ in e.mentions) or \
            (e.kind == "institution" and e.name.rsplit(" ", 1)[-1].lower() not in STATE_FORCES
             and any(_PENALTY_NEXT.match(text, t) for _, t, _ in e.mentions)) or \
            (e.kind == "institution" and seg.paragraphs and
             any(s < seg.paragraphs[0].end and (_ORDERED_REMOVAL.match(text, t) or (
                 _LEDE_DECIDED.match(text, t) and _DECIDED_BY_ACT.search(text, t)))
                 for s, t, _ in e.mentions)) or \
            (e.kind == "institution" and e.titles & DECIDING_TITLES and
             bool(_titles_after(text, e.name))) or \
            (e.kind == "institution" and "group" in e.titles and
             any(_ARMED_GROUP_BEFORE.search(text, max(0, s - 30), s) for s, _, _ in e.mentions))
        # ("regulator Ofwat ... Ofwat chief executive X": named again in the title of the one
        # who speaks for it; and "The militant group JNIM has attacked hundreds of fuel
        # tankers": an armed side of the conflict, named once as it is)
        # (a body that speaks acts; one asked for its side is a party: "The Accra
        # Metropolitan Assembly did not respond to a request for comment")
        if e.kind == "person" and (_geographic(e.name) or
                                   (" " in e.name and
                                    e.name.rsplit(" ", 1)[-1].lower() in LANDMARKS)):
            continue  # "the Colorado River" read as a name: a place all the same (and "the
            # 17th-century Galle Fort": a building)
        if " " not in e.name and e.name not in speaking and _common_word(text, seg, e):
            continue  # "Hotels in the Czech spa town ... say": a plural noun that opens a
            # sentence, no one's name (the story uses the word in lower case too)
        if e.kind == "person" and _SAINT.match(e.name):
            continue  # "St. Martin's croissants", "St. Martin's Day": a saint's name on a
            # thing or a day, no one in the story
        if e.kind == "person" and e.name.lower()[:-1] in lexicon.demonyms() and \
                e.name.endswith("s"):
            continue  # "most South Koreans support the plan": a people, no one
        forces = e.name.rsplit(" ", 1)[-1].lower() in STATE_FORCES
        for s, t, _ in e.mentions:
            if forces and (state := _STATE_OWNER.search(text, max(0, s - 30), s) or
                           _STATE_OWNER_IN.match(text, s, t)) and \
                    (owner := _country_of(state.group(1))):
                add(owner, "country", (s, t))  # "Iran's Revolutionary Guards": the state's
            elif e.kind == "person" and _FEATURE_OF.search(text, max(0, s - 10), s):
                continue  # "Africa's Cape of Good Hope": a cape, no one
            elif e.kind == "person":
                add(e.name, "person", (s, t))
            elif country and _FEATURE_OF.search(text, max(0, s - 10), s):
                continue  # "a Gulf of Mexico platform": a sea, not the country
            elif country and _NAMED_IN_MARKS.search(text, max(0, s - 6), s):
                continue  # 'hats sold abroad as "Panama hats"': a thing's name, no country
            elif country and ((_PLACE_PART_AFTER.match(text, t) and
                               _PLACING_BEFORE.search(text, max(0, s - 8), s)) or
                              _COUNTRYS_TOWN_AFTER.match(text, t)):
                continue  # "the Galle Fort on Sri Lanka's southern coast", "Peru's southern
                # city of Arequipa": where, no side
            elif country and _language_at(text, s, t):
                continue  # "I enrolled here to study Japanese.": a language, no country
            elif country and _CURRENCY_AFTER.match(text, t):
                continue  # "5,000 Danish crowns": a sum, no state
            elif country and text[s:t].lower() in lexicon.demonyms() and \
                    _FIRM_AFTER.match(text, t):
                continue  # "a French technology company": a firm's nationality, no state
            elif country and _for_clients_at(text, s, t):
                continue  # "We sew for Italian brands": whom the work is for, no state
            elif country and _SOMEONE_FROM.search(text, max(0, s - 16), s) and \
                    lexicon.places().get(text[s:t].lower(), ("",))[0] == "country":
                continue  # "a trader from Ghana paid me": where someone comes from (not "a man
                # from Paris tells us it is forbidden": the capital that rules)
            elif country and _community_at(text, s, t):
                continue  # "Turkish Cypriot authorities": a community's, no state's
            elif country and not _demonym_person(text, s, t) and \
                    not _CITIZENS_AFTER.match(text, t):
                add(country, "country", (s, t))
            elif _CITIZENS_AFTER.match(text, t) and " " not in text[s:t] and \
                    text[s:t].endswith(("an", "ish", "ese", "i")) and \
                    lexicon.places().get(text[s:t].lower(), ("demonym",))[0] == "demonym":
                # (not "Tbilisi city hall": a capital that ends like a demonym)
                continue  # "Millions of European consumers": people, no body
            elif e.name == town or (recurs and e.name.lower() not in lexicon.places() and
                                    "dateline city" not in e.titles and
                                    not _geographic(e.name)):
                add(name, "institution", (s, t))  # regions (Kursk) are places, not actors
            elif e.name in governing:  # (but "the Ontario government" acts)
                add(name, "institution", (s, t))
    for region, spans in regional.items():
        for span in spans:
            add(region, "institution", span)
    for m in _PARKS_SERVICE.finditer(text):
        # "The national parks service, Sernanp, began charging ... a new daily fee for
        # climbers entering Huascarán National Park": the park the service runs stands for it
        who = named_at.get(m.end())
        parks = [e for e in reg.entities.values() if e.kind == "institution" and
                 e.name != who and e.name.split()[-1] in ("Park", "Reserve")]
        if who is not None and len(parks) == 1:
            spans = [(a, b) for a, b, _ in parks[0].mentions] + described.get(parks[0].name, [])
            described.setdefault(who, []).extend(spans)
            site_spans.setdefault(who, set()).update(spans)
    for name, spans in described.items():
        if name in targets:
            for span in spans:
                add(name, "institution", span)
            targets[name].sites |= site_spans.get(name, set())
    if len(governing) == 1 and (region := next(iter(governing))) in targets:
        county = region in reg.entities and "county" in reg.entities[region].titles
        for m in (_THE_COUNTY if county else _THE_REGION).finditer(text):
            add(region, "institution", m.span())  # "The province is doing the right thing"
            # (and of a county that governs, "the county cannot make the poorest pay")
        for m in _THE_REGIONAL_GOVERNMENT.finditer(text):  # "the provincial government had
            add(region, "institution", m.span())  # ignored his pleas"
        if not county:
            for m in _PROVINCIAL_MEASURE.finditer(text):  # "a provincial plan to halve the
                add(region, "institution", m.span())  # boats could force dozens out"
    # the story's own country, by its dateline: what an unnamed "the ministry" and "the
    # government" stand for
    home_state = dateline_country(text, seg) \
        if "ministry" in unnamed or "government" in text or "authorities" in text else None
    if home_state is not None and not _named_in_body(text, seg, home_state):
        named_states = [n for n, tg in targets.items() if tg.kind == "country" and
                        not all(text[a:b].lower() in lexicon.demonyms() for a, b in tg.mentions)]
        # (not a state the story names only by its people's word: "demand from Chinese tyre
        # makers" in a story from Songkhla, Thailand)
        if len(named_states) == 1:
            home_state = named_states[0]  # "NAIROBI, Kenya (Reuters) - Charcoal from Somalia
            # ... the government had destroyed": the one state the story names, not the one
            # it was filed from and never names again
        elif (opening := _lede_opening(text, seg)) is not None and \
                len(lede_states := {n for n in named_states if any(
                    opening <= a < seg.sentences[seg.sentence_at(opening)].end
                    for a, _ in targets[n].mentions)}) == 1:
            home_state = lede_states.pop()  # "NAIROBI (Reuters) - Sudan's paramilitary Rapid
            # Support Forces swore in ... Egypt's foreign ministry said": the state the lede
            # names, where the story names others too
    if home_state is not None and (opening := _lede_opening(text, seg)) is not None and \
            (region := next((n for n in reg.regions() if any(
                a == opening and _LEDE_VERB.match(text, b, b + 30)
                for a, b, _ in reg.entities[n].mentions)), None)) is not None:
        home_state = region  # "HOBART, Australia (AP) - Tasmania will end public funding for
        # greyhound racing ... accused the government of ignoring its own data": the state's
        # government, which the lede has act
    if (house := _legislature_against_government(text, seg)) is not None:
        add(text[house[0]:house[1]], "institution", house)  # "Costa Rica's Legislative
        # Assembly on Monday rejected a bill ..., a defeat for the government": a house set
        # against the government, no voice of its state
    organ_span = None
    if (organ := _lede_organ(text, seg)) is not None and \
            not any(e.name.lower().endswith(re.split(r"['’]s ", organ[0])[-1]) or
                    (organ[2] in _OWN_BODIES and e.kind == "institution" and
                     e.name.lower() not in lexicon.places() and
                     (organ[2] in e.titles or organ[2] in e.name.lower().split() or
                      (organ[2] in ("regulator", "watchdog") and
                       org_fits(organ[2], e.name, e.titles)) or
                      (len(seg.paragraphs) > 1 and e.mentions and
                       min(e.mentions)[0] == seg.paragraphs[1].start)))
                    for e in reg.entities.values()):
        # "Romania's environment ministry has allowed hunters ... backed the ministry": the
        # ministry that acts in the lede, a target of its own, and "the ministry" after it
        # (not one the story names in full: "the Ethiopian Civil Aviation Authority", nor a
        # regulator or body it names later: "Moldova's energy regulator ... The regulator,
        # ANRE,", or opens the next paragraph with: "Sweden's financial regulator on Thursday
        # fined ... \n\nFinansinspektionen said")
        label, span, head = organ
        add(label, "institution", span)
        for at in unnamed.pop(head, ()):
            add(label, "institution", at)
        if head in _OWN_BODIES:
            organ_span = span  # ("Slovakia's" of "Slovakia's data protection office has
            # fined": the office's mention, not its state's, dropped at the end; a ministry's
            # lede keeps its state's, as reactions may aim at the state)
    for noun, spans in unnamed.items():  # "Kenya's central bank ... the bank was 'out of touch'"
        spoke = next((w for w in sorted(speaking) if ((w.lower().endswith(" " + noun) and
                                                       not _PLACED_GROUP.search(w) and
                                                       " at the " not in w and
                                                       not _TWO_BODIES.search(w)) or
                                                      w.startswith(noun + " in ") or
                                                      re.match(rf"[a-z]+ {noun} in [A-Z]", w) or
                                                      re.match(rf"(?:[a-z-]+ ){{0,2}}{noun} of "
                                                               rf"(?:the [a-z]+ of )?[A-Z]", w))
                      and w not in reg.entities and w not in targets), None) or \
            next((who for (ms, me), who in sorted(spoke_as.items())
                  if re.match(rf"[Tt]he (?:[a-z]+ )?{noun} of [A-Z]", text[ms:me])), None) or \
            _lede_municipality(text, seg, noun)
        # (not one who works there: "A doctor at the hospital, who asked not to be named,
        # said"; or the place whose office spoke: "The prefecture of Haute-Savoie said ... called
        # on the prefecture to withdraw it"; or whose municipality opened the lede acting)
        if spoke is None and noun in ("company", "firm") and not any(
                e.kind == "institution" and org_fits("company", e.name, e.titles) and
                "dateline city" not in e.titles and e.name.lower() not in lexicon.places()
                for e in reg.entities.values()):
            firms = [w for w in sorted(speaking) if w not in reg.entities and w.islower() and
                     w.split()[-1] in OPERATING_NOUNS]
            spoke = firms[0] if len(firms) == 1 else None  # "The workers' union said the
            # company had offered ... The metro operator said": the one unnamed firm there is
        if noun == "ministry" and spoke is None:
            titled = [w for w in sorted(speaking) if (e := reg.entities.get(w)) is not None and
                      e.kind == "institution" and noun in e.titles]
            spoke = titled[0] if len(titled) == 1 else None  # "Mexico's environment
            # ministry, Semarnat, said ... 'The ministry did not ask us'": the ministry that
            # spoke under its own name
        if noun == "ministry" and spoke is None and \
                (officer := _MINISTRY_OFFICER.search(text)) is not None and \
                re.search(rf"\b[Tt]he {officer.group(1).lower()} ministry\b", text):
            spoke = f"{officer.group(1).lower()} ministry"  # "ordered the health ministry to
            # reinstate ... Health ministry spokesman Mduduzi Hlophe said": the ministry that
            # spoke through its officer, a body of its own
        if noun == "ministry" and home_state is not None and spoke is None:
            # "the ministry had not consulted fishermen" in a story datelined in Kampala, with
            # no ministry named: the country's government, as "the government" is
            targets.setdefault(home_state, Target(home_state, "country")).mentions.extend(spans)
            targets[home_state].implied.update(spans)
            continue
        # "A German court ... ruling that ... The court has chosen profits": the unnamed
        # body that spoke, under its speaker label, with the words it spoke under (and "The
        # mining ministry said ... the ministry's dust figures": the ministry, no country)
        if spoke is not None and noun != "government":
            for (ms, me), who in spoke_as.items():
                if who == spoke and text[ms:me].lower() not in PRONOUN_MENTIONS:
                    add(spoke, "institution", (ms, me))
            for span in spans:
                if not _other_portfolio(text, span, spoke, speaking):
                    add(spoke, "institution", span)
            if spoke.islower():  # "blamed the national drainage authority ... The authority
                have = targets[spoke].mentions  # said": its
                for m in re.finditer(r"\b[Tt]he (?:[A-Z][\w'’-]+ )?(" + re.escape(spoke) +
                                     r")\b", text):  # words (and "the Ladakh food safety
                    # office" for "The food safety office said")
                    if not any(a < m.end(1) and m.start(1) < b for a, b in have):
                        add(spoke, "institution", m.span(1))
            continue
        spans = [sp for sp in spans if not any(a < sp[1] and sp[0] < b for named in
                                               described.values() for a, b in named)]
        # (not "the town" that names the town: "the Bavarian town of Rothenburg ob der
        # Tauber ... the town had to protect its residents")
        if noun == "fund":
            if any(e.kind == "institution" and "fund" in e.name.lower().split()
                   for e in reg.entities.values()):
                continue  # (the International Monetary Fund's "the fund": named, not another)
            described_as = _DESCRIBED_FUND.search(text)  # "the national health fund had cut
            # its budget ... accused the fund": the fund by the story's own description
            label = described_as.group(1) if described_as is not None else noun
        elif noun == "party" and all(text[max(0, a - 7):a] == "ruling " for a, _ in spans):
            label = "ruling party"  # "political revenge by the ruling party": so named, with
            # its other mentions ("Ruling party lawmaker Armine Barseghyan said")
            spans = sorted(set(spans) | {m.span(1) for m in _UNNAMED_RULING.finditer(text)})
        else:
            label = noun
        if len(spans) >= 2 and label not in targets and noun not in ("administration",
                                                                      "assembly") and \
                not (noun == "commission" and _FEE_COMMISSION.search(text)):
            # (a bare "the administration" is a government's, never a body by that name; a
            # bare "the assembly" is a legislature's, never one of its own)
            for span in spans:
                add(label, "institution", span)
            first = min(spans)
            described_at = next((d.span(1) for d in _POSSESSED_BODY.finditer(text, 0, first[0])
                                 if d.group(2) == noun), None)
            if described_at is not None and not any(
                    a < described_at[1] and described_at[0] < b
                    for other in targets.values() for a, b in other.mentions):
                # "The Central African Republic's river transport agency introduced the fee
                # ... the agency": the body where the story describes it, the doer there
                add(label, "institution", described_at)
            for charged in _ACCUSED_UNNAMED.finditer(text, 0, first[0]):
                if charged.group(1) == noun and not any(
                        a < charged.end(1) and charged.start(1) < b
                        for other in targets.values() for a, b in other.mentions):
                    add(label, "institution", charged.span(1))  # "accused a local jeep
                    # drivers' association ... of blocking ... the association's jeeps": the
                    # body charged where the story first tells of it
    for m in _UNNAMED_OPERATOR.finditer(text):
        # "waste from a state-owned phosphate processing plant ... The company that runs the
        # plant said": the plant, wherever the story names it, is the unnamed company's
        who = next((n for n, tg in targets.items() if n.islower() and
                    any(a <= m.start(1) < b for a, b in tg.mentions)), None)
        if who is None:
            continue
        site = rx.compile(rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts) (?:[\w-]+ ){{0,3}}?"
                          rf"({re.escape(m.group(2))})\b")
        for hit in site.finditer(text):
            if not m.start() <= hit.start() < m.end() and \
                    not any(a < hit.end(1) and hit.start(1) < b
                            for a, b in targets[who].mentions):
                add(who, "institution", hit.span(1))
                targets[who].sites.add(hit.span(1))
    for label in sorted(speaking - set(targets) - set(reg.entities)):
        if "prosecut" in label and label.islower() and label.endswith(" office"):
            # "The prosecutor general's office said it would appeal ... prosecutors
            # believed": the prosecution, unnamed, by its office and its "prosecutors" (the
            # office only: plain "prosecutors" are a target of their own, and its
            # spokeswoman speaks for it, no body of her own)
            said_at = [span for span, who in spoke_as.items() if who == label]
            spans = said_at + [m.span() for m in _PROSECUTORS.finditer(text)
                               if not any(a <= m.start() < b for a, b in said_at)]
            for span in spans if len(spans) >= 2 else ():
                add(label, "institution", span)
            continue
        # "He blamed the water resources department ... The state's water resources
        # department said": an unnamed public body that speaks, named by the same words
        core = re.split(r"['’]s ", label)[-1]
        if (core not in EVENT_BODIES and core not in ("jury", "judges") and
                (len(core.split()) < 2 or
                 core.split()[-1] not in NAME_NOUNS | {"agency", "auditor"})) or \
                not core.islower() or _body_named(reg, core):
            continue  # (not "the city council" of a story that names Harare City Council)
        said_at = [span for span, who in spoke_as.items() if who == label]
        found = [m.span(1) for m in re.finditer(r"\b[Tt]he (" + re.escape(core) + r")\b", text)
                 if not any(a <= m.start() < b for a, b in said_at)]
        head = core.split()[-1]
        if not found and \
                not any(e.kind == "institution" and head in e.name.lower().split()
                        for e in reg.entities.values()) and \
                not any(w != label and w.lower().endswith(" " + head) for w in speaking):
            # "The state's pyrotechnics institute said ... the institute had never consulted
            # artisans": the one body of its kind, by its head noun alone
            owner = _country_of(re.split(r"['’]s ", label)[0]) if label != core else None
            found = [m.span(2) for m in re.finditer(r"\b[Tt]he (?:([A-Z][a-z]+) )?(" +
                                                    re.escape(head) + r")\b", text)
                     if not any(a <= m.start() < b for a, b in said_at) and
                     (m.group(1) is None or (owner and _country_of(m.group(1)) == owner))]
            # (and "The Turkish ministry said" of "Turkey's foreign ministry")
        trade, _, kind = core.partition(" ")
        if kind in ("department", "ministry", "service"):
            found += [m.span(1) for m in re.finditer(
                rf"\b(?:[Tt]he |[Aa] )?({re.escape(trade)} officials?)\b", text)
                      if not any(a <= m.start() < b for a, b in said_at)]
            # ("forest officials have stopped thousands of families ... Gujarat's forest
            # department said": its officials, the department at work)
        spoken = [(a, b) for a, b in said_at if text[a:b].lower() not in PRONOUN_MENTIONS]
        for span in said_at + found if found or len(spoken) >= 2 else ():
            add(label, "institution", span)  # (or named twice as it speaks: "Turkey's foreign
            # ministry ... calling it", "The Turkish ministry said")
    for label, span in _lede_owned_voice(text, seg, spoke_as):
        add(label, "institution", span)
    _spoken_groups(text, spoke_as, targets, [e.name for e in reg.entities.values()],
                   quotes or [])
    _blamed_groups(text, targets, [e.name for e in reg.entities.values()], spoke_as,
                   lede_end)
    for span, who in _aged_persons(text, seg, reg):
        if who in targets:
            add(who, "person", span)
    for span, who in _demonym_persons(text, seg, reg, {q.speaker for q in quotes or ()}):
        if who in targets:
            add(who, "person", span)
    for span, who in _described_persons(text, seg, reg):
        if who in targets and span not in targets[who].mentions:
            add(who, "person", span)
    # "A Dutch court on Wednesday ordered ..., ruling that": an unnamed body that speaks
    # under its own label is a target by the words it spoke under, as the court's ruling
    # is its act (not its nationality's)
    bodies_at: list[tuple[int, int]] = list(foreign_at)
    lede_end = seg.paragraphs[0].end if seg.paragraphs else len(text)
    for (ms, me), who in spoke_as.items():
        words = who.lower().split()
        if who in reg.entities or who in targets or text[ms:me].lower() in PRONOUN_MENTIONS or \
                not ((len(words) == 2 and words[-1] in UNNAMED_SPEAKING_BODIES) or
                     (words[-1] == "police" and
                      ((len(words) == 1 and _POLICE_LEDE_ACT.search(text, 0, lede_end)) or
                       (len(words) in (2, 3) and words[0] in lexicon.demonyms()))) or
                     # (and "Hungarian water police will fine ..., the police said": the force
                     # whose act the lede tells; not the police that only report one)
                     # "The state transport department banned ..., arguing": a public body
                     # described at length (a shorter one is "the ministry" found above)
                     # (not "Eritrea's information ministry": its state's voice)
                     (len(words) == 3 and words[-1] in ("ministry", "department", "authority")
                      and who.islower()) or
                     # "The food safety department of the state of Kerala said": a state's
                     # body, labelled "Kerala food safety department"
                     (3 <= len(words) <= 5 and words[-1] in ("ministry", "department",
                                                              "authority", "agency") and
                      who[:1].isupper() and
                      lexicon.places().get(words[0], ("",))[0] == "region" and
                      who.split(" ", 1)[1].islower())):
            continue
        add(who, "institution", (ms, me))
        bodies_at.append((ms, me))
        if words[-1] == "police":  # "Greek police said ... He said police had 'rushed to
            for m in _POLICE.finditer(text, me):  # judgment'": the same force
                add(who, "institution", m.span())
    if "police" not in targets and " police" in text and \
            (charged := _POLICE_CHARGED.search(text)) is not None and \
            not (charged.lastindex == 3 and _TOWN_POLICE.search(text)):
        # (not a town's own force, reported on: "clashed with municipal police ... said the
        # police had used excessive force", the town's)
        add("police", "institution", charged.span(charged.lastindex or 1))  # "accused the
        # police of punishing thousands of honest drivers": a force charged by a speaker, a
        # side of its own
    if " the union" in text and not any(n.lower().endswith("union") for n in targets) and \
            (charged := _UNION_CHARGED.search(text)) is not None and \
            (described := list(_UNION_DESCRIBED.finditer(text, 0, charged.start()))) and \
            not any(e.kind == "institution" and org_fits("union", e.name, e.titles)
                    for e in reg.entities.values()):  # (not a union the story names: "GDL")
        # "who heads the hospital's doctors' union ... It accused the union of playing
        # politics": the union charged, a side of its own, labelled as the story described it
        # (not where it was described: there it is often the speaker's own, "who heads")
        add(f"{described[-1].group(1)} union", "institution", charged.span(1))
    if (police := next((n for n in targets if n.lower() == "police"), None)) is not None:
        have = {a for a, _ in targets[police].mentions}  # "Police fired tear gas ... Omunga
        for m in _POLICE.finditer(text):  # said police had used excessive force": one force
            if m.start() not in have:
                add(police, "institution", m.span())
    # "A federal judge in Mexico has suspended a concession ... The ruling halts": an unnamed
    # judge or court that decides (and never speaks) is a target by its description
    if (" judge" in text or (" court" in text and not sports_court) or " panel" in text or
            " tribunal" in text) and \
            not any(((e.kind == "institution" and org_fits("court", n)) or e.titles & JUDGES)
                    and not taken_to(text, [a for a, _, _ in e.mentions])
                    for n, e in reg.entities.items()) and \
            not any(_is_court(n, reg) for n in targets) and \
            (judge := _UNNAMED_JUDGE.search(text)) is not None:
        label = " ".join(w if w.lower() in lexicon.demonyms() else w.lower()
                         for w in judge.group(1).split())  # ("Turkish court")
        add(label, "institution", judge.span(1))
        bodies_at.append(judge.span(1))  # ("An Egyptian court": the court's, no state's)
        a0, b0 = judge.span(1)
        for t in targets.values():
            if t.kind == "country":
                t.mentions = [(a, b) for a, b in t.mentions if not (a0 <= a < b0)]
        # (and a court's unnamed bench: "A court ... ordered ... 'The judge listened to us'")
        nouns = judge.group(2) + ("|judges?" if judge.group(2) != "judge" else "")
        for m in re.finditer(rf"\b[Tt]he (?:{nouns})\b(?!,? [A-Z])", text):
            if m.start() > judge.end():
                add(label, "institution", m.span())
    # demonyms name their country: "Ukrainian forces", "Russian troops"
    demonyms = lexicon.demonyms()
    for p in seg.paragraphs:
        for m in _CAPITALISED.finditer(text, p.start, p.end):
            word = m.group(0)
            if word.lower() in demonyms and lexicon.places()[word.lower()][1] and \
                    not _demonym_person(text, m.start(), m.end()) \
                    and not _CITIZENS_AFTER.match(text, m.end()) and \
                    not _CURRENCY_AFTER.match(text, m.end()) and \
                    not _FIRM_AFTER.match(text, m.end()) and \
                    not _for_clients_at(text, m.start(), m.end()) and \
                    not _language_at(text, m.start(), m.end()) and \
                    not _community_at(text, m.start(), m.end()) and \
                    not any(a <= m.start() < b for a, b in bodies_at):
                # (not "costs American families billions": its people, no state; nor "We
                # sew for Italian brands": whom the work is for)
                add(lexicon.places()[word.lower()][1], "country", m.span())
    if (region := _lede_region(text, seg)) is not None and region not in targets:
        for m in re.finditer(rf"\b{re.escape(region)}\b(?![\w-])", text):
            add(region, "country", m.span())  # "Sardinia will require applicants ...": a
            # region that acts as a state in the lede is one, wherever named
    for name, aliases in (given or {}).items():
        for alias in [name, *aliases]:
            for m in re.finditer(rf"\b{re.escape(alias)}\b", text, flags=re.I):
                add(name, "given", m.span())
        for alias in aliases:  # an alias that names an automatic target merges into it
            bare = re.sub(r"^the\s+", "", alias, flags=re.I)
            for auto in (alias, bare):
                if auto in targets and auto != name:
                    targets[name].mentions.extend(targets.pop(auto).mentions)
    # "Brussels" in a story about the European Union means the Union, not Belgium
    eu = next((n for n in ("European Union", "EU", "European Commission") if n in targets), None)
    if eu and "Belgium" in targets:
        moved = [sp for sp in targets["Belgium"].mentions if text[sp[0]:sp[1]] == "Brussels"]
        if moved:
            targets[eu].mentions.extend(moved)
            targets["Belgium"].mentions = [sp for sp in targets["Belgium"].mentions
                                           if sp not in moved]
            if not targets["Belgium"].mentions:
                del targets["Belgium"]
    elif "Belgium" in targets and \
            all(text[a:b] == "Brussels" for a, b in targets["Belgium"].mentions) and \
            dateline_country(text, seg) not in (None, "Belgium"):
        # "Meanwhile Brussels sends us more paperwork", said by a French farmer in Paris: the
        # Union, where the story is about no Belgian matter
        targets["European Union"] = Target("European Union", "institution",
                                           targets.pop("Belgium").mentions)
    # "The board of the Northern Lakes Symphony locked out its musicians ... Board chair
    # Richard Ellingson": the board acts for the body it governs
    owner = _BOARD_OF.search(text) if "he board of " in text else None
    body = next((e.name for e in reg.entities.values() if e.kind == "institution" and
                 any(a == owner.end() for a, _, _ in e.mentions)), None) if owner else None
    board = next((n for n in targets if n.lower() == "board"), None)
    if body is not None and board is not None and body != board:
        merged = targets.setdefault(body, Target(body, "institution"))
        merged.mentions.extend(targets.pop(board).mentions)
        merged.mentions.extend(m[:2] for m in reg.entities[body].mentions)
    _judges_of_the_court(text, targets)
    if "posts" in text or "tweets" in text or "videos" in text:
        _things_of_owner(text, targets, "person", _OVER_POSTS)
    if "resolution" in text or "directive" in text:
        _things_of_owner(text, targets, "institution", _BODY_TEXT)
    _states_by_their_city(text, reg, targets)
    _county_by_its_noun(text, targets)
    _force_by_its_noun(text, reg, targets)
    _measures_of_state(text, targets)
    _administrations_by_place(text, speaking, targets)
    armed = [n for n, tg in targets.items() if tg.kind == "institution" and
             n in reg.entities and "militant group" in reg.entities[n].titles]
    if len(armed) == 1:  # "the Islamist militant group al Shabaab ... 'a gift to the
        # terrorists'": the one armed group the story names
        for m in _ARMED_MEMBERS.finditer(text):
            add(armed[0], "institution", m.span(1))
    # (a story datelined in a region with no state of its own, "CARDIFF, Wales", whose one
    # government is "The Welsh government": "the government" is that one)
    lone_region = next(iter(regional)) if home_state is None and len(regional) == 1 and \
        "government" in text and not _NATIONAL_GOVERNMENT.search(text) else None
    # (or, with no state by the dateline, the one region the story has govern: "TORONTO
    # (CP) - Ontario's teachers ... cost the province" -> "the government's plan" is Ontario's)
    lone_governing = len(governing) == 1 and next(iter(governing)) in targets
    if (home_state is not None or lone_region in targets or lone_governing) and \
            ("government" in text or "authorities" in text or "regime" in text):
        # "the government" of a story datelined in Seoul: South Korea's (before the acts'
        # doers are found: "The tax, agreed by the government, ...")
        taken = {a for t in targets.values() for a, _ in t.mentions}
        spans = [m.span(m.lastindex or 1) for m in _THE_GOVERNMENT.finditer(text)
                 if m.start(m.lastindex or 1) not in taken] + \
            [m.span() for m in _MINISTERS.finditer(text) if _bare_ministers(text, m.start())]

        ruling = next(iter(governing)) if len(governing) == 1 else \
            next(iter(regional)) if len(regional) == 1 and "federal" not in text else \
            lone_region
        # ("The Scottish government said ... accused ministers of": the one regional
        # government the story names, not the state of a London dateline)
        if ruling in targets and not _NATIONAL_GOVERNMENT.search(text) and \
                not any(_REGION_GOVERNMENT.match(text, b) for n in targets if n != ruling
                        for _, b in targets[n].mentions):
            # "Catalonia's regional government cut ... accused the government of": the
            # region that governs, where no national government is named
            targets[ruling].mentions.extend(spans)
            spans = []
        if spans and home_state is not None:
            for span in list(spans):
                other = _other_state_paragraph(seg, targets, home_state, span[0])
                if other is not None:
                    spans.remove(span)  # "Critics in Bishkek disagree. ... accused the
                    # government": Kyrgyzstan's, in a story datelined in Dushanbe
                    targets[other].mentions.append(span)
                    targets[other].implied.add(span)
            home = targets.setdefault(home_state, Target(home_state, "country"))
            home.mentions.extend(spans)
            home.implied.update(spans)
    if (ruled := home_state or dateline_country(text, seg)) in targets and (ruler := re.search(
            r"(?:" + re.escape(ruled) + r"['’]s?|\b[Tt]he (?:" +
            "|".join(map(re.escape, _demonyms_of(ruled) or (ruled,))) +
            r")) (president|king|queen|monarch|emir|sultan)\b(?!,? [A-Z])", text)) is not None:
        # "Eswatini's king appointed ... 'The king picks, the people suffer'", "added the
        # Colombian president to a sanctions list ... the president had": the head of state
        # the story never names is the state's
        taken = {a for t in targets.values() for a, _ in t.mentions}
        for m in re.finditer(r"\b[Tt]he (" + ruler.group(1) + r")\b(?! [A-Z]| of\b)", text):
            if m.start(1) not in taken and m.start() > ruler.end():
                targets[ruled].mentions.append(m.span(1))
                targets[ruled].implied.add(m.span(1))
    if ruled in targets and "parliament" in text and (chamber := re.search(
            re.escape(ruled) + r"['’]s? parliament\b", text)) is not None:
        # "Lebanon's parliament ... voted to extend ...": a lower-case parliament named
        # again ("parliament was using every crisis as an excuse") is the state, as the
        # lede's is
        taken = {a for t in targets.values() for a, _ in t.mentions}
        for m in _BARE_PARLIAMENT.finditer(text, chamber.end()):
            if m.start() not in taken:
                targets[ruled].mentions.append(m.span())
                targets[ruled].implied.add(m.span())
    if ruled in targets and "he capital " in text:
        # '"Today the capital decided again for everyone else"': the capital that acts is
        # its state's rulers, as a capital named does (not "in the capital": a place)
        taken = {a for t in targets.values() for a, _ in t.mentions}
        for m in _THE_CAPITAL_ACTS.finditer(text):
            if m.start(1) not in taken:
                targets[ruled].mentions.append(m.span(1))
                targets[ruled].implied.add(m.span(1))
    _countries_by_epithet(text, ruled, targets)
    for name, t in targets.items():  # "Ofwat chief executive Helen Marlowe-Black": a
        # mention of Ofwat, as the title holder's employer
        if t.kind == "institution" and name in reg.entities:
            t.mentions.extend(span for span in _titles_after(text, name)
                              if not any(a <= span[0] < b for a, b in t.mentions))
    if town is not None and town in targets:  # "the town council said" of the town that
        for council in [n for n in targets if n.lower() in ("town council", "city council")]:
            targets[town].mentions.extend(targets.pop(council).mentions)  # acts: the town
    if not any("state" in reg.entities[r].titles for r in governing if r in reg.entities) and \
            _STATE_ACTING.search(text) and \
            len(states := _called_government(text, targets) or
                ([n for n, tg in targets.items() if tg.kind == "country"]
                 if not reg.regions() else [])) == 1:
        # (or the one country a story names: '"The state sets the price of bread but does
        # not give us the flour," he said' of a story about Algeria)
        for m in _STATE_ACTING.finditer(text):  # "the state had put the interests of the gas
            add(states[0], "country", m.span())  # companies before the safety of residents"
            # of a story about one country's government, with no region governing
    _members_named(text, targets, reg)
    _legislators(text, targets)
    _party_members(text, targets)
    for m in _COUNCIL_OF_PLACE.finditer(text) if "council of" in text else ():
        if m.group(1) not in targets and not _country_of(m.group(1)):
            add(m.group(1), "institution", m.span(1))  # "The town council of Iceland's
            # Westman Islands voted to suspend the hunt": the islands' own government acts
    _lede_council(text, seg, targets)
    _lede_unnamed_bodies(text, seg, reg, targets)
    _station_named(text, seg, reg, targets)
    _gendarmerie_members(text, speaking, targets)
    _trade_named_body(text, reg, targets)
    _lede_speaking_body(text, seg, quotes or (), targets)
    _lede_party(text, seg, quotes or (), targets)
    _opposition_named(text, targets)
    _armed_group_plurals(text, targets)
    _event_agents(text, seg, targets, reg)
    _sponsored(text, seg, targets)
    _known_as(text, targets)
    _event_organisers(text, targets)
    _office_holders(text, reg, targets)
    _lede_office(text, seg, reg, targets)
    _study_authors(text, reg, targets)
    # "blaming the army for the attack ... Sudan's army denied": the state whose army the
    # story names (one only)
    armies = {c for m in _ARMY_AFTER.finditer(text)
              if (owner := _STATE_OWNER.search(text, max(0, m.start() - 30), m.start() + 2))
              and (c := _country_of(owner.group(1)))}
    if len(armies) == 1 and (state := next(iter(armies))) in targets:
        taken = {a for t in targets.values() for a, _ in t.mentions}
        for m in _THE_ARMY.finditer(text) if "he army" in text or "he military" in text else ():
            if m.start(1) not in taken and not _STATE_OWNER.search(text, max(0, m.start() - 30),
                                                                   m.start()):
                targets[state].mentions.append(m.span(1))
    courts = [n for n in speaking if n not in targets and " court " in f" {n.lower()} "]
    lede_court = [n for n, t in targets.items() if _DEMONYM_COURT.fullmatch(n)]
    if len(courts) == 1 and len(lede_court) == 1:  # "A Bulgarian court ... The administrative
        # court in Varna said": one court, by the name it speaks under
        merged = targets.setdefault(courts[0], Target(courts[0], "institution"))
        merged.mentions.extend(targets.pop(lede_court[0]).mentions)
    for name, e in list(reg.entities.items()):
        if e.kind != "institution" or name.split()[-1] not in ("Court", "Tribunal") or \
                len(name.split()) < 2:
            continue
        longer = [n for n in targets if n.endswith(" " + name)]
        if len(longer) == 1:  # "protested against a High Court order ... The Allahabad High
            # Court said": the one court the story names in full
            targets[longer[0]].mentions.extend(m[:2] for m in e.mentions)
            if name in targets:
                targets[longer[0]].mentions.extend(targets.pop(name).mentions)
    lede = next(iter(quotes or ()), None)
    if lede is not None and lede.speaker and lede.speaker not in targets and \
            lede.speaker not in reg.entities and _STATE_BODY.match(lede.speaker) and \
            not _STATE_ORGAN_END.search(lede.speaker) and \
            seg.paragraphs and lede.start < seg.paragraphs[0].end and \
            text.startswith(lede.speaker, lede.start):
        # "Lithuania's basketball federation will limit clubs ..., it said": the body the
        # lede's report opens on is a party, under the label it speaks by
        targets[lede.speaker] = Target(lede.speaker, "institution",
                                       [(lede.start, lede.start + len(lede.speaker))])
    if "ministry" in speaking and "ministry" not in targets:
        # "The Una-Sana canton's economy ministry issued the permit ... The ministry said":
        # a region's ministry the story names by one portfolio only is that portfolio's, in
        # every mention ("the canton's economy ministry" too)
        named_as = list(_PORTFOLIO_MINISTRY.finditer(text))
        if len({m.group(1) for m in named_as}) == 1 and \
                (label := named_as[0].group(1) + " ministry") not in targets:
            spans = [(m.start(1), m.end()) for m in named_as]
            spans += [(a, b) for (a, b), who in spoke_as.items() if who == "ministry"]
            targets[label] = Target(label, "institution", spans)
    for m in _A_BODY_ACT.finditer(text):
        # "marched against a health ministry plan to close the maternity ward ... The health
        # ministry says": the one target of that name; "staged a strike against a city
        # council ban ... The Makeni City Council said the ban": the one council named
        said = m.group(1).lower()
        named = [n for n, t in targets.items() if t.kind == "institution" and (
            n.endswith((" City Council", " Town Council", " Municipal Council"))
            if said.endswith(" council") else
            (n.lower() == said or n.lower().endswith(" " + said)))]
        if len(named) == 1:
            targets[named[0]].mentions.append(m.span(1))
    dollars = " dollar" in text
    for name in list(targets):
        t = targets[name]
        if t.kind == "country":  # (not a currency: "NZ$18 million", "US$5 billion")
            t.mentions = [(a, b) for a, b in t.mentions if not text.startswith("$", b) and
                          not (organ_span is not None and
                               organ_span[0] <= a < b <= organ_span[1])]
        if dollars:  # ("paid in U.S. dollars")
            t.mentions = [(a, b) for a, b in t.mentions if not _DOLLARS_AFTER.match(text, b)]
        if not t.mentions:
            del targets[name]
            continue
        t.mentions = sorted(set(t.mentions))
    return targets


#: a court a lede names by its country alone: "A Bulgarian court on Wednesday suspended"
_DEMONYM_COURT = rx.compile(r"[A-Z][a-z]+ court")
#: a currency named by its state: "in U.S. dollars"
_DOLLARS_AFTER = rx.compile(r"\.? dollars?\b")


#: a state's office described before its holder is named: "Brazil's justice minister"
_STATE_OFFICE = rx.compile(r"([A-Z](?<!\w[A-Z])[\w.]*(?: [A-Z][\w.]*)?)['’]s "
                           r"((?:[a-z-]+ ){0,2}[a-z-]+)\b")  # (_STATE_NAME, capital first)


#: "The authority, known as AGCM, said": the body the description was, by its name
_KNOWN_AS = rx.compile(r"\b[Tt]he ([a-z]+), known as ([A-Z][\w&-]*(?: [A-Z][\w&-]*)*),")
#: a body named in full, then by the short name it is known as
_NAMED_KNOWN_AS = rx.compile(r"\b(?:The )?([A-Z][\w’'&-]*(?: (?:of|for|and|[A-Z][\w’'&-]*))*), "
                             r"known as ([A-Z][\w&-]*(?: [A-Z][\w&-]*)*),")


#: a lede that opens on a town's council by the town's name, no possessive: "Riga city
#: council voted", "N'Djamena city council has banned"
_NAMED_COUNCIL_LEDE = rx.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) ((?:city|town|municipal) "
                                 r"council)(?: on [A-Z][a-z]+day)? (?:has|have|will|voted|"
                                 r"approved|banned|decided|ordered|imposed)\b")


#: a lede that opens on a local government by its place: "The state government of Koror will"
_LOCAL_GOVERNMENT_OF_LEDE = rx.compile(r"[Tt]he (?:state|provincial|regional|city|town|"
                                       r"municipal) government of ([A-Z][\w'’-]+"
                                       r"(?: [A-Z][\w'’-]+)?) (?:has|have|will|voted|approved|"
                                       r"banned|decided|ordered|imposed|plans)\b")


#: a firm named in apposition to the trade it plies: "The clockmaker, Thwaite and Sons,"
_TRADE_APPOSED = rx.compile(r"\b[Tt]he ([a-z]+), (?=[A-Z])")


def _trade_named_body(text: str, reg: Registry, targets: dict[str, Target]) -> None:
    """A firm the story names in apposition to its trade (``The clockmaker, Thwaite and Sons,
    said``) is what "the clockmaker" means anywhere in the story (``the historian said the
    clockmaker had ignored the report``): each is its mention, though its name comes only
    as a speaker's."""
    for m in _TRADE_APPOSED.finditer(text) if ", " in text else ():
        noun = m.group(1)
        if noun in ORG_NOUNS or not agent_noun(noun) or noun in lexicon.titles() or \
                noun.endswith("s") or text.endswith("of ", 0, m.start()):
            continue  # (not "one of the contractors, Wawao Builders,": one of several)
        body = next((e for e in reg.entities.values() if e.kind == "institution" and
                     any(a == m.end() for a, _, _ in e.mentions)), None)
        if body is None:
            continue
        targets.setdefault(body.name, Target(body.name, "institution")).add_mentions(
            other.span(1)
            for other in rx.compile(rf"\b[Tt]he ({re.escape(noun)})\b(?!, )").finditer(text))


#: a broadcaster the lede describes: "A private Slovak radio station"
_LEDE_STATION = rx.compile(r"\b(?:[Aa]n?|[Tt]he)(?: [\w'’-]+){0,3}? (?:radio|television|TV) "
                           r"(station)\b")
#: the station later, as a body that acts or owns: "the station had cut", "the station's"
_THE_STATION = rx.compile(r"\b[Tt]he (station)\b(?!-)")
#: first or last words of a broadcaster's name, in English and abroad: "Rádio Dunaj", "Lääne
#: TV"
STATION_NAME_WORDS = frozenset({"radio", "tv", "television", "televizija", "telewizja",
                                "televisión", "télévision"}) | KINDS_ABROAD["radio"]


#: a gendarme or gendarmes, told by the story as the members of the gendarmerie that speaks
_GENDARMES = rx.compile(r"\b[Gg]endarmes?\b")


def _gendarmerie_members(text: str, speaking: Iterable[str], targets: dict[str, Target]
                         ) -> None:
    """The one gendarmerie that speaks only under a label (``The regional gendarmerie command
    said``) is what the story's gendarmes are (``accused gendarmes of demanding cash``): a
    target, mentioned wherever they are."""
    if "endarme" not in text:
        return
    bodies = [w for w in speaking if "gendarmerie" in w.lower() and w not in targets]
    if len(bodies) != 1:
        return
    spans = [m.span() for m in _GENDARMES.finditer(text)]
    if spans:
        targets[bodies[0]] = Target(bodies[0], "institution")
        targets[bodies[0]].add_mentions(spans)
        targets[bodies[0]].members.update(spans)


def _station_named(text: str, seg: Segmentation, reg: Registry,
                   targets: dict[str, Target]) -> None:
    """A broadcaster the lede calls "a ... radio station" (``A private Slovak radio station
    has replaced its presenters``) and the story names by a broadcaster's name (``Rádio
    Dunaj said``) is what every later "the station" means (``the station had cut the jobs
    without consulting staff``): its mentions, though its name comes only as a speaker's."""
    if not seg.paragraphs or " station" not in text:
        return
    lede = seg.paragraphs[0]
    described = _LEDE_STATION.search(text, lede.start, lede.end)
    if described is None:
        return
    named = [e for e in reg.entities.values() if e.kind == "institution" and
             len(words := e.name.lower().split()) >= 2 and
             (words[0] in STATION_NAME_WORDS or words[-1] in STATION_NAME_WORDS)]
    if len(named) != 1:
        return
    target = targets.setdefault(named[0].name, Target(named[0].name, "institution"))
    target.described.add(described.span(1))  # (the lede's description, as a lede's
    # unnamed body is; each "the station" after it names it as "the company" does)
    target.add_mentions([described.span(1)] +
                        [m.span(1) for m in _THE_STATION.finditer(text, lede.end)])


def _lede_unnamed_bodies(text: str, seg: Segmentation, reg: Registry,
                         targets: dict[str, Target]) -> None:
    """A body the lede leaves unnamed (``A British illustrator says one of the country's
    biggest children's publishers used artificial intelligence ..., a claim the publisher
    denies``) as the one body the story goes on to name by that noun (``the publisher,
    Pellham Books``); a nationality inside the phrase (``A Norwegian hospital``) is then no
    mention of its country, which did not act."""
    if not seg.paragraphs:
        return
    lede = seg.paragraphs[0]
    later = {n for n, t in targets.items() if t.kind == "institution" and
             text.find(n) > lede.end}  # (named only after the lede)
    for m in _LEDE_UNNAMED_BODY.finditer(text, lede.start, lede.end):
        noun = singular(m.group(1).lower())
        named = [n for n in later if (e := reg.entities.get(n)) is not None and
                 (noun in e.titles or n.lower().endswith(" " + noun))]
        if len(named) != 1:
            continue
        targets[named[0]].mentions.append(m.span())
        targets[named[0]].described.add(m.span())
        for other in targets.values():
            if other.name != named[0]:
                other.mentions = [(a, b) for a, b in other.mentions
                                  if not m.start() <= a < b <= m.end()]
    for name, target in targets.items():
        # "Portugal's civil protection authority sent ... the authority said": the body the
        # story calls only by its noun, as the lede described it with its country's name
        if target.kind != "institution" or not name.isalpha() or not name.islower():
            continue
        found = [m for m in re.compile(rf"\b([A-Z][a-z]+)['’]s (?:[a-z-]+ ){{0,3}}?{name}\b")
                 .finditer(text, lede.start, lede.end) if _country_of(m.group(1)) is not None]
        if len(found) != 1:
            continue
        span = found[0].span()
        target.mentions.append(span)
        target.described.add(span)
        for other in targets.values():
            if other is not target and other.kind == "country":
                other.mentions = [(a, b) for a, b in other.mentions
                                  if not span[0] <= a < b <= span[1]]


#: an armed group's kind before its name: "The militant group JNIM"
_ARMED_GROUP_BEFORE = rx.compile(
    rf"\b(?:{'|'.join(sorted(ARMED_GROUP_WORDS | {'separatist'}))}) group "
    r"(?:called |known as )?$")
#: a lede's party by its place in politics: "Tanzania's main opposition party"
_PARTY_BY_PLACE = rx.compile(r"(?:[A-Z][\w'’-]+['’]s |[Tt]he )?(?:main |largest |biggest )?"
                             r"(opposition|ruling|governing) party")
#: "the opposition" as the one party, not a group of it ("the opposition leader")
_THE_OPPOSITION = rx.compile(r"\bthe (?:main )?opposition\b(?! (?:party|parties|leader|"
                             r"lawmakers|candidate|figure|politician|coalition|alliance))")


#: an armed group's members by what they do: "al Qaeda-linked militants", "terrorists"
_ARMED_PLURAL = rx.compile(r"\b(?:[\w-]+-linked )?(?:militants|terrorists|jihadists|"
                           r"insurgents|rebels)\b")


def _armed_group_plurals(text: str, targets: dict[str, Target]) -> None:
    """Where the story names one armed group (``The militant group JNIM``), its fighters
    by what they do (``a blockade imposed by al Qaeda-linked militants``, ``a desperate act
    by terrorists``) are mentions of it."""
    if "group" not in text:
        return
    groups = [t for t in targets.values() if t.kind == "institution" and
              any(_ARMED_GROUP_BEFORE.search(text, max(0, a - 30), a) for a, _ in t.mentions)]
    if len(groups) != 1:
        return
    taken = [span for t in targets.values() for span in t.mentions]
    found = [m.span() for m in _ARMED_PLURAL.finditer(text)
             if not any(a < m.end() and m.start() < b for a, b in taken)]
    if found:
        groups[0].mentions = sorted(groups[0].mentions + found)


#: an opposition party the story names as such: "the opposition Nationalist Party"
_OPPOSITION_NAMED = rx.compile(r"\b[Tt]he (?:main )?opposition ((?:[A-Z][\w'’-]* ){1,4}Party)\b")


def _opposition_named(text: str, targets: dict[str, Target]) -> None:
    """Where the story names one party as the opposition (``The motion, brought by the
    opposition Nationalist Party``), a bare ``the opposition`` elsewhere (``He accused the
    opposition of ...``) is that party."""
    if "opposition" not in text:
        return
    named = list(_OPPOSITION_NAMED.finditer(text))
    if len({m.group(1) for m in named}) != 1:
        return
    name = named[0].group(1)
    taken = [span for t in targets.values() for span in t.mentions]
    found = [m.span() for m in _THE_OPPOSITION.finditer(text)
             if not any(a < m.end() and m.start() < b for a, b in taken) and
             not text.startswith(" " + name, m.end())]
    if not found:
        return
    party = targets.setdefault(name, Target(name, "institution", [m.span(1) for m in named]))
    party.mentions = sorted(party.mentions + found)


def _lede_party(text: str, seg: Segmentation, quotes: Iterable[Quote],
                targets: dict[str, Target]) -> None:
    """A lede's party that the story goes on to name (``Tanzania's main opposition party
    said ... Chadema spokesman X said``) is a target under that name, at the lede's words
    (and, for the opposition, at ``the opposition`` later: the one party the story has)."""
    if not seg.paragraphs:
        return
    for q in quotes:
        if q.mention_start is None or q.mention_end is None or \
                q.mention_start >= seg.paragraphs[0].end:
            break
        m = _PARTY_BY_PLACE.fullmatch(text, q.mention_start, q.mention_end)
        if m is None or not q.speaker or q.speaker in targets or \
                q.speaker.lower().endswith("party"):
            continue
        spans = [(q.mention_start, q.mention_end)]
        if m.group(1) == "opposition":
            spans += [o.span() for o in _THE_OPPOSITION.finditer(text, q.mention_end)]
        targets[q.speaker] = Target(q.speaker, "institution", spans)
        return


def _lede_speaking_body(text: str, seg: Segmentation, quotes: Iterable[Quote],
                        targets: dict[str, Target]) -> None:
    """A body that opens the lede acting and saying why (``Spain's Segura river basin
    authority has refused to grant water to a planned surf park ..., saying the region's
    aquifers are too depleted``) is a target though the story names it only there: the
    decision the others answer is its own."""
    opening = _lede_opening(text, seg)
    q = next((q for q in quotes if q.mention_start is not None), None)
    if opening is None or q is None or q.speaker is None or q.speaker in targets or \
            q.mention_start is None or q.mention_end is None or \
            not opening <= q.mention_start <= opening + 20 or \
            seg.sentence_at(q.start) != seg.sentence_at(opening) or \
            q.cue is None or not q.cue.endswith("ing") or \
            not _LEDE_VERB.match(text, q.mention_end, q.mention_end + 30):
        return
    if any(a < q.mention_end and q.mention_start < b
           for t in targets.values() for a, b in t.mentions):
        return  # (a target already, by another label: "Ljubljana's city council")
    words = q.speaker.lower().split()
    if lexicon.source_nouns().get(words[-1]) == "institution" and q.cue != "ruling" and \
            not any(w in lexicon.demonyms() or _country_of(w) for w in words):
        # (not "Colombian environmental authorities saying": the state's voice, which the
        # story's country stands for; nor a court's ruling, whose judge the story names)
        targets[q.speaker] = Target(q.speaker, "institution", [(q.mention_start, q.mention_end)])


def _other_state_paragraph(seg: Segmentation, targets: Mapping[str, Target], home: str,
                           at: int) -> str | None:
    """The state whose government a bare "the government" at ``at`` is, where it is not the
    dateline's: the one other country the lede names that its paragraph (past the lede)
    names, before it, as where its people are, the dateline's state named nowhere in it
    ("Tajikistan and Kyrgyzstan reopened ... Critics in Bishkek disagree. Opposition
    politician X accused the government"; not "accused the government of giving in to
    Spanish pressure", a state named only after it, nor "India does not grow ... the
    government would help farmers")."""
    if not seg.paragraphs or not seg.sentences:
        return None
    number = seg.sentences[seg.sentence_at(at)].paragraph
    if number == 0:
        return None
    block, lede = seg.paragraphs[number], seg.paragraphs[0]
    here = [n for n, t in targets.items() if t.kind == "country" and
            any(block.start <= a < block.end and (a, b) not in t.implied for a, b in t.mentions)]
    if len(here) != 1 or here[0] == home or \
            not any(block.start <= a < at and seg.text[a - 3:a].lower() == "in "
                    for a, _ in targets[here[0]].mentions) or \
            not any(lede.start <= a < lede.end for a, _ in targets[here[0]].mentions):
        return None
    return here[0]


def _lede_council(text: str, seg: Segmentation, targets: dict[str, Target]) -> None:
    """A lede that opens on ``N'Djamena city council has banned``, a town the story names
    nowhere else: the council is a target under that label, though named only there."""
    opening = _lede_opening(text, seg)
    m = _NAMED_COUNCIL_LEDE.match(text, opening) if opening is not None else None
    if m is None and opening is not None and \
            (m := _LOCAL_GOVERNMENT_OF_LEDE.match(text, opening)) is not None:
        if m.group(1) not in targets and \
                lexicon.places().get(m.group(1).lower(), ("",))[0] != "country":
            targets[m.group(1)] = Target(m.group(1), "institution", [m.span(1)])  # "The state
            # government of Koror will limit visits": Koror, a state that acts for itself
        return
    if m is None or lexicon.places().get(m.group(1).lower(), ("",))[0] == "country":
        return
    label = f"{m.group(1)} {m.group(2)}"
    if label in targets or m.group(1) in targets or \
            any(a <= m.start() < b for t in targets.values() for a, b in t.mentions):
        return  # (a town the story names again keeps its own target, the council its voice)
    targets[label] = Target(label, "institution", [(m.start(), m.end(2))])


#: an event's organisers described by the event: "the organisers of its carnival"
_ORGANISERS_OF = rx.compile(r"\b[Tt]he (organi[sz]ers) of (?:its|the|their|this|[A-Z][\w-]+['’]s) "
                            r"(?:[a-z]+ )?([a-z]+)\b")
#: the bodies that run an event, named by it: "The carnival commission"
_RUNNING_BODIES = frozenset({"commission", "committee", "board", "association", "council"})


def _event_organisers(text: str, targets: dict[str, Target]) -> None:
    """The organisers of an event (``has fined the organisers of its carnival``) are the one
    body the story names by that event (``The carnival commission, which runs the parade``):
    a mention of that body."""
    for m in _ORGANISERS_OF.finditer(text) if "rganis" in text or "rganiz" in text else ():
        event = m.group(2).lower()
        bodies = [n for n, t in targets.items() if t.kind == "institution" and
                  len(words := n.lower().split()) == 2 and words[0] == event and
                  words[1] in _RUNNING_BODIES]
        if len(bodies) == 1 and m.span(1) not in targets[bodies[0]].mentions:
            targets[bodies[0]].mentions.append(m.span(1))


def _known_as(text: str, targets: dict[str, Target]) -> None:
    """A body described first (``Italy's competition authority fined Ryanair``) and then
    named (``The authority, known as AGCM, said``) is one target, under its name."""
    for m in _KNOWN_AS.finditer(text) if ", known as " in text else ():
        noun, name = m.group(1), m.group(2)
        described = [n for n, t in targets.items() if n != name and t.kind == "institution"
                     and (n.lower() == noun or (n.lower().endswith(" " + noun)
                                                and n.split()[0].endswith(("'s", "’s"))))]
        if len(described) == 1 and (name in targets or described[0].lower() == noun):
            merged = targets.setdefault(name, Target(name, "institution"))
            merged.mentions.extend(targets.pop(described[0]).mentions)
            # ("The agency, known as Crous, said", the agency's offices before it: Crous)
    for m in _NAMED_KNOWN_AS.finditer(text) if ", known as " in text else ():
        full, name = m.group(1), m.group(2)  # "The Panhellenic Seamen's Federation, known as
        # PNO, said": one body, under the name it is known by
        if full in targets and full != name:
            merged = targets.setdefault(name, Target(name, targets[full].kind))
            merged.mentions.extend(targets.pop(full).mentions)


#: members too many are for a body named for them to be them all ("killed 13 workers" is
#: no National Workers Union)
COMMON_MEMBERS = frozenset({"workers", "members", "employees", "residents"})
#: a speaker's verb right after their name: "WildFish said the company ..."
_SAYS_HERE = rx.compile(r" (?:said|says|told|warned|argued|claimed|accused)\b")
#: a body and whom it speaks for: "Universities UK, which represents employers,"
_REPRESENTS = rx.compile(r"\b([A-Z][\w&'’-]*(?:(?: of)? [A-Z][\w&'’-]*)*), "
                         r"which represents "
                         r"(?:about |more than |some )?(?:[\d,]+ )?([a-z]+s)\b")
#: where a study's authors work: "researchers at the University of Valparaíso"
_RESEARCHERS_AT = rx.compile(r"\b[Rr]esearchers (?:at|from) (?:the )?|"
                             r"\b[Rr]esearchers,? (?:who were )?led by ")
#: the study named again, as what a side is taken on: "rejected the findings", "questioned
#: the study's methods"
_STUDY_NAMED = rx.compile(r"\b(?:rejected|disputed|questioned|dismissed|criticised|criticized|"
                          r"challenged|welcomed|praised) (the (?:study|findings|study['’]s))")


def _study_authors(text: str, reg: Registry, targets: dict[str, Target]) -> None:
    """The body whose researchers made the story's study (``according to a study published
    ... by researchers at the University of Valparaíso``) is a target where someone takes a
    side on "the study" or "the findings": whoever rejects the findings rejects its
    researchers' work (``The Petorca Avocado Growers' Association rejected the findings``)."""
    if "study" not in text or _STUDY_NAMED.search(text) is None:
        return
    for m in _RESEARCHERS_AT.finditer(text):
        led = m.group(0).endswith("by ")
        body = next((e for e in reg.entities.values() if
                     e.kind == ("person" if led else "institution") and
                     any(a == m.end() for a, _, _ in e.mentions)), None)
        if body is None:
            continue  # ("The researchers, led by Sofie Vestergaard of Aarhus University,":
            # the one who led them)
        sides = [r.span(1) for r in _STUDY_NAMED.finditer(text, m.end())]
        if sides:  # (only there: the researchers' own words are no side on their body)
            targets.setdefault(body.name, Target(body.name, body.kind)).add_mentions(sides)
        return


def _members_named(text: str, targets: dict[str, Target], reg: Registry) -> None:
    """A trade body named for its members (``the Union of Greek Coastal Shipowners``) is what
    a bare plural of them means (``PNO said shipowners had been cutting crews``): the
    members as a side, whom the body speaks for. Only where one body is named for them;
    a body the story names once becomes a target so (``accused the planters of "crying
    poverty"`` of the Planters' Association of Ceylon)."""
    members: dict[str, list[str]] = {}
    bodies = {n for n, t in targets.items() if t.kind == "institution"} | \
        {n for n, e in reg.entities.items() if e.kind == "institution"}
    for name in bodies:
        words = name.split()
        if not (TRADE_BODIES | {"union"}) & {w.lower() for w in words}:
            continue
        for w in words:
            w = w.rstrip("'’")
            if w[:1].isupper() and w.endswith("s") and agent_noun(w.lower()) and \
                    w.lower() not in COMMON_MEMBERS:
                members.setdefault(w.lower(), []).append(name)
    for m in _REPRESENTS.finditer(text) if "which represents" in text else ():  # "Universities
        # UK, which represents employers'
        name = m.group(1).removeprefix("The ")  # ("The Association of Seafood Producers,
        if name in bodies and m.group(2) not in COMMON_MEMBERS:  # which represents processors")
            members.setdefault(m.group(2), []).append(name)
    taken = [span for t in targets.values() for span in t.mentions]
    for noun, named in members.items():
        if len(named) != 1:
            continue
        body = named[0]
        for m in re.finditer(rf"\b{re.escape(noun)}\b(?!['’])", text):
            if not any(a <= m.start() < b for a, b in taken):
                if body not in targets:
                    targets[body] = Target(body, "institution",
                                           [x[:2] for x in reg.entities[body].mentions])
                targets[body].mentions.append(m.span())
                targets[body].implied.add(m.span())  # (implied: a reaction that names
                # them still points at whom it blames, "They built a palace")
                targets[body].members.add(m.span())


def _party_members(text: str, targets: dict[str, Target]) -> None:
    """``the Socialists`` of the Socialist Party, ``Democrats`` of the Democratic Party: a
    party's members together are the party, where the story names it (a two-word name,
    *<Adjective> Party*) and the plural stands free of another name; and ``the monks`` of a
    monastery the story names, ``the nuns`` of a convent."""
    taken = [span for t in targets.values() for span in t.mentions]
    for name, target in list(targets.items()):
        words = name.split()
        if target.kind != "institution":
            continue
        house = {w.lower() for w in words} & set(RELIGIOUS_MEMBERS)
        if house:
            member = RELIGIOUS_MEMBERS[house.pop()]
            members = re.finditer(rf"\b[Tt]he ({member})\b(?!['’])", text)
        elif len(words) == 2 and words[1] == "Party" and words[0].isalpha():
            base = words[0][:-2] if words[0].endswith("ic") else words[0]
            members = re.finditer(rf"\b({re.escape(base)}s)\b(?!['’])(?! [A-Z])", text)
        else:
            continue
        for m in members:
            if any(a <= m.start(1) < b for a, b in taken):
                continue
            target.mentions.append(m.span(1))
            target.members.add(m.span(1))


#: the members of a religious house, by the house's word: "the monks" of a monastery
RELIGIOUS_MEMBERS = {"monastery": "monks", "abbey": "monks", "convent": "nuns"}
#: the one legislature a story names, and what its members are called together
LEGISLATURES = frozenset({"congress", "parliament", "senate", "national assembly",
                          "legislature", "knesset", "bundestag", "duma", "state duma", "sejm",
                          "riksdag", "storting", "folketing", "lok sabha", "diet"})
_LEGISLATORS = rx.compile(r"\b(?:lawmakers|legislators|parliamentarians|congressmen|"
                          r"congresswomen|MPs)\b(?! [A-Z])(?!['’])")


def _legislators(text: str, targets: dict[str, Target]) -> None:
    """``He accused lawmakers of "using the dead for political theater"`` of a story about
    Peru's Congress: its members together are the body, where the story names one
    legislature and never a lawmaker by name after the word."""
    chambers = [n for n, t in targets.items() if n.lower() in LEGISLATURES]
    if len(chambers) != 1:
        return
    chamber = targets[chambers[0]]
    taken = [span for t in targets.values() for span in t.mentions]
    for m in _LEGISLATORS.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            chamber.mentions.append(m.span())
            chamber.members.add(m.span())


#: a lede that opens on an office of a place: "The mayor of Marseille called on ..."
_LEDE_OFFICE = rx.compile(r"(?:[A-Z][\w.,'’() ]*? [-—–] )?The ((?:[a-z]+ )?[a-z]+) of (?:the )?"
                          r"[A-Z]")  # (and "The harbour master of the Icelandic town of")


def _lede_office(text: str, seg: Segmentation, reg: Registry,
                 targets: dict[str, Target]) -> None:
    """``The mayor of Marseille called on the government ... Benoît Peyrac said ...
    accused the mayor of playing politics``: the office a lede opens on is held by the
    untitled person the next paragraph opens on, and ``the mayor`` later is theirs."""
    paras = seg.paragraphs
    if len(paras) < 2:
        return
    m = _LEDE_OFFICE.match(text, paras[0].start)
    if m is None or m.group(1) not in lexicon.titles():
        return
    opens = range(paras[1].start, paras[1].start + 3)
    if text[paras[1].start:paras[1].start + 1] in ('"', "“"):
        close = rx.compile(r'[,.?!]["”] ').search(text, paras[1].start, paras[1].end)
        if close is not None:  # ('"Sanne has been a great captain," Annelies Kramer-Otten
            opens = range(close.end(), close.end() + 3)  # told': the quote's speaker)
    holder = next((n for n, t in targets.items() if t.kind == "person" and t.mentions and
                   min(t.mentions)[0] in opens and
                   (e := reg.entities.get(n)) is not None and not e.titles), None)
    if holder is None:
        return
    office = rx.compile(rf"\b[Tt]he {m.group(1)}\b(?! of [A-Z])")  # (not "the mayor of Lyon")
    targets[holder].mentions.extend(x.span() for x in office.finditer(text, paras[1].start))


#: one-holder offices a speaker may name before the story names their holder, and how
#: ("the mayor", not "the mayor of Lyon" nor "the mayor's office")
_SOLE_OFFICES = {office: rx.compile(rf"\b[Tt]he (?:(?:city|town|province|state)['’]s )?"
                                    rf"{office}\b(?! of\b)(?!['’]s)")
                 for office in ("mayor", "governor", "minister", "commissioner", "prefect",
                                "inspector")}
# (and "the city's mayor had 'sold the soul of the city'": the city's one mayor)
# ("We stand fully behind the minister on this ... Agriculture Minister Niall Brophy-Kerr
# said": the one minister the story names)


#: roles a story may describe before naming their one holder: "a television chef", "a
#: neighbour who moved in last year"
CRAFT_TITLES = frozenset({"chef", "baker", "cook", "painter", "sculptor", "photographer",
                          "designer", "architect", "novelist", "poet", "singer", "composer",
                          "illustrator", "author", "writer", "filmmaker", "neighbour",
                          "neighbor"})
#: a role set before a name in apposition: "The neighbour, software developer "
_ROLE_APPOSED = rx.compile(r"\b[Tt]he ([a-z]+), (?:[a-z-]+ ){0,3}$")
#: a craft named with its article: "a television chef", "the chef's"
_CRAFT_DESCRIBED = rx.compile(r"\b(?:[Aa]n?|[Tt]he) (?:[a-z-]+ ){0,2}?(" +
                              "|".join(sorted(CRAFT_TITLES)) + r")\b(?!-)")


#: an office set before its holder's name in apposition: "The director, ", "The parish
#: priest, Father ", "The bazaar's director, " (group 1: the office; group 2: its head)
_OFFICE_APPOSED = rx.compile(r"\b[Tt]he (?:[a-z]+['’]s )?((?:[a-z]+ )?([a-z]+)), "
                             r"(?:[A-Z][a-z]+\.? )?$")
#: a title of place and office right before a name: "Turkish Cypriot leader " (group 2: the
#: office)
_TITLE_RUN_BEFORE = rx.compile(r"(?<![\w'’])((?:[A-Z][a-z]+ ){1,3}([a-z]+) )$")
#: an office of two lower-case words right before a name, after any capital that opens the
#: sentence: "Provincial customs director " (group 1: "customs director", group 2: the head;
#: "The customs director promised us ..." said before is the same person)
_OFFICE_RUN_BEFORE = rx.compile(r"(?<![\w'’])(?:[A-Z][a-z]+ )?([a-z]+ ([a-z]+) )$")


def _office_holders(text: str, reg: Registry, targets: dict[str, Target]) -> None:
    """``Brazil's justice minister ordered an investigation ... Justice Minister Carla
    Nogueira said``: the office described before the story names its one holder is a
    mention of that person, not of the country (whose mention inside it goes); so is
    ``the mayor`` before ``Mayor Kostadin Velchev said`` where no one else is a mayor."""
    titled = {name: {w for title in ent.titles for w in title.split()}
              for name, t in targets.items()
              if t.kind == "person" and (ent := reg.entities.get(name)) is not None and
              ent.titles}
    for office, ahead in _SOLE_OFFICES.items():
        holders = [n for n, ws in titled.items() if office in ws]
        if len(holders) == 1 and (person := targets[holders[0]]).mentions:
            first = min(person.mentions)[0]
            person.mentions.extend(m.span() for m in ahead.finditer(text, 0, first))
    for name, target in targets.items():
        # "a television chef copied 23 recipes ... the chef's recipes ... Chef Aljoša
        # Vrtačnik said": the one holder of a craft, described before the story names him
        # (and "a neighbour who moved in ... The neighbour, software developer Matouš Vrba,")
        if target.kind != "person" or not target.mentions:
            continue
        first = min(target.mentions)[0]
        apposed = _ROLE_APPOSED.search(text, max(0, first - 60), first)
        crafts = (titled.get(name, set()) | ({apposed.group(1)} if apposed else set())) & \
            CRAFT_TITLES
        if not crafts or any(n != name and crafts & ws for n, ws in titled.items()):
            continue
        target.mentions.extend(m.span(1) for m in _CRAFT_DESCRIBED.finditer(text, 0, first)
                               if m.group(1) in crafts)
    taken = None
    for name, target in targets.items():
        # "a proposal by the Turkish Cypriot leader ... Turkish Cypriot leader Tahsin
        # Oztoprak said": the one holder of the title the story names him by, described so
        # before
        if target.kind != "person" or not target.mentions:
            continue
        first = min(target.mentions)[0]
        run = _TITLE_RUN_BEFORE.search(text, max(0, first - 50), first) or \
            _OFFICE_RUN_BEFORE.search(text, max(0, first - 50), first) or \
            _OFFICE_APPOSED.search(text, max(0, first - 30), first)
        if run is None or run.group(2) not in lexicon.titles() or \
                any(n != name and run.group(2) in ws for n, ws in titled.items()):
            continue
        if taken is None:
            taken = {a: (n, b) for n, t in targets.items() for a, b in t.mentions}
        office = run.group(1).strip()  # (its first capital may only open the sentence:
        # "Customs director Perla Garcete said", after "The customs director has turned")
        # (and its head alone, or after a possessive: "The chief knows it too", said before
        # "Provincial fisheries chief Ouk Sambath"; "The park's director calls us thieves",
        # before "The director, Noro Ravelomanantsoa,")
        said = "|".join(f"[{x[0].upper()}{x[0].lower()}]{re.escape(x[1:])}"
                        for x in dict.fromkeys((office, run.group(2))))
        for m in re.finditer(r"\b[Tt]he (?:[a-z]+['’]s )?(" + said +
                             r")\b(?! [A-Z])(?! of\b)(?!['’]s)", text[:run.start(1)]):
            other = taken.get(m.start(1))
            if other is not None and other[1] < m.end(1) and other[0] != name:
                # "The police chief should know that": the chief, not the police his
                # title opens on
                targets[other[0]].mentions.remove((m.start(1), other[1]))
            elif other is not None:
                continue
            target.mentions.append(m.span(1))
            taken[m.start(1)] = (name, m.end(1))  # (the span is this holder's now)
    if not titled or ("’s " not in text and "'s " not in text):
        return
    # (an office described before its holder is named: only the text before the last of
    # them is read)
    limit = max(min(targets[n].mentions)[0] for n in titled if targets[n].mentions)
    for m in _STATE_OFFICE.finditer(text, 0, limit):
        owner, words = m.group(1), m.group(2).split()
        if _country_of(owner) is None:
            continue
        # the longest run of title words after the possessive ("justice minister ordered":
        # the justice minister) that one named person holds every word of
        office, holders = None, []
        for k in range(len(words), 0, -1):
            held = [n for n, ws in titled.items() if set(words[:k]) <= ws and
                    words[k - 1] in lexicon.titles()]
            if held:
                office, holders = words[:k], held
                break
        if office is None or len(holders) != 1:
            continue
        person = targets[holders[0]]
        if person.mentions and min(person.mentions)[0] < m.start():
            continue  # (named before: the usual mention finding has them)
        country = targets.get(_country_of(owner) or "")
        if country is not None:
            country.mentions = [(a, b) for a, b in country.mentions
                                if not (a < m.end(1) + 2 and m.start(1) < b)]
            if not country.mentions:
                del targets[country.name]
        person.mentions.append((m.start(), m.start(2) + len(" ".join(office))))


#: bodies that speak under a label of their nationality and kind ("A Dutch court ruled",
#: "A Turkish prosecutor said"): targets under that label
UNNAMED_SPEAKING_BODIES = frozenset({"court", "tribunal", "judge", "prosecutor", "regulator",
                                     "watchdog", "panel", "fund"})
#: a court one plays on: "its 90-year-old pelota court", "a walled court", "tennis courts"
_SPORTS_COURT = rx.compile(r"\b(?:pelota|tennis|basketball|squash|padel|volleyball|handball|"
                           r"badminton|netball|walled|indoor|outdoor|sports|playing) courts?\b")
#: police acting in a lede: "Hungarian water police will fine", "police have banned"
_POLICE_LEDE_ACT = rx.compile(r"\b[Pp]olice (?:will|would|plans?|wants?|ordered|banned|fined|"
                              r"(?:have|has) (?:banned|ordered|closed|fined))\b")
#: police named bare after a force that spoke ("Greek police said"): that force
_POLICE = rx.compile(r"\b[Pp]olice\b(?! (?:in|of)\b)")
#: a judge or court the story describes as deciding: "A federal judge in Mexico has
#: suspended", "a Dutch court ordered"
_UNNAMED_JUDGE = rx.compile(r"\b[Aa]n? ((?:[A-Za-z-]+ ){0,2}(judge|court|panel|tribunal))\b"
                            r"(?=,? (?:in|on|has|had|"
                            r"ruled|blocked|suspended|ordered|halted|struck|threw|upheld|"
                            r"rejected|dismissed|sided|overturned|acquitted|convicted|"
                            r"sentenced|jailed|fined|cleared)\b)")
#: "The board of the Northern Lakes Symphony": the body a board governs is named next
_BOARD_OF = rx.compile(r"\b[Tt]he board of (?:the )?(?=[A-Z])")
#: a region named as governing: "the Ontario government", "Ontario's government"
_REGION_GOVERNMENT = rx.compile(r"(?:['’]s?)? (?:provincial |state |regional |devolved |"
                                r"autonomous )?government\b")
#: "Tamil Nadu's law minister", "Ontario's health minister": a region that governs
_REGION_MINISTER = rx.compile(r"(?:['’]s)? (?:[a-z]+ ){0,2}(?:minister|premier|governor|"
                              r"chief minister)\b")
#: "the provincial government", "the state government": a region's, unnamed
_PROVINCIAL = rx.compile(r"\b[Tt]he (?:provincial|state|regional|cantonal) "
                         r"(?:government|authority)\b|"
                         r"\b[Tt]he (?:province|state)['’]s (?:[a-z]+ )?(?:department|ministry|"
                         r"minister|agency|regulator)\b|"  # ("The state's transport department")
                         r"\b[Tt]he province\b(?! of\b)|"  # ("criticised the province for")
                         r"\bState (?:[A-Z][a-z]+ )?Minister\b")  # ("State Health Minister")
#: a county that governs, unnamed: "the county cannot make the poorest people pay"
_THE_COUNTY = rx.compile(r"\b[Tt]he county\b(?! of\b)")
#: two bodies that spoke as one: "the union and the employers' federation said" (not "the
#: culture and tourism ministry": one body's two portfolios)
_TWO_BODIES = rx.compile(r"\b(?:union|federation|association|ministry|company|council|"
                         r"government|group|operator|firm)s? and ")
#: a city placed in a country by its adjective: "the northern Lebanese city of Tripoli"
_OTHER_COUNTRYS_CITY = rx.compile(r"\bthe (?:[a-z]+ )?([A-Z][a-z]+) (?:port )?city of "
                                  r"([A-Z][a-z]+)\b")
#: a saint's name: "St. Martin", "Saint Patrick"
_SAINT = rx.compile(r"(?:St\.?|Saint|Ste\.?) [A-Z]")
#: a city's own words: "The city said"
_SPOKE_AS_CITY = rx.compile(r"\b[Tt]he city\b(?! hall)(?!['’])")
#: a name given in marks after "as", which a country's name may open: 'as "Panama hats"'
_NAMED_IN_MARKS = rx.compile(r"\bas [\"“]$")
#: a state's government named with it, lower case: "the Oyo state government"
_NAMED_STATE_GOVERNMENT = rx.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) "
                                     r"(?:state|provincial|regional) government")


def _common_word(text: str, seg: Segmentation, e: Entity) -> bool:
    """Whether a one-word name is only a common plural noun opening its sentences
    (``Hotels``, ``Ships``): every mention opens a sentence, and the story writes the word,
    or its singular, in lower case elsewhere."""
    low = e.name.lower()
    if not low.endswith("s") or len(low) < 4 or low in lexicon.places() or \
            not all(seg.opens_sentence(a) for a, _, _ in e.mentions):
        return False
    return re.search(rf"\b(?:{re.escape(low)}|{re.escape(low[:-1])})\b", text) is not None


#: the one governing region's government, unnamed: "the provincial government"
_THE_REGIONAL_GOVERNMENT = rx.compile(r"\b[Tt]he (?:provincial|state|regional|cantonal) "
                                      r"(?:government|authority)\b")
#: a group's label placed by its last words: "shop owners in the old town" (no town)
_PLACED_GROUP = rx.compile(r"[a-z]s (?:in|on|at|near|along|around|from) |"
                           r"^(?:[a-z]+ )?(?:operator|trader|vendor|seller|owner|guide|driver|"
                           r"farmer|worker|resident) in the ")  # (and one person placed: "tour
# operator in the town", no town's body)
#: a measure of the one governing region, unnamed: "a provincial plan to halve the boats"
_PROVINCIAL_MEASURE = rx.compile(r"\b(?:[Aa]|[Tt]he) provincial (?:plan|rule|rules|ban|decision|"
                                 r"order|decree|policy|measure|cap|limit|fee|levy|tax)\b")


def _called_government(text: str, targets: Mapping[str, Target]) -> list[str]:
    """The country targets the story calls "the government" (a mention so worded): the
    state a bare "government" speaker governs."""
    return [n for n, t in targets.items() if t.kind == "country" and
            any(text[a:b].lower() == "government" for a, b in t.mentions)]
#: the national state acting: "the state had put the interests of the gas companies first"
_STATE_ACTING = rx.compile(r"\b[Tt]he state\b(?= (?:had|has|have|was|is|would|will|did|must|"
                        r"should|could|sets|gives|takes|pays|owes|decides|fixes|keeps|refuses|"
                        r"wants|needs|sells|forces|ignores|promised|promises|does not|let|lets|"
                        r"left|leaves|abandoned|neglected|ignored)\b)")
#: the one governing region of a story, by its kind: "the province", "the state"
_THE_REGION = rx.compile(r"\b[Tt]he (?:province|state)\b(?![ -](?:of|media|news|agency|"
                         r"broadcaster|department|prosecutor|prosecutors|court|police)\b)")


@cache
def _regional_government_pattern() -> re.Pattern:
    words = sorted(lexicon.region_adjectives())
    return rx.compile(r"\b(" + "|".join(w.capitalize() for w in words) +
                      r") (?:government|executive|administration)\b")


def _regional_governments(text: str) -> dict[str, list[tuple[int, int]]]:
    """``the Scottish government``, ``the Welsh government``: the region (a place, never an
    actor by itself) acting as a government, with the spans that name it so."""
    out: dict[str, list[tuple[int, int]]] = {}
    if not any(w.capitalize() + " " in text for w in lexicon.region_adjectives()):
        return out  # (a substring test: most stories name no such region)
    for m in _regional_government_pattern().finditer(text):
        out.setdefault(lexicon.region_adjectives()[m.group(1).lower()], []).append(m.span())
    return out


def _governing_regions(text: str, reg: Registry) -> set[str]:
    """Regions (a province, a state: places, never actors by themselves) that the story
    names as governing (``sued the Ontario government``): actors after all."""
    regions = reg.regions()
    named = {n for n in regions
             if any(_REGION_GOVERNMENT.match(text, b) or _REGION_MINISTER.match(text, b)
                    for _, b, _ in reg.entities[n].mentions)}
    named |= {n for n in regions  # "The Spanish region of Galicia has closed ...": a region
              # the sentence opens on, doing what the story tells
              if any((_LEDE_VERB.match(text, b, b + 14) and
                      (_REGION_OPENS.search(text, max(0, a - 50), a) or
                       (_THE_OPENS.search(text, max(0, a - 6), a) and
                        text.startswith((" region ", " province "), b)) or
                       ((_OWNER_OPENS.search(text, max(0, a - 30), a) or
                         (_SENTENCE_OPENS.search(text, max(0, a - 3), a) and
                          _OWNED_NAME.match(text, a, b))) and
                        text.startswith((" state ", " region ", " province "), b)))) or
                     text.endswith(("government of ", "Government of "), 0, a)
                     for a, b, _ in reg.entities[n].mentions)}  # (and "the government of
    # Nunavut": the territory's government, named as such)
    if not named and len(regions) == 1 and _PROVINCIAL.search(text):
        return regions  # "the provincial government announced" of the one province named
    counties = {n for n in regions if "county" in reg.entities[n].titles}
    if not named and len(counties) == 1 and _THE_COUNTY.search(text):
        return counties  # "Kenya's western county of Kisumu ... the county cannot make"
    return named


#: a sentence's country before a region's name and kind: "- Nigeria's Lagos state will ban"
_OWNER_OPENS = rx.compile(r"(?:^|[-—–.] )[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s $")
#: the same country's possessive opening a mention of the region: "Nigeria's Lagos"
_OWNED_NAME = rx.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s ")
#: where a sentence opens, just before: "- " (or the text's start)
_SENTENCE_OPENS = rx.compile(r"(?:^|[-—–.] )$")
#: a sentence's "The" before a region's name and kind: "- The Lazio region will allow"
_THE_OPENS = rx.compile(r"(?:^|[-—–.] )[Tt]he $")
#: a sentence's opening words before a region's name: "- The Spanish region of "
_REGION_OPENS = rx.compile(r"(?:^|[-—–.] )[Tt]he (?:[A-Za-z-]+ ){0,3}(?:region|province|state|"
                           r"county) of $")
#: "Sudan's army", "Israel's military": a state named by its forces (found from the
#: possessive's ending, then the state's name before it)
_ARMY_AFTER = rx.compile(r"s (?<=['’]s )(?:army|military|armed forces)\b")
#: "the army", "the military": unnamed forces
_THE_ARMY = rx.compile(r"\b[Tt]he ((?:army|military))\b(?!['’])")
#: a nation's government named as such, beside a region's
_NATIONAL_GOVERNMENT = rx.compile(r"\b(?:[Tt]he (?:federal|central|national) government|"
                                  r"[A-Z][a-z]+['’]s (?:federal |central |national )?"
                                  r"government (?!of)|[Pp]rime [Mm]inister|"
                                  # (a body's own head is none: "Union president Denise")
                                  r"(?<![Uu]nion )(?<![Cc]lub )(?<![Pp]arty )(?<![Vv]ice )"
                                  r"(?<![Vv]ice-)(?<![Cc]ompany )(?<![Ff]ederation )"
                                  r"(?<![Aa]ssociation )(?<![Cc]ouncil )[Pp]resident "
                                  r"(?!of the\b))")  # (", president of the Federation of
# Agriculture": a body's head, no national government)
#: "the government", "this government": a story's one country acting as a state
_THE_GOVERNMENT = rx.compile(r"\b(?:[Tt]he|[Tt]his) (?:(?:country|territory|nation)['’]s )?"
                             r"(?:(?:federal|central|national|previous|"
                             r"former|current|new|caretaker|interim|outgoing|incoming|"
                             r"transitional|military|whole|entire) ){0,2}"
                             r"(government)\b(?!['’]s? \w+ (?:said|says))|"
                             r"\b(?:[Tt]he|[Tt]his) (?:interim|caretaker|transitional|military) "
                             r"(administration)\b|"  # ("accused the interim administration")
                             r"\b[Tt]he (regime)\b(?! in\b| of\b)|"  # ("the regime's war on its own
                             # people": the state's rulers, in their critics' word)
                             r"\b[Tt]he (authorities)\b(?! in\b| of\b(?! [a-z]+ing\b))|"  # ("the
                             # authorities had failed to protect rural communities", "accused
                             # the authorities of banning protests"; not "the authorities of
                             # Gabon")
                             r"(?:(?<=[“\"])|(?<=[.!?] ))(Government)(?= (?:says|said|wants|"
                             r"has|is|was|must|should|will|would|promised|told)\b)|"
                             # ('"Government says it wants local manufacturing": the state)
                             r"\b[Aa] (government)(?= (?:[a-z]+ing )?(?:plan|proposal|decision|"
                             r"policy|ban|"
                             r"cap|limit|freeze|levy|"
                             r"bill|move|order|decree|crackdown|program|programme|"
                             r"scheme|campaign|drive|initiative|subsidy|subsidies|"
                             r"moratorium)\b)|"
                             r"\b(?:successive|consecutive) (governments)\b")  # ("had asked
# successive governments to regulate crematoriums": the state, whoever led it)
# ("a government plan", "a government campaign to attract domestic visitors", "a government
# spraying campaign"; and "asked the territory's government to restore quality checks": the
# one state's, by what it is)
#: a ministry named by its portfolio: "the canton's economy ministry" (group 1: "economy")
_PORTFOLIO_MINISTRY = rx.compile(r"\b(?:canton|province|region|county)['’]s ([a-z]{4,}) "
                                 r"ministry\b")
# (a region's: a country's ministry that only reports stands for its country)
#: "a health ministry plan", "an environment agency ban", "a city council ban": an act of a
#: body the story names so
_A_BODY_ACT = rx.compile(r"\b[Aa]n? ((?:[a-z]+ ){1,2}(?:ministry|agency|department|board)|"
                         r"(?:city|town|municipal) council)(?= (?:[a-z]+ing )?(?:plan|proposal|"
                         r"decision|policy|ban|rule|cap|limit|levy|fee|order|bylaw|by-law|move|"
                         r"scheme|crackdown)s?\b)")
#: "Ministers are tinkering", "after ministers offered": the government, as a body
_MINISTERS = rx.compile(r"\b[Mm]inisters\b(?![’'-])")
#: the words after which a bare "ministers" is the government's (not "interior ministers",
#: "both ministers", "EU ministers")
_BEFORE_BARE = frozenset({"", "after", "on", "that", "said", "the", "by", "with", "for", "to",
                          "and", "when", "as", "if", "because", "while", "but", "urged",
                          "accused", "blamed", "told", "asked"})

#: verbs after which "as ministers" names a post someone holds, not a government that acts
_AS_ROLE = frozenset({"serve", "serves", "serving", "served", "appointed", "named", "work",
                      "working", "worked", "act", "acting", "sit", "sitting", "stay",
                      "remain", "remaining", "remained", "sworn"})


def _bare_ministers(text: str, at: int) -> bool:
    """Whether the "ministers" at ``at`` stands alone, as a government's ministers do."""
    before = text[max(0, at - 30):at].rstrip(" \"“‘'")
    if not before or before.endswith(("\n", ".", ":", "(")):
        return True
    words = before.lower().split()
    if words[-2:-1] and words[-1] == "as" and words[-2] in _AS_ROLE:
        return False  # "barred dual nationals from serving as ministers": a role, no body
    return words[-1] in _BEFORE_BARE
# (and "would appeal to the Court of Arbitration for Sport", "would take the case to the Dutch
# Supreme Court": against the ruling, as "to the public" is no appeal)
#: nouns for an act, with the verbs that report the act: "the fine" is the act of whoever
#: "fined" someone earlier in the story ("The European Union fined Chirp ... Ferreira called
#: the fine 'censorship'": a stance toward the Union)
EVENT_VERBS = {"fine": ("fined",), "penalty": ("fined", "penalised", "penalized"),
               "resignation": ("resigned", "resigns", "quit"),
               "ban": ("banned", "voted to ban", "will ban", "would ban", "to ban"),
               "removals": ("remove", "removed"), "removal": ("remove", "removed"),
               "vote": ("voted",), "measure": ("voted", "approved", "passed"),
               "ruling": ("ruled", "ruling that"), "verdict": ("ruled",),
               "trial": ("sentenced", "convicted"),
               "censure": ("voted to censure", "to censure", "censured"),
               "judgment": ("ruled",),
               "decision": ("ruled", "decided", "ruling that", "agreed to", "voted",
                            "approved", "blocked", "fined", "imposed", "banned", "suspended",
                            "expelled", "retracted", "revoked", "withdrew", "cancelled",
                            "canceled", "halted", "paused", "froze", "barred",
                            "disqualified", "kept", "would push back", "pushed back",
                            "would delay", "delayed", "postponed", "would postpone"),
               "pause": ("halted", "paused", "froze"), "freeze": ("froze", "halted"),
               "moratorium": ("imposed", "halted", "declared"),
               "deal": ("agreed to", "signed", "reached"),
               "sanctions": ("sanctioned",), "raid": ("raided", "searched"),
               "arrests": ("arrested",),
               "tariffs": ("impose", "imposed", "imposing", "raise", "raised", "raising"),
               "duties": ("impose", "imposed", "imposing", "raise", "raised", "raising"),
               "strike": ("walked off", "went on strike", "began", "launched", "called"),
               "accusation": ("accused",), "accusations": ("accused",),
               "warning": ("warned",), "warnings": ("warned",), "veto": ("vetoed",),
               "threat": ("threatened",), "threats": ("threatened",),
               "lawsuit": ("sued", "filed"), "suit": ("sued", "filed"),
               "case": ("sued", "filed"), "seizure": ("seized",),
               "motion": ("brought", "filed", "tabled", "introduced"),
               "campaign": ("led", "launched", "ran", "organised", "organized"),
               "protest": ("lodged", "protested"), "override": ("override", "overrode"),
               "sentence": ("sentenced",), "sentences": ("sentenced",),
               "boycott": ("boycott", "boycotted", "boycotting", "boycotts"),
               "dismissal": ("fired", "dismissed", "sacked", "removed", "ousted"),
               "punishment": ("fined", "docked", "penalised", "penalized", "banned", "suspended"),
               "closures": ("close", "closed", "closing"), "closure": ("close", "closed"),
               "impeachment": ("impeach", "impeached"), "payments": ("paid",),
               "increase": ("raised", "increased", "would raise", "will raise", "to raise",
                            "will double", "doubled", "to double",
                            "will triple", "tripled", "to triple"),
               "rise": ("raised", "would raise", "will raise", "to raise", "will double",
                        "doubled", "to double"),
               "pick": ("picked", "chose", "selected", "left out"),
               "plan": ("unveiled", "proposed", "will close", "will ban", "will charge",
                        "will limit", "will cap", "would raise", "will raise"),
               "move": ("will double", "will triple", "will raise", "will ban", "will close",
                        "will charge", "will limit", "will cap", "will scrap"),
               "cap": ("capped", "will cap", "to cap", "will limit", "to limit", "approved",
                       "imposed", "introduced"),
               "limit": ("will limit", "to limit", "limited", "approved", "imposed",
                         "introduced"),
               "limits": ("will limit", "to limit", "limited", "will cap", "to cap", "capped",
                          "approved", "imposed", "introduced"),
               "fee": ("will charge", "to charge", "charged", "imposed", "introduced",
                       "approved"),
               "tax": ("agreed", "imposed", "introduced", "approved", "passed", "levied"),
               "law": ("approved", "passed", "adopted", "enacted"),
               "rules": ("published draft rules", "published new rules", "published rules",
                         "issued new rules", "issued rules", "adopted rules", "approved rules",
                         "introduced rules", "introduced new rules"),
               "levy": ("agreed", "imposed", "introduced", "approved", "passed"),
               "quota": ("raise", "raised", "raises", "set", "sets", "will allow", "allowed",
                         "approved", "increased", "cut"),
               "suspension": ("suspended", "suspend", "suspends"),
               "blockade": ("blocked", "blockaded", "blocking", "block"),
               "investigation": ("investigates", "investigating", "investigated",
                                 "opened an investigation", "launched an investigation"),
               "takeover": ("take control", "took control", "take over", "took over"),
               "deportations": ("deported", "deporting", "expelled"),
               "deportation": ("deported", "deporting", "expelled"),
               "acquittal": ("acquitted", "acquits"), "conviction": ("convicted",),
               "renaming": ("renamed", "will rename", "to rename", "would rename"),
               "refusal": ("refused", "turned down", "rejected"),
               "change": ("voted to raise", "voted to cut", "changed", "will change",
                          "to change", "amended")}
#: (a literal first, so the engine can skip ahead; "t"/"T" and the word start are checked after)
_EVENT = rx.compile(r"(?:he|is|at) (" + "|".join(EVENT_VERBS) + r")\b")
#: "the fine print", "a fine line": no penalty
_FINE_NOT_PENALTY = rx.compile(r" (?:print|line|balance|art|arts|details?|grain|wine|dining|"
                               r"tuning|example)\b")
#: "the trial was", "the trial of": a trial held (not "the trial judge", "a new trial")
_TRIAL_HELD = rx.compile(r"(?: was| is| had| has| of\b|[,.])")
#: "the ruling Georgian Unity party", "the ruling coalition": who rules, no court's act
_RULING_PARTY = rx.compile(r" (?:[A-Z]|(?:party|parties|coalition|elite|class|bloc|family|junta|"
                           r"military|council|majority|alliance|camp)\b)")
#: a lede's act, named before the sentence that reports who did it: "a Karnataka state ban"
_LEDE_EVENT = rx.compile(r"\b[Aa]n? (?:[A-Za-z-]+ ){0,2}(" + "|".join(EVENT_VERBS) + r")\b")
#: "Today's decision", "Friday's ruling": an act named by its day
_DAYS_EVENT = rx.compile(r"['’]s (" + "|".join(EVENT_VERBS) + r")\b")
# the same two, found from the space before the noun (a plain character the engine skips
# to fast); each hit is then matched with the pattern above from three characters back
_EVENT_AFTER = rx.compile(r" (?<=he |is |at )(" + "|".join(EVENT_VERBS) + r")\b")
_DAYS_EVENT_AFTER = rx.compile(r"s(?<=['’]s) (" + "|".join(EVENT_VERBS) + r")\b")


#: a rise named by what it raises: "the fee rise", "the fare increase"
_PRICED_EVENT = rx.compile(r"\b[Tt]he (?:fee|fare|price|rent|tax|toll|ticket) "
                           r"(rise|increase)\b")


def _found_from(fast: re.Pattern, pattern: re.Pattern, text: str) -> list[re.Match]:
    """The matches of ``pattern`` over ``text``, found through ``fast``, which matches the
    same places three characters on."""
    return [m for f in fast.finditer(text) if (m := pattern.match(text, f.start(1) - 3))]


_DAY_BEFORE = rx.compile(r"\b(?:[Tt]oday|[Yy]esterday|Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday)$")


@cache
def _event_verb(noun: str) -> re.Pattern:
    return lexicon.word_pattern(EVENT_VERBS[noun])


JUDGES = frozenset({"judge", "justice", "magistrate"})
#: bodies that rule when the story names no court ("an independent commission found ...;
#: the club would appeal")
DECIDERS = frozenset({"commission", "panel", "tribunal", "board", "authority", "regulator",
                      "service", "agency"})


def _determiner_before(text: str, at: int) -> bool:
    """Whether ``the``, ``this`` or ``that`` ends at ``at + 2`` (``_EVENT`` matched its
    last two letters): "the fine", "this decision", "that ruling"."""
    two = text[at:at + 2]
    if two == "he":
        lo = at - 1
    elif two in ("is", "at"):
        lo = at - 2
        if text[lo:at] not in ("th", "Th"):
            return False
    else:
        return False
    return lo >= 0 and text[lo] in "Tt" and (lo == 0 or not text[lo - 1].isalnum())


#: a city's own government by its name: "Dhaka North City Corporation", "Harare City
#: Council", "the municipality of Kotor"
_MUNICIPAL_BODY = rx.compile(r"\b(?:[Cc]ity (?:[Cc]orporation|[Cc]ouncil|[Hh]all|[Gg]overnment)|"
                             r"[Mm]unicipal (?:[Cc]orporation|[Cc]ouncil))$")


def _city_body(lowered: str, at: int, targets: Mapping[str, Target]) -> str | None:
    """The one city government the story names (``Dhaka North City Corporation``) when
    the subject just before ``at`` is its city, by name or as ``the city``: the city's act
    is its government's, not the state's whose capital it is."""
    if not lowered.endswith(" ", 0, at):
        return None
    bodies = [n for n, t in targets.items() if t.kind == "institution" and
              _MUNICIPAL_BODY.search(n)]
    if len(bodies) != 1:
        return None
    city = bodies[0].split()[0].lower()
    return bodies[0] if lowered.endswith(("the city ", f"{city} "), 0, at) and \
        city not in ("the", "city") else None


#: from an act's verb, the close of its sentence naming the municipality that announced it
_MUNICIPALITY_SAID = rx.compile(r"[^.]*?, the municipality of ([A-Z][\w-]+) (?:said|announced)\b")


#: a relative clause set off by commas: "Giethoorn, whose canals draw visitors from China,"
_RELATIVE_OPENS = rx.compile(r", (?:whose|which|who) ")


def _in_relative_aside(text: str, lo: int, at: int, verb: int) -> bool:
    """Whether ``at`` lies inside a relative clause set off by commas between ``lo`` and
    the ``verb`` (``The village of Giethoorn, whose canals draw visitors from China and South
    Korea, will cap``): no subject of that verb."""
    opened = max((m.start() for m in _RELATIVE_OPENS.finditer(text, lo, at)), default=None)
    return opened is not None and "," not in text[opened + 2:at] and "," in text[at:verb]


#: a chamber deciding by vote, though the story says no "voted": "Chile's Senate on Tuesday
#: rejected"
_CHAMBER_DECIDED = rx.compile(r"\b((?:Senate|Congress|Parliament|Assembly|House|Chamber|"
                              r"Council|Duma|Knesset|Majlis|Sejm|Althingi|Storting))"
                              r"(?: on [A-Z][a-z]+day)? (?:rejected|approved|passed|adopted)\b")


def _event_agents(text: str, seg: Segmentation, targets: dict[str, Target],
                  registry: Registry) -> None:
    """Add ``the fine``, ``the ruling`` as mentions of the target that did it: the target
    named last before the verb of the first sentence reporting the act. A ruling,
    verdict or decision is a court's or a judge's when the story names one before it
    (``A federal judge ... blocked a Trade Department rule, ruling that ...``: the
    department is what was ruled on)."""
    events = [m for m in _found_from(_EVENT_AFTER, _EVENT, text)
              if _determiner_before(text, m.start()) and
              not (m.group(1) == "fine" and _FINE_NOT_PENALTY.match(text, m.end())) and
              not (m.group(1) == "trial" and not _TRIAL_HELD.match(text, m.end())) and
              not (m.group(1) == "ruling" and _RULING_PARTY.match(text, m.end()))] + \
        [m for m in _found_from(_DAYS_EVENT_AFTER, _DAYS_EVENT, text)
         if _DAY_BEFORE.search(text, max(0, m.start() - 10), m.start())] + \
        [m for m in _PRICED_EVENT.finditer(text)]  # ("the fee rise", "the fare increase")
    if not events:
        return  # most stories name no such act
    agents: dict[str, str | None] = {}
    tried_after: set[str] = set()
    tried_over: set[str] = set()
    lowered = text.lower()
    if len(lowered) != len(text):
        return  # a letter whose lower case is longer: offsets would not agree
    for m in events:
        noun = m.group(1)
        if noun == "vote" and noun not in agents and \
                not _event_verb(noun).search(lowered, 0, m.start()):
            agents[noun] = next((n for c in _CHAMBER_DECIDED.finditer(text, 0, m.start())
                                 for n, t in targets.items() if t.kind == "institution"
                                 for _, e in t.mentions if e == c.end(1)), None)
            # "Chile's Senate on Tuesday rejected a constitutional accusation ... the vote":
            # the chamber's, though no one "voted" (not "voters approved", "the opposition
            # rejected the results")
        if noun not in agents:
            agents[noun] = None
            # the first report of the act that names who did it ("Tech giant fined $500
            # million by EU" in a headline names no one before its verb)
            for verb in _event_verb(noun).finditer(lowered, 0, m.start()):
                if (lowered.endswith(_PASSIVE_BEFORE, 0, verb.start()) or
                        _PASSIVE_ADVERB.search(lowered, max(0, verb.start() - 30),
                                               verb.start()) or
                        _PASSIVE_AND.search(lowered, max(0, verb.start() - 90),
                                            verb.start())) and \
                        not lowered.startswith(" by ", verb.end()):
                    continue  # "Fischer was banned for 18 months": done to her, by no one named
                if lowered.startswith((" against", " no ", " no,", " no."), verb.end()):
                    continue  # "David Pemberton, who voted against": no agent of the measure
                lo, at = seg.sentences[seg.sentence_at(verb.start())].start, verb.start()
                if (monarch := _UNNAMED_MONARCH.search(text, lo, at)) is not None:
                    label = monarch.group(1).lower()  # "Tonga's king has dismissed": the
                    # monarch the story never names, a target of their act
                    targets.setdefault(label, Target(label, "person", [monarch.span(1)]))
                    agents[noun] = label
                    break
                if (office := _OFFICE_OF_BODY.search(text, lo, at)) is not None and \
                        (holder := _holder_named_after(registry, office.group(1).lower(),
                                                       at)) is not None and \
                        holder in targets:
                    agents[noun] = holder  # "The Speaker of Vanuatu's parliament suspended
                    break  # ... Speaker Seule Tarimas said": the office's holder, named next
                if text.endswith(_LEGISLATURES, 0, at):
                    # "after parliament approved a 25% tax": the state's act, not that of a
                    # firm named before in the sentence
                    home = dateline_country(text, seg)
                    states = [home] if home in targets else \
                        [n for n, t in targets.items() if t.kind == "country"]
                    if len(states) == 1:
                        agents[noun] = states[0]
                        break
                    continue
                if (body := _city_body(lowered, at, targets)) is not None:
                    agents[noun] = body  # "Dhaka bans cycle rickshaws", "after the city
                    break  # banned ...": the Dhaka North City Corporation the story names
                if lowered.endswith(("who ", "which ", "that "), 0, at):
                    # "defeating a challenger who accused him": the relative's antecedent
                    # did it, when a target names it ("Lazarev, who accused ...")
                    rel = lowered.rfind(" ", 0, at - 1)
                    named = [n for n, t in targets.items() for _, e in t.mentions
                             if rel - 2 <= e <= rel]
                    if named:
                        agents[noun] = named[0]
                        break
                    continue
                if lowered.startswith(" by ", verb.end()):
                    # "a motion brought by the conservative People's Party": after its "by"
                    if (after := _named_after(text, targets, verb.end())) is not None:
                        agents[noun] = after
                        break
                    continue
                # "Serbia's government granted a mining company permission ..., reviving a
                # project it cancelled": the pronoun's sentence subject, named first (not
                # "Telvia said on Monday that it would raise": the one who said so)
                pick = min if _THING_IT_DID.search(lowered, max(lo, at - 60), at) else max
                before = pick(((s, n) for n, t in targets.items() for s, _ in t.mentions
                              if lo <= s < at and
                              (not _IN_PHRASE.search(text, max(lo, s - 40), s) or
                               (_PLACE_OF.search(text, max(lo, s - 20), s) and
                                not _WHERE_PLACE_OF.search(text, max(lo, s - 60), s))) and
                              not _VERB_BEFORE.search(text, lo, s) and
                              not _OBJECT_OF.search(text, max(lo, s - 50), s) and
                              not _in_relative_aside(text, lo, s, at) and
                              not ((aside := _ASIDE_BEFORE_VERB.search(text, lo, at))
                                   and aside.start() < s)), default=None)
                # (nor a place in an aside before the verb: "The city council of Liepāja,
                # Latvia's third-largest city, voted")
                if before is not None:  # (the mention that holds it: "A Danish environmental
                    # appeals board revoked", not the "Danish" inside it)
                    before = next(((s, n) for n, t in targets.items() for s, e in t.mentions
                                   if s < before[0] < e and n != before[1]), before)
                # (nor the object of a verb before: "... docked the Arden team 10 points
                # and fined it": Arden was fined, it did not fine)
                # (not "Workers at the flagship store of coffee chain Brewhaven voted": a
                # name inside a phrase is no one's act)
                if before is None:  # a body named once, as the act's subject ("The
                    # Philippine House of Representatives voted to impeach ..."): a target now
                    body = max(((s, e) for e in registry.entities.values()
                                if e.kind == "institution" and e.name not in targets and
                                e.name.lower() not in lexicon.places() and
                                (" " in e.name or e.name.isupper() or
                                 (e.name.lower() in lexicon.institution_nouns() and
                                  e.name.lower() not in lexicon.company_words()))
                                for s, _, subject in e.mentions if lo <= s < at and subject),
                               default=None, key=lambda x: x[0])
                    if body is not None:
                        targets[body[1].name] = Target(
                            body[1].name, "institution",
                            [(a, b) for a, b, _ in body[1].mentions])
                        before = (body[0], body[1].name)
                if before is not None and \
                        (council := _MUNICIPALITY_SAID.match(text, at)) and \
                        council.group(1) in targets:
                    before = (before[0], council.group(1))  # "The village of Giethoorn will
                    # cap ..., the municipality of Steenwijkerland said": the body that governs
                if before is not None and noun == "resignation" and \
                        targets[before[1]].kind != "person":
                    break  # "The president of ... Real Guadalquivir resigned": a person
                    # resigns, not the club named inside the subject
                if before is not None:
                    owned = _owned_body(text, targets[before[1]], before[0], registry)
                    if owned is not None:  # "Colombia's Congress voted to ban": Congress
                        targets.setdefault(owned.name, Target(owned.name, "institution", [
                            (a, b) for a, b, _ in owned.mentions]))
                        before = (before[0], owned.name)
                    agents[noun] = before[1]
                    break
        if agents[noun] is None and noun not in tried_after:
            # "The tax, agreed by the government last month, will ...": the act named first,
            # its doer after "by" in the same sentence
            tried_after.add(noun)
            end = seg.sentences[seg.sentence_at(m.start())].end
            for verb in _event_verb(noun).finditer(lowered, m.end(), end):
                if lowered.startswith(" by ", verb.end()):
                    agents[noun] = _named_after(text, targets, verb.end())
                    break
        if agents[noun] is None and noun not in tried_over:
            tried_over.add(noun)  # "sued the ... city of Chioggia over a ban": the city's ban
            agents[noun] = _sued_over(text, lowered, seg, targets, noun, m.start())
        if agents[noun] is None and noun in POLICY_NOUNS:
            # "Rail fares will rise by 4.9%, the government said ... called the increase
            # 'another blow'": a policy no one is said to have made is the government's, where
            # the story has one state govern before it
            regions = registry.regions()
            states = [n for n, t in targets.items() if (t.kind == "country" and
                      any(a < m.start() for a, _ in t.implied)) or
                      (n in regions and any(a < m.start() for a, _ in t.mentions))]
            agents[noun] = states[0] if len(states) == 1 else None
        agent = agents[noun]
        if agent is None and noun in PENALTY_NOUNS:
            # "Fischer was banned for 18 months ... the punishment was far too harsh": the
            # body that decides, when the story names one (and no one else did it)
            deciders = [n for n, t in targets.items() if t.kind == "institution" and
                        (n.lower().split()[-1] in DECIDERS or _is_court(n, registry)) and
                        any(a < m.start() for a, _ in t.mentions) and
                        not taken_to(text, [a for a, _ in t.mentions if a < m.start()])]
            agent = deciders[0] if len(deciders) == 1 else None
        if agent is None and noun in ("decision", "move"):
            # "The Czech Ice Hockey Association fired its coach ... the players respected
            # the decision": the body whose penalty the story reported before it
            listed = sorted((a, b, n) for n, t in targets.items() for a, b in t.mentions)
            agent = _punisher_before(text, seg, listed, [a for a, _, _ in listed], targets,
                                     m.start(), set())
        if noun == "strike":  # a strike is a union's, when the story names one
            unions = sorted((-len(e.mentions), e.name) for e in registry.entities.values()
                            if e.kind == "institution" and org_fits("union", e.name, e.titles)) \
                or sorted((-len(e.mentions), e.name) for e in registry.entities.values()
                          if e.kind == "institution" and "federation" in e.titles)
            # (or a workers' federation: "The national teachers' federation Fenprof")
            agent = unions[0][1] if unions else next(
                (n for n, t in targets.items() if t.kind == "group" and n.split() and
                 re.search(rf"\b{re.escape(n.split()[-1])}\b", text[:m.start()], re.I)),
                None)  # (else the group that struck, named before:
            # "Doctors at Nampula's hospital began a strike ... called the strike
            # 'irresponsible'", not the ministry they struck against)
            if agent is not None and agent not in targets:  # named once: a target now
                targets[agent] = Target(agent, "institution",
                                        [(a, b) for a, b, _ in registry.entities[agent].mentions])
        if noun in RULING_NOUNS or (noun == "conviction" and
                                    not _CONVICTION_UNDONE.search(lowered)):
            # (a conviction too, a court's that upheld it, not one's that overturned it:
            # "Kuwait's top court upheld a sentence ... urged Kuwait to quash the
            # conviction"; not a court a case is yet to be taken to: "The union banned X
            # ... he would take the case to the Court of Arbitration for Sport ... welcomed
            # the decision": the union's)
            judges = [(max(s for s, _ in t.mentions if s < m.start()), n)
                      for n, t in targets.items() if any(s < m.start() for s, _ in t.mentions)
                      and _is_court(n, registry)
                      and not taken_to(text, [s for s, _ in t.mentions if s < m.start()])
                      and not _COURT_LEFT.search(text, max(0, min(t.mentions)[0] - 40),
                                                 min(t.mentions)[0])
                      and not _JUDGE_ACTED_ON.search(text, max(0, min(t.mentions)[0] - 40),
                                                     min(t.mentions)[0])]
            # (nor a court the story's actor leaves: "approved the country's withdrawal from
            # the International Criminal Court ... regretted the decision": the state's; nor
            # a judge the lede's act fell on: "reinstated Justice Rabia Qazi ... called the
            # ruling 'a victory'": the court that reinstated her)
            if not judges:  # a court named once ("The three-judge panel of the 7th U.S.
                # Circuit Court of Appeals"): a target now, the ruling its act
                court = next((e for e in registry.entities.values() if e.kind == "institution"
                              and org_fits("court", e.name) and e.mentions and
                              min(s for s, _, _ in e.mentions) < m.start() and
                              not taken_to(text, [s for s, _, _ in e.mentions
                                                   if s < m.start()]) and
                              not _COURT_LEFT.search(
                                  text, max(0, min(s for s, _, _ in e.mentions) - 40),
                                  min(s for s, _, _ in e.mentions))), None)
                # (not one named only after: "... called the ruling 'a victory' ... would
                # appeal to the Supreme Court")
                if court is not None:
                    if court.name not in targets:
                        targets[court.name] = Target(court.name, "institution",
                                                     [(a, b) for a, b, _ in court.mentions])
                    judges = [(0, court.name)]
                elif (unnamed := _UNNAMED_COURT.search(text, 0, m.start())) is not None:
                    # "An Argentine labour appeals court on Tuesday suspended ...": a court the
                    # story never names, the ruling its act
                    label = unnamed.group(1)
                    targets.setdefault(label, Target(label, "institution", [unnamed.span(1)]))
                    judges = [(0, label)]
            reported = agents[noun]
            if judges and reported is not None and org_fits("court", reported) and \
                    any(n == reported for _, n in judges) and \
                    all(n == reported or not org_fits("court", n) for _, n in judges):
                agent = reported  # "Kenya's High Court suspended ..., ruling that ... Justice
                # Mary Wanjiku gave ... welcomed the ruling": the court that ruled, not its judge
            else:
                agent = max(judges)[1] if judges else agent
        if agent is not None:
            targets[agent].mentions.append((m.start(1), m.end(1)))
            if targets[agent].kind == "country":  # (a state's act is its government's, a
                targets[agent].implied.add((m.start(1), m.end(1)))  # target even to its own)
    if seg.paragraphs:
        # "rallied against a Karnataka state ban ... The state transport department banned
        # the service ... the ban was 'arbitrary'": the lede's act is the one reported next
        lede = seg.paragraphs[0]
        for m in _LEDE_EVENT.finditer(text, lede.start, lede.end):
            agent = agents.get(m.group(1))
            if agent is not None and agent in targets:
                targets[agent].mentions.append(m.span(1))
                if targets[agent].kind == "country":
                    targets[agent].implied.add(m.span(1))


#: a conviction a court undid: no act of that court's
_CONVICTION_UNDONE = rx.compile(r"\b(?:overturned|overturns|quashed|quashes|annulled|"
                                r"vacated|threw out|set aside|reversed) (?:the |his |her |"
                                r"their )?convictions?\b")
#: a monarch the story leaves unnamed, as an act's subject: "Tonga's king has dismissed"
_UNNAMED_MONARCH = rx.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s (?:ruling )?([Kk]ing|[Qq]ueen|"
                              r"[Ee]mir|[Ss]ultan|[Mm]onarch) (?:(?:has|had|on [A-Z][a-z]+) )?$")
#: an office of a body as an act's subject, its holder unnamed: "The Speaker of Vanuatu's
#: parliament suspended"
_OFFICE_OF_BODY = rx.compile(r"\b[Tt]he (Speaker|[Pp]resident|[Cc]hair(?:man|woman)?|"
                             r"[Gg]overnor|[Mm]ayor|[Hh]ead|[Dd]irector) of [^,.;:]{3,50}? $")


def _holder_named_after(registry: Registry, title: str, pos: int) -> str | None:
    """The person the story names with ``title`` after ``pos`` (first named there), when
    there is one such person only."""
    found = [e.name for e in registry.entities.values()
             if e.kind == "person" and title in e.titles and e.mentions and
             min(a for a, _, _ in e.mentions) > pos]
    return found[0] if len(found) == 1 else None


#: a country's lawmakers named by their kind, acting: "after parliament approved"
_LEGISLATURES = (" parliament ", " lawmakers ", " legislators ", " the legislature ")
#: a court a story names by its kind alone, as its act's subject: "An Argentine labour
#: appeals court on Tuesday suspended", "Kuwait's top court on Sunday upheld"
_UNNAMED_COURT = rx.compile(r"(?:\b[Aa]n? |\b[A-Z][a-z]+['’]s (?=(?:top|highest|supreme|"
                            r"constitutional|appeals|military|criminal) ))"
                            r"((?:[A-Z][a-z]+ )?(?:[a-z]+ ){0,3}court)\b"
                            r"(?=(?: (?:on|last|this) [A-Z]?[a-z]+)? (?:[a-z]+ed|upheld|"
                            r"struck|threw|overturned|gave|found|held)\b)")
#: an act against a body, before the phrase naming what it is over: "sued the city of X"
_SUED = rx.compile(r"\b(?:sued|sues|suing|challenged|challenging|challenges|criticised|"
                   r"criticized|criticising|criticizing|protested against)\b")


def _sued_over(text: str, lowered: str, seg: Segmentation, targets: Mapping[str, Target],
               noun: str, before: int) -> str | None:
    """The target a first ``sued X over a ban`` names as the one whose act the noun is
    (cruise companies sued the city over a ban: the ban is the city's)."""
    over = rx.compile(rf"\bover (?:a|an|its|the|their) (?:[a-z-]+ )?{re.escape(noun)}\b")
    m = over.search(lowered, 0, before)
    if m is None:
        return None
    lo = seg.sentences[seg.sentence_at(m.start())].start
    named = max(((s, n) for n, t in targets.items() for s, _ in t.mentions
                 if lo <= s < m.start()), default=None)
    if named is None or not _SUED.search(lowered, lo, named[0]):
        return None
    return named[1]


#: a public board the story describes: "the city's school board"
_PUBLIC_BOARD = rx.compile(r"\b(?:school|education|city|county|district|library|parole|"
                           r"hospital|health|park|parks) (board)\b", re.IGNORECASE)
#: an unnamed ministry's officer named by its portfolio: "Health ministry spokesman Mduduzi
#: Hlophe"
_MINISTRY_OFFICER = rx.compile(r"\b([A-Z]?[a-z]+) ministry (?:spokesman|spokeswoman|"
                               r"spokesperson|official) [A-Z]")
#: a state's body described, not named: "Australia's consumer watchdog", "its competition
#: regulator"
_STATE_BODY_AFTER = rx.compile(r"(?:[a-z-]+ ){0,2}(watchdog|regulator|agency|commission|"
                               r"authority)\b")


def _named_after(text: str, targets: Mapping[str, Target], end: int) -> str | None:
    """The target named first within a few words after ``end`` (an act's ``by``), in the
    same sentence ("filed by the opposition. Vukmirović is": no one named)."""
    after = min(((s, n) for n, t in targets.items() for s, _ in t.mentions
                 if end < s < end + 40 and not _SENTENCE_BREAK.search(text, end, s) and
                 "\n" not in text[end:s]),
                default=None)
    return after[1] if after is not None else None


def _owned_body(text: str, target: Target, start: int, registry: Registry) -> Entity | None:
    """The body named right after a country's possessive mention at ``start`` (``Colombia's
    Congress``), which is what acts, not the country; else None."""
    if target.kind != "country":
        return None
    end = next((b for a, b in target.mentions if a == start), None)
    if end is None:
        return None
    after = end + (2 if text.startswith(("'s ", "’s "), end) else
                   1 if text.startswith(" ", end) and text[end - 2:end] in ("'s", "’s") else 0)
    if after == end:
        return None
    owned = next((e for e in registry.entities.values() if e.kind == "institution" and
                  any(a == after for a, _, _ in e.mentions) and
                  e.name.lower() not in lexicon.places()), None)
    if owned is None and (described := _STATE_BODY_AFTER.match(text, after)) is not None:
        # "Australia's consumer watchdog sued ...": the body the story names next (the
        # Australian Competition and Consumer Commission)
        owned = _body_named_next(registry, described.group(1), after, 600)
    return owned


def _body_named_next(registry: Registry, head: str, pos: int, reach: int) -> Entity | None:
    """The body first named within ``reach`` characters after ``pos`` that ``the <head>``
    can mean: a lede's described body ("A Cypriot court convicted ...") named next."""
    firsts = ((min(m[0] for m in e.mentions), e) for e in registry.entities.values()
              if e.kind == "institution" and e.mentions)
    named = [(first, e) for first, e in firsts
             if pos < first < pos + reach and org_fits(head, e.name, e.titles) and
             e.name.lower() not in lexicon.places()]
    worded = [(first, e) for first, e in named if not e.name.isupper()]
    # (a bare acronym fits any public noun, so a body whose words fit comes first:
    # "Burkina Faso's communications regulator has suspended the BBC ... The Superior
    # Council of Communication said")
    return min(worded or named, default=(0, None), key=lambda x: x[0])[1]
#: a state's measures, the government's when the story names no other author
POLICY_NOUNS = frozenset({"increase", "tax", "levy", "cap", "limit", "quota", "ban"})
#: a passive's second participle, after "and": "was sentenced to a year in prison and banned"
_PASSIVE_AND = rx.compile(r"\b(?:was|were|been|being|is|are) [a-z]+ed\b[^,.;]{0,60} and $")
#: auxiliaries of a passive, just before its participle ("was banned", "had been fined")
_PASSIVE_BEFORE = tuple(sorted(w + " " for w in PASSIVE_AUX - {"get", "got"}))
#: the same with an adverb between: "Virtus Ardea was also fined", "had been heavily fined"
_PASSIVE_ADVERB = rx.compile(r"\b(?:was|were|been|being|is|are|be) (?:also|later|then|"
                             r"subsequently|previously|already|\w+ly) $")
#: an act done to a judge, just before their name: "reinstated Justice Rabia Qazi"
_JUDGE_ACTED_ON = rx.compile(r"\b(?:reinstated|removed|suspended|dismissed|impeached|"
                             r"appointed|sacked|reprimanded|transferred|restored) "
                             r"(?:[\w-]+ ){0,3}$")


def _is_court(name: str, registry: Registry) -> bool:
    """A court, a judge named as one ("U.S. District Judge X"), or an unnamed judge the
    story describes ("federal judge")."""
    return org_fits("court", name) or name.split()[-1].lower() in JUDGES or \
        (name in registry.entities and bool(registry.entities[name].titles & JUDGES))


_VERB_BEFORE = rx.compile(r"\b(?:docked|fined|banned|suspended|sued|sacked|fired|ordered|"
                          r"charged|penalised|penalized|stripped|expelled)\b")
#: a verb whose object the mention right after it is: "barred the discount chain Frischmarkt"
_OBJECT_OF = rx.compile(r"\b(?:barred|blocked|cleared|convicted|acquitted|sentenced) "
                        r"(?:[\w-]+ ){0,4}$")
#: "The Greek island of Santorini will limit": the place is the subject, not in a phrase
_PLACE_OF = rx.compile(r"\b(?:city|island|town|village|municipality) of $")
#: the same, where a subject is ("A housing cooperative in the Swedish town of Norrvik has
#: banned"): the place the subject is in, no subject itself
_WHERE_PLACE_OF = rx.compile(r"\b(?:in|at|near|from) (?:the |a |an )?(?:[A-Za-z-]+ ){0,3}"
                             r"(?:city|island|town|village|municipality) of $")
#: a mention inside a phrase, no subject of the verb after it ("Workers at the flagship store
#: of coffee chain Brewhaven voted", "run by the German charity Sea-Eye ... and fined")
_IN_PHRASE = rx.compile(r"\b(?:of|at|for|in|from|with|by) (?:the |a |an )?(?:[a-z-]+ ){0,3}$|"
                        r"\bby (?:the |a |an )?(?:[A-Za-z-]+ ){0,3}$|"
                        r"\bin [A-Z][\w-]*, $")  # (and the county set off after a town:
# "A court in Clonmel, County Tipperary, fined")
#: "The bill's sponsor, Sen. Patricia Holloway,": whose bill "the bill" is
_SPONSOR = rx.compile(r"\b[Tt]he (bill|measure|proposal|legislation|plan)['’]s (?:sponsor|author|"
                      r"architect|chief sponsor|lead sponsor)(?:, |\b)")
#: "the state government", "the state's commissioner": a state the story named
_THE_STATE = rx.compile(r"\b[Tt]he (state)(?= government\b|['’]s\b)")
#: "the judges in Oslo": the court the story names, with the place it sits in
_THE_JUDGES = rx.compile(r"\b[Tt]he (judges)\b(?: (?:in|at|of) ([A-Z][\w-]+)\b)?")


def _judges_of_the_court(text: str, targets: dict[str, Target]) -> None:
    """``the judges`` (``the judges in Oslo``) are the one court the story names: what a
    speaker says of them is said of the court, and the place named with them is the
    court's seat, not its country."""
    if "he judges" not in text:
        return
    courts = [n for n, t in targets.items() if t.kind == "institution" and
              n.lower().endswith((" court", " tribunal"))]
    if len(courts) != 1:
        return
    court = targets[courts[0]]
    for m in _THE_JUDGES.finditer(text):
        court.mentions.append(m.span(1))
        if m.group(2):
            for name, t in list(targets.items()):
                if name != courts[0] and m.span(2) in t.mentions:
                    t.mentions.remove(m.span(2))
                    if not t.mentions:
                        del targets[name]
    court.mentions.sort()


#: what a person is punished or charged over, right after their name: "for former lawmaker
#: Jawad Al-Sayegh over social media posts criticising"
_OVER_POSTS = rx.compile(r" (?:over|for) (?:a series of |several |his |her |their )?"
                         r"(?:social media |online |Facebook |Instagram |TikTok )?"
                         r"(posts|tweets|videos)\b")
#: a body's text, named with the body as its modifier: "a European Parliament resolution"
_BODY_TEXT = rx.compile(r" (resolution|directive)\b")
#: such a thing named again: "the posts had gone beyond criticism", "the resolution was"
_THE_THING = rx.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (posts|tweets|videos|resolution|"
                        r"directive)\b")


def _things_of_owner(text: str, targets: dict[str, Target], kind: str,
                     owned: re.Pattern) -> None:
    """A thing the story first names right after its owner (``upheld a prison sentence for
    former lawmaker Jawad Al-Sayegh over social media posts``, ``a European Parliament
    resolution``) is the owner's wherever it is named again: what a speaker says of ``the
    posts`` (``had "gone beyond criticism to insult"``) or ``the resolution`` (``"full of
    lies"``) is said of the one who wrote it. ``kind``: the owners' kind; ``owned``: the
    words after an owner's mention that name the thing (group 1)."""
    made: dict[str, tuple[int, str]] = {}
    for name, t in targets.items():
        if t.kind == kind:
            for _, b in t.mentions:
                if (m := owned.match(text, b)) is not None:
                    made.setdefault(m.group(1), (b, name))
    for m in _THE_THING.finditer(text):
        if (maker := made.get(m.group(1))) is not None and maker[0] < m.start():
            targets[maker[1]].mentions.append(m.span(1))
    for name in {name for _, name in made.values()}:
        targets[name].mentions.sort()


#: a county by its noun: "the county government", "the county's"
_COUNTY_BY_NOUN = rx.compile(r"\b[Tt]he (county)(?= government\b|['’]s\b| council\b)")


def _county_by_its_noun(text: str, targets: dict[str, Target]) -> None:
    """``the county government`` (``the county's``) of a story that names one county as a
    target (``Kisumu County``) is that county, as ``the state government`` is the state."""
    counties = [n for n, t in targets.items() if n.endswith(" County") and t.kind != "person"]
    if len(counties) != 1:
        return
    target = targets[counties[0]]
    target.mentions.extend(m.span(1) for m in _COUNTY_BY_NOUN.finditer(text)
                           if m.span(1) not in target.mentions)
    target.mentions.sort()


#: a state's force named in lower case: "The navy never asked us", "new navy rules"
_FORCE_BY_NOUN = rx.compile(r"\b(navy|army|military|coast guard|air force|gendarmerie)\b"
                            r"(?!['’])")
#: a capitalised word or a possessive right before a force's noun: "Sri Lanka navy",
#: "Peru's navy" (a force named so is no bare one)
_NAMED_BEFORE_FORCE = rx.compile(r"(?:\b[A-Z][\w.-]*|['’]s) $")


def _force_by_its_noun(text: str, reg: Registry, targets: dict[str, Target]) -> None:
    """``the navy`` (or ``navy rules``) of a story that names one force of that kind as a
    target by its state's name (``The Sri Lanka Navy said``) is that force, before the
    story names it as after: the words of a speaker who says "The navy never asked us"
    are aimed at it. Not the police, whom a story may name in many ways."""
    for noun in {m.group(1) for m in _FORCE_BY_NOUN.finditer(text)}:
        named = [n for n, t in targets.items() if t.kind == "institution" and
                 n.lower().endswith(noun) and (n.lower() == noun or n[0].isupper())]
        if len(named) != 1 or any(e.name != named[0] and e.name.lower().endswith(" " + noun)
                                  for e in reg.entities.values()):
            continue  # (one force of the kind in the story: not "The Tanzania Navy and the
            # Kenya Navy said")
        target = targets[named[0]]
        taken = {a for t in targets.values() for a, _ in t.mentions}
        target.mentions.extend(m.span(1) for m in _FORCE_BY_NOUN.finditer(text)
                               if m.group(1) == noun and m.start(1) not in taken and
                               not _NAMED_BEFORE_FORCE.search(text, max(0, m.start() - 30),
                                                              m.start()))
        target.mentions.sort()


#: a state's measure against another, named after the state ("the U.S. trade embargo",
#: "Washington's sanctions"); group 1: the measure's noun
_STATE_MEASURE = rx.compile(r"(?:['’]s)? (?:[a-z]+ )?(embargo|blockade|sanctions)\b")
#: the same measure later, bare: "the embargo", "the blockade" (Havana's word for it)
_BARE_MEASURE = rx.compile(r"\b[Tt]he (embargo|blockade|sanctions)\b")


def _measures_of_state(text: str, targets: dict[str, Target]) -> None:
    """``the embargo`` of a story that first names it as one state's (``the U.S. trade
    embargo``) is a mention of that state, so that a speaker who blames "the embargo" (or
    "the blockade", its target's word for an embargo) stands toward the state that keeps
    it. Only where the story names one such measure of one state."""
    if _BARE_MEASURE.search(text) is None:
        return  # (no bare measure to link)
    owners = {}
    for name, t in targets.items():
        if t.kind != "country":
            continue
        for _, b in t.mentions:
            m = _STATE_MEASURE.match(text, b)
            if m is not None:
                owners.setdefault(m.group(1), set()).add((name, m.end()))
    if len(owners) != 1 or len(next(iter(owners.values()))) != 1:
        return
    noun, ((name, first),) = next(iter(owners.items()))
    words = {noun, "blockade"} if noun == "embargo" else {noun}
    target = targets[name]
    target.mentions.extend(m.span() for m in _BARE_MEASURE.finditer(text, first)
                           if m.group(1) in words and m.span() not in target.mentions)
    target.mentions.sort()


#: an unnamed body labelled by what it runs: "park administration", "port authority"
_RUNS_PLACE = rx.compile(r"(?:[a-z]+ )?(park|reserve|museum) (?:administration|authority|"
                         r"management)")


def _administrations_by_place(text: str, speaking: set[str],
                              targets: dict[str, Target]) -> None:
    """``the park`` of a story whose speaker is the unnamed ``park administration`` is
    that body (the Mongolian Tourism Association "accused the park of fining operators
    without warning"), as ``the council`` is the council that spoke."""
    for label in speaking:
        m = _RUNS_PLACE.fullmatch(label)
        if m is None:
            continue
        spans = [x.span() for x in re.finditer(rf"\b[Tt]he {m.group(1)}\b(?! (?:[a-z]+ )?"
                                                rf"(?:administration|authority|management)|"
                                                rf" of (?:the )?[A-Z]|['’]s\b)",
                                                text)]
        if spans:
            target = targets.setdefault(label, Target(label, "institution"))
            target.mentions.extend(x for x in spans if x not in target.mentions)
            target.mentions.sort()


def _states_by_their_city(text: str, reg: Registry, targets: dict[str, Target]) -> None:
    """``The Lagos State government`` in a story datelined Lagos (or that names Lagos
    apart) is Lagos, as the story calls it elsewhere (``Lagos state government
    spokesman``), and so are its unnamed ``the state government`` and ``the state's``."""
    for name in [n for n in targets if n.endswith(" State")]:
        base = name[:-len(" State")]
        city = reg.entities.get(base)
        if base in targets or (city is not None and "dateline city" in city.titles) or \
                re.search(rf"^{re.escape(base.upper())}\b", text[:600], flags=re.M):
            merged = targets.setdefault(base, Target(base, "institution"))
            merged.mentions.extend(targets.pop(name).mentions)
            merged.mentions.extend(m.span(1) for m in _THE_STATE.finditer(text)
                                   if m.span(1) not in merged.mentions)
            merged.mentions.sort()


#: "..., who co-wrote the bill,": its author, named before
_WHO_WROTE = rx.compile(r"w(?<!\ww)ho (?:co-?)?(?:wrote|sponsored|drafted|introduced|authored|"
                        r"proposed) the (bill|measure|proposal|legislation|plan)\b")
_DEFINITE_ACT = {noun: rx.compile(rf"\b[Tt]he ({noun})\b(?!['’])")
                 for noun in ("bill", "measure", "proposal", "legislation", "plan")}


def _sponsored(text: str, seg: Segmentation, targets: dict[str, Target]) -> None:
    """Add ``the bill`` as a mention of the person the story names as its sponsor or
    author (``The bill's sponsor, Sen. Patricia Holloway, said``): what is said of the bill
    is said of her."""
    for m in _WHO_WROTE.finditer(text):  # "Sen. Rachel Whitmore, a Democrat ... who
        # co-wrote the bill, said": the person before the relative clause
        sponsor = max(((a, t) for t in targets.values() if t.kind == "person"
                       for a, _ in t.mentions if m.start() - 90 <= a < m.start()),
                      default=None, key=lambda x: x[0])
        if sponsor is None or seg.sentence_at(sponsor[0]) != seg.sentence_at(m.start()):
            continue
        taken = {a for t in targets.values() for a, _ in t.mentions}
        sponsor[1].mentions.extend(x.span(1) for x in _DEFINITE_ACT[m.group(1)].finditer(text)
                                   if x.start(1) not in taken)
    if "sponsor" not in text and "author" not in text and "architect" not in text:
        return  # (most stories name no sponsor: a substring test is far cheaper)
    for m in _SPONSOR.finditer(text):
        sponsor = next((t for t in targets.values() if t.kind == "person" and
                        any(m.end() <= a < m.end() + 30 for a, _ in t.mentions)), None)
        if sponsor is None:  # "Sen. Laura Whitfield, D-Minn., the bill's lead sponsor": the
            # person the appositive describes
            sponsor = max(((b, t) for t in targets.values() if t.kind == "person"
                           for _, b in t.mentions if b <= m.start() and m.start() - b <= 40 and
                           text[b:m.start()].rstrip().endswith(",")),
                          default=(0, None), key=lambda x: x[0])[1]
        if sponsor is None:
            continue
        taken = {a for t in targets.values() for a, _ in t.mentions}
        sponsor.mentions.extend(x.span(1) for x in _DEFINITE_ACT[m.group(1)].finditer(text)
                                if x.start(1) not in taken)


def parse_targets(value: object) -> dict[str, list[str]] | None:
    """Targets as given by a user or a notebook parameter: ``None``, a mapping
    ``{name: [aliases]}``, or the same as a JSON string, or ``"Name; Other|alias"``
    (targets separated by ``;``, aliases after ``|``)."""
    import json

    from ..errors import ToolkitError

    if value is None or value == "":
        return None
    if isinstance(value, Mapping):
        return {str(k): [str(a) for a in (v or [])] for k, v in value.items()}
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("{"):
            try:
                return parse_targets(json.loads(text))
            except json.JSONDecodeError as exc:
                raise ToolkitError(f"targets: not valid JSON ({exc.msg})") from None
        out = {}
        for part in text.split(";"):
            names = [n.strip() for n in part.split("|") if n.strip()]
            if names:
                out[names[0]] = names[1:]
        return out or None
    raise ToolkitError(f"targets must be names with aliases, not {type(value).__name__}")


#: an unnamed official a speaker turned to, then "her" or "him": "wrote to the regional
#: culture minister asking her to step in"
_UNNAMED_ADDRESSEE = rx.compile(r"\b(?:to|on) the (?:[a-z-]+ ){0,3}?([a-z]+),? "
                                r"(?:asking|urging|telling|and asked|and urged) $")


#: an unnamed official as the object of a narrated act: "praised the referee for"
_ROLE_OBJECT = rx.compile(r"\b[a-z]+ed the ([a-z]+) (?:for|over|after)\b")


def _unnamed_role_between(text: str, targets: dict[str, Target], after: int, at: int) -> bool:
    """Whether the sentence before ``at`` (and after the mention at ``after``) acts on an
    unnamed person by their role (``praised the referee for stopping the game``), whom a
    quoted *he* or *she* at ``at`` then means."""
    opens = max(text.rfind(". ", 0, at - 2), text.rfind("\n", 0, at - 1))
    opens = max(text.rfind(". ", 0, opens), text.rfind("\n", 0, opens), after)
    for role in _ROLE_OBJECT.finditer(text, opens, at):
        word = role.group(1)
        if (word in lexicon.titles() or role_noun(word)) and not any(
                a <= role.start(1) < b for t in targets.values() for a, b in t.mentions):
            return True
    return False


#: an unnamed one, singular: "A dealer", "An official", "One nurse"
_ONE_WHO = rx.compile(r"(?:A|An|One|a|an|one) ")


#: the people a speaker's own "his" or "her" names in the words that tell the act: "called
#: on his rivals to", "urged her supporters to"
_OWN_CIRCLE = rx.compile(r" (?:rivals|opponents|critics|supporters|followers|allies|colleagues|"
                         r"party|voters|members)\b")

#: titles of one who speaks for another in court, whom a third party's "he" seldom means
_COUNSEL = frozenset({"lawyer", "lawyers", "attorney", "counsel", "barrister", "solicitor"})


#: an act's noun that stands for its doer ("the ruling"): no naming a pronoun may look back to
_ACT_MENTIONS = ACT_NOUNS | frozenset({"ruling", "verdict", "judgment", "order", "report",
                                       "findings"})


def _told_gender(name: str, speakers: dict[str, Speaker], registry: Registry | None) -> str:
    """The gender the story gives a person: as a speaker, else in the registry (one who never
    speaks: "His lawyer"); "unknown" where it gives none."""
    sp = speakers.get(name)
    if sp is not None and sp.gender != "unknown":
        return sp.gender
    ent = registry.entities.get(name) if registry is not None else None
    return ent.gender if ent is not None else "unknown"


#: a quote's attribution that says whom the words are about: '," Anoushyan said of the
#: director, Samvel Voskanyan'
_SAID_OF = rx.compile(r"[,.!?]?[\"”] (?:[A-Z][\w'’-]+ ){1,3}(?:said|says|added|told [a-z]+) of ")


#: a clause that opens on no one in particular, whose "him" is its own: "Nobody cuts the
#: tree that feeds ", "Everyone who loses his"
_BOUND_BY_ANYONE = rx.compile(r"(?:^|[\"“.!?] ?)(?:Nobody|No one|Everyone|Everybody|Anyone|"
                              r"Anybody|Whoever) [^.;:\"”]*$")


def _pronoun_targets(text: str, q: Quote, targets: dict[str, Target],
                     speakers: dict[str, Speaker], before: Quote | None = None,
                     kin_at: set[int] | None = None, registry: Registry | None = None,
                     prior: Quote | None = None) -> list[tuple[str, tuple[int, int]]]:
    """Third-person pronouns inside a quote, resolved to the latest person of that
    gender mentioned before it who is not the speaker (``if he wants it`` -> Trump).

    Reported speech shifts the speaker's *I* to *he*/*she*: in an indirect quote a
    pronoun of the speaker's own gender is taken to mean the speaker
    (``She said she spends ...``) and is no target. ``before``: the same speaker's
    reported clause just before a direct quote; a body or country that opens it as its
    subject is the quote's *they* (``He said Northline had tied the offer to job cuts.
    "They want us to vote for our own redundancy"``), and kin that opens it (``her mother
    had been ...``) the *she* of the quote, no target (where, into ``kin_at``). ``prior``:
    the quote of another speaker just before; a body's statement there is what an opening
    *they* says (``The bureau said low oxygen levels had killed the fish ... "Every year they
    blame the weather"``)."""
    out = []
    own = speakers.get(q.speaker or "")
    own_gender = own.gender if own and q.kind == "indirect" else None
    if own_gender == "unknown" and own is not None and (
            own.kind == "person" or (
                own.kind == "anonymous" and q.mention_start is not None and
                q.mention_end is not None and _ONE_WHO.match(text, q.mention_start) and
                text.startswith(" who ", q.mention_end))) and \
            (opening := re.match(r"(?:he|she)\b", text[q.start:q.end])) is not None:
        # "the Rev. Jan Malinowski-Bury said through his lawyer that he was relieved and that
        # the article had caused him ...": the clause's own he is the speaker, and so is him
        # (and one unnamed whom the story tells by what they did: "A dealer in Munich who
        # bought one said he had acted in good faith"; not "His lawyer said he would appeal",
        # nor "A person close to the owner, who was not authorized to speak, said he was")
        own_gender = PRONOUNS[opening.group(0)]
    # a partial quote's object sits between its verb and the marks: 'called him "a liar"'
    lo = q.cue_end if q.kind == "partial" and q.cue_end is not None and \
        q.cue_end <= q.start and q.start - q.cue_end < 40 else q.start
    # "told the court her mother had been 'full of jokes' ... 'She trusted the people in
    # those uniforms'": the kin the speaker just spoke of, no target
    kin = _KIN_SUBJECT.match(text, before.start) if before is not None else None
    kin_gender = KIN.get(kin.group(1).lower()) if kin else None
    said_of = None
    if q.kind == "direct" and (of := _SAID_OF.match(text, q.end)) is not None:
        person = next((t for t in targets.values() if t.kind == "person" and
                       t.name != q.speaker and
                       any(of.end() <= a < of.end() + 60 for a, _ in t.mentions)), None)
        if person is not None:
            said_of = (person.name, _told_gender(person.name, speakers, registry))
    for m in re.finditer(r"\b(he|him|his|she|her)\b", text[lo:q.end], flags=re.I):
        want = PRONOUNS[m.group(1).lower()]
        if want == own_gender and lo == q.start:
            continue
        if q.kind == "partial" and lo + m.start() < q.start and own is not None and \
                own.kind == "person" and own.gender == want and \
                m.group(1).lower() in ("his", "her") and \
                _OWN_CIRCLE.match(text, lo + m.end()) is not None:
            continue  # 'called on his rivals to "respect the rule of law"': the speaker's
            # own rivals, in the words that tell the act (not 'dismissed his comments')
        if q.kind == "indirect" and lo == q.start and own is not None and \
                own.kind == "person" and own.gender == "unknown" and \
                m.group(1).lower() in ("he", "she") and \
                text.endswith(" and that ", 0, lo + m.start()):
            continue  # "said the old minibuses were dangerous and that she would welcome the
            # change": the second clause's own subject is the speaker too
        if q.kind == "indirect" and lo == q.start and m.start() == 0 and \
                own is not None and own.gender == "unknown" and own.kind != "institution" \
                and _OWN_SIDE.match(text, lo + m.end()):
            continue  # "Australia's environment minister said her country was": a speaker
            # whose gender the story does not give, opening the clause with her own side
        if m.group(1).lower() in ("him", "her") and \
                (role := _UNNAMED_ADDRESSEE.search(text, lo, lo + m.start())) is not None and \
                role.group(1) in lexicon.titles():
            continue  # "had written to the regional culture minister asking her to step in":
            # the unnamed official just written to, no one named before
        if want == kin_gender:
            if kin_at is not None:
                kin_at.add(lo + m.start())
            continue
        if m.group(1).lower() in ("him", "his") and \
                _BOUND_BY_ANYONE.search(text[max(lo, lo + m.start() - 60):lo + m.start()]):
            continue  # "Nobody cuts the tree that feeds him": anyone's, no one's in the story
        if said_of is not None and said_of[1] in (want, "unknown"):
            out.append((said_of[0], (lo + m.start(), lo + m.end())))
            continue  # '"He wants the market without the people," Anoushyan said of the
            # director, Samvel Voskanyan': the one the words are said of
        best, best_pos = None, (False, False, -1)
        for t in targets.values():
            if t.kind != "person" or t.name == q.speaker:
                continue
            ent = registry.entities.get(t.name) if registry is not None else None
            gender = _told_gender(t.name, speakers, registry)
            if gender == "unknown":
                gender = _gender_guess(t.name)
            # (a speaker the story never calls he or she: his given name's, "Stavros")
            if gender not in (want, "unknown"):
                continue
            # latest mention before the pronoun: one the quote itself names comes first ("the
            # officer had followed his training": his own)
            k = bisect_left(t.mentions, (lo + m.start(), -1)) - 1
            while k >= 0 and text[t.mentions[k][0]:t.mentions[k][1]] in _ACT_MENTIONS:
                k -= 1  # ("the ruling" of the Comptroller General is no naming of a he)
            # one known to be a he (or she) before any of unknown gender ("Holbrook United"),
            # unless the one of unknown gender holds an office and was named last, in the
            # sentence before ("Opposition lawmakers criticised the minister ... 'He is
            # cutting ribbons,' said ..."): the minister, not the mayor quoted before
            recent = k >= 0 and gender == "unknown" and lo - t.mentions[k][0] < 250 and \
                ent is not None and \
                any(w in lexicon.titles() and lexicon.titles()[w].kind in ("title", "role")
                    for w in ent.titles)
            # and one told as someone's lawyer after the one they defend ("His lawyer, Tran
            # Minh Hai-Duc, said ... 'He lived like a king with our money,' said a
            # bondholder"): the client, of whom a third party speaks
            counsel = k >= 0 and ent is not None and bool(ent.titles & _COUNSEL) and \
                q.kind == "direct"
            rank = (gender == want or recent, not counsel, t.mentions[k][0]) if k >= 0 \
                else (False, False, -1)
            if k >= 0 and rank > best_pos:
                best, best_pos = t, rank
        if best is not None and m.group(1).lower() in ("he", "she") and \
                _unnamed_role_between(text, targets, best_pos[2], lo + m.start()):
            continue  # 'praised the referee for stopping the game. "He did the right thing"':
            # the unnamed official just spoken of, not the man named before
        if best is not None:
            out.append((best.name, (lo + m.start(), lo + m.end())))
    if q.kind == "direct":
        # "They always blame sabotage," after "Deltacore said ... It blamed the leak on ...":
        # "they" in a quote that follows one organisation's statement is that organisation
        m = _THEY.search(text, q.start, q.end) or _THEIR.search(text, q.start, q.end)
        # (the actor itself)
        subject = next((t.name for t in targets.values()
                        if t.kind in ("institution", "country") and t.name != q.speaker and
                        any(a == before.start for a, _ in t.mentions)), None) \
            if m and before is not None else None
        if subject is None and m is not None and m.start() - q.start < 40 and \
                _THEY_SAY.match(text, m.end()) is not None and \
                prior is not None and prior.speaker in targets and \
                targets[prior.speaker].kind == "institution" and \
                0 <= q.start - prior.end < 300 and \
                not any(t.kind in ("person", "country") and t.name != q.speaker and
                        _mentioned_within(t, prior.end, q.start) for t in targets.values()):
            subject = prior.speaker  # the body whose statement the quote answers
        if subject is not None:
            out.append((subject, m.span()))
        elif m:
            near = {t.name for t in targets.values() if t.kind == "institution" and
                    t.name != q.speaker and _mentioned_within(t, q.start - 400, q.start)}
            if len(near) > 1 and (act := _THEY_DO.match(text, m.end())) is not None and \
                    act.group(1) not in _NO_ACT_VERBS:
                # 'a health ministry plan to close the maternity ward ... "If they close the
                # ward"': of the bodies near, the one told doing that very act to that thing
                # (the speaker, as "me" or "us", by the last word of their name, which
                # with its title takes more room: "to expel opposition senator Fidelina
                # Ozuna")
                named = act.group(2) in ("me", "us")
                obj = act.group(2) if not named else (q.speaker or "").rpartition(" ")[2]
                stem = rx.compile(rf"\b{re.escape(act.group(1)[:4])}[a-z]* "
                                  rf"(?:[\w'’-]+ ){{0,3}}?{re.escape(obj)}\b")
                reach = 80 if named else 60
                doing = {n for n in near if any(
                    b < q.start and stem.search(text, b, min(b + reach, q.start - 1))
                    for _, b in targets[n].mentions)} if obj else set()  # (told before the
                # quote, not in it)
                near = doing if len(doing) == 1 else near
            people = any(t.kind in ("person", "country") and t.name != q.speaker and
                         _mentioned_within(t, q.start - 120, q.start)
                         for t in targets.values())
            if len(near) == 1 and not people and not _plural_before(text, targets[next(iter(
                    near))], m.start()):
                name = near.pop()
                out.append((name, m.span()))
                last = m.end()
                for later in _THEIR.finditer(text, m.end(), q.end):
                    if _SENTENCE_BREAK.search(text, last, later.start()):
                        out.append((name, later.span()))  # ('"I trusted their name ... but it
                        # was their lie"': each sentence's they is the same body)
                        last = later.end()
    return out


#: the act a quote's "they" does: "If they close the ward" (group 1: the verb)
_THEY_DO = rx.compile(r" (?:(?:are|were|have|had) (?:not )?)?(?:will |would |want to |"
                      r"plan to |try to |now )?([a-z]{4,}) "
                      r"(?:the |a |an |its |their |our |this |that )?([a-z]{4,}|me|us)\b")
# (group 2: the act's object; "me" and "us" the speaker: "They are not expelling me")
#: verbs too common to tell one body's act from another's
_NO_ACT_VERBS = frozenset({"have", "were", "said", "says", "want", "know", "think", "will",
                           "would", "could", "should", "can't", "don't", "didn't", "just",
                           "also", "still", "never", "always", "only", "really", "tell",
                           "told", "come", "came", "make", "made", "take", "took", "give",
                           "gave", "keep", "need"})
#: what a quote's "they" lays at someone's door, as a body's statement just reported did:
#: "they blame the weather"
_THEY_SAY = rx.compile(r" (?:always |just |only |still |keep )?(?:blame|blamed|blaming|claim|"
                       r"claimed|claiming)\b")
def _prior_others(quotes: list[Quote]) -> dict[int, Quote]:
    """For each quote (by ``id``), the latest quote before it by another speaker, found in
    one pass (a story of many quotes is no quadratic search)."""
    out: dict[int, Quote] = {}
    last: Quote | None = None  # the latest quote with a speaker
    other: Quote | None = None  # the latest one whose speaker is not ``last``'s
    for q in quotes:
        cand = last if last is not None and last.speaker != q.speaker else other
        if cand is not None and cand.end <= q.start:
            out[id(q)] = cand
        if q.speaker and q.speaker != NARRATOR:
            if last is not None and last.speaker != q.speaker:
                other = last
            last = q
    return out


#: a plural subject a "they" can point back to: "My constituents are", "our members have"
_PLURAL_NP = rx.compile(r"\b(?:[Mm]y|[Oo]ur|[Tt]hese|[Tt]hose|[Mm]any|[Ss]ome|[Tt]he)\s+"
                        r"(?:[a-z]+\s+)?([a-z]{3,}s)\s+(?:are|were|have|had|will|would|can|"
                        r"could|do|did|don't|don’t|say|said|come|came|go|went|pay|paid|want|"
                        r"need|take|took|get|got|buy|bought|spend|spent|stay|leave|left|"
                        r"know|think|live|work)\b")
_NOT_PLURAL = frozenset({"has", "was", "does", "says", "goes", "is", "this", "thus", "its"})


#: kin a speaker talks about, by the pronoun that then stands for them
KIN = {"mother": "female", "daughter": "female", "wife": "female", "sister": "female",
       "grandmother": "female", "mom": "female", "father": "male", "son": "male",
       "husband": "male", "brother": "male", "grandfather": "male", "dad": "male"}
#: a speaker introduced as someone's kin: "His daughter, " (before the name)
_KIN_BEFORE = rx.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:" + "|".join(KIN) + r"), $")


def _kin_named(text: str, registry: Registry, speaker: str) -> str | None:
    """The person a speaker is introduced as the kin of (``Jelte Veldkamp ... His
    daughter, Willemijn Veldkamp,``): the one named last before that introduction."""
    ent = registry.entities.get(speaker)
    if ent is None or ent.kind != "person" or not ent.mentions:
        return None
    first = min(ent.mentions)[0]
    if _KIN_BEFORE.search(text, max(0, first - 20), first) is None:
        return None
    return next((e.name for e, _ in registry.persons_before(first)
                 if e.kind == "person" and e is not ent), None)


_KIN_SUBJECT = rx.compile(r"(?:[Hh]er|[Hh]is|[Mm]y|[Oo]ur|[Tt]heir) (" + "|".join(KIN) + r")\b")


def _plural_before(text: str, t: Target, pos: int) -> bool:
    """Whether a plural noun phrase comes between the target's last mention before ``pos``
    and ``pos`` ("My constituents are not against helping people. They are ..."): the
    *they* at ``pos`` is more likely that phrase than the body."""
    k = bisect_left(t.mentions, (pos, -1)) - 1
    lo = t.mentions[k][1] if k >= 0 else max(0, pos - 400)
    return any(not m.group(1).endswith(("ss", "us", "is")) and m.group(1) not in _NOT_PLURAL
               for m in _PLURAL_NP.finditer(text, lo, pos)) or \
        _PLURAL_BODIES.search(text, lo, pos) is not None or \
        _PEOPLE_SUBJECT.search(text, lo, pos) is not None
#: people named bare as a clause's subject: "the reason people come here. A plastic boat they
#: can ride anywhere" (the *they* is those people, not the firm named before)
_PEOPLE_SUBJECT = rx.compile(r"\b(?:people|tourists|visitors|customers|children|men|women)\s+"
                             r"(?:are|were|have|had|will|would|can|could|do|did|come|came|go|"
                             r"went|pay|paid|want|need|take|took|get|got|buy|bought|stay|"
                             r"leave|left|know|think|live|work)\b")
#: unnamed bodies in the plural ("accused the city authorities of neglecting drains"): a
#: *they* after them is more likely they than a body named before
_PLURAL_BODIES = rx.compile(r"\b[Tt]he (?:[a-z]+ )?(authorities|officials|ministries|agencies|"
                            r"councils|companies|governments)\b")


def _mentioned_within(t: Target, lo: int, hi: int) -> bool:
    """Whether ``t`` has a mention starting in ``lo..hi`` (mentions are sorted)."""
    k = bisect_left(t.mentions, (lo, -1))
    return k < len(t.mentions) and t.mentions[k][0] < hi


def _gender_guess(name: str) -> str:
    return lexicon.given_names().get(name.split()[0].lower(), "unknown")
PENALTY_ACTS = PENALTIES | frozenset({"fines", "bans", "suspends", "expels", "sanctions",
                                      "sacked", "sacks", "fired", "fires", "dismissed",
                                      "dismisses", "ousted", "ousts", "revoked", "revokes"})


#: a commission that is a fee, no body: "the commission ride-hailing apps take from each
#: fare", "its commission paid for insurance", "a 25% commission"
_FEE_COMMISSION = rx.compile(r"\bcommission (?:[\w-]+ ){0,3}(?:takes?|took|charges?|charged)\b|"
                             r"\b(?:its|their) commission\b|\d ?(?:%|percent) commission\b|"
                             r"\bcommissions\b")
#: prepositions before a capital that make it a place: "taken in Kathmandu", "flew to Kyiv"
_PLACE_PREPOSITIONS = (" in ", " to ", " from ", " near ", " outside ")
#: what is addressed to a capital's government: "send a message to Ottawa", "a letter to
#: Madrid"
_ADDRESSED_TO = rx.compile(r"\b(?:message|letter|signal|warning|appeal|plea|request|demand|"
                           r"ultimatum|complaint)s? to $")
#: what is said to be steered from a capital by its rulers: "lies dictated from Washington"
#: (not "without instructions from Abuja", where the work is done)
_STEERED_FROM = rx.compile(r"\b(?:dictated|directed|controlled|orchestrated|scripted|"
                           r"financed|funded|steered|dictates) from $")
#: those who rule from a capital: "the regime in Minsk", "the authorities in Beijing"
_RULERS_IN = rx.compile(r"\b(?:[Rr]egime|[Gg]overnment|[Aa]uthorities|[Ll]eaders|[Ll]eadership|"
                        r"[Rr]ulers|[Jj]unta|[Oo]fficials|[Oo]ffices?|[Bb]ureaucrats|"
                        r"[Pp]oliticians|[Mm]inistries|[Mm]inisters) in $")  # ("not to an office
# in Port Vila": the government there)


#: after a capital's possessive, a capitalised name: a place in the city ("Berlin's Neukölln")
_LANDMARK_OF = rx.compile(r"(?:(?<=['’]s)|['’]s) (?:[a-z]+ )?([A-Z][\w-]*)(?: ([A-Z][\w-]*))?")


def _capital_as_place(text: str, a: int, b: int) -> bool:
    """A capital named as where something is done (``the test could only be taken in
    Kathmandu``): a city in the speaker's words, not its government. (It stays the
    country's mention for the rest: a story's "in Manila" makes the Philippines a target.)"""
    if (place := _LANDMARK_OF.match(text, b)) is not None and \
            not any(w and (lexicon.source_nouns().get(w.lower()) == "institution" or
                           w.lower() in PORTFOLIOS) for w in place.groups()) and \
            _is_capital(text[a:b].removesuffix("'s").removesuffix("’s")):
        return True  # "Berlin's Neukölln district", "Amsterdam's Rijksmuseum": a place in
        # the city (not "Moscow's decision")
    if not text.endswith(_PLACE_PREPOSITIONS, max(0, a - 9), a) or \
            _RULERS_IN.search(text, max(0, a - 24), a) or \
            _STEERED_FROM.search(text, max(0, a - 24), a) or \
            _ADDRESSED_TO.search(text, max(0, a - 24), a):
        return False  # ("a hybrid attack organized by the regime in Minsk", "lies dictated
        # from Washington": its government; and "send a message to Ottawa": whom it is for)
    return _is_capital(text[a:b])


def _is_capital(name: str) -> bool:
    """Whether ``name`` is a capital the places list knows (one that may stand for its
    state: "Moscow said")."""
    info = lexicon.places().get(name.lower())
    return info is not None and info[0] == "capital"


#: objects of a stance verb that stand for a court ("welcomed the ruling") or for what
#: the last other speaker said ("rejected that", "dismissed the criticism")
#: a court first named as what someone leaves: "withdrawal from the International Criminal
#: Court" (whose decision the story tells is the leaver's)
_COURT_LEFT = rx.compile(r"\b(?:withdrawal|withdraw|withdrawing|withdrew|exit|exiting|"
                         r"leaving|leave|quit|quitting) from (?:the )?$|\b(?:leave|leaving|"
                         r"quit|quitting|left) (?:the )?$")
RULING_NOUNS = frozenset({"ruling", "decision", "verdict", "judgment", "judgement", "order",
                          "sentence", "sentences", "trial"})
_OBJECT_DETERMINERS = frozenset({"the", "this", "that", "those", "these", "such"})
# ("said the fine was excessive", "said the damages were excessive": the act's, as the lede
# told it)
#: "the move", "the decision" in a reaction: whoever the story says decided
_DECIDED_BY_ACT = rx.compile(r"\bthe (move|decision)\b")


#: the prosecution named by its members: "prosecutors had failed to prove"
_PROSECUTORS = rx.compile(r"\bprosecutors\b(?!['’])")
#: the heads of an unnamed firm that "the company" may be: "the metro operator"
OPERATING_NOUNS = frozenset({"operator", "carrier", "airline", "utility", "company", "firm"})
#: an event's organisers spoken of: "a decision by the organisers"
_THE_ORGANISERS = rx.compile(r"\b[Tt]he (organi[sz]ers?)\b")
#: a body named as the organisers, just before its name: "The organisers, Lisboa Run Events,"
_ORGANISERS_NAMING = rx.compile(r"\b[Tt]he organi[sz]ers?, $")
#: an event's organisers, unnamed: "the organisers", "Organisers of the Tour du Rwanda"
_ORGANISERS_GROUP = rx.compile(r"\b(?:[Tt]he |^|(?<=- )|(?<=['’]s ))([Oo]rgani[sz]ers)\b(?!['’])",
                               re.MULTILINE)  # (and "the race's organisers")
# enough")
#: an unnamed body described after its place's possessive: "Chad's river transport agency"
#: (group 1: the words naming the body, group 2: its noun)
_POSSESSED_BODY = rx.compile(r"(?<=[A-Za-z]['’]s )((?:[a-z-]+ ){1,3}?([a-z]+))\b"
                             r"(?= (?:has |have |had |will |on \w+ )?[a-z]+ed\b)")
#: an unnamed fund described: "the national health fund"
_DESCRIBED_FUND = rx.compile(r"\b[Tt]he ((?:national|state|public|social|pension|health|"
                             r"insurance|sovereign|wealth|development|investment) "
                             r"(?:[a-z]+ )?fund)\b")
#: a speaker's own side after "his"/"her": "her country", "his government"
_OWN_SIDE = rx.compile(r" (?:country|government|ministry|office|department|party|company|"
                       r"team|organi[sz]ation|union|administration)\b")
#: a lede's unnamed body: "the publisher", "the city's transport company", "A Norwegian
#: hospital", "one of the country's biggest publishers"
_LEDE_UNNAMED_BODY = rx.compile(r"\b(?:[Tt]he(?: [\w'’-]+){0,2}?|[Aa]n?(?: [\w'’-]+){0,2}?|"
                                r"one of the(?: [\w'’-]+){0,4}?) (" +
                                "|".join(
    sorted({w for n in ORG_NOUNS | VENUE_BODIES for w in (n, n + "s")} | {"companies"})) +
                                r")\b")
#: plural heads too loose to call one group back: "the groups", "the people"
_VAGUE_GROUPS = frozenset({"groups", "people", "others", "officials", "sources", "members",
                           "authorities"})
#: a feeling of someone's, after their mention: "'s anger", "' frustration"
_SHARED_FEELING = rx.compile(r"(?:['’]s|['’]) (?:anger|frustration|concerns?|worries|fears|pain|"
                             r"anxiety|despair)\b")
#: understanding or sharing it, before the mention: "We understand the "
_SYMPATHY_BEFORE = rx.compile(r"\b(?:understand|share|hear|feel) (?:the |their |our )?$")


#: where a group's label turns to its place: "Fishermen| on Martinique's Atlantic coast"
_GROUP_PLACE = rx.compile(r" (?:in|at|from|on|near|along|across|around|outside|inside) ")


def _group_head(label: str) -> str:
    """A group's label before its place phrase: "Fishermen" of "Fishermen on Martinique's
    Atlantic coast" (the head noun that tells it is a group)."""
    return _GROUP_PLACE.split(label, maxsplit=1)[0]


#: a group blamed or accused by its trade: "blamed sand miners on the Manafwa river"
_BLAMED_GROUP = rx.compile(r"\b(?:blamed|blames|blame|blaming|accused|accuses|accuse|"
                           r"accusing) (?:the )?((?:[a-z-]+ )?([a-z]+(?:s|men)))\b(?!['’])")


#: a negation just before a verb: "I don't blame the drivers"
_NOT_BEFORE = rx.compile(r"(?:\bnot|n[’']t|\bnever) $")


#: businesses a lede may blame as a kind ("accused lakeshore hotels of fencing off
#: stretches of beach"), a side of the story like a trade
BLAMED_BUSINESSES = frozenset({"hotels", "companies", "firms", "mills", "factories",
                               "supermarkets", "resorts", "lodges", "mines", "banks"})


def _blamed_groups(text: str, targets: dict[str, Target], names: list[str],
                   spoke_as: Mapping[tuple[int, int], str], lede_end: int) -> None:
    """A group that never speaks as one, which the story has someone blame or accuse by its
    trade (``blamed sand miners on the Manafwa river for silting up the canals``) and names
    again by its head noun (``"The miners dig all night"``), is a target under the words it
    was blamed by: the blame, and each later ``the <head>``, are its mentions. Businesses
    blamed as a kind (``accused lakeshore hotels``) count only in the lede, which ends at
    ``lede_end``."""
    spoken = {_group_head(label).lower().split(" of ")[0].split()[-1]
              for label in spoke_as.values() if _group_head(label).split(" of ")[0].split()}
    # (the head of each label that spoke, before any "of": "owner of one of the hotels" is
    # an owner, no hotels)
    for m in _BLAMED_GROUP.finditer(text):
        label, head = m.group(1), m.group(2)
        words = label.split()
        one = singular(head)
        business = head in BLAMED_BUSINESSES and m.start() < lede_end
        if head in _VAGUE_GROUPS or head in spoken or label in targets or \
                not (one in lexicon.titles() or agent_noun(one) or head.endswith("men") or
                     one.endswith(("er", "or", "ist")) or business or
                     lexicon.source_nouns().get(one) == "anonymous") or \
                (len(words) == 2 and (words[0] in stance_cues() or words[0] in AUXILIARIES or
                                     words[0] in _OBJECT_DETERMINERS)) or \
                any(head in n.lower().split() for n in [*targets, *names]):
            continue  # (not "the fishermen" of a story whose Fishermen's Union speaks)
        if _NOT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "I don't blame the drivers": no blame
        again = [x.span(1) for x in re.finditer(rf"\b[Tt]he ({re.escape(head)})\b(?!['’])",
                                                text) if x.start() > m.end()]
        # (not "the drivers' union Aslef": their union, a body of its own)
        if not again:
            continue  # (named once: a charge in passing, no side of the story)
        group = targets.setdefault(label, Target(label, "group"))
        for span in [m.span(1), *again]:
            group.mentions.append(span)
            group.members.add(span)


def _spoken_groups(text: str, spoke_as: Mapping[tuple[int, int], str],
                   targets: dict[str, Target], names: list[str], quotes: list[Quote]) -> None:
    """A group that speaks under a label no name tells (``big textile exporters in
    Arequipa``) is a target where someone else's words call it back by its head noun
    (``Their federation said the exporters were colluding``), or where someone's act is
    aimed at it (``She rejected the exporters' complaints``), under the label its quotes
    have. Of two groups with one head (``small-boat fishermen``, ``coastal fishermen``),
    ``the coastal fishermen`` is the one its modifier names, else the one that spoke last.
    Its mentions count as members', so a group never becomes the story's principal actor;
    the narrator's own mentions ("the researchers found") are no target."""
    by_head: dict[str, list[str]] = {}
    for label in sorted(set(spoke_as.values()) - set(targets)):
        core = _group_head(label)
        if (core.split() or [""])[0].lower() not in lexicon.places():
            core = core[:1].lower() + core[1:]  # ("Ferrymen who carry passengers":
            # capitalised only as its sentence's first word; not "French farmers")
        words = core.split()
        head = words[-1] if words else ""
        if not core.islower() or not 1 <= len(words) <= 3 or \
                not head.endswith(("s", "men")) or head in _VAGUE_GROUPS or \
                not (role_noun(head) or agent_noun(head[:-1]) or
                     (head.endswith("men") and agent_noun(head))):  # ("ferrymen")
            continue
        if any(head in n.lower().replace("'", " ").replace("’", " ").split()
               for n in [*targets, *names]):
            continue  # (not "the employers" of a story that names the BC Maritime Employers
            # Association: the body, by its members)
        by_head.setdefault(head, []).append(label)
    if not by_head:
        return
    cues = stance_cues()
    said_at = sorted((span, who) for span, who in spoke_as.items())
    said_starts = [a for (a, _), _ in said_at]
    said_reach = max((b - a for (a, b), _ in said_at), default=0)
    spoken = sorted((q.start, q.end, q.speaker) for q in quotes if q.speaker is not None)
    spoken_starts = [a for a, _, _ in spoken]
    spoken_reach = max((b - a for a, b, _ in spoken), default=0)

    def within(starts: list[int], reach: int, at: int) -> range:
        """Indices of the sorted spans that can hold ``at``: those opening at most
        ``reach`` before it (one bisection, not a walk over every span)."""
        return range(bisect_left(starts, at - reach), bisect_right(starts, at))

    for head, labels in by_head.items():
        for m in re.finditer(rf"\b[Tt]he (?:([a-z-]+) )?({re.escape(head)})\b(['’])?", text):
            start = m.start(1) if m.group(1) else m.start(2)
            if any(start < said_at[k][0][1] for k in within(said_starts, said_reach, start)):
                continue  # the group's own attribution
            mod = m.group(1)
            if mod is not None and (mod in cues or mod in ("other", "same", "two", "many")):
                continue  # ("blamed the fishermen": the verb, no modifier)
            named = [n for n in labels if mod is not None and mod in n.split()]
            if mod is not None and not named and \
                    not (mod.endswith(("-boat", "-scale")) or mod in ("local",)):
                continue  # "the rival fishermen": another group than any that spoke
            felt = m.group(3) is not None and _SHARED_FEELING.match(text, m.end(2)) and \
                _SYMPATHY_BEFORE.search(text, max(0, start - 24), start)
            # ("We understand the fishermen's anger": sympathy with them, no thing of theirs)
            quoted = (not m.group(3) or felt) and any(
                start < spoken[k][1] and spoken[k][2] not in labels
                for k in within(spoken_starts, spoken_reach, start))
            # ("She rejected the exporters' complaints": someone's act against them)
            acted = any(w in cues for w in re.findall(r"[a-z]+",
                                                      text[max(0, start - 25):start])[-2:])
            if not (quoted or acted):
                continue
            label = named[0] if len(named) == 1 else next(
                (said_at[k][1] for k in range(bisect_left(said_starts, start) - 1, -1, -1)
                 if said_at[k][1] in labels), labels[0])
            group = targets.setdefault(label, Target(label, "group"))
            group.mentions.append((start, m.end(2)))
            group.members.add((start, m.end(2)))


def _called_outlet(text: str, name: str,
                     nouns: str = "newspaper|daily|weekly|paper|tabloid") -> bool:
    """Whether the story calls ``name`` a newspaper ("the Aarhus newspaper Østjysk
    Dagblad", "Der Standard, an Austrian daily", "the Honiara Herald newspaper"), so that
    "the paper" may be it (or, with other ``nouns``, a channel: "the private television
    channel Al Waha TV")."""
    n = re.escape(name)
    return re.search(rf"\b(?:{nouns}),? (?:the )?{n}\b|\b{n},? (?:an?|the) "
                     rf"(?:[\w-]+ ){{0,3}}(?:{nouns})\b|\b{n} (?:{nouns})\b", text) is not None


#: the word right before an unnamed body's noun: "interior" of "the interior ministry's"
_WORD_BEFORE = rx.compile(r"\b([a-z]+) $")


def _other_portfolio(text: str, span: tuple[int, int], spoke: str,
                     speaking: Iterable[str] = ()) -> bool:
    """Whether the unnamed ministry at ``span`` is another than ``spoke`` by the portfolio
    before it ("the health ministry said ... under the interior ministry's command"), one
    that never speaks in the story (a second ministry that speaks stays with the first,
    as before)."""
    words = spoke.lower().split()
    before = _WORD_BEFORE.search(text, max(0, span[0] - 24), span[0])
    return len(words) == 2 and words[1] == "ministry" and before is not None and \
        before.group(1) in PORTFOLIOS and before.group(1) != words[0] and \
        not any(w.lower() == f"{before.group(1)} ministry" for w in speaking)


def _named_in_body(text: str, seg: Segmentation, country: str) -> bool:
    """Whether the story names ``country`` after its dateline: by name, capital, alias or
    demonym ("Britain", "London", "British" for the United Kingdom)."""
    pattern = _country_words(country)
    return pattern is None or pattern.search(text, dateline_end(seg)) is not None


@lru_cache(maxsize=256)
def _country_words(country: str) -> re.Pattern | None:
    """Every word the places lexicon has for ``country``, as one pattern (built once)."""
    words = sorted((k for k, v in lexicon.places().items()
                    if v[1] == country or k == country.lower()), key=len, reverse=True)
    return rx.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I) \
        if words else None


def _lede_region(text: str, seg: Segmentation) -> str | None:
    """The region the lede opens on as the subject of its own act ("Sardinia will require
    applicants ..."), which acts as a state does; else None."""
    opening = _lede_opening(text, seg)
    if opening is None:
        return None
    m = _OWNED_REGION.match(text, opening) or _OPENING_NAME.match(text, opening)
    if m is None or not _LEDE_VERB.match(text, m.end(), m.end() + 30) or (
            m.re.pattern == _OPENING_NAME.pattern and
            lexicon.places().get(m.group(0).lower(), ("",))[0] != "region"):
        return None
    if m.re.pattern == _OWNED_REGION.pattern:
        return m.group(1)  # "South Korea's Jeju province will fine ...": the province
    sent = seg.sentences[seg.sentence_at(opening)]
    if _HEAD_OF_REGION.search(text, opening, sent.end):
        return None  # "Arizona will stop approving ..., Gov. Linda Hartwell announced": the
        # act is the governor's, whom the story's sides answer
    return m.group(0)


#: a region's head named in the lede: "Gov. Linda Hartwell", "Premier Danielle Smith"
_HEAD_OF_REGION = rx.compile(r"\b(?:Gov\.|Governor|Premier|President|Mayor) [A-Z]")
#: the kinds of region a lede may name after the region's own name: "Jeju province"
_REGION_KIND = r"(?:province|state|region|prefecture|county|canton|ward|district|borough)"
#: a region its country's possessive opens, before its kind: "South Korea's Jeju province"
_OWNED_REGION = rx.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*)?['’]s ([A-Z][\w-]+(?: [A-Z][\w-]+)?)"
                           rf"(?= {_REGION_KIND}\b)")
#: a capitalised name of one or two words: "Sardinia", "New Caledonia"
_OPENING_NAME = rx.compile(r"[A-Z][\w-]+(?: [A-Z][\w-]+)?")


def _lede_opening(text: str, seg: Segmentation) -> int | None:
    """Where the lede's own words begin, past the wire dateline and its dash ("NAIROBI,
    Kenya (Reuters) - "), or None for a story with no dateline."""
    opening = dateline_end(seg)
    if not opening:
        return None
    while opening < len(text) and text[opening] in " -—–":
        opening += 1
    return opening


#: a state's organ opening the lede as the doer of its act: "Romania's environment ministry
#: has allowed", "Greece's culture ministry will double" (or a national body: "Uruguay's
#: football association has docked")
_LEDE_STATE_ORGAN = rx.compile(r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s ((?:[a-z-]+ ){1,2}"
                               r"(ministry|department|agency|directorate|authority|association|"
                               r"federation|office|council|watchdog|regulator|commission|"
                               r"inspectorate|corporation|bank))(?: on [A-Z][a-z]+day)? (?:will|"
                               r"has|have|plans|is|wants|fined|sued|suspended|revoked|"
                               r"ordered|banned|began|decided|approved|proposed|allowed|"
                               r"ended)\b")
#: the heads of a national body that stands for itself, not for its state, even where it
#: only reports after the lede: a sports body, a regulator ("Lithuania's competition
#: council fined ... The council said") or a central bank ("Kosovo's central bank ... the bank
#: had acted without enough warning")
_OWN_BODIES = REGULATING_BODIES | {"association", "federation", "bank"}


#: a legislature opening the lede with an act the lede calls the government's defeat:
#: "Costa Rica's Legislative Assembly on Monday rejected a bill ..., a defeat for the
#: government"
_HOUSE_DEFEATS = rx.compile(r"[A-Z][\w-]+(?: [A-Z][\w-]+)?['’]s ((?:[A-Z][a-z]+ ){1,2}"
                            r"(?:Assembly|Congress|Senate)|[Pp]arliament)(?: on [A-Z][a-z]+day)? "
                            r"(?:rejected|defeated|blocked|voted down)\b[^.;]*?,? a (?:heavy |"
                            r"major |rare |fresh )?(?:defeat|setback|blow) for the government\b")


def _legislature_against_government(text: str, seg: Segmentation) -> tuple[int, int] | None:
    """The span of a legislature that opens the lede defeating the government
    (:data:`_HOUSE_DEFEATS`), a body of its own in that story; else None."""
    opening = _lede_opening(text, seg)
    m = _HOUSE_DEFEATS.match(text, opening) if opening is not None else None
    return (m.start(1), m.end(1)) if m is not None else None


#: a lede's act told as its doer's own words: "..., it said on Thursday"
_ITS_OWN_WORDS = rx.compile(r", it (?:said|says|announced)\b")


def _lede_municipality(text: str, seg: Segmentation, noun: str) -> str | None:
    """The town whose municipality opens the lede acting (``The municipality of Dili
    ordered dozens of food vendors off the seafront``), or whose municipal offices the lede
    names (``outside the municipal offices in Arua``), when ``noun`` is "municipality": the
    later "The municipality said" is the town's, not its country's (a capital's too)."""
    if noun != "municipality":
        return None
    opening = _lede_opening(text, seg)
    m = _CITY_LEDE_ACT.match(text, opening) if opening is not None else None
    if m is not None and "municipality of " in m.group(0):
        return m.group(1)
    offices = _MUNICIPAL_OFFICES.search(text, 0, seg.paragraphs[0].end) \
        if seg.paragraphs else None
    return offices.group(1) if offices is not None else None  # "parked their bikes outside
    # the municipal offices in Arua ... 'the municipality wants to squeeze us'": Arua's


#: the municipality speaking: "The municipality said delivery vehicles would be allowed"
_THE_MUNICIPALITY_SPEAKS = rx.compile(r"\b[Tt]he municipality (?:said|says|has said|"
                                      r"announced)\b")
#: a lede's act of the municipality: "over a municipal ban on cars in the old bazaar"
_MUNICIPAL_ACT = rx.compile(r"\b(?:a|the|its) (?:new )?municipal (?:ban|plan|order|decision|rule|"
                            r"fee|tax|curfew|levy)\b|"
                            r"\bthe municipality (?:planned|plans|wants|wanted|had decided|"
                            r"has decided|decided|will|would|had ordered|has ordered|ordered)\b|"
                            r"\b(?:run|set|organised|organized|imposed|ordered|introduced) by "
                            r"the municipality\b")
# (and "said the municipality planned to move their stalls from the main square", "a lottery
# for stall permits run by the municipality")
#: a lede's town hall, named by its town: "outside the municipal offices in Arua"
_MUNICIPAL_OFFICES = rx.compile(r"\bmunicipal (?:offices|headquarters|building|council offices) "
                                r"(?:in|of) ([A-Z][\w-]+)\b")


def _lede_organ(text: str, seg: Segmentation) -> tuple[str, tuple[int, int], str] | None:
    """The label, span and head noun of a state's organ that opens the lede acting
    (``Greece's culture ministry will double the entry fee``), where the state is a country
    or region; else None."""
    opening = _lede_opening(text, seg)
    m = _LEDE_STATE_ORGAN.match(text, opening) if opening is not None else None
    if m is None or lexicon.places().get(m.group(1).lower(), ("",))[0] not in (
            "country", "alias", "region"):
        return None
    lede = seg.sentences[seg.sentence_at(m.start())]
    if m.group(3) not in _OWN_BODIES and " on " in m.group(0):
        return None  # (a ministry's act told with its day keeps to the older rule)
    if m.group(3) in _OWN_BODIES:  # no organ of the state's voice: "Uruguay's football
        # association has docked ... The association said" is the association's
        return (text[m.start():m.end(2)], (m.start(), m.end(2)), m.group(3)) \
            if rx.compile(rf"\b[Tt]he {m.group(3)}\b").search(text, lede.end) else None
    if not _ITS_OWN_WORDS.search(text, m.end(), lede.end) and \
            not any(not _SAYS_HERE.match(text, r.end()) and
                    text[max(0, r.start() - 13):r.start()].lower() != "according to "
                    for r in rx.compile(rf"\b[Tt]he {m.group(3)}\b").finditer(text, lede.end)):
        return None  # (the ministry that only reports, "the ministry said", stands for its
        # state, as the gold has it in most such stories)
    return text[m.start():m.end(2)], (m.start(), m.end(2)), m.group(3)
#: an aside between a lede's subject and its verb: ", Latvia's third-largest city,"
_LEDE_ASIDE = rx.compile(r", (?:[A-Z][\w-]+['’]s |the |an? )[^,;:\n\"“]{3,50},")
#: the same aside ending right before the verb: "..., Latvia's third-largest city, voted"
_ASIDE_BEFORE_VERB = rx.compile(_LEDE_ASIDE.pattern + r" (?:on [A-Z][a-z]+day )?$")


#: the verb of a lede's subject that acts: "Kyrgyzstan plans to", "Estonia will close"
_LEDE_VERB = rx.compile(r"(?:['’]s)? (?:prime minister|president)(?: on [A-Z][a-z]+day)? "
                        r"(?:has |had )?(?:dismissed|sacked|fired)\b|"
                        # ("Fiji's prime minister on Monday dismissed": the state's leader
                        # unnamed, as the gold has it)
                        r"(?:(?:['’]s)? (?:(?:city|town|municipal) )?(?:government|cabinet)|"
                        r"(?:['’]s)? parliament)?"
                        # ("Vanuatu's government will", "Sucre's city government has ordered";
                        # "Slovakia's parliament voted": the state, as the gold has it, its
                        # possessive in the mention or not)
                        rf"(?: {_REGION_KIND})?(?: in (?:(?:north|south|east|west|central)"
                        r"[a-z-]* )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
                        r"(?: on [A-Z][a-z]+day)? "
                        r"(?:will|would|plans|planned|has|have|voted|"
                        r"is|was|wants|ordered|banned|began|started|decided|approved|"
                        r"proposed|seized|raided|fined|suspended|revoked|imposed|expelled|"
                        r"demolished|evicted|bulldozed|closed|shut|evacuated|ended|amended|"
                        r"refused|rejected|blocked|upheld|annulled|overturned|censured|"
                        r"passed)\b")


#: a sentence's subject and its reporting verb, up to a reported clause: "Lyon supporters'
#: groups said ", "Lyon president Jean-Marc Aulas said "
_SUBJECT_SAID = rx.compile(r"[A-Z][\w'’ -]{0,60}? (?:said|says) (?:that )?")
#: how a story introduces a firm by its trade before its name: "The power distributor, "
_CALLED_BEFORE = rx.compile(r"\b[Tt]he ((?:[a-z]+ ){1,2})([a-z]+), $")


#: a line that runs vessels, set before its name: "The cruise line, Polarstjerne Cruises, "
_VESSEL_OWNER = rx.compile(r"\b[Tt]he (?:cruise line|cruise company|shipping company|shipping "
                           r"line|ferry company|ferry operator), (?=[A-Z])")
#: a vessel, or its master, named before the line that runs it: "the ship", "The captain"
_VESSEL_WORDS = rx.compile(r"\b(?:[Tt]he|[Aa]) (?:cruise )?(ship|vessel|captain)(?:['’]s)?\b")


def _punisher_before(text: str, seg: Segmentation, mentions: list[tuple[int, int, str]],
                     starts: list[int], found: Mapping[str, Target], pos: int,
                     others: set[str]) -> str | None:
    """The body the story last reported punishing someone before ``pos`` ("The Czech Ice
    Hockey Association fired national team coach X"): the institution named before a
    penalty verb in its sentence, not one of ``others``; None if there is none."""
    for si in range(seg.sentence_at(pos) - 1, -1, -1):
        sent = seg.sentences[si]
        verb = next((m for m in re.finditer(r"[a-z]+", text[sent.start:sent.end])
                     if m.group() in PENALTY_ACTS), None)
        if verb is None:
            continue
        at = sent.start + verb.start()
        actor = next((n for a, _, n in reversed(mentions[bisect_left(starts, sent.start):
                                                          bisect_left(starts, at)])
                      if n not in others and found[n].kind == "institution"), None)
        if actor is not None:
            return actor
    return None
