"""The word lists of a language, read from data files rather than written into the code.

A language is a folder ``site_builder/text/data/<code>/`` holding one text file per list,
named after the ``Lexicon`` field it fills (``speech_verbs.txt`` fills ``speech_verbs``).
A file has one entry per line; blank lines and lines starting with ``#`` are skipped, so
each file explains its list at the top. Adding a language means adding such a folder with
every file (and listing it as a data package in ``pyproject.toml``, so wheels carry it): no
code path names a language. A folder lacking a file fails to load, naming the file, rather
than borrowing another language's words.

Every language fills ``CORE_LISTS``, the lists its sentence splitter, language detection and
quote attribution read; English, which every stage reads, fills every list but the ones its
writing has no use for (``ordinal_nouns``). Another language's list that no stage reads for it
yet is an empty file saying so.

``data/news_outlets.txt`` sits beside the language folders: outlet names are proper names,
the same in every language.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import Any

#: The language of an article whose language is neither stated nor recognised.
DEFAULT_LANGUAGE = "en"
#: The lists every language fills: what sentence splitting, language detection and quote attribution read.
CORE_LISTS = (
    "abbreviations",
    "abbreviations_before_number",
    "speech_verbs",
    "source_prepositions",
    "titles",
    "name_connectors",
    "given_names_female",
    "given_names_male",
    "gendered_pronouns",
    "female_markers",
    "male_markers",
    "determiners",
    "naming_cues",
    "interview_cues",
    "indefinite_pronouns",
    "stop_words",
    "calendar",
)
#: Lists English has no use for.
UNUSED_IN_ENGLISH = (
    "ordinal_nouns",
    "hearing_verbs",
    "sign_words",
    "naming_verbs",
    "contracted_articles",
    "dialogue_dashes",
    "conventions",
    "title_roles",
    "impersonal_subjects",
    "origin_prepositions",
    "furniture_openers",
    "stamp_words",
    "age_nouns",
    "pair_ordinals",
    "press_conference_cues",
    "role_scopes",
)

_DATA = resources.files("site_builder.text").joinpath("data")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's word lists. Words keep the case the data file gives them."""

    #: The language code: the name of the data folder.
    language: str
    #: Titles and abbreviations always followed by more of the sentence ("Mr", "Gen"), without their full stop.
    abbreviations: frozenset[str]
    #: Abbreviations that continue the sentence only before a number ("No. 5", "Jan. 20").
    abbreviations_before_number: frozenset[str]
    #: Words that reliably start a new sentence after an initialism such as "U.S.".
    sentence_openers: frozenset[str]
    #: The coarse splitter's abbreviations, lower case (a separate list; see its data file).
    coarse_abbreviations: frozenset[str]
    #: Verbs that introduce or report speech ("said", "told").
    speech_verbs: frozenset[str]
    #: Lower-case words that may follow the verb in an attribution clause ("told reporters on Tuesday").
    attribution_tail_words: frozenset[str]
    #: Short function words a finished sentence or headline does not end on ("of", "the").
    function_words: frozenset[str]
    #: Words of a website's navigation bar ("search", "menu", "login").
    navigation_words: frozenset[str]
    #: Labels of an article's share and print buttons ("share", "tweet", "print").
    share_words: frozenset[str]
    #: Small words that may sit between navigation words ("skip to main content").
    navigation_filler_words: frozenset[str]
    #: Names of a news site's sections ("world", "politics"): a short line of these above the
    #: headline is its section, not the headline.
    section_names: frozenset[str]
    #: Words that carry no fact of their own when sentences are compared.
    stop_words: frozenset[str]
    #: Near-synonyms, one meaning per group; the group's first word stands for all of them.
    synonym_groups: tuple[tuple[str, ...], ...]
    #: Number words and the digits they stand for ("five" -> "5").
    number_words: Mapping[str, str]
    #: Places that open a dateline or end a byline ("New Delhi"), in the file's order.
    dateline_places: tuple[str, ...]
    #: Participles and past forms that report speech besides the speech verbs ("adding", "described").
    speech_participles: frozenset[str]
    #: Words right before a quotation that make it a name or a title ("called", "the slogan").
    naming_cues: tuple[str, ...]
    #: Words that give something a name ("llamada", "bautizó como", "surnommé", "genannt"): a
    #: quotation right after one is a name, in lower case too ("la llamada «mesa chica»").
    naming_verbs: tuple[str, ...]
    #: Things that bear writing, lower case, singular and plural ("banderole", "pancartas",
    #: "Transparent"): a quotation a clause opening with one introduces is what it reads, not speech.
    sign_words: frozenset[str]
    #: Forms of verbs of hearing, lower case ("oyó", "entendait"): with an impersonal subject after
    #: a quotation ("«…», se oyó desde las filas", "« … », entendait-on") they report words no one
    #: is named for.
    hearing_verbs: frozenset[str]
    #: Words that make the Q&A after them an interview ("spoke to", "interview").
    interview_cues: tuple[str, ...]
    #: Words that make the exchange after them a press conference's ("rueda de prensa"): its
    #: questions are the reporters', its answers the person who was speaking, lower case.
    press_conference_cues: tuple[str, ...]
    #: Pronouns for no one in particular ("nobody", "everyone"): no speaker's name.
    indefinite_pronouns: frozenset[str]
    #: Words giving a person's role, not their name ("senator", "aide"), lower case.
    titles: frozenset[str]
    #: Capitalised words that are never a person's first name ("However", "Monday"), lower case.
    not_names: frozenset[str]
    #: Particles inside a name ("von", "de").
    name_connectors: frozenset[str]
    #: Pronouns and honorifics that say a person is a woman, and those that say a man.
    female_markers: frozenset[str]
    male_markers: frozenset[str]
    #: Words between a speaker and the verb ("had", "also").
    trailing_auxiliaries: frozenset[str]
    #: Words that open an aside between a speaker and the verb ("meanwhile").
    aside_words: frozenset[str]
    #: Articles that may open a speaker phrase.
    determiners: frozenset[str]
    #: Speech verbs whose object is the listener ("told").
    listener_verbs: frozenset[str]
    #: Prepositions whose object, ending a speaker phrase, is not the speaker ("a lawyer for Ann Lee").
    object_prepositions: frozenset[str]
    #: Words that join two names into one subject ("and").
    coordinators: frozenset[str]
    #: Words that open a reported clause after a speech verb ("concluded that ...").
    complementisers: frozenset[str]
    #: "what" in 'what Lee called "a disgrace"', and the verbs there (may be several words).
    free_relatives: tuple[str, ...]
    #: Present-tense verbs of a photo caption's scene ("Smoke rises from ...").
    scene_verbs: frozenset[str]
    #: Per kind of body ("hospital"), other words its names end in ("Medical Center").
    organisation_kinds: Mapping[str, tuple[str, ...]]
    #: Titles that say what someone does ("me" -> "avocat"), so a later role noun means them.
    title_roles: Mapping[str, tuple[str, ...]]
    #: "released", "issued": how someone puts out a document ("Lee released an ad").
    issuing_verbs: tuple[str, ...]
    #: "response", "reply": what someone says, named as a thing ("Ann Lee's response: ...").
    utterance_nouns: frozenset[str]
    #: "the man", "the woman": a person and the pronoun they go by.
    person_nouns: Mapping[str, str]
    #: "a spokeswoman for the council": someone who speaks for a body, and the pronoun they go by.
    representative_pronouns: Mapping[str, str]
    characterising_verbs: tuple[str, ...]
    #: A listener verb made passive ("was asked"): the subject hears the words.
    passive_listeners: tuple[str, ...]
    #: Words that head an organisation's name ("ministry"), and the small words inside one ("and").
    organisation_heads: frozenset[str]
    organisation_connectors: frozenset[str]
    #: What a speaker issues, standing in for them ("statement").
    documents: frozenset[str]
    #: The documents whose owner wrote them ("Lee's letter"), unlike what is about its owner
    #: ("Lee's indictment", "Lee's autopsy").
    authored_documents: frozenset[str]
    #: How a sentence right after a quotation says whose words it was: the word before the name
    #: and what follows the name ("That's how Lee put it", '"...," is how Ann Lee described it').
    summing_up_openers: frozenset[str]
    summing_up_phrases: frozenset[str]
    #: Someone's kin as a group, without a gender ("the family of Ann Lee", "her parents").
    kin_groups: frozenset[str]
    #: People named through another ("family", "lawyer").
    relations: frozenset[str]
    #: Members of someone's family and the pronoun each goes by ("wife" -> "she").
    family_relations: Mapping[str, str]
    #: Conjunctions dropped from the start of a speaker phrase.
    leading_conjunctions: frozenset[str]
    #: Nouns ending in -ly, not adverbs.
    ly_nouns: frozenset[str]
    #: Pronouns that open a relative clause after a name ("who").
    relative_pronouns: frozenset[str]
    #: The ones that refer to people only ("who"): a lone name before one is a person's.
    person_relative_pronouns: frozenset[str]
    #: Words any two quotations share, left out when their wordings are compared.
    quotation_function_words: frozenset[str]
    #: Words that say when something was said ("hier", "este"), which may stand between a speech
    #: verb and its speaker; weekdays are the calendar's.
    time_words: frozenset[str]
    #: A preposition and an article written as one word ("du", "del", "vom"), lower case: after a
    #: noun it joins on to it ("le rapport du ministère"), where an article opens a new phrase.
    contracted_articles: frozenset[str]
    #: Words that turn a statement into its denial ("not", "never"): two wordings that differ in one
    #: are two remarks, not one reworded.
    negations: frozenset[str]
    #: Contractions and what they spell out ("n't" -> " not": an ending keeps its leading space).
    contractions: Mapping[str, str]
    #: A word's other spellings and the one quotations are compared in ("defence" -> "defense").
    spelling_variants: Mapping[str, str]
    #: Titles written short other than as their own beginning, and the title ("supt" -> "superintendent").
    title_abbreviations: Mapping[str, str]
    #: Each gendered possessive pronoun and its subject pronoun ("his" -> "he").
    gendered_pronouns: Mapping[str, str]
    #: Words that open a description set off after a name ("a clerk", "of Northridge").
    apposition_openers: frozenset[str]
    #: What a byline or photo credit may give in place of a name or an outlet ("staff writer"), lower case.
    staff_credits: frozenset[str]
    #: What opens a byline before the reporter's name ("by", "posted by"), lower case.
    byline_openers: tuple[str, ...]
    #: What ends a company's name in place of the word "company" ("Co", "Inc"), lower case, no full stop.
    company_suffixes: frozenset[str]
    #: Words of trade that end a firm's name ("Industries"), besides its legal form.
    trade_words: frozenset[str]
    #: Words that make a capitalised name a news outlet's though it is not in the bundled list
    #: ("The Springfield Herald"), lower case.
    outlet_name_words: frozenset[str]
    #: Words that make a name an archive's or a library's that keeps old papers ("Digital Newspaper
    #: Archive", "Osterly Public Library"), not a news outlet's, lower case.
    archive_words: frozenset[str]
    #: The outlet words that end hardly any name but a newspaper's or a station's ("Herald", not
    #: "Republic", "Examiner" or "Express"): enough to read "the Calder Point Herald" as an outlet
    #: in running text, where a page's masthead is not there to say so.
    newspaper_name_words: frozenset[str]
    #: Abbreviations after a name that do not end it ("Jr").
    name_suffixes: frozenset[str]
    #: Words that qualify a role without being one ("former", "acting"), lower case.
    role_qualifiers: frozenset[str]
    #: Words after a role that say its reach ("la jefa regional", "le directeur général"), lower
    #: case: what follows them is what the role is of, as it would be right after the role.
    role_scopes: frozenset[str]
    #: Prepositions after a sum that the noun naming it follows ("$7.8 million in compensation"), lower case.
    sum_prepositions: frozenset[str]
    #: Role qualifiers that say the role is no longer held ("former"): a former minister is not "the minister".
    past_role_qualifiers: frozenset[str]
    #: Prepositions that open a phrase of circumstance before a sentence's subject ("during"), lower case.
    opening_prepositions: frozenset[str]
    #: Prepositions that open whose view a sentence gives ("For Jonathan Chait, Williamson is …"):
    #: the name after them is the view's holder, not a place or a time. Lower case.
    viewpoint_prepositions: frozenset[str]
    #: Verbs that put a question to someone, who answers next ("asked"), lower case.
    question_verbs: frozenset[str]
    #: The preposition that names the agent after a passive participle ("questioned by"), lower
    #: case: "Interrogé par la présidente, …" says who asks.
    agent_prepositions: frozenset[str]
    #: Words before a capitalised name that make it a place or a thing ("in", "the").
    place_or_thing_markers: frozenset[str]
    #: Pronouns that can be the subject of a speech verb ("he").
    subject_pronouns: frozenset[str]
    #: Given names that belong (nearly) always to women, and to men, lower case: they tell whom
    #: "she" or "he" can mean where the article says nothing else.
    given_names_female: frozenset[str]
    given_names_male: frozenset[str]
    #: Countries, states and large regions, as written ("North Carolina"): never a person.
    place_names: frozenset[str]
    #: Auxiliary and modal verbs ("would"): after "said", a name followed by one is a clause's subject.
    auxiliary_verbs: frozenset[str]
    #: Party or side a person belongs to ("Republican"): a description, never a name.
    group_words: frozenset[str]
    #: Words opening a clause of circumstance after an attribution ("said as he left").
    clause_openers: frozenset[str]
    #: Labels of a gallery's or video player's controls prose never uses ("full screen"), lower case.
    widget_labels: tuple[str, ...]
    #: Plain words such controls also show ("close", "next"), lower case.
    widget_control_words: tuple[str, ...]
    #: Jobs in a newsroom ("columnist"): a credit naming one names the outlet, lower case.
    newsroom_jobs: frozenset[str]
    #: Words giving a sentence's subject a role named after them ("took over as", "became"), lower case.
    role_links: tuple[str, ...]
    #: Words between a document and whom it is from ("a statement from", "attributed to"), lower case.
    document_origins: tuple[str, ...]
    #: How a page names its own pages or newsroom ("our articles"), lower case.
    page_self_references: tuple[str, ...]
    #: What a reader does with a page ("share", "subscrib*"), lower case; "*" any ending.
    page_actions: tuple[str, ...]
    #: Words before a number that make it approximate ("nearly", "more than"), lower case, with
    #: what each says of the true value (``APPROXIMATE_BOUNDS``); longest first.
    approximators: Mapping[str, str]
    #: Units a quantity may be given in, lower case, to (factor, base unit): "months" -> (730.5, "hour"),
    #: so that "seven years" and "84 months" compare.
    units: Mapping[str, tuple[float, str]]
    #: Hedges that before a quantity of one base unit say over what stretch something happened, not
    #: a bound ("testimony over nine days"), lower case, to the base unit ("duration").
    span_hedges: Mapping[str, str]
    #: Endings that make another word of a name ("Israel", "Israeli"; "Texas", "Texan" is no
    #: ending but a change), lower case: a name and the name with one of these are not one name
    #: misspelt.
    derived_name_endings: frozenset[str]
    #: Nouns for an organisation of any kind ("the company said" may mean a body named without
    #: the word: "United Gun Group"), lower case.
    generic_bodies: frozenset[str]
    #: Bodies a sentence names without an article ("police said"), lower case.
    bodies_without_article: frozenset[str]
    #: Words for a municipality ("city"), whose government is named "City of X", lower case.
    municipalities: frozenset[str]
    #: A broadcast transcript's label after its reporter's name ("MARA LIASSON, BYLINE:"), lower case.
    reporter_labels: frozenset[str]
    #: Words that say a body is a business ("company", "firm", "bank", "exchange"): "the company"
    #: never means a body whose name ends in a word for another kind ("the Coastal Fisheries Board"),
    #: and a body's first word alone is spelt out only to a name ending in one ("Castellan Property Group").
    business_words: frozenset[str]
    #: Words for a news outlet or its editorial voice ("the newspaper", "the editorial board"),
    #: lower case, some of two words: they mean the outlet the article last named.
    press_words: tuple[str, ...]
    #: Prepositions before a speech participle that shares the clause's subject ("a point of saying").
    participle_prepositions: frozenset[str]
    #: Verbs that report someone's words "as saying" ("quoted the president as"), lower case, then
    #: the word joining them to the speech verb.
    quoting_verbs: tuple[str, ...]
    #: Nouns that count without saying what happened ("people"), lower case.
    generic_counts: frozenset[str]
    #: Nouns after which a number names rather than counts ("priority one", "Train 100"), lower case.
    number_labels: frozenset[str]
    #: Phrases giving the name of someone first described ("known as", "identified only as"), lower case.
    identifying_phrases: tuple[str, ...]
    #: Words before a number that make it a count of part of something ("other 41 bridges").
    partial_counts: frozenset[str]
    #: Words that make two numbers joined by a hyphen a tally ("a 9-6 vote", "won 3-1"), lower case.
    tally_words: frozenset[str]
    #: Words right after a number that make it a part of a whole ("three of the victims"), lower case.
    partitive_links: tuple[str, ...]
    #: Nouns right after a number that make it part of an address ("the 5500 block of"), lower case.
    numbered_places: frozenset[str]
    #: How a duration is made a time before now, as (words before, words after) it: ("", "ago"), ("vor", "").
    time_ago: tuple[tuple[str, str], ...]
    #: Words introducing whose words are quoted, without a speech verb ("according to", "laut", "selon").
    source_prepositions: tuple[str, ...]
    #: Words after which "3." is an ordinal, not a sentence end (German "am 3. Oktober").
    ordinal_nouns: frozenset[str]
    #: Dashes that open a line of dialogue (Spanish "—No cerramos —dijo el gerente—.").
    dialogue_dashes: tuple[str, ...]
    #: How the language is written, as flags ("capitalised-nouns").
    conventions: frozenset[str]
    #: Indefinite articles: "un productor" names nobody ("a", "ein", "un").
    indefinite_articles: frozenset[str]
    #: How numbers are written: decimal mark, thousands separators, scale and percent words.
    number_format: NumberFormat
    #: Prepositions introducing whom a speaker told ("explicó a este diario", "sagte gegenüber der Zeitung").
    listener_prepositions: frozenset[str]
    #: Possessive determiners, lower case: "assure son avocat, Me …", "afirmó su hermano, …".
    possessive_determiners: frozenset[str]
    #: Subjects of a verb that says no one spoke ("hieß es", "se informó", "indique-t-on").
    impersonal_subjects: frozenset[str]
    #: Prepositions saying whose words an impersonal verb reports ("hieß es aus dem Ministerium",
    #: "se informó desde la alcaldía").
    origin_prepositions: frozenset[str]
    #: How dates and clock times are written: month and weekday names, words marking a clock time.
    calendar: Calendar
    #: What opens a line of page furniture, lower case, and why the line is removed ("lesen sie
    #: auch:" -> "related-link teaser"): a phrase ending in ":" opens a line, any other is the whole
    #: line. English furniture is told by the patterns of ``analysis/clean/rules.py``.
    furniture_openers: Mapping[str, str]
    #: Phrases with which a page names its own outlet ("more from" = before the name, "welcomes letters" = after it).
    self_naming_cues: Mapping[str, str]
    #: What labels a publication stamp, lower case, and which date it gives ("veröffentlicht am =
    #: published", "mis à jour le = updated"), and the small words a stamp holds besides its
    #: date and clock time ("um", "à", "a las" = filler). English stamps are told by the patterns of
    #: ``analysis/metadata.py``.
    stamp_words: Mapping[str, str]
    #: The nouns for a person of an age, written after the age and a hyphen, with the determiners
    #: they follow and the gender the two give, lower case ("die jährige" -> "she", of "die
    #: 54-Jährige"; "-" where they give none): a description for someone named with that age.
    age_nouns: Mapping[str, str]
    #: Words for the first or the second of two people just named together, lower case ("la
    #: première" -> "first", "la seconde" -> "second"): "« … », a lancé la première".
    pair_ordinals: Mapping[str, str]

    @property
    def capitalises_nouns(self) -> bool:
        """Whether the language capitalises every noun (German), not names only: a capital there
        says nothing of a name."""
        return "capitalised-nouns" in self.conventions


