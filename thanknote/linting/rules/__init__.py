"""thanknote's built-in lint rules, in code order.

| code  | name               | default  |
|-------|--------------------|----------|
| TN101 | missing-gratitude  | error    |
| TN102 | late-gratitude     | info     |
| TN111 | missing-specifics  | error    |
| TN121 | missing-interest   | error    |
| TN122 | unnamed-interest   | warning  |
| TN201 | misspelt-name      | error    |
| TN202 | wrong-recipient    | error    |
| TN203 | honorific-mismatch | warning  |
| TN204 | generic-salutation | warning  |
| TN205 | title-as-name      | error    |
| TN211 | misspelt-company   | error    |
| TN212 | misspelt-position  | warning  |
| TN213 | other-company      | error    |
| TN301 | placeholder        | error    |
| TN302 | broken-sentence    | warning  |
| TN311 | too-long           | warning  |
| TN312 | too-short          | info     |
| TN321 | pushy              | warning  |
| TN322 | exclamations       | warning  |
| TN323 | salary-talk        | warning  |
| TN324 | self-deprecation   | warning  |
| TN325 | cliche             | info     |
| TN331 | sent-too-soon      | warning  |
| TN332 | sent-late          | warning  |
| TN501 | wrong-language     | warning  |
| TN401 | similar-notes      | warning  |
| TN402 | no-own-points      | warning  |

The panel rules compare notes with each other (:mod:`.panel`); they run in
``lint_panel`` only.
"""

from __future__ import annotations

from thanknote.linting.protocol import Rule
from thanknote.linting.rules.facts import (
    generic_salutation,
    honorific_mismatch,
    misspelt_company,
    misspelt_name,
    misspelt_position,
    other_company,
    title_as_name,
    wrong_recipient,
)
from thanknote.linting.rules.gratitude import late_gratitude, missing_gratitude
from thanknote.linting.rules.interest import missing_interest, unnamed_interest
from thanknote.linting.rules.language import wrong_language
from thanknote.linting.rules.panel import no_own_points, similar_notes
from thanknote.linting.rules.specifics import missing_specifics
from thanknote.linting.rules.style import (
    broken_sentence,
    cliche,
    exclamations,
    placeholder,
    pushy,
    salary_talk,
    self_deprecation,
    sent_late,
    sent_too_soon,
    too_long,
    too_short,
)

__all__ = ["BUILTIN_RULES"]

BUILTIN_RULES: tuple[Rule, ...] = (
    missing_gratitude,
    late_gratitude,
    missing_specifics,
    missing_interest,
    unnamed_interest,
    misspelt_name,
    wrong_recipient,
    honorific_mismatch,
    generic_salutation,
    title_as_name,
    misspelt_company,
    misspelt_position,
    other_company,
    placeholder,
    broken_sentence,
    too_long,
    too_short,
    pushy,
    exclamations,
    salary_talk,
    self_deprecation,
    cliche,
    sent_too_soon,
    sent_late,
    wrong_language,
    similar_notes,
    no_own_points,
)
