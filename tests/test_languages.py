"""German, French and Spanish (issue 16): quotations and speakers on the fixture articles a helper
wrote without seeing the code (tests/fixtures/languages/), scored by ``benchmarks.languages``, and
the reading of each language's sentences, numbers and dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.languages import THIRD_SET, Score, evaluate
from site_builder.analysis.clean import clean_source
from site_builder.analysis.segment import segment_source
from site_builder.build.pipeline import build_site
from site_builder.config import SiteConfig
from site_builder.model import Metadata, RawSource
from site_builder.reporter import BufferReporter
from site_builder.text.language import detect_language
from site_builder.text.lexicon import lexicon_for
from site_builder.text.sentences import split_sentences


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    totals = {}
    for language, parts in evaluate().items():
        total = Score()
        for part in parts.values():
            total.add(part)
        totals[language] = total
    return totals


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_quotes_and_speakers_reach_the_issue_targets(scores: dict[str, Score], language: str) -> None:
    score = scores[language]
    assert score.gold >= 36
    assert score.recall >= 0.95 and score.precision >= 0.95, score.row(language)
    assert score.speaker >= 0.90, score.row(language)
    assert score.mispaired == 0, score.row(language)


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_the_third_set_written_after_the_rules_keeps_speakers_and_detection(language: str) -> None:
    """Set 3 (development only) was written by helpers who never saw the code, after the rules; the
    rules changed on it are pinned here. French detection precision is short of 0.95 on it."""
    score = evaluate(root=THIRD_SET)[language]["dev"]
    assert score.gold >= 36
    assert score.recall >= 0.95, score.row(language)
    assert score.speaker >= 0.95, score.row(language)
    assert score.mispaired == 0, score.row(language)


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("de", "Die Arbeiten beginnen am 3. Oktober in Berlin. Das sagte Dr. Weber, z. B. im Rat.", 2),
        ("de", "Es geschah im 19. Jahrhundert. Niemand wusste davon.", 2),
        ("fr", "M. Dupont est arrivé à 14 h 30. Mme Martin l’a reçu.", 2),
        ("fr", "« Nous restons. » Le maire l’a répété.", 2),
        ("es", "La Sra. García llegó el 3 de octubre. El Dr. Pérez la recibió.", 2),
    ],
)
def test_each_language_splits_sentences_with_its_own_abbreviations(language: str, text: str, count: int) -> None:
    assert len(split_sentences(text, lexicon_for(language))) == count


def test_the_language_of_an_article_is_detected_when_nobody_states_it() -> None:
    german = "Die Stadt hat am Montag beschlossen, dass die Brücke für zwei Jahre gesperrt wird."
    french = "La ville a décidé lundi que le pont sera fermé pendant deux ans et que la circulation sera déviée."
    spanish = "La ciudad decidió el lunes que el puente estará cerrado durante dos años y que el tráfico se desviará."
    english = (
        "The city decided on Monday that the bridge will be closed for two years and that traffic will be diverted."
    )
    assert [detect_language([t]) for t in (german, french, spanish, english)] == ["de", "fr", "es", "en"]
    assert detect_language(["Zu kurz."]) is None  # too short to tell: no claim


def test_spanish_and_french_are_told_apart_by_the_words_they_do_not_share() -> None:
    # "de", "la", "en", "que" are stop words of both; counted for both, they left this Spanish
    # paragraph undecided, and it was read with the English rules.
    spanish = (
        "La perita propuesta por la acusación particular, la Dra. Nuria Espinosa de los Monteros Vidal, "
        "ingeniera de telecomunicaciones, aseguró que un mensaje no se escribe con el móvil en la mano. "
        "Héctor Olmos Quiroga, delegado de la fábrica, coincide. “En julio nos pidieron horas extra”, "
        "sostuvo Olmos, que entró en la planta en 1998."
    )
    assert detect_language([spanish]) == "es"


def test_a_stated_language_wins_and_an_article_is_read_in_it() -> None:
    text = "„Wir bleiben“, sagte Anna Keller am 3. Oktober in Lindenau. Die Stadt hat entschieden."
    raw = RawSource("a", "s/a.txt", text, 1, Metadata(language="de-CH"), "txt")
    source = segment_source(clean_source(raw))
    assert source.metadata.language == "de-CH"
    assert [s.text[:12] for s in source.sentences] == ["„Wir bleiben", "Die Stadt ha"]


def test_a_source_page_marks_the_language_of_its_text(tmp_path: Path) -> None:
    story = tmp_path / "seeds" / "bruecke"
    story.mkdir(parents=True)
    (story / "a.md").write_text(
        "---\nlanguage: de\n---\n„Wir bleiben“, sagte Anna Keller am Montag in der Stadt.\n", encoding="utf-8"
    )
    (story / "b.txt").write_text("Anna Keller said on Monday that the town would stay.\n", encoding="utf-8")
    build_site(SiteConfig(), tmp_path, BufferReporter())
    german = (tmp_path / "_site" / "bruecke" / "sources" / "a.html").read_text(encoding="utf-8")
    english = (tmp_path / "_site" / "bruecke" / "sources" / "b.html").read_text(encoding="utf-8")
    assert '<div class="article-body" lang="de">' in german
    assert '<div class="article-body">' in english and 'lang="de"' not in english


PROBES = Path(__file__).parent / "fixtures" / "languages" / "probes"


@pytest.mark.parametrize(
    ("name", "speakers"),
    [
        # Written while developing the rules (so no measure of them, a pin): a role before a name and
        # where the person works after it, a description back to the person of that role, pronouns.
        (
            "de-letters.txt",
            [
                "Renate Vogelsang",
                "Renate Vogelsang",
                "Konrad Lindemann",
                "Bettina Holzapfel",
                ...,  # known gap, not pinned: the passive "wird ein Auswanderer … zitiert" (an unnamed writer)
                "Renate Vogelsang",
                "Uwe Brandes",
                "Uwe Brandes",
            ],
        ),
        # Two given names, compound surnames, a dropped subject, "según la alcaldesa".
        (
            "es-water.txt",
            ["Juan Manuel Zubiría Campos"] * 2
            + ["Ricardo Benítez Ochoa"]
            + ["María Fernanda López de la Torre"] * 2
            + ["Juan Manuel Zubiría Campos"],
        ),
        # "De acuerdo con", Latin American verbs, an unnamed speaker ("Un productor … dijo").
        (
            "es-sorghum.txt",
            ["Aurelio Méndez Salas"] * 3 + ["Paula Cervantes Ruiz", None],
        ),
        # Whom the speaker told between verb and speaker ("explicó a este diario el concejal, …",
        # "le dijo a EFE la comerciante …"), and "Para X, «…»" opening a sentence.
        (
            "es-market.txt",
            ["Andrés Gil Moreno"] * 2 + ["Laura Gómez Peña", "Rosa Delgado"] + ["Tomás Ferrer"] * 2,
        ),
        # An article after a name opens the verb's object ("fragte … Helga Brandner den Angeklagten");
        # "eine ältere Frau, die ihren Namen …" names nobody.
        # A role before a body ("Sprecherin des Polizeipräsidiums Lindau") is the person's before it.
        # "Laut X … „nur auf dem Papier“" (a lower-case phrase is no title); a two-word first piece of a
        # split quotation; a held word ("das »Jahrhundertverfahren«") is no quotation.
        (
            "de-court.txt",
            ["Helga Brandner", None, "Nina Ostrowski", "Nina Ostrowski", "Jens Kürten"] + ["Tobias Ahrend"] * 2,
        ),
        # "El presidente del Arenales, Fermín Olazábal": what the role is of, then the name; verbs in
        # the imperfect ("preguntaba", "resumía"); an unnamed speaker ("un veterano abonado").
        # "…», añadió con una sonrisa": no one told, the speaker goes on.
        # "la federación" is the body named in full before ("Federación de Asociaciones … de Arenales").
        (
            "es-club.txt",
            [
                "Fermín Olazábal",
                "Nuria Castellanos",
                None,
                "Federación de Asociaciones Vecinales de Arenales",
                "Ramiro Quesada",
                "Ramiro Quesada",
                None,  # "A la salida …, una vecina …, lo resumía así:": someone unnamed
            ],
        ),
        # A body with its article elided ("l’agglomération"); a question before its attribution; a
        # reflexive speech verb ("s’emporte"); words woven into a sentence about someone are theirs.
        ("fr-transport.txt", ["Valmorin Métropole", "Josiane Lefeuvre", "Véronique Lambertin"]),
        # Two surnames joined by "de los" are one name, not a name and where the person works; a
        # single surname later is that person ("explicó Espinosa", "dijo Maldonado"); a nickname
        # quoted inside a name (Héctor “Cacho” Olmos Quiroga) is part of it.
        (
            "es-trial.txt",
            ["Nuria Espinosa de los Monteros Vidal"] * 2 + ["Héctor Maldonado Quiroga", "Héctor Olmos Quiroga"],
        ),
        # A nickname an article opens ("Juan Carlos “el Turco” Fernández") is part of the name, and
        # no quotation of speech.
        ("es-article-nickname.txt", ["Juan Carlos Fernández", "Gustavo Adolfo Rentería"]),
        # "la empresa sostuvo" is the firm named before ("la firma Higiene Urbana del Sur SA"), not
        # a union named before it; a body inside a phrase opening the sentence ("En el Concejo
        # Deliberante, la concejala … calificó de «…»") is where, not who.
        ("es-firm.txt", ["Higiene Urbana del Sur SA", "Valeria Sosa Achával"]),
        # Galician particles inside a name ("Alberto Freire do Campo"); a Q&A after "Este fue parte del
        # diálogo con los periodistas:" is the person the line is about before the cue.
        ("es-mixed-zone.txt", ["Alberto Freire do Campo"] + ["Yuliana Mosquera Palacios"] * 2),
        # A body its kind introduces ("el grupo Norvalia Packaging") is what "la compañía" means later;
        # "señala el texto": the statement last quoted goes on.
        ("es-plant.txt", ["Norvalia Packaging", "Norvalia Packaging", "Ramón Aguirre Pastor"]),
        # "un portavoz de la compañía", "un porte-parole du ministère": the body's voice, the body its
        # kind introduced ("la empresa Hallbrook Heating", "le ministère de la Santé"), and "añadió el
        # portavoz" after it the same body; no one named for an unnamed nurse.
        ("es-boilers.txt", ["Hallbrook Heating", "Hallbrook Heating"]),
        ("fr-hospitals.txt", ["ministère de la Santé", None]),
        # "vom Zentralen Kriminaldienst Osnabrück" is where someone works, no one; "Dem Bundesverband …
        # (bpa) zufolge": the source before the word; "Die Richterin gab … mit auf den Weg:": the role
        # before the verb is its subject, not the capitalised noun after it.
        (
            "de-care.txt",
            ["Ralf Jürgens", "Bundesverband privater Anbieter sozialer Dienste", "Ulrike Brandstätter-Lenz"],
        ),
        # A sentence about someone unnamed ("un jeune intérimaire, qui préfère taire son nom") gives
        # "confie-t-il" no one named; a pronoun subject after a comma keeps its own antecedent.
        ("fr-factory.txt", ["Jean-Marc Petitjean", None, "Sylvie Morand"]),
        # The clause right before a colon, with no speech verb of its own, introduces the quotation
        # ("…, avant que le président ne l'interrompe :").
        ("fr-court.txt", ["Dylan Ferrandez", "Bruno Castelnau"]),
        # "A la salida, declaró:": a phrase of circumstance names no one; the subject was dropped.
        ("es-minister.txt", ["Soledad Ortiz Lucero", "Federico Álvarez Pringles"]),
        # A name after the word for what it names, an adjective between ("au programme municipal
        # « Hiver en fête »", "la boulangerie « Au Pain doré »") is no quotation; after a colon it is
        # ("la mairie", a body the article does not name, is no speaker).
        ("fr-titles.txt", ["Nadia Ferhat", None]),
        # An organisation described ("la dependencia federal") is the one named before, not a person.
        (
            "es-ejido.txt",
            ["Fidencio Rocha Villegas"] * 3
            + ["Comisión Nacional del Agua"] * 2
            + ["Héctor Manríquez Soto"] * 2
            + ["Petra Galván", "Fidencio Rocha Villegas"],
        ),
        # Where nouns are capitalised, "Die neuen Gebühren hält die 58-Jährige …:" and "Namen von
        # Schülern" name no one; "hatte Doris Kemmer ausgesagt" is a pluperfect attribution; "Ein
        # Sprecher des Unternehmens …, sagte er": the company's unnamed voice (no one named, here);
        # "eine Sprecherin des Amtsgerichts": the court named before, its kind inside a compound.
        ("de-fees.txt", ["Birgit Sandmann", "Jana Pohlmann", "Doris Kemmer", None, "Amtsgericht Lüneburg"]),
        # "À la sortie de la réunion, Thomas Vidal": the article of "la sortie" says nothing of him
        # ("a-t-il ajouté" is his); "La mairie de Millau … a fait savoir qu’elle « restera … »"; "la
        # CFDT de la clinique estime que « … »": a body by its initials; "le « Plan hôpital rural »
        # prévoit" is a name, and the ministry before it speaks "« suivi attentif »".
        (
            "fr-clinic.txt",
            ["Martine Couderc"] * 2
            + ["Claire Azémar"]
            + ["Thomas Vidal"] * 2
            + ["mairie de Millau", "CFDT", "ministère de la Santé"],
        ),
        # "El portavoz … en el Ayuntamiento, Martín Losada Pazos,": where the role is, then the name;
        # "calificó de «…» la declaración de alerta" (the probe's words): a noun after "de", not the verb.
        ("es-transit.txt", ["Elena Castiñeira Rial", "Martín Losada Pazos", "Nuria Vilas Otero"]),
        # "ein Sprecher der Versicherung auf Nachfrage unserer Zeitung": the body he speaks for is
        # not named (and not the capitalised nouns of the phrase after it, "Nachfrage Zeitung").
        ("de-insurer.txt", [None]),
        # A dropped subject ("…», declaró.") after a narrative sentence: its subject, not the last
        # name in it (Álvaro Pineda), nor the speaker of a quotation before it (Hugo Carrasco), nor a
        # name in the phrase opening it ("En el colegio Ramón Llull,").
        (
            "es-hearing.txt",
            ["Irene Salcedo Vidal", "Rafael Montoya Gil", "Hugo Carrasco", "Marta Ibarra Soler", "Beatriz Olmedo"],
        ),
        # "expresó la FAC": the body named before in full, whose initials these are.
        ("es-federation.txt", ["Federación Andina de Ciclismo"]),
        # "Según el informe de la Guardia Civil, el tesorero «…»": the body whose document it is, not
        # the subject of what the document says.
        ("es-report.txt", ["Unidad de Delitos Económicos", "Guardia Civil"]),
        # "A preguntas de X, la Dra. Y admitió": after a preposition "preguntas" is a noun,
        # so the verb is "admitió" and its subject Y speaks, not X, who asked.
        ("es-questioned.txt", ["Beatriz Soto", "Ana Ruiz"]),
        # "Auf Fragen von Journalisten sagte Bürgermeister Berger": a clause opening with a phrase of
        # circumstance names its subject after the verb (not "Fragen von Journalisten"); "Vor Gericht
        # schilderte …" opens with such a phrase, which names no body for "die Kasse" to mean: the
        # body the sentence before it opens with does ("Die AOK Nordland begrüßte das Urteil.").
        ("de-questioned.txt", ["Luis Berger", "Beate Sommer", "AOK Nordland"]),
        # "dice Lucía Ferrer, la capitana,": the role set off after the name is hers (not "dice", a
        # verb before it), so "responde la capitana" later means her; "grita" tags a dialogue line.
        ("es-dialogue.txt", ["Lucía Ferrer", "Ramón Vidal", "Inés Paredes", "Lucía Ferrer", "Lucía Ferrer"]),
        # An interview under a heading that names who answers ("Cara a cara con la intendenta"):
        # each untagged dash line after a question is hers; a page's own questions and answers
        # with no such heading ("Preguntas frecuentes") quote no one.
        ("es-interview.txt", ["Graciela Ortiz", "Graciela Ortiz", None]),
        # Institutions written in lower case, a kind word and an adjective ("la direction régionale
        # des douanes", leaving out "(DDSP)"), and "L'intersyndicale, elle, revendique": the body
        # named before with that noun, not the one quoted last; "Le ministère précise" after the
        # ministry was quoted by its name is that ministry; "l'Association sportive corbéenne" is a
        # body named with its kind, and "et dit vouloir « … »" goes on with it.
        (
            "fr-bodies.txt",
            [
                "direction départementale de la sécurité publique de la Somme",
                "intersyndicale CGT-FO",
                "direction régionale des douanes",
                "ministère de l'Économie",
                "ministère de l'Économie",
                "Association sportive corbéenne",
                "Association sportive corbéenne",
            ],
        ),
        # "Dr. Urs Bärtschi, Geologe beim kantonalen Amt …": a role in apposition without an article
        # (nouns are capitalised, so the role is no body's name), so "sagt der Geologe" means him.
        ("de-apposition.txt", ["Urs Bärtschi", "Marco Frei"]),
        # A body its kind and its trade introduce ("la société de logistique Transbrive Ouest", "la
        # empresa de transportes Urbanos del Moncayo"), meant later by a word for a body.
        ("fr-trade.txt", ["Transbrive Ouest"]),
        ("es-trade.txt", ["Urbanos del Moncayo"]),
        # Two bodies introduced by their kind, neither by the word "compañía": the one the sentence
        # before opens with, its subject, is who "la compañía" goes on with (the client complaining
        # of the service, not the carrier).
        ("es-two-firms.txt", ["Distrimax"]),
        # "Der Vorsitzende des Mieterbundes, Thomas Keller,": the genitive after a role says what the
        # role is of; the name after the comma speaks, not the body.
        ("de-genitive.txt", ["Thomas Keller", "Petra Lang"]),
        # Written from a battery of forms a helper wrote (twentieth session): a role of an elided
        # article with what it is of ("l'entraîneur du FC …, Patrick Olivier"), a platform's one-letter
        # name ("le réseau X") that is no speaker, verbs the lists lacked ("constaté", "versprach",
        # "begründete"), a coach's role in Spanish.
        ("fr-coach.txt", ["Patrick Olivier", "Isabelle Fauconnet", "Jean-Luc Perrin"]),
        ("es-coach.txt", ["Matías Ferreyra"]),
        ("de-promise.txt", ["Stefan Kuhn", "Gernot Pölzl"]),
        # "la Asociación de Vecinos" after "la Asociación de Vecinos de Las Acacias": the body named
        # in full, who speaks on in "«…», añadió".
        # "la policía local de Gijón": the kind, what it is and where, one name (not "Gijón").
        # "explicó la Federación andaluza de fútbol.": the sentence's full stop is no part of the name.
        (
            "es-short-body.txt",
            ["Asociación de Vecinos de Las Acacias"] * 2 + ["policía local de Gijón", "Federación andaluza de fútbol"],
        ),
        # "Me Olivier Baradat", then "a insisté l'avocat": the title says what he does, so the role
        # noun means him, not the doctor named since (language data: title_roles).
        ("fr-lawyer.txt", ["Olivier Baradat", "Nadia Benali", "Olivier Baradat"]),
        # "la conocen como “la Turca”, un apodo que …": the phrase after a quoted nickname describes
        # it, not someone unnamed; "agrega." is still the person the paragraph is about.
        ("es-nickname.txt", ["Lucía Ferreyra"] * 2),
        # A live blog: each entry opens with its time stamp ("8 h 47 –"), which is not the phrase
        # naming the speaker; a body named with an elided article ("la préfecture de l'Oise"); "la
        # direction de l'entreprise" names no company; "précise le communiqué." is the statement's
        # body (the full stop is no part of the word).
        # When and where it was said, between the verb and the speaker ("a déclaré mardi soir la
        # Première ministre, …", "a précisé jeudi à Lyon le conseiller …", "ha dicho este martes el
        # presidente …"), and Spain's perfect tense ("ha asegurado").
        ("fr-timed.txt", ["Hélène Garnier", "Bruno Fayolle"]),
        # A spokesperson of a body whose name takes an elided "d'"; the sentence's full stop is no
        # part of the body's name.
        ("fr-spokesperson.txt", ["Air Lyonnaise", "ministère de l'Intérieur"]),
        # A clause set off inside the quotation by commas or dashes, its verb after an auxiliary and
        # a name in apposition to the role; a document after the verb speaks for the body it is of.
        ("es-incise.txt", ["Tomás Herrera", "Consejería de Fomento"]),
        # "heißt es in einer Mitteilung der Polizei", "In einem Schreiben der Stadtwerke … heißt es:":
        # an impersonal verb, the body whose document it is (its kind alone, or its name).
        ("de-document.txt", ["Polizei", "Stadtwerke Talbach"]),
        # A body's name going on with what it is for ("Landesamt für Straßenbau"), a compound naming
        # its body ("das Landeskriminalamt"), "hieß es vom …", whom the speaker told opening the
        # sentence ("Gegenüber dem Rundfunk sagte …"), where a person works ("vom Institut für …"), and
        # the body whose indictment or study speaks ("laut Anklage der …", "Einer Studie der … zufolge").
        (
            "de-bodies.txt",
            [
                "Landesamt für Straßenbau",
                "Landeskriminalamt",
                "Polizeipräsidium Nordtal",
                "Carla Neumann",
                "Alexander Baum",
                "Staatsanwaltschaft Nordtal",
                "Universität Heidenau",
            ],
        ),
        # "se informó desde …": an impersonal verb, and whose words it reports.
        ("es-origin.txt", ["alcaldía de Quito"]),
        # A possessive opening the speaker's phrase ("assure son avocat, Me …"), and the body whose
        # judgment or study speaks ("indique le jugement du tribunal …", "un estudio de la Universidad …").
        ("fr-possessive.txt", ["François Leroy", "tribunal de Vannes"]),
        ("es-possessive.txt", ["Tomás Navarro", "Universidad de Salamanca"]),
        # The pronoun joined to an inverted auxiliary is the subject ("a-t-elle annoncé devant le
        # conseil"); a body named behind an elided article ("le ministère de l'Intérieur") and then by
        # its kind; "el departamento" is a word for a body.
        ("fr-inverted.txt", ["Claire Renaud", "ministère de l'Intérieur"]),
        ("es-department.txt", ["Ministerio de Transportes"]),
        # Who and where, then the name in apposition ("die Tourismusobfrau von Hinterbach, Maria Pichler").
        ("de-where.txt", ["Maria Pichler"]),
        # What a role is of, then the name with no comma ("el general de Carabineros Mauricio …"); a
        # place with a given name in it before a comma and the name ("de San Mateo Xalpan, Efraín …").
        ("es-role-of.txt", ["Mauricio Herrera Soto", "Efraín Zúñiga"]),
        # A reflexive verb in the clause set inside the quotation ("—se quejó la vecina …—").
        ("es-reflexive.txt", ["Carmen Olmos"]),
        # "die 54-Jährige" is the woman the article gave that age ("Sabine K. ... Die 54-Jährige trägt
        # ..."), not the judge named last; "des 61-Jährigen" a man, by its article and ending.
        ("de-aged.txt", ["Ulrike Brandhorst", "Sabine K.", "Tom Weiland"]),
        # "a lancé la première", "a enchaîné la seconde": the first and the second of the two just
        # named, whoever spoke last; "le Premier ministre" is a role, not the first of a pair.
        ("fr-pair.txt", ["Nadia Ferrand", "Lucie Marchal", "Paul Garnier"]),
        ("fr-incise.txt", ["Louis Fabre", "préfecture de l'Isère"]),
        ("es-timed.txt", ["Rodrigo Salcedo", "Marta Vidal"]),
        # A firm named with its legal form, then "das Unternehmen"; an age noun whose gender the
        # article gives ("die 29-Jährige"); a label "Name, age, role:"; a role noun, then a relative
        # clause about that person ("sagt die Wissenschaftlerin, die 2022 die Studie … geleitet hat").
        # A person and where they work ("von der Nordkreditbank"); "Ihr Mann": a relative's word gives his gender.
        (
            "de-labels.txt",
            [
                "Brennwald AG",
                "Anna Sturmfels",
                "Hanspeter Imobersteg",
                "Miriam Sauter",
                "Rüdiger Strathmann",
                "Anna Brenner",
                "Paul Brenner",
            ],
        ),
        # "Die Nordhessische Genossenschaftsbank": a compound word for a body makes the run a body's
        # name, not a person's, so "ein Sprecher der Bank" speaks for it.
        ("de-bank.txt", ["Nordhessische Genossenschaftsbank"] * 2 + ["Kantonspolizei Basel"]),
        # "señala el documento" right after a sentence a body opens ("El Instituto … advierte en su
        # boletín …"): that body's document, not the last person quoted.
        ("es-bulletin.txt", ["Instituto Nacional de Salud"]),
        # A live blog's entry opens after its time stamp: "10.05 Uhr – Die Kantonspolizei Luzern
        # bestätigt …" opens with the body, whose release "In einer ersten Mitteilung heisst es:" is.
        ("de-liveblog.txt", ["Kantonspolizei Luzern"]),
        # A paragraph that is a quotation alone, its words quoted again later where the article
        # says who spoke them (a pull quote): that speaker's, not the one quoted just before it.
        ("es-pull-quote.txt", ["Lucía Barreiro", "Ramón Quiroga", "Ramón Quiroga"]),
        # "Den Stadtwerken zufolge": the body named before whose name opens with that noun, whatever its case.
        ("de-utility.txt", ["Stadtwerken Lindau"]),
        # Articles a reviewer wrote against the rules for bodies that open a sentence, weekdays and
        # initials (the others' speakers are not the point here):
        # "Freitag" is a surname the article gave someone, not a day;
        ("de-review-de5.txt", ["Klaus Kammer", "Thomas Freitag", ..., ...]),
        # "Domingo Cabrera" opens with a name, not a day;
        ("es-review-es5.txt", [..., ..., "Domingo Cabrera"]),
        # no article before "Okke Kasse", "Radoslaw Neustadt": people, whose "er" follows;
        ("de-review-de8.txt", ["Jens Maier", "Okke Kasse", "Okke Kasse", "Radoslaw Neustadt", "Radoslaw Neustadt"]),
        # "sagte der Junge" is no "Junge Union Fulda";
        ("de-review-de9.txt", [None, ...]),
        # "le PS" is no "préfecture de la Somme": two initials are too few to read off a lower-case name;
        ("fr-review-fr5.txt", ["PS", ...]),
        # "El País adelantó …" is an outlet reporting, not who the report is of;
        ("es-review-es6.txt", [..., "Ministerio de Sanidad", "Ministerio de Sanidad", "PP"]),
        # "Viele Anwohner", "Die Süddeutsche Zeitung" opening a sentence are no body speaking;
        ("de-review-de6.txt", ["Stadt Füssen", ..., ..., "Deutsche Bahn", ..., ...]),
        # a body named with its own word for its kind ("Die Bürgerinitiative …") is not "die Verwaltung";
        ("de-review-de11.txt", ["Stadt Hünfeld"]),
        # "Le syndicat appelle …" opens a new sentence: "le groupe" is Norvalis again, not the CGT;
        ("fr-review-fr1.txt", ["Norvalis", "CGT", "Norvalis", "PS", ...]),
        # after a body's words, "el texto" is that body's letter, not the town hall's the sentence before.
        ("es-review-es1.txt", [..., ..., ..., ..., *["Plataforma Vecinal de San Blas"] * 2, ...]),
        # A day opening a sentence ("Jeudi, Pascal Le Floch …") names no one; "le Yacht club de
        # Saint-Briac" is one body, its kind in lower case inside the name, so "Le club" later means it.
        ("fr-sailing.txt", ["Pascal Le Floch", "Yacht club de Saint-Briac"]),
        # "Le groupe" is the body the clause before opened with after a phrase of circumstance ("Dans
        # un communiqué …, Ardelys …"); "la DDSP" is the directorate named in full with those initials,
        # and "la police" the body the sentence before it opened with.
        (
            "fr-plant.txt",
            ["Ardelys"] + ["direction départementale de la sécurité publique des Ardennes"] * 2,
        ),
        # A role written in capitals ("le PDG du groupe …, Olivier Serrurier,") and "jure" as a speech verb.
        ("fr-roles.txt", ["Olivier Serrurier", "Yannick Berthomieu"]),
        # A phrase of circumstance between the speech verb and its subject: "a indiqué dans la
        # soirée la société …", "sostuvo en conferencia de prensa el gerente …"; an article after
        # "de" or a contraction belongs to the phrase ("lors d'une conférence de presse le maire").
        ("fr-circumstance.txt", ["Ardival Transports", "Paul Girard", "Florence Dumas", "MétéoSuisse"]),
        ("es-circumstance.txt", ["Tomás Ibáñez", "Carmen Ruiz", "Luis Prado"]),
        # What a sign reads is no speech: a clause opening with a thing that bears writing ("les
        # banderoles donnaient le ton :", "Sur la pancarte …, on lit :", "donde un cartel advierte:");
        # a speaker holding one still speaks.
        ("fr-signs.txt", ["Karine Lemoine", "Paul Girard"]),
        ("es-signs.txt", ["Rosa Quispe", "Lucía Echevarría"]),
        # An exchange set as lines of dialogue: French court reports open each line with "— ", a
        # tag closes a line after a comma or a question ("? a demandé le procureur"), and lines with
        # no tag go to the two people of the exchange in turn, counted from a tagged line or from a
        # first question put by the earlier of the two people met last; a list set with dashes is
        # no dialogue.
        (
            "fr-hearing.txt",
            ["Hélène Vasseur", "Julien Garnier"] * 2 + ["Xavier Lemonnier", "Claire Fabre"],
        ),
        ("es-exchange.txt", ["Alberto Sanz de la Fuente", "Eusebio Navarro Peláez"] * 2),
        # Institutions of a local story: a body by its kind and place ("le parquet d'Albi"), "du côté
        # de la préfecture, on assure que", and a word for a body no body answers to as that body
        # by its kind ("nuance la gendarmerie"); "des sources proches du ministère" stay no one.
        ("fr-institutions.txt", ["parquet d'Albi", "préfecture", "gendarmerie", None]),
        # National copy: a time and an occasion between the verb and its subject ("a déclaré peu après
        # lors d'un point presse la porte-parole"), "a-t-on appris", "a-t-on entendu" (no one
        # named), "a fait savoir", and "le théâtre" for the "Théâtre des Roches" named before.
        (
            "fr-national.txt",
            # Then a body's name behind its elided article ("D'après l'Élysée", "l'Office fédéral
            # des routes (OFROU)"), but not the agency that asked ("Interrogée par l'AFP, la ministre").
            [
                "Anne Leroy",
                None,
                "ministère du Travail",
                "Théâtre des Roches",
                None,
                "Élysée",
                "Claire Dubosc",
                "Office fédéral des routes",
            ],
        ),
        # A body written out before its initials in brackets ("Les Chemins de fer fédéraux (CFF)")
        # is the body those initials name later ("Selon les CFF").
        ("fr-initials.txt", ["Marc Dufaux", "Chemins de fer fédéraux"]),
        # A given name alone is the one person met with it ("Camille reprend"), never one of two
        # who share it ("Marie explique" after Marie Durand and Marie Leroy).
        ("fr-given-name.txt", ["Camille Guégan", "Camille Guégan", "Marie"]),
        # An interview box ("TROIS QUESTIONS À...", the person on the line under it): answers printed
        # with no marks under their questions are the person's words; a page's own Q&A is no one's.
        ("fr-interview-box.txt", ["Anne-Sophie Rivoal"] * 3),
        ("fr-explainer.txt", []),
        # Words heard from no one named: a verb of hearing with an impersonal subject ("se oyó desde
        # las últimas filas", "entendait-on"), and "on" joined to a speech verb ("commentait-on");
        # "se quejó después la presidenta" is reflexive, its subject after a word of time.
        # "Otro socio, que prefirió no dar su nombre": someone unnamed, as "un socio" is.
        ("es-heard.txt", ["Mercedes Olmedo Sanz", None, "Lucía Echevarría", None]),
        # "souffle la mère": a word that says a gender is the phrase's noun; "Léa, 17 ans,": a given
        # name alone is a person where an age follows it; "murmure-t-on" names no one.
        ("fr-heard.txt", ["Paul Girard", None, None, "Claire Dumas", "Nathalie Ferrand", "Léa", None]),
        # A phrase set off by a comma before the subject ("Interrogé, le ministère … a indiqué que");
        # an apposition after the subject ("Le maire, Paul Girard, a estimé") leaves it first.
        (
            "fr-set-off.txt",
            ["Xavier Lemonnier", "ministère de l’Agriculture", "préfecture de la Lézanne", "Paul Girard"],
        ),
        # A word that gives a name makes the quotation after it a name, in lower case too ("la llamada
        # «mesa chica»", "la bautizó como «la Pantera»", "ya llaman «el muro»", "entonaron «…»"); a
        # name inside a phrase of circumstance ("en diálogo con la radio local FM Serrano") is no
        # subject, nor is a place in a clause before the role that opens the verb's ("el técnico ironizó").
        ("es-given-names.txt", ["Ernesto Quiroga Paz", "Ramiro Aldana Vidal"]),
        # A body's kind and a word describing it, then its name ("La ONG ambientalista Fundación Río
        # Claro"); "la compañía" is the firm whose name opens with a trade ("Talleres Navales del
        # Norte"), not the last body named ("La Fiscalía").
        # A relation set off after a name with no article ("Marta Souto Rial, viuda del estibador,")
        # is who she is, so "la viuda" is her; "al abandonar el juzgado" (a + el) is where, not who.
        ("es-widow.txt", ["Marta Souto Rial"]),
        # A role set off after the age set off after a name ("Paul Garnier, 34 ans, éleveur laitier à
        # Saint-Aubin,"): "le jeune éleveur" is he, not the man quoted since.
        ("fr-aged-role.txt", ["Xavier Lemercier", "Paul Garnier"]),
        # An article elided onto a capital goes on with a name ("la Laiterie de l'Oust", "la
        # Coopérative d'Armor"), so "l'entreprise" is the firm whose name opens with its trade.
        ("fr-elided-names.txt", ["Laiterie de l'Oust", "Coopérative d'Armor"]),
        # "Un vocero de la firma" where several bodies were introduced: the last one named as a firm.
        ("es-firm-spokesman.txt", ["Limpiezas del Oeste SA"]),
        # Two role words set off after a name ("Xoán Pereira Lois, ingeniero técnico de 51 años,"):
        # "el técnico" is he, not the man named since; the exchange then alternates from that tag.
        ("es-two-roles.txt", ["Xoán Pereira Lois", "Noa Barreiro Sanz"] * 2 + ["Xoán Pereira Lois"]),
        ("es-kinds-and-trades.txt", ["Fundación Río Claro"] + ["Talleres Navales del Norte"] * 2),
        # A body's name joined by "et" after its kind ("le syndicat Champs et Villages"); a role, where
        # it is, then the name ending at a comma ("le député de la Creuse Julien Marchal, tandis
        # que"); a clause of its own after "tandis que" names the next speaker; initials the article
        # named in full before ("l'ARS" of "l'ARS Limousin"), and "l'agence" for the body just quoted.
        ("fr-joined-names.txt", ["Champs et Villages", "Julien Marchal", "Bruno Lefort"] + ["ARS Limousin"] * 3),
        (
            "fr-liveblog.txt",
            ["préfecture de l'Oise", "ministère de l'Agriculture", "Denis Carrel", None] + ["préfecture de l'Oise"] * 2,
        ),
        # Initials written as a name in brackets after a body's name ("(Coespa)", as Spanish papers
        # write initials that read as a word) stand for that name afterwards.
        ("es-initials-as-a-name.txt", ["Confederación de Estibadores y Portuarios del Atlántico"]),
        # A firm's legal form, with its full stops and of two parts ("S.A.A.", "S.A. de C.V."): "la
        # compañía" is the last firm named so, not a body a sentence opened with since.
        ("es-legal-forms.txt", ["Corporación Andina de Cobre S.A.A.", "Gas del Norte S.A. de C.V."]),
        # "a-t-on appris auprès de la préfecture …": words heard from a body; "le rectorat de l'académie
        # de Lyon" is one body's name (the kind, of what in lower case, of where), and "le rectorat" it.
        ("fr-sources-heard.txt", ["préfecture maritime de la Manche"] + ["rectorat de l’académie de Lyon"] * 2),
        # A box of questions under its heading ("TROIS QUESTIONS À…", "TRES PREGUNTAS A...") and the
        # line naming whom it asks: the dash-led answers are that person's, the questions the paper's.
        ("fr-questions-box.txt", ["Maxime Gagnon"] + ["Julie Fortin"] * 2),
        ("es-questions-box.txt", ["Fortunato Quispe Mamani"] + ["Rosa Condori Huamán"] * 2),
        # "soutient X": a verb of speech ("maintains").
        ("fr-maintains.txt", ["Mélanie Thériault", "Josée Paradis"]),
        # A name alone right after the verb, no one's the article gave ("indique Météo-France dans
        # son bulletin"), is a body's, not the last speaker; a participle set off ("Contacté, le
        # ministère …") is not.
        ("fr-name-alone.txt", ["Yannick Le Goff", "Météo-France", "ministère de l’Intérieur"]),
        # "inquirió X": a verb of speech (a reporter's question at a press conference).
        ("es-inquired.txt", ["Adriana Cortés Beltrán", "Lorena Ibarra"]),
        # A live blog's entries stamped "13:20 |": past the stamp, "Un vecino de …" opens the entry,
        # someone unnamed, not the official quoted before.
        ("es-liveblog-bar.txt", ["Marta Cebrià Ortolà", None, None, None]),
        # "arrancó el DT": a verb of speech and a role of the Rioplatense press; the dash-led lines
        # under a line naming a press conference ("la rueda de prensa") are the reporters' questions,
        # whom no one names, and the answers of whoever was speaking, not of a stadium's namesake;
        # a foreign particle inside a name ("Anneke van Berkel"), whom "la ministra" then means.
        (
            "es-press-conference.txt",
            [*["Horacio Benítez Olmedo", None] * 2, "Horacio Benítez Olmedo", "Anneke van Berkel"],
        ),
        # "le syndic" a role of Swiss communes; a particle after a courtesy title opens the name
        # ("Mme de Rougemont-Favre"), not what a role is of; a name inside the quotation before is
        # not whom the next one is about; a last paragraph ending ". »" ends in a full stop (it was
        # taken for a photo's caption and dropped).
        ("fr-commune.txt", [*["Pierre-André Mottier"] * 2, "Rougemont-Favre", *["Claire Bovet"] * 3]),
        # An exchange no tag names: the one a question addresses by title and surname answers
        # ("…, monsieur Quintin ?"), the one who questions him asks.
        ("fr-exchange-addressed.txt", ["Hugues Delmotte", *["Sabine Roussel", "Bernard Quintin"] * 2]),
        # A union's name goes on past what it is of in lower case ("Syndicat des employés de Scierie
        # Delorme"), and "le syndicat" is it; a given name both sexes bear ("Dominique") takes the
        # gender of the words around it, so "a-t-il" is him; a surname after a courtesy title is a
        # person, whom an apposition set off after it describes ("Mme Lessard, une voisine, …").
        (
            "fr-union-body.txt",
            ["Marc-Olivier Pelletier", "Syndicat des employés de Scierie Delorme", "Dominique Gravel", "Lessard"],
        ),
        # Dialogue set with en dashes; the one the paragraph before says questions ("El fiscal, …,
        # la interrogó") asks first; a body named after a saint's place is no person ("del Valle
        # de San Roque"), and "el organismo" after its words is that body; "la doctora Laura
        # Méndez": her given name, not the article, says her gender.
        (
            "es-en-dash-trial.txt",
            [
                *["Cámara de Contratistas del Valle de San Roque"] * 2,
                *["Julián Ocampo Rey", "Mónica Ferreyra"] * 2,
                "Laura Méndez",
            ],
        ),
        # "« … ? » interpelle X": a verb of speech; "l’Église protestante de Genève" one body's name.
        ("fr-church-callout.txt", ["Nadia Berset", "Église protestante de Genève"]),
        # An exchange the paragraph before introduces: the one it names asks, the one speaking
        # until then answers; a photo credit in capitals is no one; "Van den" goes on into a name.
        (
            "fr-hearing-exchange.txt",
            [
                *["Michèle Dartigues-Fabre"] * 1,
                *["Sophie Lamarche-Vidal", "Michèle Dartigues-Fabre"] * 2,
                "Michèle Dartigues-Fabre",
                "Jean-Luc Van den Broeck",
            ],
        ),
        # A role's body, then the name after the comma ("comandante" a rank); a body's name opening
        # with a word for a body is never a person, whatever a comma sets beside it.
        ("es-body-apposition.txt", ["Wilson Arango Ríos", *["Mariana Restrepo de Ávila"] * 2]),
        # An interview printed without marks: the interviewee is the subject of the cue's clause
        # (not the place the line opens with, nor the paper after the cue) ...
        ("fr-interview-unmarked.txt", ["Olivier Marchand"] * 2),
        # ... and a remark put to the interviewee between two questions is the paper's prompt too.
        ("es-interview-remark.txt", ["Beatriz Olmedo Santa Cruz"] * 3),
        # Remarks relayed from radio: the programme and the station are the medium, never the
        # speaker, whether named in the sentence before, in a phrase before the colon or after the
        # verb; "el titular del Palacio de Hacienda" is a role, not the building.
        ("es-radio-relay.txt", [*["Rodrigo Salvatierra Olmos"] * 2, "Ernesto Villalba Ruiz"]),
        # A party's word after a role ("le député Vert") describes the person, it names no one.
        ("fr-party-after-role.txt", [..., *["Yann Moret-Kessler"] * 2]),
        # An exchange no tag names, in which the accused addresses the president by his role: the
        # president asks, the accused (met last) answers; not the victim the article named before.
        ("fr-court-addressed.txt", ["Hervé Le Goaziou", "Gaël Quéré"] * 2),
        # A name set off by a comma after a phrase about the person takes the gender of the phrase's
        # article ("Le président de la FTF, …" is a man), not that of what the phrase names after "de".
        ("fr-apposed-gender.txt", ["Hichem Ben Ayed", "Inès Ghariani"]),
        # Initials opening a run after a role ("sénateur UDF de la Charente") name a party, not a
        # person "elle" may mean.
        ("fr-initials-body.txt", ["Isabelle Ricard"]),
        # A street named after someone ("la calle Abraham González") is a place, not the person a
        # dropped subject means next.
        ("es-street-named-after-someone.txt", ["Eleazar Ruiz Matías"] * 2),
        # A word saying a role's reach ("la jefa regional del …"), or any other word in lower case
        # qualifying it ("el jefe operativo del Ejército, …"), does not hide what the role is of: the name set
        # off after it is the person's, not the body's.
        ("es-role-reach.txt", ["Claudia Sepúlveda Arriagada", "Rodrigo Valdés Ossandón"]),
        # A place set off after where the role spoke ("…, avenue du Parc") names no one: the role speaks.
        ("fr-role-then-place.txt", ["Claire Dumas"]),
        # A live blog's entry heading ("10:20 a. m. | Vecinos: “…”") pulls its quotation from the
        # entry below it: the one quoted there said it, not whoever spoke last.
        ("es-liveblog-heading.txt", ["Julio Ramírez Sosa", "Marta Quiroga Benítez", "Marta Quiroga Benítez"]),
        # "Trois questions." closing the line that names someone introduces an interview: the
        # answers are that person's, the questions the paper's (no one's quotation).
        ("fr-three-questions.txt", ["Marc Jeanneret", "Julien Pittet", "Julien Pittet"]),
        # A place named after someone, after "de" ("el predio de Luis Guillón"), is no person a
        # dropped subject means next.
        ("es-place-named-after-someone.txt", ["Julio Villaverde"]),
        # One person's tagged answers to untagged questions after a paragraph naming no one: the
        # reporters ask (no one named), the turns between the questions are his.
        (
            "es-press-questions-untagged.txt",
            [
                "Hernán De Lucía",
                "Julio Villaverde",
                None,
                "Julio Villaverde",
                "Julio Villaverde",
                None,
                "Julio Villaverde",
                None,
                "Julio Villaverde",
            ],
        ),
        # "CEO", in capitals, is a role, not a name: "la CEO" is the one who holds it.
        ("fr-ceo-role.txt", ["Marie Dubois", "Marie Dubois"]),
        # An exchange no tag names after a paragraph that names no one: the paper asks (no one
        # named), the one the article is about answers; not the two people quoted last.
        (
            "fr-lunch-interview.txt",
            ["Claire Dumas", "Paul Girard", "Léa Morin", None, "Claire Dumas", None, "Claire Dumas"],
        ),
        # Questions tagged with their askers, several reporters among them, and untagged answers:
        # the answers are none of the askers', but the one the article is about (its lead's).
        (
            "fr-press-questions.txt",
            ["Lucie Ferrand", "Marc Delorme", None, "Marc Delorme", "Lucie Ferrand", "Marc Delorme"],
        ),
    ],
)
def test_speakers_in_probe_articles(name: str, speakers: list[object]) -> None:
    from benchmarks.languages import quotes_of

    found = [quote.speaker for quote in quotes_of(PROBES / name, name[:2])]
    assert len(found) == len(speakers)
    assert [f for f, s in zip(found, speakers, strict=True) if s is not ...] == [s for s in speakers if s is not ...]