def load_lexicon(folder: Traversable) -> Lexicon:
    """Read the lexicon in ``folder`` (a language folder like ``text/data/en``): each list from the
    file named after its field, read as the field's type says (one word a line for a frozenset,
    one entry a line for a tuple) or as ``_READ_OTHERWISE`` says."""
    lists: dict[str, Any] = {
        field.name: (_READ_OTHERWISE.get(field.name) or _READ_BY_TYPE[str(field.type)])(folder, field.name)
        for field in fields(Lexicon)
        if field.name != "language"
    }
    return Lexicon(language=folder.name, **lists)


@cache
def available_languages() -> tuple[str, ...]:
    """Codes of the languages bundled with the package, sorted."""
    return tuple(sorted(entry.name for entry in _DATA.iterdir() if entry.is_dir()))


def analysis_language(language: str | None) -> str:
    """The bundled language to read an article in: its stated language (``de-CH`` is ``de``) when
    bundled, else the default."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in available_languages() else DEFAULT_LANGUAGE


@cache
def lexicon_for(language: str) -> Lexicon:
    """The bundled lexicon of ``language`` (``"en"``), read once per process."""
    if language not in available_languages():
        known = ", ".join(available_languages())
        raise LookupError(f"no word lists for language {language!r} in site_builder/text/data/ (it has: {known})")
    return load_lexicon(_DATA.joinpath(language))


@cache
def stop_words_of(language: str) -> frozenset[str]:
    """The stop words of ``language`` alone: telling languages apart reads every bundled language's,
    and an English build need not read the other languages' whole lexicons for it."""
    if language not in available_languages():
        return lexicon_for(language).stop_words  # the same clear error
    return _words(_DATA.joinpath(language), "stop_words")


