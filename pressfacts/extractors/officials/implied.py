"""Organizations a regional text leaves to the reader: "губернатор", "министр здравоохранения
региона", "заместитель Председателя Правительства области" hold office in the region the text is
about (``pipeline.regions``), marked implied; a region written short takes its full name ("Коми"
→ "Республика Коми").

    губернатор Павел Малков (a text about the Ryazan region)   -> Рязанская область, implied
    министр здравоохранения края Иван Орлов                      -> Ставропольский край, implied
    руководитель регионального Минздрава (a Ryazan text)          -> Минздрав Рязанской области, implied
    начальник отдела образования администрации района            -> администрация Малоархангельского района
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pressfacts.data import read_words
from pressfacts.pipeline.morphology import fold
from pressfacts.pipeline.regions import Region, genitive, lemmas, region_name, state_name
from pressfacts.pipeline.titles import full_title
from pressfacts.pipeline.wordforms import ADJECTIVE_POS, agree_adjective, best_pos, parses_as

# Positions held in a region's government: the words they begin with (or "губернатор" anywhere).
# Short titles are written in full first (pipeline/titles.py): "врио министра" is listed as "временно
# исполняющий обязанности министра".
REGIONAL_STARTS = (
    "министр", "заместитель министра", "первый заместитель министра",
    "исполняющий обязанности министра", "временно исполняющий обязанности министра",
    "председатель правительства", "заместитель председателя правительства", "первый заместитель председателя правительства",
)
# An organization that only says "the region": "региона", "области", "Правительства края".
GENERIC_REGION = frozenset({"регион", "область", "край", "республика", "субъект"})
GOVERNMENT = frozenset({"правительство", "администрация"})
REGION_BODIES = frozenset({"правительство", "министерство"})   # written alone in a regional text: the region's
DISTRICT = "район"
DISTRICT_ADJECTIVE = "районный"
# The region's adjective that names a house by its region ("областная Дума" in a Tambov text is the
# Тамбовская областная Дума), for a region written "<adjective> область/край".
NAMED_BY = {"областной": ["область"], "краевой": ["край"]}
# Adjectives that say "the region's" before a body: "регионального Минздрава", "краевого агентства".
REGIONAL_ADJECTIVES = frozenset({"региональный", "краевой", "областной", "республиканский"})
REGIONAL_BODIES = read_words("officials_regional_bodies.txt")
MINISTRY = re.compile(r"Мин[а-яё]{3,}")   # Минздрав, Минсельхоз, Минобразования


class Placed(NamedTuple):
    organization: str | None
    implied: bool
    source: Region | None = None   # the region or district an implied organization is, with its first mention


def regional_post(position: str) -> bool:
    """Is the post one of a region's government ("министр культуры", "врио губернатора")?"""
    folded = fold(full_title(position))
    return folded.startswith(REGIONAL_STARTS) or "губернатор" in folded   # вице-губернатор, замгубернатора too


def generic_region(organization: str) -> bool:
    """Does the organization only say "the region": "региона", "Правительство области"?"""
    words = lemmas(organization)
    if len(words) == 1:
        return words[0] in GENERIC_REGION
    return len(words) == 2 and words[0] in GOVERNMENT and words[1] in GENERIC_REGION


def full_name(organization: str) -> str | None:
    """The full name of a region written as a part of it ("Коми" → "Республика Коми"), else None
    ("Приморье" stays: it is another word, not a part of "Приморский край")."""
    name = region_name(organization)
    if name is None or fold(name) == fold(organization) or not set(lemmas(organization)) < set(lemmas(name)):
        return None
    return name


