"""Draft the state entries of the actor dictionary from newsmap's English dictionary.

Why: newsmap (koheiw/newsmap, MIT) already lists 241 countries with their demonyms and
capitals; converting it gave the starting point of ``analysis/data/actors/states.yaml``,
which was then curated by hand (short names such as "U.S.", institutions, commercial
cities removed because they name places, not governments).  Re-running this script prints
the raw draft again; it does not touch the curated file.

Usage: python -m scripts.import_newsmap ../shared/reference/newsmap_english.yml > draft.yaml
(needs the dev-only package pycountry).
"""

from __future__ import annotations

import sys

import pycountry
import yaml

# Cities newsmap lists that are not seats of government: "in Shanghai" is a place, not China acting.
NOT_GOVERNMENT_SEATS = {
    "Shanghai", "Mumbai", "Sydney", "Toronto", "Quebec", "New York", "Johannesburg", "Cape Town", "Lagos",
    "Barcelona", "Frankfurt", "Zurich", "Istanbul", "Dubai", "Sao Paulo", "Rio", "Auckland", "Saigon",
    "Ho Chi Minh", "Yangon", "Dar es Salaam", "Abidjan", "Gaza City", "Gaza", "West Bank", "Oz", "SA",
    "Kingston", "San Juan", "Santiago", "Jamestown", "The Valley", "Capital Hill", "Saint Pierre",
}
EXTRA_CODES = {"KV": "XKX"}


def expand(term: str) -> list[str]:
    """newsmap's trailing '*' means any suffix; for demonyms that is the singular and plural."""
    term = term.strip()
    if term.endswith("*"):
        stem = term[:-1]
        return [stem, stem + "s"]
    return [term]


def main(path: str) -> None:
    tree = yaml.safe_load(open(path, encoding="utf-8"))
    out = {}
    for region in tree.values():
        for subregion in region.values():
            for alpha2, terms in subregion.items():
                country = pycountry.countries.get(alpha_2=alpha2)
                code = EXTRA_CODES.get(alpha2) or (country.alpha_3 if country else None)
                if not code:
                    continue
                terms = [t for t in terms if t]
                name = terms[0]
                names, adjectives, capitals = [], [], []
                for i, term in enumerate(terms):
                    if term in NOT_GOVERNMENT_SEATS:
                        continue
                    if i > 0 and (term.endswith("*") or term.endswith("ese") or term.endswith("ish")
                                  or term.endswith("ian") or term.endswith("i")):
                        adjectives.extend(expand(term))
                    elif i == len(terms) - 1 and i > 0 and not term.isupper():
                        capitals.append(term)
                    else:
                        names.extend(expand(term))
                out[code] = {"name": name, "names": names, "adjectives": adjectives, "capitals": capitals}
    yaml.safe_dump(out, sys.stdout, sort_keys=True, allow_unicode=True, default_flow_style=None, width=200)


if __name__ == "__main__":
    main(sys.argv[1])
