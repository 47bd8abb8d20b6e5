"""TN111 without the interview, in every language whose pack gives cues.

A note linted on its own (no interview at hand) must point at something
concrete from the conversation: a topic after a cue ("unser Gespräch über",
"notre échange sur", "lo que me contó de"), a topic before a back cue ("…, de
que falámos"), or a follow-up item ("comme convenu"). Praise of the team, the
company or the job, however warm, is not enough. Each table holds short notes
written for these tests: the concrete ones must pass, the generic ones must be
flagged.
"""

from __future__ import annotations

import pytest

import thanknote

# The salutation and the closing of each language's notes: the body is what
# the tables vary.
FRAME = {
    "de_DE": ("Sehr geehrte Frau Berger,\n\n", "\n\nMit freundlichen Grüßen\nJana Koch\n"),
    "fr_FR": ("Madame Lemoine,\n\n", "\n\nBien cordialement,\nJulie Martin\n"),
    "es_ES": ("Estimada Sra. García:\n\n", "\n\nUn cordial saludo,\nLucía Pérez\n"),
    "it_IT": ("Gentile Dott.ssa Rossi,\n\n", "\n\nCordiali saluti,\nAndrea Ferri\n"),
    "pt_PT": ("Cara Dra. Costa,\n\n", "\n\nCom os melhores cumprimentos,\nAna Silva\n"),
}

CONCRETE, GENERIC = True, False

GERMAN = [
    (
        "vielen Dank für das Gespräch am Dienstag. Ein Punkt war für mich besonders "
        "aufschlussreich: das Schema-Register für die Sensordaten. Ich würde die Stelle sehr "
        "gern antreten.",
        CONCRETE,
    ),
    (
        "vielen Dank für das Gespräch am Dienstag. Ein Punkt war für mich besonders "
        "aufschlussreich: das Team. Ich würde die Stelle sehr gern antreten.",
        GENERIC,
    ),
    (
        "vielen Dank für das Gespräch am Dienstag. Unser Gespräch über die Umstellung der "
        "Lagerverwaltung auf SAP hat mir gezeigt, wie viel bei Ihnen gerade in Bewegung ist. "
        "Ich würde die Stelle sehr gern antreten.",
        CONCRETE,
    ),
    (
        "herzlichen Dank für Ihre Zeit. Ihre Ausführungen zur Schichtplanung im Verkauf fand "
        "ich sehr aufschlussreich. Die Position reizt mich sehr.",
        CONCRETE,
    ),
    (
        "danke für das offene Gespräch. Die geplante Eröffnung der drei Filialen im Allgäu, "
        "über die wir gesprochen haben, finde ich spannend. Ich würde die Stelle gern übernehmen.",
        CONCRETE,
    ),
    (
        "vielen Dank für den Termin gestern. Besonders die neue Rufbereitschaft am Wochenende "
        "hat mich interessiert. Ich freue mich darauf, von Ihnen zu hören.",
        CONCRETE,
    ),
    (
        "vielen Dank für das Gespräch. Wie besprochen sende ich Ihnen anbei zwei Arbeitsproben "
        "aus meinem letzten Projekt. Die Stelle interessiert mich sehr.",
        CONCRETE,
    ),
    (
        "vielen Dank für das angenehme Gespräch und die freundliche Atmosphäre. Ich habe einen "
        "sehr positiven Eindruck von Ihrem Unternehmen gewonnen und interessiere mich sehr für "
        "die Stelle.",
        GENERIC,
    ),
    (
        "herzlichen Dank für das Gespräch. Ich habe mich gefreut, Sie kennenzulernen und mehr "
        "über das Team zu erfahren. Die Position reizt mich sehr.",
        GENERIC,
    ),
    (
        "vielen Dank für das Gespräch. Besonders gefallen hat mir die offene Atmosphäre in "
        "Ihrem Team. Ich würde sehr gern bei Ihnen anfangen.",
        GENERIC,
    ),
    (
        "vielen Dank für das Gespräch über die Stelle als Projektleiterin. Unser Austausch über "
        "Ihr Unternehmen und die Aufgaben war sehr aufschlussreich. Ich bin weiterhin sehr "
        "interessiert.",
        GENERIC,
    ),
]

