"""Splitting a person's name into the parts a salutation needs.

Only used when the input gives no ``first_name``/``last_name`` override. The
split is deliberately simple and predictable: the first word is the given
name, and the family name is the last word together with any lowercase
particles before it ("van der Berg", "de la Cruz"). Names that do not fit
(many East Asian, Icelandic or Hispanic double names) are what the overrides
are for.
"""

from __future__ import annotations

_PARTICLES = frozenset(
    {"al", "bin", "binti", "da", "das", "de", "del", "della", "der", "des", "di", "do",
     "dos", "du", "el", "la", "le", "st.", "ten", "ter", "van", "von", "zu"}
)  # fmt: skip
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d."})


_TITLES = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "dr", "dr.", "prof", "prof.",
     "frau", "herr", "madame", "monsieur", "mme", "m.", "sr.", "sra.", "dra.", "lic.", "ing.",
     "dott.", "dott.ssa", "sig.", "sig.ra", "eng.", "eng.ª", "prof.ª", "avv.", "arch.",
     "prof.ssa", "dottoressa", "pr", "pr.", "lcda.", "lcdo.", "dra"}
)  # fmt: skip


def _is_title(word: str) -> bool:
    # A known title ("Dr.", "Frau"), a compound one ("Dr.-Ing."), or a
    # lower-case abbreviation that only a title has ("med." in "Dr. med.").
    folded = word.casefold()
    if folded in _TITLES or folded.split("-")[0] in _TITLES:
        return True
    return word.endswith(".") and word[:1].islower()


def _words(name: str) -> list[str]:
    words = name.split()
    while len(words) > 1 and _is_title(words[0]):
        words.pop(0)  # "Dr. med. Anna Schmidt": the titles are not her first name
    while len(words) > 1 and words[-1].rstrip(",").lower() in _SUFFIXES:
        words.pop()
    return [w.rstrip(",") for w in words]


def leading_titles(name: str) -> str | None:
    """The titles a name begins with ("Dr", "Dr. med.", "Prof. Dr.-Ing."), or ``None``."""
    words = name.split()
    titles = []
    while len(words) > 1 and _is_title(words[0]):
        titles.append(words.pop(0))
    return " ".join(titles) or None


def first_name(name: str) -> str:
    """Return the given name: the first word of ``name``.

    Two words for a two-word given name before a family name ("Ana Paula
    Souza" → "Ana Paula", "Juan Carlos Pérez" → "Juan Carlos").
    """
    words = _words(name)
    if len(words) >= 3 and _two_word_given(words):
        return " ".join(words[:2])
    return words[0] if words else name.strip()


def last_name(name: str) -> str:
    """Return the family name, keeping lowercase particles such as "van" or "de"."""
    words = _words(name)
    if len(words) < 2:
        return words[0] if words else name.strip()
    return " ".join(words[_with_particles(words, len(words) - 1, floor=1) :])


def _with_particles(words: list[str], start: int, *, floor: int) -> int:
    # Where a family name starting at ``start`` begins once the particles
    # before it are counted in ("van der Berg"), never before ``floor``.
    while start > floor and words[start - 1].casefold() in _PARTICLES:
        start -= 1
    return start


# Given names of two words, common where people carry two surnames: "Juan
# Carlos Pérez" has one surname, "Carmen Ruiz Ortega" two; and people go by
# both words ("Hola, Juan Carlos", "Olá, Ana Paula").
_TWO_WORD_GIVEN = frozenset(
    {"juan carlos", "josé luis", "jose luis", "josé antonio", "jose antonio", "josé manuel",
     "jose manuel", "josé maría", "jose maria", "juan josé", "juan jose", "juan antonio",
     "juan manuel", "juan pablo", "miguel ángel", "miguel angel", "francisco javier",
     "luis miguel", "josé ignacio", "jose ignacio", "maría josé", "maria jose", "maría teresa",
     "maria teresa", "ana maría", "ana maria", "maría isabel", "maria isabel", "maría ángeles",
     "maría jesús", "maria jesus", "maría luisa", "maria luisa", "maría elena", "maria elena",
     "maría pilar", "maría dolores", "maria dolores", "maría cristina", "rosa maría",
     # Portuguese, as common in Brazil and Portugal
     "ana paula", "ana carolina", "ana beatriz", "ana luísa", "ana luiza", "ana clara",
     "maria eduarda", "maria clara", "maria fernanda", "maria luísa", "maria luiza",
     "maria joão", "maria josé", "joão pedro", "joão paulo", "joão vitor", "joão victor",
     "pedro henrique",
     "luiz carlos", "luiz fernando", "luís miguel", "carlos eduardo", "josé carlos",
     "paulo roberto", "marco antônio", "marco antonio"}
)  # fmt: skip