@cache
def photo_agencies() -> tuple[str, ...]:
    """Picture agencies a photo credit may name besides news outlets (``data/photo_agencies.txt``)."""
    return _entries(_DATA, "photo_agencies")


@cache
def mail_domains() -> frozenset[str]:
    """Services anyone may have an address at (``data/mail_domains.txt``): no outlet's own domain."""
    return frozenset(_entries(_DATA, "mail_domains"))


@cache
def news_outlets() -> tuple[tuple[str, ...], ...]:
    """Each known news outlet, agencies first, as its names, the canonical name first
    (``data/news_agencies.txt`` and ``data/news_outlets.txt``)."""
    return news_agencies() + _outlet_entries("news_outlets")


@cache
def news_agencies() -> tuple[tuple[str, ...], ...]:
    """The wire services among the known outlets (``data/news_agencies.txt``)."""
    return _outlet_entries("news_agencies")


@cache
def news_aggregators() -> frozenset[str]:
    """Aggregators and news readers, whose header shows other outlets' articles
    (``data/news_aggregators.txt``), case-folded."""
    return frozenset(name.casefold() for name in _entries(_DATA, "news_aggregators"))


@cache
def export_fields() -> tuple[tuple[str, str, str], ...]:
    """The field labels of news databases' exports, as (family, label, what it holds)
    (``data/export_fields.txt``)."""
    fields = []
    for entry in _entries(_DATA, "export_fields"):
        family, rest = entry.split(maxsplit=1)
        label, holds = rest.rsplit(maxsplit=1)
        fields.append((family, label, holds))
    return tuple(fields)


