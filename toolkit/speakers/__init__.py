"""Speakers: resolve each quote's speaker mention to a canonical speaker.

Two steps, two modules:

* :mod:`~toolkit.speakers.entities` builds a registry of the article's named
  entities from every capitalised name sequence in the body (``Russian President
  Vladimir Putin`` gives the person *Vladimir Putin* with his title and nationality;
  ``the Defence Ministry`` an institution; appositives add descriptors and ages);
* :mod:`~toolkit.speakers.resolver` then resolves each quote's mention: a name or
  surname to its person, a definite description (``the Russian leader``, ``the
  54-year-old``) to the person it describes or to itself as an anonymous or
  institutional speaker, ``he``/``she`` to the most salient person of that gender,
  ``it``/``they`` to the latest institution, an unattributed quote to the previous
  quote's speaker; and infers each speaker's gender from the article's own words.

``resolver`` imports ``entities``, never the other way round.
"""
from __future__ import annotations

from .entities import (
    Entity,
    Registry,
    dateline_country,
    dateline_end,
    dateline_place,
    initials,
    registry,
    thing_word,
)
from .resolver import described_before, lede_body_of_place, org_fits, resolve, taken_to

__all__ = [
    "Entity",
    "Registry",
    "dateline_country",
    "dateline_end",
    "dateline_place",
    "described_before",
    "initials",
    "lede_body_of_place",
    "org_fits",
    "registry",
    "resolve",
    "taken_to",
    "thing_word",
]