FRENCH = [
    (
        "Merci pour notre échange de mardi. Notre échange sur la refonte du site de réservation "
        "m'a beaucoup plu, et le poste m'intéresse vivement.",
        CONCRETE,
    ),
    (
        "Je vous remercie pour l'entretien. Ce que vous m'avez dit de la réorganisation des "
        "tournées de livraison m'a beaucoup intéressée. J'aimerais beaucoup rejoindre votre "
        "équipe.",
        CONCRETE,
    ),
    (
        "Merci pour l'entretien d'hier. Le projet de migration vers PostgreSQL dont nous avons "
        "parlé correspond exactement à mon expérience. Le poste m'intéresse beaucoup.",
        CONCRETE,
    ),
    (
        "Merci pour votre accueil chaleureux. Comme convenu, je vous envoie ci-joint mon "
        "portfolio de maquettes. Je reste très motivée par ce poste.",
        CONCRETE,
    ),
    (
        "Merci pour notre rencontre. J'ai notamment retenu votre volonté d'ouvrir une deuxième "
        "boutique à Nantes, un projet qui me parle beaucoup.",
        CONCRETE,
    ),
    ("Merci pour l'entretien, le poste m'intéresse beaucoup.", GENERIC),
    (
        "Je vous remercie pour notre échange de mardi. J'ai particulièrement apprécié l'ambiance "
        "chaleureuse et la bienveillance de l'équipe. Le poste correspond tout à fait à ce que "
        "je recherche.",
        GENERIC,
    ),
    (
        "Merci encore pour cet entretien très enrichissant. J'ai beaucoup aimé en apprendre "
        "davantage sur l'entreprise et sur ses valeurs. Je reste très motivée par ce poste.",
        GENERIC,
    ),
    (
        "Un grand merci pour votre accueil. Ce que vous m'avez dit du poste m'a confortée dans "
        "mon choix, et j'aimerais beaucoup rejoindre votre équipe.",
        GENERIC,
    ),
    (
        "Merci pour cet échange très agréable. J'ai notamment apprécié votre présentation de "
        "l'entreprise et de sa culture. Le poste m'intéresse vivement.",
        GENERIC,
    ),
]

SPANISH = [
    (
        "Gracias por recibirme el martes. Me llamaron la atención sus palabras sobre la "
        "migración de los procesos nocturnos a Kafka. Me encantaría ocupar el puesto.",
        CONCRETE,
    ),
    (
        "gracias por recibirme el martes. Le agradezco que me hablara sobre la migración de "
        "los procesos nocturnos a Kafka. Me encantaría ocupar el puesto.",
        CONCRETE,
    ),
    (
        "Gracias por la entrevista. Lo que me contó sobre la apertura del nuevo centro "
        "logístico en Zaragoza me pareció muy interesante. Me encantaría ocupar el puesto.",
        CONCRETE,
    ),
    (
        "Le agradezco la charla de ayer. Nuestra conversación sobre la digitalización de las "
        "historias clínicas me dejó con muchas ganas de empezar.",
        CONCRETE,
    ),
    (
        "Muchas gracias por la entrevista. El nuevo sistema de turnos rotativos que comentamos "
        "encaja muy bien con mi experiencia. Me interesa mucho el puesto.",
        CONCRETE,
    ),
    (
        "Gracias por su tiempo. Como acordamos, le envío adjunto el informe de auditoría que "
        "preparé el año pasado. Sigo muy interesada en el puesto.",
        CONCRETE,
    ),
    (
        "Gracias por la entrevista. Me gustó especialmente su forma de organizar las guardias "
        "de fin de semana. Me encantaría formar parte del equipo.",
        CONCRETE,
    ),
    (
        "Muchas gracias por la entrevista. Me interesa mucho el puesto y me encantaría formar "
        "parte de la empresa.",
        GENERIC,
    ),
    (
        "Le agradezco el tiempo que me dedicó el martes. Me gustó mucho conocer al equipo y el "
        "ambiente tan cercano que se respira en la oficina.",
        GENERIC,
    ),
    (
        "Gracias por la conversación tan agradable. Salí con una idea mucho más clara del "
        "puesto y de la cultura de la empresa.",
        GENERIC,
    ),
    (
        "Muchas gracias por recibirme. Me encantó hablar con usted sobre el puesto y sobre el "
        "equipo. Espero tener noticias suyas pronto.",
        GENERIC,
    ),
]