def _outlet_entries(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(part.strip() for part in entry.split("|") if part.strip()) for entry in _entries(_DATA, name))


def _entries(folder: Traversable, name: str) -> tuple[str, ...]:
    """The entries of list ``name`` in ``folder``, in file order, without comments and blank lines."""
    rows = (row.strip() for row in folder.joinpath(f"{name}.txt").read_text(encoding="utf-8").splitlines())
    return tuple(row for row in rows if row and not row.startswith("#"))


def _words(folder: Traversable, name: str) -> frozenset[str]:
    entries = _entries(folder, name)
    for entry in entries:
        if len(entry.split()) != 1:
            raise ValueError(f"{folder.name}/{name}.txt: {entry!r} is not one word; write one word per line")
    return frozenset(entries)


class AccentFoldedWords(frozenset[str]):
    """Words looked up with or without their accents: a list of given names holds "ines", and
    "inés" is in it too (a list cannot spell every name in every accent its bearers use)."""

    def __contains__(self, word: object) -> bool:
        if super().__contains__(word):
            return True
        if not isinstance(word, str) or word.isascii():
            return False
        folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
        return folded != word and super().__contains__(folded)


@cache
def given_names(language: str) -> AccentFoldedWords:
    """A language's given names, female and male, looked up with or without accents."""
    lexicon = lexicon_for(language)
    return AccentFoldedWords(lexicon.given_names_female | lexicon.given_names_male)


