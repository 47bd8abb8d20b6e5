"""The lint pass: checks a note for what makes it work and what costs jobs.

Layout: :mod:`.text` takes a note apart once; :mod:`.rule` defines the Rule
protocol, its context and the registry; :mod:`.rules` holds the built-in
rules and :mod:`.languages` their German, French and Spanish words;
:mod:`.panel` compares a panel's notes; :mod:`.config` reads the
configuration; :mod:`.engine` runs it all; :mod:`.output` formats reports.
This package imports nothing of the template engine, so a program that only
lints does not pay for Jinja.
"""
