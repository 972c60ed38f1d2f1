"""The regular expressions and small word sets by which `_mention.parse_mention` reads a
phrase: a nickname in brackets, a party tag ("R-Texas"), a cited work's authors ("Smith et
al."), a relative clause in a title, a surname's initial, a name in capitals, an aside in
brackets, "of"/"from" a body, people asked by a pollster, party words, bodies that are also
people, name particles, an apposition's comma."""

from __future__ import annotations

import re

_BRACKET_NICKNAME_RE = re.compile(r"\b([A-Z][a-z]+) [(\"“]([A-Z][a-z][\w'’-]*)[)\"”](?= [A-Z])")

# "R-Texas", "D-Ill.", "D-New York City" and the state after one ("D-Buffalo, N.Y."): no title
_PARTY_TAG_RE = re.compile(
    r"[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*){1,3}|[A-Z]-[A-Z][\w.]*|(?:[A-Z]\.)+[A-Z]?"
)  # (of several words only after a party's letter: not "E-Commerce Director")

# "Smith et al. (2019)", "De la Cruz et al.", "van der Berg et al.", "Dr. Nakamura et al."
_ET_AL_RE = re.compile(
    r"((?:(?:[A-Z][\w.'’-]*|de|la|le|van|von|der|den|da|di|du|del|dos|bin|al)\s+){0,3}"
    r"[A-Z][\w'’-]*)\s+et\.?\s+al\b[\s\d().,]*"
)

_TITLE_RELATIVE_RE = re.compile(r"\s(?:who|whose|which)\s")

_WHO_IS_RE = re.compile(
    r"(?:who|which)\s+(?:is|was)\s+(?:also\s+|now\s+|still\s+)?(?:the|an?)\s+(.+)"
)

_INITIAL_END_RE = re.compile(r"\s[A-Z]\.[\s,;:)\"”’']*$")  # "Erdal Y.", "Mr M.,"

# two to five words in capitals, an initial or an abbreviation among them: "SEN. LYLE BRANDT"
_CAPITALS_NAME_RE = re.compile(r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){1,4}")

_WORD_PART_RE = re.compile(r"[A-Za-z]+")  # "O'NEILL" -> "O'Neill", "PRYCE-JONES"

# a parenthesis with a comma inside after a name: party and ward, age and address, a caption
_ASIDE_RE = re.compile(r"\s*\([^()]*,[^()]*\)")

_OF_BODY_RE = re.compile(r"\s(?:of|from)\s")

# people asked by a newsroom or a pollster: "economists polled by Bloomberg", "voters
# interviewed by the BBC" (the people speak; the one who asked them is no source)
_POLLED_BY_RE = re.compile(
    r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+(?:polled|surveyed|interviewed|questioned|asked"
    r"|consulted|contacted)\s+(?:by|for)\s+.+"
)

# party adjectives before a surname are a title ("Republican Smith"), no part of a name
_PARTY_WORDS = frozenset(
    ("republican", "democrat", "democratic", "conservative", "labour", "liberal", "tory",
     "socialist", "green", "independent", "unionist", "nationalist")
)  # fmt: skip

# kinds of body that are also people: "the broadcaster David Attenborough", "Smith, the
# leading authority on Roman coins", "Jones, a carrier of the virus"
_PEOPLE_TOO = frozenset(("broadcaster", "publisher", "operator", "authority", "carrier"))

# lower-case particles inside names: "Carla del Ponte", "Vincent van Gogh", "Charles de Gaulle"
_NAME_PARTICLES = frozenset(
    ("de", "del", "della", "der", "di", "da", "dos", "du", "van", "von", "ter", "ten", "bin", "ibn")
)

_APPOSITION_COMMA_RE = re.compile(r"(?<!\d),|,(?!\d)")  # a comma, not a figure's ("4,000")

_APPOSITION_SPLIT_RE = re.compile(_APPOSITION_COMMA_RE.pattern + r"|\s[—–-]\s|\(|\)")