def _folded_words(folder: Traversable, name: str) -> AccentFoldedWords:
    return AccentFoldedWords(_words(folder, name))


def _frames(folder: Traversable, name: str) -> tuple[tuple[str, str], ...]:
    """Phrases around a slot "_": "il y a _" is ("il y a", ""), "_ ago" is ("", "ago"); lower case."""
    frames = []
    for entry in _entries(folder, name):
        if entry.count("_") != 1:
            raise ValueError(f"{folder.name}/{name}.txt: {entry!r} needs one '_' where the value stands")
        before, after = entry.split("_")
        frames.append((before.strip().lower(), after.strip().lower()))
    return tuple(frames)


def _kinds(folder: Traversable, name: str) -> Mapping[str, tuple[str, ...]]:
    """A word, then "|" between the names it stands for: "hospital | Medical Center | Clinic"."""
    table: dict[str, tuple[str, ...]] = {}
    for entry in _entries(folder, name):
        kind, *names = (part.strip() for part in entry.split("|"))
        if not names or not all(names):
            raise ValueError(f"{folder.name}/{name}.txt: {entry!r} is not written like 'hospital | Medical Center'")
        table[kind] = tuple(names)
    return MappingProxyType(table)


def _word_pairs(folder: Traversable, name: str, like: str, *, digits: bool = False) -> Mapping[str, str]:
    """Two words a line, the first mapped to the second; ``like`` shows the form in an error."""
    table: dict[str, str] = {}
    for entry in _entries(folder, name):
        fields = entry.split()
        if len(fields) != 2 or (digits and not fields[1].isdigit()):
            raise ValueError(f"{folder.name}/{name}.txt: {entry!r} is not written like {like!r}")
        table[fields[0]] = fields[1]
    return MappingProxyType(table)


