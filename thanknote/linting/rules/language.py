"""Rule TN501: a note written in another language than its locale.

A note to a German employer drafted with an English template, or an English
note linted with ``locale="de_DE"``, is worth a second look: the reader gets
the wrong language, and the language-dependent rules judge the wrong words.
"""

from __future__ import annotations

from collections.abc import Iterator

from babel import Locale

from thanknote._i18n import N_
from thanknote._locales import language_code
from thanknote.linting.patterns import function_word_counts, function_words, guess_language
from thanknote.linting.protocol import Hit, LintContext, rule
from thanknote.linting.text import NoteText

__all__ = ["wrong_language"]


@rule("TN501", "wrong-language", "warning", "The note's language differs from its locale.")
def wrong_language(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report a note that reads as one language while its locale says another."""
    expected = context.language
    if expected not in function_words():
        return
    counts = function_word_counts(text.vocabulary)
    guess = guess_language(text.vocabulary, counts)
    if guess is None:
        return
    found, top, second = guess
    # Related languages share function words ("la", "de", "que"), so the note
    # is judged against its own language's count, and named only when one
    # language clearly leads.
    own = counts.get(expected, 0)
    if found != expected and top > second and top >= 2 * max(own, 1):
        yield Hit(
            0,
            0,
            N_("the note reads as {found} but its locale is {locale} ({expected})"),
            N_("draft it with locale {code} or rewrite it in {expected}"),
            {
                "found": _name(found, context.locale),
                "locale": context.locale,
                "expected": _name(expected, context.locale),
                "code": found,
            },
        )


def _name(language: str, locale: str) -> str:
    # The language's name in the language of the message ("Deutsch" → "German").
    return str(Locale.parse(language).get_display_name(language_code(locale)))