# Beyond the pairs above, a given name that opens such pairs followed by one
# that is never a surname ("Luis Fernando Cárdenas", "María Eugenia Paz"):
# the second is a given name too. Names that are also common surnames
# ("Martín", "Lorenzo", "Vicente", "Ramos") are not in the second list.
_COMPOUND_FIRST = frozenset(
    {"juan", "josé", "jose", "luis", "luiz", "luís", "miguel", "francisco", "carlos", "pedro",
     "joão", "joao", "marco", "paulo", "antonio", "antônio", "maría", "maria", "ana", "rosa",
     "juana", "luisa", "luísa", "mari", "marta", "laura", "clara", "anna", "gian", "pier"}
)  # fmt: skip
_COMPOUND_SECOND = frozenset(
    {"carlos", "luis", "luiz", "fernando", "antonio", "antônio", "manuel", "pablo", "josé",
     "jose", "ignacio", "javier", "andrés", "alberto", "eduardo", "alejandro", "enrique",
     "ramón", "francisco", "gabriel", "rafael", "ricardo", "roberto", "sebastián", "felipe",
     "gustavo", "henrique", "vitor", "victor", "paulo", "pedro", "augusto", "daniel", "david",
     "maría", "maria", "isabel", "teresa", "elena", "luisa", "luísa", "jesús", "dolores",
     "pilar", "cristina", "fernanda", "paula", "carolina", "beatriz", "clara", "eugenia",
     "victoria", "lucía", "lucia", "mercedes", "belén", "inés", "soledad", "alejandra",
     "gabriela", "valentina", "camila", "cecilia", "josefina", "eduarda", "helena", "júlia",
     "julia", "luiza", "cristiane", "aparecida", "rita", "sofia", "sofía", "ángeles", "angeles",
     "ángel", "angel", "vittoria", "grazia", "chiara", "luca", "paolo", "carlo", "franco",
     "giuseppe", "giovanni", "luigi"}
)  # fmt: skip


def _two_word_given(words: list[str]) -> bool:
    pair = " ".join(words[:2]).casefold()
    first, _, second = pair.partition(" ")
    return pair in _TWO_WORD_GIVEN or (first in _COMPOUND_FIRST and second in _COMPOUND_SECOND)


def family_name(name: str, surnames: int = 1) -> str:
    """The family name a formal salutation uses where people carry ``surnames`` surnames.

    With two (Spanish custom), "Carmen Ruiz Ortega" is "Ruiz Ortega", and
    "Gabriel García Márquez" "García Márquez"; a two-word given name
    ("Juan Carlos Pérez") leaves one. Otherwise, :func:`last_name`.
    """
    words = _words(name)
    if surnames < 2 or len(words) < 3:
        return last_name(name)
    given = 2 if _two_word_given(words) else 1
    if len(words) - given < 2:
        return last_name(name)
    family = words[given:]
    if len(family) > 2:
        # "Xosé Manuel Pazos Iglesias": a given name of two words this module
        # does not know leaves the last two as the surnames, with the
        # particles before them ("Ana Sofía de la Vega Ruiz").
        family = family[_with_particles(family, len(family) - 2, floor=0) :]
    return " ".join(family)