@dataclass(frozen=True, slots=True)
class NumberFormat:
    """How a language writes numbers (``number_format.txt``)."""

    decimal: str
    groups: tuple[str, ...]
    scales: Mapping[str, float]
    percent: tuple[str, ...]
    #: Words or signs between the two ends of a range ("200 to 250", "200-250").
    range_links: tuple[str, ...]
    #: The words around a range, as (before, between): ("between", "and") of "between 230 and 300".
    range_frames: tuple[tuple[str, str], ...]
    #: Words joining a quantity given in two units ("7 years and 1 month").
    unit_joins: tuple[str, ...]
    #: Signs written before an amount ("$", "€", "US$"), to the sign its currency is compared by.
    currency_signs: Mapping[str, str]
    #: Words written after an amount ("euros", "Euro"), lower case, to the same signs.
    currency_words: Mapping[str, str]
    #: Letters closing an amount as a scale does ("£14m", "$2bn"), to their factor.
    amount_scales: Mapping[str, float]
    #: Words giving a number only roughly ("dozens", "tens of millions"), lower case, to the
    #: lowest and highest values they may mean.
    vague_quantities: Mapping[str, tuple[float, float]]
    #: Words joining a vague quantity to what it counts ("dozens of homes").
    vague_links: tuple[str, ...] = ()
    #: Verbs of change before "from X to Y" ("rose", "fell"), lower case: the two numbers are the
    #: figure before and after, not the ends of a range.
    change_verbs: frozenset[str] = frozenset()

    @property
    def money_signs(self) -> frozenset[str]:
        """The signs amounts are compared by: an amount's ``what``."""
        return frozenset((*self.currency_signs.values(), *self.currency_words.values()))


_SPACES = (" ", "\u00a0", "\u202f")