ITALIAN = [
    (
        "La ringrazio per il colloquio. Quello che mi ha detto sul nuovo magazzino automatico "
        "di Piacenza mi ha colpito molto. La posizione mi interessa davvero.",
        CONCRETE,
    ),
    (
        "La ringrazio per il colloquio. Il progetto di digitalizzazione delle cartelle cliniche "
        "di cui abbiamo parlato mi interessa molto.",
        CONCRETE,
    ),
    (
        "Grazie per il colloquio. Come d'accordo, Le invio in allegato il mio portfolio. Il "
        "ruolo mi interessa molto.",
        CONCRETE,
    ),
    (
        "Grazie per il colloquio. Mi ha colpito in particolare la Sua idea di aprire una seconda "
        "sede a Torino.",
        CONCRETE,
    ),
    (
        "La ringrazio per il colloquio. Mi è piaciuto molto l'ambiente, e la posizione mi "
        "interessa molto.",
        GENERIC,
    ),
    (
        "Grazie per l'incontro di ieri. Ho apprezzato in particolare la cordialità del team e "
        "la chiarezza delle informazioni sull'azienda.",
        GENERIC,
    ),
    (
        "La ringrazio per il tempo che mi ha dedicato. Abbiamo parlato dell'azienda e del "
        "ruolo, e sono ancora più motivata.",
        GENERIC,
    ),
    (
        "Grazie per il colloquio. Soprattutto mi ha colpito l'accoglienza calorosa di tutta la "
        "squadra.",
        GENERIC,
    ),
]

PORTUGUESE = [
    (
        "Agradeço a oportunidade de conversarmos na terça-feira. Guardo também as suas "
        "palavras sobre o rodízio de plantões. Gostaria muito de trabalhar convosco.",
        CONCRETE,
    ),
    (
        "Obrigada pela entrevista. A nossa conversa sobre a reorganização das rotas de entrega "
        "no Porto deixou-me com muitas ideias.",
        CONCRETE,
    ),
    (
        "Agradeço a reunião. O que me contou sobre a abertura da nova clínica em Braga "
        "pareceu-me muito interessante. A vaga interessa-me muito.",
        CONCRETE,
    ),
    (
        "Obrigado pela conversa. O novo sistema de escalas de que falámos encaixa muito bem na "
        "minha experiência.",
        CONCRETE,
    ),
    (
        "Obrigado pela entrevista. Conforme combinado, envio em anexo o relatório de auditoria "
        "que preparei no ano passado.",
        CONCRETE,
    ),
    (
        "Agradeço a conversa. Gostei muito de saber como vocês fazem a triagem dos pedidos de "
        "suporte. Tenho muito interesse na vaga.",
        CONCRETE,
    ),
    (
        "Muito obrigada pela entrevista. A vaga interessa-me muito e gostaria de fazer parte da "
        "empresa.",
        GENERIC,
    ),
    (
        "Agradeço o tempo que me dedicou na terça-feira. Gostei muito de conhecer a equipa e o "
        "ambiente acolhedor do escritório.",
        GENERIC,
    ),
    (
        "Obrigado pela conversa tão agradável. Saí com uma ideia muito mais clara da função e "
        "da cultura da empresa.",
        GENERIC,
    ),
    (
        "Agradeço a reunião de ontem. Foi um prazer saber mais sobre a empresa e sobre a "
        "equipa. Tenho muito interesse na vaga.",
        GENERIC,
    ),
    (
        "Obrigada pela entrevista. Gostei especialmente da forma como fui recebida e da "
        "simpatia de todos.",
        GENERIC,
    ),
]

TABLES = {
    "de_DE": GERMAN,
    "fr_FR": FRENCH,
    "es_ES": SPANISH,
    "it_IT": ITALIAN,
    "pt_PT": PORTUGUESE,
}

CASES = [
    pytest.param(
        locale, body, concrete, id=f"{locale[:2]}-{index}-{'concrete' if concrete else 'generic'}"
    )
    for locale, table in TABLES.items()
    for index, (body, concrete) in enumerate(table)
]


@pytest.mark.parametrize(("locale", "body", "concrete"), CASES)
def test_without_the_interview_only_a_generic_note_is_flagged(
    locale: str, body: str, concrete: bool
) -> None:
    opening, closing = FRAME[locale]
    report = thanknote.lint(opening + body + closing, locale=locale)
    assert bool(report.by_rule("TN111")) is not concrete, (body, report.by_rule("TN111"))


@pytest.mark.parametrize("locale", list(TABLES))
def test_every_table_has_enough_notes_of_each_kind(locale: str) -> None:
    table = TABLES[locale]
    assert sum(concrete for _, concrete in table) >= 3
    assert sum(not concrete for _, concrete in table) >= 3


@pytest.mark.parametrize("locale", list(TABLES))
def test_every_language_gives_cues_for_something_concrete(locale: str) -> None:
    from thanknote.linting.patterns import specifics_cues

    cues = specifics_cues(locale)
    assert cues is not None
    assert cues.back_cues is not None
    assert cues.the_job
