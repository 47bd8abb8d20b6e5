"""Deprecated: :mod:`thanknote.etiquette` holds what this module held.

The name said "customisation" to most readers; the module is about what is
customary in each country. Import ``thanknote.Custom`` and
``thanknote.thank_you_custom`` from the package instead.
"""

from __future__ import annotations

import warnings

from thanknote.etiquette import Custom, thank_you_custom

__all__ = ["Custom", "thank_you_custom"]

warnings.warn(
    "thanknote.custom is deprecated and will be removed in the next release; "
    "use thanknote.Custom and thanknote.thank_you_custom",
    DeprecationWarning,
    stacklevel=2,
)