def _number_format(folder: Traversable, name: str) -> NumberFormat:
    decimal = "."
    groups: list[str] = []
    scales: dict[str, float] = {}
    percent: list[str] = []
    range_links: list[str] = []
    range_frames: list[tuple[str, str]] = []
    unit_joins: list[str] = []
    currency_signs: dict[str, str] = {}
    currency_words: dict[str, str] = {}
    amount_scales: dict[str, float] = {}
    vague_quantities: dict[str, tuple[float, float]] = {}
    vague_links: list[str] = []
    change_verbs: set[str] = set()
    for entry in _entries(folder, name):
        kind, _, rest = entry.partition(" ")
        pair = rest.rsplit(" ", 1)
        if kind == "decimal" and rest:
            decimal = rest
        elif kind == "group" and rest:
            groups.extend(_SPACES if rest == "space" else [rest])
        elif kind == "scale" and len(rest.rsplit(" ", 1)) == 2 and rest.rsplit(" ", 1)[1].isdigit():
            word, value = rest.rsplit(" ", 1)
            scales[word] = float(value)
        elif kind == "percent" and rest:
            percent.append(rest)
        elif kind == "range" and rest:
            range_links.append(rest)
        elif kind == "unit-join" and rest:
            unit_joins.append(rest.casefold())
        elif kind == "range-between" and len(rest.split()) == 2:
            before, between = rest.split()
            range_frames.append((before, between))
        elif kind == "currency" and len(pair) == 2:
            currency_signs[pair[0]] = pair[1]
        elif kind == "currency-word" and len(pair) == 2:
            currency_words[pair[0].casefold()] = pair[1]
        elif kind == "amount-scale" and len(pair) == 2 and pair[1].isdigit():
            amount_scales[pair[0]] = float(pair[1])
        elif kind == "vague" and len(parts := rest.rsplit(" ", 2)) == 3 and parts[1].isdigit() and parts[2].isdigit():
            vague_quantities[parts[0].casefold()] = (float(parts[1]), float(parts[2]))
        elif kind == "vague-link" and rest:
            vague_links.append(rest.casefold())
        elif kind == "change" and rest:
            change_verbs.update(rest.casefold().split())
        else:
            like = "'decimal ,', 'scale million 1000000', 'currency € €' or 'vague dozens 24 99'"
            raise ValueError(f"{folder.name}/{name}.txt: {entry!r} is not written like {like}")
    return NumberFormat(
        decimal,
        tuple(groups),
        MappingProxyType(scales),
        tuple(percent),
        tuple(range_links),
        tuple(range_frames),
        tuple(unit_joins),
        MappingProxyType(currency_signs),
        MappingProxyType(currency_words),
        MappingProxyType(amount_scales),
        MappingProxyType(vague_quantities),
        tuple(vague_links),
        frozenset(change_verbs),
    )


@dataclass(frozen=True, slots=True)
class Calendar:
    """How a language writes dates and clock times (``calendar.txt``)."""

    #: Month names and abbreviations, lower case, to the month's number (1-12).
    months: Mapping[str, int]
    #: Weekday names, lower case, to the day's number (1 = Monday).
    weekdays: Mapping[str, int]
    #: Words between a day and its month ("3 de julio", "3rd of July").
    day_month_links: tuple[str, ...]
    #: Words marking a 24-hour clock time ("14.30 Uhr", "14 h 30"), lower case.
    clock_words: tuple[str, ...]
    #: Words before a weekday that put an event on that day ("on Friday", "last Friday"), lower case.
    day_words: tuple[str, ...] = ()
    #: Words naming a time zone after a clock time ("7 p.m. Eastern"), lower case.
    zone_words: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.months and self.weekdays)


def _calendar(folder: Traversable, name: str) -> Calendar:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    links: list[str] = []
    clock: list[str] = []
    day: list[str] = []
    zones: set[str] = set()
    for entry in _entries(folder, name):
        kind, *fields = entry.split()
        if kind in ("month", "weekday") and len(fields) >= 2 and fields[0].isdigit():
            table, limit = (months, 12) if kind == "month" else (weekdays, 7)
            if not 1 <= int(fields[0]) <= limit:
                raise ValueError(f"{folder.name}/{name}.txt: {entry!r}: a {kind} is numbered 1 to {limit}")
            table.update((word.lower(), int(fields[0])) for word in fields[1:])
        elif kind == "link" and len(fields) == 1:
            links.append(fields[0])
        elif kind == "clock" and len(fields) == 1:
            clock.append(fields[0].lower())
        elif kind == "day" and len(fields) == 1:
            day.append(fields[0].lower())
        elif kind == "zone" and len(fields) == 1:
            zones.add(fields[0].lower())
        else:
            like = "'month 7 july jul', 'weekday 1 monday', 'link of', 'clock uhr', 'day on' or 'zone eastern'"
            raise ValueError(f"{folder.name}/{name}.txt: {entry!r} is not written like {like}")
    return Calendar(
        MappingProxyType(months), MappingProxyType(weekdays), tuple(links), tuple(clock), tuple(day), frozenset(zones)
    )


APPROXIMATE_BOUNDS = ("around", "nearly", "above", "below", "minimum", "maximum")


def _approximators(folder: Traversable, name: str) -> Mapping[str, str]:
    table: dict[str, str] = {}
    for entry in _entries(folder, name):
        phrase, equals, bound = (part.strip() for part in entry.partition("="))
        if not equals or not phrase or bound not in APPROXIMATE_BOUNDS:
            raise ValueError(
                f'{folder.name}/{name}.txt: {entry!r} is not a phrase and its bound, like "more than = above"'
                f" (bounds: {', '.join(APPROXIMATE_BOUNDS)})"
            )
        table[phrase] = bound
    # Longest first, so "a little more than" is found before "more than".
    return MappingProxyType(dict(sorted(table.items(), key=lambda item: -len(item[0]))))