def place(position: str, organization: str | None, region: Region | None, district: Region | None = None) -> Placed:
    """The organization of a role, with the text's region (or district: "глава района") where the
    role leaves it implied."""
    if organization is not None:
        if generic_region(organization) and len(organization.split()) == 1:
            return Placed(region.name, True, region) if region is not None else Placed(None, False)   # "главы региона"
        if region is not None and (generic_region(organization) or lemmas(organization) in [[b] for b in REGION_BODIES]):
            return Placed(region.name, True, region)   # "Правительство области"; "глава министерства" in a regional text
        if district is not None and lemmas(organization) == [DISTRICT]:
            return Placed(district.name, True, district)   # "глава района" in a text about one district
        if (completed := complete(organization, region, district)) is not None:
            return Placed(completed, True)
        if organization.isupper() and (state := state_name(organization)) is not None:
            return Placed(state, False)                 # "РФ" written out: "Российская Федерация"
        return Placed(full_name(organization) or organization, False)
    if region is not None and (
        regional_post(position) or region.name in CITIES and city_post(position) or republic_head(position, region)
    ):
        return Placed(region.name, True, region)
    return Placed(None, False)


def republic_head(position: str, region: Region) -> bool:
    """"Глава" of a republic is its head's title: "врио Главы Радий Хабиров" in a text about
    Bashkortostan holds office in the republic (a district's head is written with his district)."""
    if "республика" not in fold(region.name):
        return False
    words = fold(position).split()
    return bool(words) and words[-1] in ("глава", "главы")   # "глава", "временно исполняющий обязанности главы"


CITIES = frozenset({"Москва", "Санкт-Петербург", "Севастополь"})   # the regions that are cities
CITY_POSTS = ("мэр", "вице-мэр", "заместитель мэра", "первый заместитель мэра", "градоначальник")


def city_post(position: str) -> bool:
    """Is the post a city's ("мэр", "заместитель мэра")? In a text about a city that is a region
    ("мэр столицы Юрий Лужков"), the city."""
    return fold(position).startswith(CITY_POSTS)


def complete(organization: str, region: Region | None, district: Region | None) -> str | None:
    """A body written with "the region's" or "the district's" only, with the place of the text:
    "региональный Минздрав" → "Минздрав Рязанской области", "краевое агентство по туризму" →
    "агентство по туризму Приморского края", "администрация района" → "администрация
    Малоархангельского района", "областная Дума" → "Тамбовская областная Дума", "районный Совет"
    → "Малоархангельский районный Совет"; None when the organization names its place or the text has none."""
    words = organization.split()
    if len(words) < 2:
        return None
    first = lemmas(words[0]) if words[0].islower() else []
    if region is not None and first and first[0] in REGIONAL_ADJECTIVES:
        body = next((k for k in range(1, len(words)) if best_pos(words[k]) != "ADJF"), None)
        if body is not None and _regional_body(words[body]):
            return f"{' '.join(words[1:])} {genitive(region.name)}"
    if region is not None and first and NAMED_BY.get(first[0]) == lemmas(region.name)[1:2]:
        return f"{_agreeing(region.name.split()[0], words[0])} {organization}"   # областная Дума → Тамбовская областная Дума
    if district is not None and first == [DISTRICT_ADJECTIVE]:
        return f"{_agreeing(district.name.split()[0], words[0])} {organization}"   # районный Совет → Малоархангельский районный Совет
    last = lemmas(words[-1])
    if not words[-1].islower() or not last or words[-2][:1].isupper() and not words[-2].isupper():
        return None   # "администрация Малоархангельского района" names its place ("МФЦ района" does not)
    if last == [DISTRICT] and district is not None:
        return f"{' '.join(words[:-1])} {genitive(district.name)}"
    if last[0] in GENERIC_REGION and region is not None:
        return f"{' '.join(words[:-1])} {genitive(region.name)}"
    return None


def _agreeing(adjective: str, like: str) -> str:
    """A place's adjective in the gender and number of the adjective it goes before (in the
    nominative): "Тамбовская" before "областной Совет" → "Тамбовский"."""
    parses = parses_as(like, ADJECTIVE_POS)
    parse = next((p for p in parses if p.tag.case == "nomn"), parses[0])   # "краевой суд": masculine, not the feminine genitive
    return agree_adjective(adjective, "plur" if "plur" in parse.tag else "sing", parse.tag.gender or "masc")


def _regional_body(word: str) -> bool:
    """A body of a region's government: "Минздрава", "агентства", "министерства"."""
    return MINISTRY.match(word) is not None or any(lemma in REGIONAL_BODIES for lemma in lemmas(word))
