"""The Jinja filters every note template gets: dates, times and lists in its locale.

Babel formats them in the locale the note is drafted for, which the
renderer puts in the template's context; Babel is imported on first use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import jinja2
from markupsafe import Markup, escape

__all__ = ["FILTERS"]


@jinja2.pass_context
def _format_date(ctx: jinja2.runtime.Context, value: Any, format: str = "long") -> str:
    from babel.dates import format_date

    return format_date(value, format, locale=ctx["locale"])


@jinja2.pass_context
def _format_time(ctx: jinja2.runtime.Context, value: Any, format: str = "short") -> str:
    from babel.dates import format_time

    return format_time(value, format, locale=ctx["locale"])


@jinja2.pass_context
def _format_datetime(ctx: jinja2.runtime.Context, value: Any, format: str = "medium") -> str:
    from babel.dates import format_datetime

    return format_datetime(value, format, locale=ctx["locale"])


@jinja2.pass_context
def _format_list(ctx: jinja2.runtime.Context, items: Sequence[str], style: Any = "standard") -> str:
    from babel.lists import format_list

    return format_list(list(items), style=style, locale=ctx["locale"])


@jinja2.pass_eval_context
def _nl2br(eval_ctx: jinja2.nodes.EvalContext, value: str) -> Markup | str:
    if not eval_ctx.autoescape:
        return value.replace("\n", "<br>\n")
    return Markup("<br>\n").join(escape(part) for part in value.split("\n"))


FILTERS: dict[str, Any] = {
    "format_date": _format_date,
    "format_time": _format_time,
    "format_datetime": _format_datetime,
    "format_list": _format_list,
    "nl2br": _nl2br,
}