def _labelled_phrases(folder: Traversable, name: str) -> Mapping[str, str]:
    """``phrase = label`` a line, the phrase lower case; longest phrases first."""
    table: dict[str, str] = {}
    for entry in _entries(folder, name):
        phrase, equals, label = (part.strip() for part in entry.partition(" = "))
        if not equals or not phrase or not label or phrase != phrase.lower():
            like = "lesen sie auch: = related-link teaser"
            raise ValueError(f"{folder.name}/{name}.txt: {entry!r} is not written like {like!r}")
        table[phrase] = label
    return MappingProxyType(dict(sorted(table.items(), key=lambda item: -len(item[0]))))


def _units(folder: Traversable, name: str) -> Mapping[str, tuple[float, str]]:
    table: dict[str, tuple[float, str]] = {}
    for entry in _entries(folder, name):
        word, equals, amount = (part.strip() for part in entry.partition("="))
        fields = amount.split()
        try:
            factor = float(fields[0]) if len(fields) == 2 else math.nan
        except ValueError:
            factor = math.nan
        if not equals or not word or math.isnan(factor):
            raise ValueError(f'{folder.name}/{name}.txt: {entry!r} is not a unit and its size, like "weeks = 168 hour"')
        table[word.lower()] = (factor, fields[1])
    return MappingProxyType(table)


def _equations(folder: Traversable, name: str, what: str, example: str) -> list[tuple[str, str]]:
    """The ``left = right`` entries of list ``name``; ``what`` and ``example`` say what one is."""
    pairs = []
    for entry in _entries(folder, name):
        left, equals, right = (part.strip() for part in entry.partition("="))
        if not equals or not left or not right:
            raise ValueError(f'{folder.name}/{name}.txt: {entry!r} is not {what}, like "{example}"')
        pairs.append((left, right))
    return pairs


def _contractions(folder: Traversable, name: str) -> Mapping[str, str]:
    # An ending ("n't", "'re") joins the word before it: spelt out, it is a word of its own.
    pairs = _equations(folder, name, "a contraction and its words", "can't = can not")
    return MappingProxyType(
        {short: f" {long}" if short.startswith(("'", "’", "n't")) else long for short, long in pairs}
    )


def _spellings(folder: Traversable, name: str) -> Mapping[str, str]:
    pairs = _equations(folder, name, "a word's variant and its spelling, one word each", "defence = defense")
    for variant, spelling in pairs:
        if len(variant.split()) != 1 or len(spelling.split()) != 1:
            raise ValueError(f"{folder.name}/{name}.txt: {variant} = {spelling} is not one word each side")
    return MappingProxyType({variant.casefold(): spelling.casefold() for variant, spelling in pairs})


def _title_abbreviations(folder: Traversable, name: str) -> Mapping[str, str]:
    pairs = _equations(folder, name, "a title's short form and the title", "supt = superintendent")
    return MappingProxyType({short.casefold(): title.casefold() for short, title in pairs})


def _phrases(folder: Traversable, name: str) -> frozenset[str]:
    """Entries of several words each, looked up whole ("staff writer", "New York")."""
    return frozenset(_entries(folder, name))


def _synonym_groups(folder: Traversable, name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(entry.split()) for entry in _entries(folder, name))


#: How a list is read from its type: one word a line for a frozenset, one entry a line for a tuple.
_READ_BY_TYPE: dict[str, Callable[[Traversable, str], Any]] = {"frozenset[str]": _words, "tuple[str, ...]": _entries}
#: Lists read otherwise.
_READ_OTHERWISE: dict[str, Callable[[Traversable, str], Any]] = {
    "synonym_groups": _synonym_groups,
    "given_names_female": _folded_words,
    "given_names_male": _folded_words,
    "number_words": lambda folder, name: _word_pairs(folder, name, "five 5", digits=True),
    "person_nouns": lambda folder, name: _word_pairs(folder, name, "man he"),
    "representative_pronouns": lambda folder, name: _word_pairs(folder, name, "spokeswoman she"),
    "family_relations": lambda folder, name: _word_pairs(folder, name, "wife she"),
    "gendered_pronouns": lambda folder, name: _word_pairs(folder, name, "his he"),
    "organisation_kinds": _kinds,
    "title_roles": _kinds,
    "contractions": _contractions,
    "spelling_variants": _spellings,
    "title_abbreviations": _title_abbreviations,
    "staff_credits": _phrases,
    "summing_up_phrases": _phrases,
    "place_names": _phrases,
    "approximators": _approximators,
    "furniture_openers": _labelled_phrases,
    "self_naming_cues": _labelled_phrases,
    "stamp_words": _labelled_phrases,
    "age_nouns": _labelled_phrases,
    "pair_ordinals": _labelled_phrases,
    "units": _units,
    "span_hedges": _labelled_phrases,
    "time_ago": _frames,
    "number_format": _number_format,
    "calendar": _calendar,
}
