"""Quotations and their speakers in the other bundled languages (German, French, Spanish: issue 16),
by patterns that each language's word lists fill in; the English rules (``extract``) are richer.

A quotation is speech when its sentence attributes it:

* a speech verb or a source word right after it (``„…“, sagte Anna Keller``, ``« … », a-t-elle
  ajouté``, ``«…», dijo la alcaldesa, Carmen Ruiz``, ``»…«, so Weber``);
* a speech verb or a source word before it in its sentence (``Keller sagte: „…“``, ``Selon
  Marc Leroy, « … »``, a phrase woven in: ``bezeichnete den Plan als „Fehler“``);
* a clause ending in a colon before it (``Ihr Nachbar, der Bäckermeister Tobias Kranich, sieht
  das anders: „…“``);

or when it carries on the quotation before it (the next sentence of the paragraph, a paragraph
that is only a quotation after one that ended with one). Text right after a naming word (``das
Programm „…“``, ``le livre « … »``) and a short phrase nobody is said to say are not speech.

The speaker is the name the attribution gives (roles, titles and determiners stripped: the name
starts at a known given name, or after a role), the person a pronoun or a dropped subject (``,
afirmó.``) refers to (the last person named outside quotations, of the pronoun's gender when it
has one), or the person a description refers to (``die Landrätin``: the last person named with
that role; ``das Ministerium``: the last body named with that word; ``der 54-Jährige``: the last
person named). A surname alone is written as the fullest name the article gives.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from ...model import Paragraph, QuoteOccurrence, Sentence, Source
from ...text.lexicon import Lexicon, lexicon_for
from ...text.quotemarks import CLOSING_MARKS, MAX_QUESTION_WORDS, QuotationSpan, quotation_spans
from .cues import any_phrase, interview_cue
from .marks import ends_on_question, ends_sentence_early, occurrence
from .names import without_nicknames
from .pulled import pull_quotes_spoken

#: A word (with hyphens and apostrophes inside it), a number, or a punctuation mark that ends a phrase.
_TOKEN = re.compile(r"[^\W\d_](?:[\w’'.-]*[\w.])?|\d(?:[\d.,:-]*\d)?\.?[\w-]*|[,;:()–—!?]")
#: The most letters a body's initials have ("CGT", "AOK", "SNCF").
_MAX_INITIALS = 6


#: How many words after a quotation its attribution may start.
_TAIL_WORDS = 5
#: A quotation this long, or one holding a sentence end, is a statement even without a verb.
_STATEMENT_WORDS = 6
#: Role words this long may end a compound ("Polizeisprecher" ends with "sprecher").
_COMPOUND_ROLE = 5


@dataclass
class _Person:
    name: str
    gender: str | None
    roles: set[str] = field(default_factory=set)
    #: For someone unnamed who speaks for a body ("ein Sprecher des Verbands"): that body.
    body: str | None = None


#: An age and the noun or adjective after its hyphen ("54-Jährige", "71-jähriger").
_AGE_WORD = re.compile(r"(\d{1,3})-([^\W\d_]+)")


@dataclass
class _Reading:
    """What the reader knows at a point of the article: the people and bodies named so far."""

    #: The language's organisation words ("ministerio", "Polizei"), case-folded.
    organisations: frozenset[str]
    #: The role nouns a title says ("me" -> "avocat"): "Me Baradat" is "l'avocat" later.
    title_roles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: The small words inside names ("de", "la"), case-folded: initials leave them out.
    name_particles: frozenset[str] = frozenset()
    people: list[_Person] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    #: Bodies introduced by an organisation word ("el grupo Hallbrook Heating"), in order.
    introduced_bodies: list[str] = field(default_factory=list)
    #: Bodies quotations were attributed to by name, in order.
    quoted_bodies: list[str] = field(default_factory=list)
    #: Who spoke the last quotation attributed to someone, for "señala el texto" (its document).
    last_speaker: str | None = None
    #: The person the article gave each age ("die 54-jährige Sabine K.", "Sabine K. (54)", or
    #: "Die 54-Jährige ..." right after naming her), for "antwortete die 54-Jährige".
    ages: dict[int, str] = field(default_factory=dict)
    #: The bodies the article wrote out before their initials in brackets, by those initials
    #: ("CFF" -> "Chemins de fer fédéraux").
    spelled_out: dict[str, str] = field(default_factory=dict)
    #: The two people "la première" and "la seconde" were read as, in the order they were named.
    pair: tuple[str, str] | None = None
    #: The body the last sentence read opened with, if it opened with one ("Die AOK Niedersachsen …
    #: begrüßte das Urteil."), while no one has been named, nor anyone else quoted, since: "teilte
    #: die Kasse mit" after it is that body's.
    body_subject: str | None = None

    def person(self, name: str) -> _Person | None:
        for person in reversed(self.people):
            if not person.name:
                continue  # someone unnamed
            if person.name == name or _part_of_name(name, person.name) or _part_of_name(person.name, name):
                return person
        return None

    def called_by_given_name(self, given_name: str) -> str | None:
        """The one person met whose full name opens with ``given_name`` ("Camille reprend" after
        "Camille Guégan, 29 ans, …"); none when two share it."""
        named = {person.name for person in self.people if person.name.split()[:1] == [given_name]}
        return named.pop() if len(named) == 1 and " " in next(iter(named)) else None

    def introduce_body(self, name: str, *, subject: bool) -> None:
        """Record a body its kind introduces ("le ministère de la Santé", "el grupo Hallbrook Heating");
        ``subject``: it opens its sentence or clause (see ``body_subject``)."""
        self.bodies.append(name)
        self.introduced_bodies.append(name)
        if subject:
            self.body_subject = name

    def meet_unnamed(self, gender: str | None, body: str | None = None) -> None:
        """Someone the article does not name ("un jeune intérimaire hausse les épaules"): a "il" next
        means them, not anyone named before; or the body they speak for ("Ein Sprecher des
        Unternehmens kündigte an …", then "sagte er")."""
        self.people.append(_Person("", gender, body=body))

    def meet(self, name: str, gender: str | None, role: str | None) -> str:
        """Record a person named; returns the fullest name known for them."""
        known = self.person(name)
        if known is not None:
            self.people.remove(known)  # it goes back in as the most recent
        if known is None or _part_of_name(known.name, name):
            # Someone new, or a fuller name for someone met by surname ("Keller", then "Anna Keller").
            roles = set(known.roles) if known else set()
            known = _Person(name, gender or (known.gender if known else None), roles)
        elif gender and not known.gender:
            known.gender = gender
        if role:
            known.roles.add(role)
        self.people.append(known)  # most recent last
        self.body_subject = None
        return known.name

    def latest(self, gender: str | None = None) -> str | None:
        for person in reversed(self.people):
            if gender is None or person.gender in (None, gender):
                return person.name or person.body or None
        return None

    def of_pair(self, ordinal: str) -> str | None:
        """The first or the second of the two people named last ("Karine Lemoine et Sylvie Arnaud"):
        the pair stays the one read, though the first one's words make her the latest met."""
        named = [person.name for person in self.people if person.name]
        if len(named) < 2:
            return None
        if self.pair is None or not set(self.pair) <= set(named[-2:]):
            self.pair = (named[-2], named[-1])
        return self.pair[0] if ordinal == "first" else self.pair[1]

    def with_role(self, role: str) -> str | None:
        elided = _ELIDED_ARTICLE.match(role)
        role = elided.group(2) if elided else role  # "l'avocat": the noun after the elided article
        for person in reversed(self.people):
            if any(
                _role_matches(known, role) or role.casefold() in self.title_roles.get(known.casefold().rstrip("."), ())
                for known in person.roles
            ):
                return person.name
        return None

    def body_with_initials(self, initials: str) -> str | None:
        """The body named before (or quoted) whose capitalised words' initials these are: "AFA" is
        the "Asociación del Fútbol Argentino" the article named in full; or, for a name in lower case,
        the initials of its words up to a particle ("DDSP" is the "direction départementale de la
        sécurité publique de l'Aisne", the place left out)."""
        if initials in self.spelled_out:
            return self.spelled_out[initials]
        if not (initials.isalpha() and initials.isupper() and 2 <= len(initials) <= _MAX_INITIALS):
            return None
        for body in [*reversed(self.bodies), *reversed(self.quoted_bodies)]:
            words = body.split()
            if len(words) < 2:
                continue
            if "".join(word[0] for word in words if word[:1].isupper()) == initials:
                return body
            if len(initials) < _MIN_LOWER_CASE_INITIALS:
                continue  # "PS", "PP": a party's, not those of "la préfecture de la Somme"
            letters = ""
            for word in words:
                if word.casefold() in self.name_particles:
                    if letters == initials:
                        return body
                    continue
                elided = _ELIDED_ARTICLE.match(word)
                letters += (elided.group(2) if elided else word)[0].upper()
            if letters == initials:
                return body
        return None

    def body_starting(self, noun: str, *, any_case: bool) -> str | None:
        """A body named before whose name opens with ``noun``: "l'intersyndicale" is the
        "intersyndicale CGT-FO" named earlier; ``any_case`` where only names are capitalised, so
        that "le théâtre" is the "Théâtre des Roches" (where every noun is, "der Junge" is no
        "Junge Union")."""
        for body in reversed(self.bodies):
            first = body.split()[0]
            if first == noun.casefold() or (any_case and first.casefold() == noun.casefold()):
                return body
        return None

    def body_ending(self, noun: str) -> str | None:
        for body in reversed(self.bodies):
            if body.casefold().endswith(noun.casefold()):
                return body
        return None


def _part_of_name(short: str, full: str) -> bool:
    """``Keller`` of ``Anna Keller``; ``Maldonado`` and ``Nuria Espinosa`` of ``Héctor Maldonado
    Quiroga`` and ``Nuria Espinosa de los Monteros Vidal``: a shorter run of the full name's words,
    never the first name alone (two people may share it)."""
    shorter, longer = short.split(), full.split()
    if len(shorter) >= len(longer):
        return False
    starts = [at for at in range(len(longer) - len(shorter) + 1) if longer[at : at + len(shorter)] == shorter]
    return any(at > 0 or len(shorter) > 1 for at in starts)


def _role_matches(known: str, role: str) -> bool:
    """Whether a role the reader knows for someone is ``role``: the same word, the end of a compound
    ("Polizeisprecherin", "Sprecherin"), or either word of two ("ingeniero técnico": "el ingeniero",
    "el técnico")."""
    known, role = known.casefold(), role.casefold()
    return known == role or (len(role) >= _COMPOUND_ROLE and known.endswith(role)) or known.split()[0] == role


# ------------------------------------------------------------------------- words


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.casefold().rstrip(".")

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def punctuation(self) -> bool:
        return not self.text[:1].isalnum()


def _words(text: str, start: int = 0, end: int | None = None) -> list[_Word]:
    found = []
    # A nickname inside a name (Héctor “Cacho” Maldonado) is no word of the phrase around it.
    for match in _TOKEN.finditer(without_nicknames(text), start, len(text) if end is None else end):
        token = match.group()
        found.append(_Word(token, match.start(), match.end()))
    return found


class _Language:
    """The word lists one language's patterns read, with the tests built on them."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.verbs = {_curly(verb.casefold()) for verb in lexicon.speech_verbs | lexicon.speech_participles}
        # A live blog's time stamp opening an entry ("8 h 47 –", "14.30 Uhr:", "10:12 -", "13:20 |"):
        # a clock time with its minutes or the language's clock word, then a dash, a colon or a bar.
        clock = "|".join(re.escape(word) for word in sorted(lexicon.calendar.clock_words, key=len, reverse=True))
        marked = rf"\s?(?:{clock})(?:\s?\d{{2}})?" if clock else r"(?!)"
        self._time_stamp = re.compile(rf"\d{{1,2}}(?:[:.]\d{{2}}(?:{marked})?|{marked})\s*[–—:|-]\s+", re.I)
        # Longest first, as words: "de acuerdo con" before "de". A phrase marked " ^" in the list
        # ("para ^") also means other things, and counts only where its sentence starts.
        self.preposition_phrases = sorted(
            (
                [w.casefold().rstrip(".") for w in p.removesuffix(" ^").removeprefix("… ").split()]
                for p in lexicon.source_prepositions
            ),
            key=len,
            reverse=True,
        )
        # "Dem Verband zufolge": a word listed after "… " follows its source.
        self.postpositions = {
            p.removeprefix("… ").casefold() for p in lexicon.source_prepositions if p.startswith("… ")
        }
        self.sentence_start_only = {
            p.removesuffix(" ^").casefold() for p in lexicon.source_prepositions if p.endswith(" ^")
        }
        self.titles = {title.casefold() for title in lexicon.titles}
        self.connectors = {c.casefold() for c in lexicon.name_connectors}
        self.determiners = {d.casefold() for d in lexicon.determiners}
        self.age_nouns = {entry.split()[-1] for entry in lexicon.age_nouns}
        self.pronouns = {p.casefold(): gender for p, gender in lexicon.gendered_pronouns.items()}
        self.female = {m.casefold() for m in lexicon.female_markers}
        self.male = {m.casefold() for m in lexicon.male_markers}
        self.naming = [cue.casefold() for cue in lexicon.naming_cues]
        self.naming_verbs = tuple(verb.casefold() for verb in lexicon.naming_verbs)
        self.given_female = {n.casefold() for n in lexicon.given_names_female}
        self.given_male = {n.casefold() for n in lexicon.given_names_male}
        self.stop_words = {w.casefold() for w in lexicon.stop_words}
        self.auxiliaries = {w.casefold() for w in lexicon.auxiliary_verbs}
        self.prepositions = {w.casefold() for w in lexicon.opening_prepositions}
        # Words after which a listed verb form is a noun: articles, and "de", "von" joining nouns
        # (not "y", which joins a verb to the sentence: "…», y aseguró").
        self.noun_openers = (self.determiners | self.connectors) - {c.casefold() for c in lexicon.leading_conjunctions}
        self.conjunctions = {w.casefold() for w in lexicon.leading_conjunctions}
        self.organisations = frozenset(head.casefold() for head in lexicon.organisation_heads)
        self.organisation_connectors = frozenset(word.casefold() for word in lexicon.organisation_connectors)
        self.when = frozenset(word.casefold() for word in lexicon.time_words) | set(lexicon.calendar.weekdays)
        self.representatives = frozenset(word.casefold() for word in lexicon.relations)
        self.place_or_thing_markers = frozenset(word.casefold() for word in lexicon.place_or_thing_markers)
        #: What introduces an interview printed as questions and answers (see ``_Interview``).
        self.interview_cue = interview_cue(lexicon)
        #: What introduces a press conference's questions and answers (see ``_Exchange``).
        self.press_conference_cue = any_phrase(lexicon.press_conference_cues)
        self.question_verb = any_phrase(lexicon.question_verbs)

    def preposition_at(self, words: Sequence[_Word], at: int, *, sentence_start: bool = False) -> int:
        """How many words a source preposition starting at ``at`` spans ("según": 1, "de acuerdo con": 3),
        else 0; ``sentence_start``: ``words[at]`` opens its sentence."""
        for phrase in self.preposition_phrases:
            if [w.lower for w in words[at : at + len(phrase)]] == phrase:
                if " ".join(phrase) in self.sentence_start_only and not sentence_start:
                    continue
                return len(phrase)
        return 0

    def past_time_stamp(self, text: str) -> int:
        """Where an entry of a live blog starts after its time stamp ("8 h 47 – Selon …"): 0 if none."""
        found = self._time_stamp.match(text)
        return found.end() if found else 0

    def is_verb(self, word: _Word) -> bool:
        # "affirme-t-il", "s’interroge-t-elle": the verb is one part of the word, or the part before
        # the hyphen ("s’inquiète" is listed whole); a participle may agree with its subject
        # ("qualifiée", "qualifiés").
        verb = _curly(word.lower).split("-")[0]
        return verb in self.verbs or any(
            part in self.verbs or part.removesuffix("s").removesuffix("e") in self.verbs
            for part in re.split(r"[-’']", word.lower)
        )

    def pronoun_in(self, word: _Word) -> str | None:
        """The gender of a pronoun word, also inside "a-t-il", "affirme-t-elle"; ``""`` if ungendered."""
        return _pronoun(word.lower, self)

    def _age_word(self, text: str) -> tuple[int, str] | None:
        """An age and its noun, lower case ("54-Jährige" -> 54, "jährige"), per the lexicon's ``age_nouns``."""
        found = _AGE_WORD.fullmatch(text.rstrip(".,;:"))
        if found is None or found.group(2).casefold() not in self.age_nouns:
            return None
        return int(found.group(1)), found.group(2).casefold()

    def age_of(self, text: str) -> int | None:
        """The age a word gives a person by ("54-Jährige", "54-jährige")."""
        aged = self._age_word(text)
        return aged[0] if aged else None

    def gender_of_age(self, determiner: _Word, aged: _Word) -> str | None:
        """The gender a determiner and an age noun give together ("des 54-Jährigen": he)."""
        found = self._age_word(aged.text)
        gender = self.lexicon.age_nouns.get(f"{determiner.lower} {found[1]}") if found else None
        return gender if gender in ("he", "she") else None

    def is_role(self, word: _Word) -> bool:
        """A title ("Richterin", "le maire"), or someone who speaks for a body ("Sprecher")."""
        lower = word.lower.rstrip(".,")
        return (
            lower in self.titles
            or self.is_representative(lower)
            or (word.capitalised and any(len(t) >= _COMPOUND_ROLE and lower.endswith(t) for t in self.titles))
        )

    def is_representative(self, role: str) -> bool:
        """Someone who speaks for a body: "Sprecher", "Polizeisprecherin", "porte-parole"."""
        lower = role.casefold()
        return any(
            lower == word or (len(word) >= _COMPOUND_ROLE and lower.endswith(word)) for word in self.representatives
        )

    def is_known_role(self, description: str | None) -> bool:
        """A description that is a role of the lists ("le préfet"), not any noun ("la vallée")."""
        return description is not None and description.casefold() in self.titles

    def given_gender(self, word: _Word) -> str | None:
        """The gender a given name says; none for a name both women and men bear ("Dominique"),
        whose gender the words around it tell ("Le directeur …, Dominique Vanasse")."""
        lower = word.lower
        female, male = lower in self.given_female, lower in self.given_male
        if female != male:
            return "she" if female else "he"
        return None

    def is_abbreviation(self, word: _Word) -> bool:
        bare = word.text.rstrip(".")
        return len(bare) <= 2 or bare in self.lexicon.abbreviations

    def is_stop_word(self, word: _Word) -> bool:
        return word.lower in self.stop_words

    def is_given_name(self, word: _Word) -> bool:
        return word.lower in self.given_female or word.lower in self.given_male

    def gender_of_marker(self, word: _Word) -> str | None:
        return self.gender_of_word(word.lower)

    def gender_of_word(self, lower: str) -> str | None:
        """The gender a word of the markers' lists gives ("Frau", "le", "hermano"), lower case."""
        if lower in self.female:
            return "she"
        if lower in self.male:
            return "he"
        return None

    def gives_a_name(self, before: str) -> bool:
        """Whether the text right before an opening mark ends with a word that gives a name
        ("la llamada", "ya bautizó como", "qu'on surnomme"): what follows is the name, in any case."""
        tail = " ".join(w.lower for w in _words(before)[-4:] if not w.punctuation)
        return any(tail == verb or tail.endswith(f" {verb}") for verb in self.naming_verbs)

    def names_something(self, before: str) -> bool:
        """Whether the text right before an opening mark names a title, plan or sign rather than a speaker."""
        if before.rstrip(" \u00a0\u202f").endswith(":"):
            return False  # "… admite el informe pericial: «…»": a colon announces what is said
        words = _words(before)
        last = [w for w in words[-3:] if not w.punctuation]
        if not last:
            return False
        tail = " ".join(w.lower for w in last)
        final = last[-1].lower
        # "le programme municipal « … »", "su último informe, “…”": one adjective may follow the word.
        before_adjective = last[-2].lower if len(last) > 1 and last[-1].text[:1].islower() else None
        return any(
            tail.endswith(cue)
            or (len(cue) >= _COMPOUND_ROLE and final.endswith(cue) and " " not in cue)
            or before_adjective == cue
            for cue in self.naming
        )


#: The most words a name given in quotation marks holds ("la llamada «ley de la selva»").
_NAME_WORDS = 6


def _curly(text: str) -> str:
    """Apostrophes written one way, as the word lists write them ("s’inquiète", "qu’elle")."""
    return text.replace("'", "’")


def _pronoun(text: str, language: _Language) -> str | None:
    """The gender of a pronoun written ``text`` (see ``_Language.pronoun_in``)."""
    for part in text.casefold().split("-"):
        if part in language.pronouns:
            return language.pronouns[part]
    return None


@functools.cache
def _language(code: str) -> _Language:
    """One language's word sets, made once per process."""
    return _Language(lexicon_for(code))


# ----------------------------------------------------------------------- phrases


@dataclass(frozen=True, slots=True)
class _Named:
    """Who a stretch of words names: a person (with gender and role when said) or a body."""

    name: str | None = None
    gender: str | None = None
    role: str | None = None
    body: str | None = None
    pronoun: str | None = None  # "he", "she" or "" (a pronoun without gender)
    description: str | None = None  # "Landrätin", "Ministerium", "54-Jährige"
    anonymous: bool = False  # "un productor", "eine Anwohnerin"
    ordinal: str | None = None  # "first" or "second" of two just named: "la première", "la seconde"


def _name_in(
    words: Sequence[_Word], language: _Language, reading: _Reading, *, ends_at_function_word: bool = False
) -> _Named:
    """The first person, body, pronoun or description in ``words`` (a phrase beside a speech verb).
    ``ends_at_function_word``: the phrase follows the verb, so a preposition ends it."""
    role: str | None = None
    gender: str | None = None
    indefinite = False  # the phrase opened "un productor", "eine Anwohnerin"
    head_noun: str | None = None  # "Le syndicaliste a dénoncé": the noun a determiner introduced
    index = 0
    while index < len(words):
        word = words[index]
        if word.punctuation and word.text not in ",":
            break
        if word.text == "," and role and index + 1 < len(words) and _opens_relative_clause(words, index + 1, language):
            break  # "sagt die Wissenschaftlerin, die 2022 die Studie … leitete": a clause about her follows
        if word.text == ",":
            # "Dans un communiqué publié mercredi, la mairie …": a noun in a phrase set off before
            # the comma is not the subject after it; nor is "A la salida, declaró:" about a "salida",
            # nor "À la sortie, Patrick Guéguen" a woman. "Le club avait rendu …, dans un message":
            # the subject came first, and a phrase after the comma does not replace it.
            opening_phrase = _opens_with_preposition(words, language)
            if opening_phrase and index + 1 < len(words) and not words[index + 1].punctuation:
                head_noun = None
            if opening_phrase and not (role and language.is_known_role(role)):
                role, gender = None, None
            index += 1
            continue
        pronoun = language.pronoun_in(word)
        possessive = index + 1 < len(words) and words[index + 1].capitalised and not language.is_verb(words[index + 1])
        if pronoun is not None and possessive:
            index += 1  # "Ihr Nachbar", "Su hermano": a possessive, not the subject
            continue
        if pronoun is not None and role and word.lower not in language.determiners:
            if indefinite:
                return _Named(anonymous=True)  # "una vecina de la zona norte, …, lo resumía así"
            return _Named(description=role, gender=gender)  # "Le maire de Valrenne, lui, …"
        if (pronoun is not None and not word.capitalised) or (pronoun is not None and index == 0):
            return _Named(pronoun=pronoun)
        after_comma = index > 0 and words[index - 1].text == ","
        if word.lower in language.lexicon.indefinite_articles and (not role or after_comma):
            # After an opening phrase ("A la salida del pleno, una vecina …") a new phrase starts.
            indefinite = index == 0 or after_comma
            role = None if after_comma else role
            index += 1
            continue
        marker = language.gender_of_marker(word)
        # "el presidente del Arenales": right after a role, "del" says what the role is of.
        before = words[index - 1].text.rstrip(".") if index else ""
        elided_before = _ELIDED_ARTICLE.match(before)
        # "l'entraîneur du FC …": the role may be the noun of an elided article; "la jefa regional
        # del …": a word saying the role's reach stands between the role and what it is of.
        follows_role = role is not None and (
            (elided_before.group(2) if elided_before else before) == role
            or (index >= 2 and words[index - 2].text == role and _qualifies_role(words[index - 1], language))
        )
        # "ein Sprecher des Landgerichts": a genitive article after a spokesperson says whose voice;
        # in a language that capitalises its nouns, after any role it says what the role is of ("Der
        # Vorsitzende des Mieterbundes, Thomas Keller,": the body is not the name).
        whose = (
            follows_role
            and word.lower in language.determiners
            and (language.is_representative(role or "") or language.lexicon.capitalises_nouns)
        )
        # "Mme de Montmollin-Blanc": after a courtesy title (one saying a gender) a particle opens a name.
        courtesy = role is not None and language.gender_of_word(role.lower()) is not None
        particle = courtesy and index + 1 < len(words) and words[index + 1].capitalised
        of_the_role = (follows_role and word.lower in language.connectors and not particle) or whose
        # "assure son avocat, Me …": after the verb, a possessive opens the speaker's phrase as an article does.
        possessive = (
            ends_at_function_word
            and word.lower in language.lexicon.possessive_determiners
            and index + 1 < len(words)
            and words[index + 1].text[:1].islower()
        )
        determiner = word.lower in language.determiners or possessive
        joined_to_preposition = word.lower in language.prepositions and word.lower not in language.connectors
        if ends_at_function_word and determiner and joined_to_preposition and (head_noun or role):
            break  # "señaló la viuda al abandonar el juzgado": "al" (a + el) goes on with where, not who
        if ((marker and not word.capitalised) or determiner) and not of_the_role:
            gender = gender or marker
            if marker and not determiner and index and words[index - 1].lower in language.determiners:
                # "souffle la mère de famille": a word saying the gender is the phrase's noun too.
                head_noun = head_noun or word.text.rstrip(".,")
            index += 1
            continue
        elided = _ELIDED_ARTICLE.match(word.text)
        if elided and not role and elided.group(1).casefold() in language.determiners:
            noun = elided.group(2).casefold()
            institution = _institution_in_lower_case(words, index, language) if noun in language.organisations else None
            if institution is not None:
                return _Named(body=institution)  # "l'Union sportive castelbrunoise"
            if noun in language.organisations or noun in language.titles:
                role = elided.group(2)  # "a écrit l’agglomération", "l’avocate": the article is elided
                index += 1
                continue
            after_preposition = index > 0 and words[index - 1].lower in language.prepositions
            if elided.group(2)[:1].isupper() and not language.lexicon.capitalises_nouns and not after_preposition:
                # "Selon l'Élysée", "l'ONU a indiqué": a body's name behind its elided article, up to
                # its initials in brackets ("l'Office fédéral des routes (OFROU)") or its last
                # capitalised word; not "par l'AFP" of "Interrogée par l'AFP, la ministre …".
                end = _initials_closing(words, index, elided.group(2)[:1]) or index + 1
                while end < len(words) and words[end].capitalised and not words[end].punctuation:
                    end += 1
                name = " ".join([elided.group(2).rstrip("."), *(w.text for w in words[index + 1 : end])])
                return _Named(body=reading.body_with_initials(name) or name)
            stressed = [w.text for w in words[index + 1 : index + 4]]
            if (
                elided.group(2).islower()
                and len(stressed) == 3
                and stressed[0] == stressed[2] == ","
                and language.pronoun_in(words[index + 2]) is not None
            ):
                # "L'intersyndicale, elle, revendique": a pronoun set off after the noun stresses it.
                return _Named(description=elided.group(2), gender=language.pronoun_in(words[index + 2]) or None)
        if language.is_role(word) and not _is_name_start(words, index, language, reading):
            role = word.text.rstrip(".")
            gender = gender or _role_gender(word, language)
            index += 1
            continue
        if word.capitalised and language.is_stop_word(word):
            index += 1  # "Auf die Frage …", "En …": a capitalised function word opens the sentence
            continue
        if (
            word.capitalised
            and word.lower in language.lexicon.role_qualifiers
            and index + 1 < len(words)
            and language.is_role(words[index + 1])
        ):
            index += 1  # "la Première ministre": a qualifier capitalised with the title it opens
            continue
        where = not word.capitalised and word.lower in language.prepositions
        elided_of = _ELIDED_ARTICLE.match(word.text)
        # "un porte-parole d'Air France": the connector elided onto the body's name.
        elided_of = elided_of if elided_of and elided_of.group(1).casefold() in language.connectors else None
        if elided_of and not (indefinite and language.is_representative(role or "")):
            elided_of = None  # "le conseiller d'État Pascal Rochat": the role's own words, the name after them
        if role and not particle and (word.lower in language.connectors or where or whose or elided_of):
            # "el portavoz de la Guardia Civil, el teniente Javier Olmedo", "El portavoz socialista
            # en el Ayuntamiento, Ricardo Navarro Lahoz": what or where the role is, up to the
            # comma; the name, if any, follows it.
            of = index
            while index < len(words) and words[index].text != ",":
                after_name = index > of + 1 and words[index - 1].capitalised
                goes_on = index + 1 < len(words) and _predicate_word(words[index + 1], language)
                if after_name and _predicate_word(words[index], language) and goes_on:
                    # "El presidente del Club Deportivo Almenara compareció ayer …, después de que la
                    # vicepresidenta, María Teresa Ybarra, …": two words in lower case right after the
                    # name of what the role is of go on with the sentence (not "del Gobierno regional,
                    # Ernesto Salcedo"); the role is its subject.
                    return _Named(description=role, gender=gender)
                index += 1
            if index + 1 < len(words) and words[index + 1].lower in language.place_or_thing_markers:
                # "a lancé la mairesse élue devant 800 partisans réunis au Rialto, avenue du Parc": a
                # place set off after where the role spoke, no name: the role is the speaker.
                return _Named(description=role, gender=gender)
            given = next((k for k in range(of + 1, index) if language.is_given_name(words[k])), None)
            # "a tweeté le député de la Somme Julien Ferrand, tandis que …": the name ends at the comma,
            # no name set off after it (unlike "de San Mateo Xalpan, Efraín Zúñiga").
            named_last = (
                given is not None and index < len(words) and _name_run(words, given, language)[-1] is words[index - 1]
            )
            set_off_after = index + 1 < len(words) and words[index + 1].capitalised
            ends_the_phrase = index == len(words) or (named_last and not set_off_after)
            if ends_the_phrase and given is not None and given + 1 < index and words[given + 1].capitalised:
                # "el general de Carabineros Mauricio Herrera Soto": what the role is of, then the
                # name, with no comma anywhere ("de San Mateo Xalpan, Efraín Zúñiga": a place, then
                # the name after the comma).
                run = _name_run(words, given, language)
                return _Named(name=_name_text(run, language), gender=language.given_gender(run[0]) or gender, role=role)
            if indefinite and language.is_representative(role):
                # "ein Sprecher des Verbands", "un porte-parole du ministère": no one named, the
                # body's voice; a body the phrase names, else the last of its kind, else none.
                body_words = words[of if elided_of else of + 1 : index]
                return _Named(body=_represented_body(body_words, language, reading), anonymous=True)
            continue
        if (
            index == 0
            and not ends_at_function_word  # after its verb the phrase opens no sentence
            and word.capitalised
            and index + 1 < len(words)
            and words[index + 1].text[:1].islower()
            # "Aguas de San Isidro pidió": a particle before capitals goes on with the name
            and not (words[index + 1].lower in language.connectors and _capitals_after(words, index + 1, language))
            and not language.is_given_name(word)
            and reading.person(word.text) is None
            and not language.is_role(word)
        ):
            index += 1  # "Preguntado por …": capitalised only because it opens the sentence
            continue
        if not word.capitalised and word.lower in language.connectors and index > 0 and not particle:
            # "Un productor de la comunidad de San Miguel": where from, not a name; a name may start
            # with a particle only where the phrase starts ("Laut van der Meulen").
            while index < len(words) and words[index].text != ",":
                index += 1
            continue
        alone = index + 1 == len(words) or words[index + 1].text == ","
        if word.capitalised and len(word.text.rstrip(".")) == 1 and alone:
            index += 1  # "Sur le réseau X, …": one letter alone is a platform's or a list's, no one's name
            continue
        if word.capitalised or (word.lower in language.connectors and _capitals_after(words, index, language) > 0):
            run = _name_run(words, index, language)
            noun = _leading_noun(run, language)
            if noun is not None:
                role, run = noun.text, run[1:]
            name = _name_text(run, language)
            if indefinite and len(run) == 1 and not reading.person(name) and not language.is_given_name(run[0]):
                return _Named(anonymous=True)  # "eine ältere Frau, die ihren Namen …": someone unnamed
            elided = _ELIDED_ARTICLE.match(run[0].text) if len(run) == 1 else None
            kind = elided.group(2) if elided else run[0].text
            initials = kind.isalpha() and kind.isupper() and 2 <= len(kind) <= _MAX_INITIALS
            # (Where nouns are capitalised, the capital after the words is a noun, no name.)
            nouns_in_lower_case = not language.lexicon.capitalises_nouns
            if len(run) == 1 and nouns_in_lower_case and (initials or _is_organisation_word(kind, language)):
                # "La ONG ambientalista Fundación Ciudad Limpia": the kind, what it is, then its name.
                named_after = _name_after_kind(words, words.index(run[0]) + 1, language)
                if named_after is not None:
                    return _Named(body=named_after)
            if len(run) == 1 and _is_organisation_word(kind, language):
                # "l'Union sportive castelbrunoise", "la Federación andaluza de …": a body's name that
                # goes on in lower case after its kind.
                institution = _institution_in_lower_case(words, words.index(run[0]), language)
                if institution is not None:
                    return _Named(body=institution)
            if any(word.lower in language.organisation_connectors for word in run):
                return _Named(body=name)  # "das Landesamt für Straßenbau"
            joined = _joined_body_name(words, words.index(run[-1]) + 1, language)
            if role and _is_organisation_word(role, language) and joined:
                return _Named(body=f"{name} {joined}")  # "le syndicat Terre et Travail": one body's name
            after = words.index(run[-1]) + 1
            # Only where nouns are capitalised: elsewhere a capital opening such a run opens a name
            # ("Policía de la Provincia de Santa Fe, …").
            described_where = (
                language.lexicon.capitalises_nouns
                and len(run) >= 2
                and not language.is_given_name(run[0])
                and not _is_organisation_compound(run[0].lower, language)
                and any(word.lower in language.connectors for word in run)
                and reading.person(name) is None
            )
            if described_where and after < len(words) and words[after].text == ",":
                # "die Tourismusobfrau von Hinterglemmach, Maria Pichler": who and where, then the name.
                apposed = _name_in(words[after + 1 :], language, reading)
                if apposed.name:
                    return apposed
            article_before = index > 0 and words[index - 1].lower in language.determiners
            if (
                len(run) >= 2
                and language.lexicon.capitalises_nouns
                and article_before  # "Okke Kasse sagte": no article before a person's name
                and not (role or language.is_given_name(run[0]) or reading.person(name))
                and any(_is_organisation_compound(word.lower, language) for word in run)
            ):
                # "Die Südwestliche Betriebskrankenkasse", "die Kantonspolizei Bern": after an article,
                # a compound word for a body makes the run a body's name. (Elsewhere such a run speaks on as a person
                # would: "la Policía de la Provincia …", then "indicó la fuerza".)
                return _Named(body=name)
            if len(run) == 1 and role and run[0].lower in language.lexicon.group_words:
                return _Named(description=role, gender=gender)  # "le député Vert": his party, no name
            if len(run) >= 2 or reading.person(name) or role or language.is_given_name(run[0]):
                return _Named(name=name, gender=language.given_gender(run[0]) or gender, role=role)
            after = words.index(run[-1]) + 1
            if after < len(words) and words[after].text == ",":
                # "Ihr Nachbar, der Bäckermeister Tobias Kranich, …": the name follows in apposition.
                apposed = _name_in(words[after + 1 :], language, reading)
                if apposed.name:
                    return apposed
            if name in reading.spelled_out:
                return _Named(body=reading.spelled_out[name])  # "indicó la Fetramsur": the body it stands for
            if reading.body_ending(name):
                return _Named(body=reading.body_ending(name))
            if name.isalpha() and name.isupper() and 2 <= len(name) <= _MAX_INITIALS:
                return _Named(body=name)  # "la CGT du centre hospitalier estime …": a body by its initials
            set_off = after < len(words) and words[after].text == ","  # "Contacté, le ministère …"
            alone = index == 0 and not role and not set_off and not language.is_role(run[0])
            if alone and not language.lexicon.capitalises_nouns:
                # "indique Météo-France dans son bulletin", "selon Enedis": a name alone right after
                # the verb, no one's the article gave, is a body's (a person is named in full first).
                return _Named(body=name)
            return _described(name, gender, language)
        subject_body = head_noun is not None and _is_organisation_word(head_noun, language)
        if subject_body and word.lower in language.auxiliaries:
            # "Le club avait rendu …": a body opened the sentence, and the phrase naming the subject
            # has ended at its verb ("La medida fue anunciada por …" reads on: no body, a passive).
            break
        function_word = word.text[:1].islower() and language.is_stop_word(word)
        if ends_at_function_word and function_word and word.lower not in language.connectors | language.determiners:
            break  # "… annoncé un rassemblement devant la préfecture": the phrase about a speaker has ended
        if word.lower in language.organisations and not word.capitalised:
            named_body = _body_named_after(words, index, language)
            if named_body:
                return _Named(body=named_body)
        if (
            word.text[:1].islower()
            and index
            and words[index - 1].lower in language.determiners
            and not role
            # Where nouns are capitalised, a lower-case word after an article is an adjective
            # ("Die höheren Preise"), never the noun saying who someone is.
            and not language.lexicon.capitalises_nouns
        ):
            following = words[index + 1] if index + 1 < len(words) else None
            # Only where the phrase ends or a name follows: "el gerente—", "la portavoz, Ana Ruiz".
            ends = following is None or following.punctuation or following.capitalised
            if not language.is_stop_word(word) and not language.is_verb(word):
                ordinal = language.lexicon.pair_ordinals.get(word.lower.rstrip(".,"))
                if ends and ordinal is not None:
                    return _Named(ordinal=ordinal)  # "a lancé la première": the first of two just named
                if ends:
                    role = word.text.rstrip(".")  # "el gerente", "la porte-parole": a role the lists lack
                    index += 1
                    continue
                head_noun = head_noun or word.text
        if (
            role
            and language.lexicon.capitalises_nouns
            and word.text[:1].islower()
            and word.lower not in language.connectors
            and not word.lower[:1].isdigit()
        ):
            # "Die Richterin gab der Angeklagten …": where nouns are capitalised, a lower-case word
            # after the role is its verb; the noun phrase naming the speaker has ended.
            break
        following = words[index + 1] if index + 1 < len(words) else None
        if language.age_of(word.text) is not None and (following is None or not following.capitalised):
            role = word.text.rstrip(".,")  # "antwortete die 54-Jährige": someone described by age
            if index and words[index - 1].lower in language.determiners:
                gender = gender or language.gender_of_age(words[index - 1], word)  # "die": a woman
            index += 1
            continue
        if word.lower[:1].isdigit() or word.text[:1].islower():
            index += 1  # "67-jährige", "retired": a description of the person that follows
            continue
        index += 1
    if indefinite:
        return _Named(anonymous=True)  # "Un productor …, dijo": someone the article does not name
    described = role or head_noun
    if described and _part_of_unnamed_body(words, described, language):
        return _Named(anonymous=True)  # "Selon la direction de l'entreprise": no body named
    if described:
        return _described(described, gender, language)
    return _Named()


def _described(description: str, gender: str | None, language: _Language) -> _Named:
    """Someone a description names, of the gender the phrase gave, or the description's word itself
    gives ("Ihr Mann ergänzt", "Su hermano matiza": a word for a relative)."""
    return _Named(description=description, gender=gender or language.gender_of_word(description.casefold()))


def _opens_relative_clause(words: Sequence[_Word], at: int, language: _Language) -> bool:
    """Where nouns are capitalised, a relative pronoun in lower case that no noun follows: "die 2022
    die Studie leitete" (not "der Buchhändler Tobias Engel", an article and the noun of an apposition)."""
    word = words[at]
    following = words[at + 1] if at + 1 < len(words) else None
    return (
        language.lexicon.capitalises_nouns
        and word.text[:1].islower()
        and word.lower in language.lexicon.relative_pronouns
        and following is not None
        and not following.capitalised
    )


def _sole_introduced_body(reading: _Reading) -> str | None:
    """The body a word for a body means when the article introduced one by its kind; none when it
    introduced two ("El grupo Distrimax rompió su contrato con la empresa Urbanos del Moncayo. Más
    tarde, …, lamentó la compañía": either; right after that sentence, its subject is meant, see
    ``_Reading.body_subject``)."""
    introduced = set(reading.introduced_bodies)
    return reading.introduced_bodies[-1] if len(introduced) == 1 else None


def _kind_and_trade_before(words: Sequence[_Word], at: int, language: _Language) -> bool:
    """A word for a body, a connector and a lower-case noun right before ``at`` ("société de
    logistique", "empresa de transportes"): what kind of body the name after them is."""
    if at < 3:
        return False
    kind, connector, trade = words[at - 3], words[at - 2], words[at - 1]
    return (
        not kind.capitalised
        and _is_organisation_word(kind.text, language)
        and connector.lower in language.connectors
        and trade.text[:1].islower()
        and not language.is_stop_word(trade)
        and not language.is_verb(trade)
    )


def _part_of_unnamed_body(words: Sequence[_Word], noun: str, language: _Language) -> bool:
    """Whether the word for a body ``noun`` goes on with what it is part of, itself only a word for
    a body ("la direction de l'entreprise", "la dirección de la empresa"): a body the words do not
    name, never one named before by its kind."""
    if not _is_organisation_word(noun, language):
        return False
    at = next((k for k, word in enumerate(words) if word.text == noun), None)
    if at is None:
        return False
    after: list[str] = []  # the words after the noun, an elided article split from its noun
    for word in words[at + 1 : at + 5]:
        elided = _ELIDED_ARTICLE.match(word.text)
        after.extend([elided.group(1), elided.group(2)] if elided else [word.text])
    if not after or after[0].casefold() not in language.connectors:
        return False
    rest = after[1:]
    while rest and rest[0].casefold() in language.determiners:
        rest = rest[1:]
    if not rest or rest[0][:1].isupper() or (len(rest) > 1 and rest[1][:1].isupper()):
        return False  # "de la Santé", "du groupe Nexia": a body named
    return _is_organisation_word(rest[0].rstrip(".,"), language)


def _past_when(words: Sequence[_Word], language: _Language) -> Sequence[_Word]:
    """The words after a speech verb past when and where it was said: "a déclaré mardi soir à Berne
    le ministre …", "ha dicho este martes el presidente …" read on from "le ministre", "el presidente"."""
    run = 0
    while run < len(words) and words[run].lower in language.when:
        run += 1
    # A determiner or preposition closing the run opens what follows it ("este martes el presidente").
    while run and (words[run - 1].lower in language.determiners or words[run - 1].lower in language.prepositions):
        run -= 1
    place = run
    if place + 1 < len(words) and words[place].lower in language.prepositions and words[place + 1].capitalised:
        place += 1
        while place < len(words) and words[place].capitalised:
            place += 1
        # Only where the speaker follows, after its article ("à Berne le conseiller"): "à l'AFP" is the listener.
        if place < len(words) and words[place].lower in language.determiners:
            run = place
    return words[run:]


#: The most words a phrase of circumstance between a speech verb and its subject may take.
_CIRCUMSTANCE_WORDS = 10


def _past_circumstance(words: Sequence[_Word], language: _Language) -> list[_Word]:
    """The words after a phrase of circumstance that stands between a speech verb and its subject:
    "a indiqué dans la soirée la société …", "sostuvo en conferencia de prensa el gerente …" read
    on from the article that opens the subject, the first after a noun of the phrase (an article
    after "de" is the phrase's own: "lors d’une conférence de presse le maire"). ``words`` as
    they are when they open no such phrase or no article follows it."""
    if not words or words[0].lower not in language.prepositions:
        return list(words)
    contracted = language.lexicon.contracted_articles
    after_noun = False
    for at in range(1, min(len(words), _CIRCUMSTANCE_WORDS + 1)):
        word = words[at]
        if word.punctuation:
            break
        if word.capitalised:
            # "en diálogo con la radio local FM Almagro el intendente": a name inside the phrase
            # (whom it was said to, where) is one of its nouns; the article after it opens the subject.
            after_noun = True
            continue
        if word.lower in language.determiners and word.lower not in contracted:
            if after_noun:
                return list(words[at:])  # the article opening the subject
            continue
        # "de", "du", "d’une" join a noun on and "a" opens another phrase ("dijo a los periodistas a
        # la salida"); any other word is one of the phrase's nouns.
        joins = word.lower in language.connectors or word.lower in contracted or word.lower in language.prepositions
        after_noun = not (joins or _ELIDED_ARTICLE.match(word.text))
    return list(words)


def _past_document(words: list[_Word], language: _Language) -> list[_Word]:
    """A source named through its document ("según el informe de la Guardia Civil", "selon le
    rapport de la préfecture"): the words after the document and its connector, which name whose
    it is; ``words`` as they are otherwise."""
    articles = language.determiners | language.lexicon.indefinite_articles
    at = 1 if words and words[0].lower in articles else 0
    documents = language.lexicon.documents
    if at + 1 < len(words) and words[at].lower in documents and words[at + 1].lower in language.connectors:
        return words[at + 1 :]
    return words


def _opens_with_preposition(words: Sequence[_Word], language: _Language) -> bool:
    """A phrase opening with a function word that is no article or pronoun ("A la salida", "Dans
    un communiqué", "Auf die Frage"), or with one saying whom the speaker told ("Gegenüber dem
    SWR"): a phrase of circumstance, not the subject."""
    first = words[0] if words else None
    if first is not None and first.lower in language.lexicon.listener_prepositions:
        return True
    return (
        first is not None
        and language.is_stop_word(first)
        and first.lower not in language.determiners
        and first.lower not in language.lexicon.indefinite_articles
        and language.pronoun_in(first) is None
    )


def _body_named_after(words: Sequence[_Word], index: int, language: _Language) -> str | None:
    """The name an organisation word at ``index`` is given in its phrase: "la mairie de
    Saint-Aubin-des-Lavandes" (the word and its name), "le comité de citoyens Beaulieu en action"
    ("Beaulieu en action"); ``None`` when the phrase names none."""

    def elided_before_name(word: _Word, elided_words: set[str]) -> bool:
        elided = _ELIDED_ARTICLE.match(word.text)
        return elided is not None and elided.group(1).casefold() in elided_words and elided.group(2)[:1].isupper()

    def opens_name(word: _Word) -> bool:
        # "l’Industrie" of "le ministère de l’Industrie", "d'Albi" of "le parquet d'Albi": a name
        # after an elided article or "de".
        return word.capitalised or elided_before_name(word, language.determiners | language.connectors)

    at = index + 1
    while at < len(words) and not words[at].punctuation and not opens_name(words[at]):
        small = language.is_stop_word(words[at]) and words[at].lower not in language.connectors | language.determiners
        if language.is_verb(words[at]) or small:
            return None  # "der Kasse auf Nachfrage unserer Zeitung": a phrase of its own, no name
        at += 1
    if at >= len(words) or not opens_name(words[at]):
        return _institution_in_lower_case(words, index, language)
    if at == index + 1 and not elided_before_name(words[at], language.connectors):
        return _institution_in_lower_case(words, index, language)
    end = at
    while (
        end < len(words)
        and not words[end].punctuation
        and (opens_name(words[end]) or words[end].lower in language.connectors)
    ):
        end += 1
    while end > at and not opens_name(words[end - 1]):
        end -= 1
    # "la mairie de Saint-Aubin", "le ministère de la Santé": with only particles between, the
    # word is part of the name.
    joined = all(word.lower in language.connectors for word in words[index + 1 : at])
    of_the_name = words[at - 1].lower in language.connectors
    if not joined and of_the_name:
        # "la policía local de Gijón": the kind, what it is, and where or of what, all one name.
        institution = _institution_in_lower_case(words, index, language)
        if institution is not None:
            return institution
    # "le rectorat de l'académie de Rennes": the kind, of what in lower case, then of where, all one
    # name; "le comité de citoyens Beaulieu en action": a name of its own after what the body is.
    particles = language.connectors | language.determiners
    of_what = all(word.lower in particles or _ELIDED_ARTICLE.match(word.text) for word in words[index + 1 : at])
    start = index if joined or (of_the_name and of_what) else at
    texts = [w.text for w in words[start:end]]
    if texts[-1].endswith(".") and "." not in texts[-1][:-1]:
        texts[-1] = texts[-1][:-1]  # "… de l'Intérieur." ending the sentence: the full stop is the sentence's
    return " ".join(texts)


def _elided_article(word: str) -> str:
    """The elided article a word opens with ("l'" of "l'Union"), or ""."""
    elided = _ELIDED_ARTICLE.match(word)
    return elided.group(1) if elided else ""


def _institution_in_lower_case(words: Sequence[_Word], index: int, language: _Language) -> str | None:
    """An institution written in lower case, its kind word at ``index`` qualified by an adjective:
    "la direction régionale des douanes", "la direction départementale de la sécurité publique (DDSP)
    de l'Aisne", "la policía local de Gijón". Initials in brackets are left out; ``None`` where nouns
    are capitalised (an adjective after the kind is then no sign), where no adjective follows ("la
    mairie a …", "le groupe de manifestants") or nothing says what it is of."""
    adjective = words[index + 1] if index + 1 < len(words) else None
    if (
        language.lexicon.capitalises_nouns
        or adjective is None
        or not adjective.text.isalpha()
        or not adjective.text.islower()
        or language.is_stop_word(adjective)
        or language.is_verb(adjective)
    ):
        return None
    kept = [words[index], adjective]
    at = index + 2
    while at < len(words):
        word = words[at]
        initials = at + 2 < len(words) and word.text == "(" and words[at + 2].text == ")"
        if initials and words[at + 1].text.isupper():
            at += 3  # "(DDSP)": the initials the name is known by
            continue
        elided = _ELIDED_ARTICLE.match(word.text)
        article = word.lower in language.connectors | language.determiners or (
            elided is not None and elided.group(1).casefold() in language.determiners
        )
        if word.punctuation or language.is_verb(word) or (language.is_stop_word(word) and not article):
            break
        kept.append(word)
        at += 1
    while kept and (kept[-1].lower in language.connectors | language.determiners):
        kept.pop()
    # Only a name that says what the institution is of: "la dependencia federal" refers back to a
    # body named before rather than naming one; a kind written with a capital names one already
    # ("l'Union sportive castelbrunoise").
    capitalised = words[index].text.removeprefix(_elided_article(words[index].text))[:1].isupper()
    if not capitalised and not any(
        word.lower in language.connectors or _ELIDED_ARTICLE.match(word.text) for word in kept[2:]
    ):
        return None
    texts = [word.text for word in kept]
    texts[0] = texts[0].removeprefix(_elided_article(texts[0]))  # "l'Union …": the name without its article
    # "… de fútbol." ending the sentence: the full stop is the sentence's ("S.A." keeps its own).
    if texts[-1].endswith(".") and "." not in texts[-1][:-1]:
        texts[-1] = texts[-1][:-1]
    return " ".join(texts)


def _represented_body(words: Sequence[_Word], language: _Language, reading: _Reading) -> str | None:
    """The body a representative speaks for (``words``: what follows "of"): the name the phrase
    gives it ("der Polizei Hamburg"), else the last body named with the word for its kind
    ("des Verbands", "du ministère": inflected or not), else the last body a kind word introduced."""
    for at, word in enumerate(words):
        # "des Verbands": the kind word inflected; "des Landgerichts": a compound ending in it.
        kind = next(
            (
                head
                for head in language.organisations
                if len(head) >= 4 and (word.lower.startswith(head) or head in word.lower[-len(head) - 2 :])
            ),
            None,
        )
        if kind is None:
            continue
        named = _body_named_after(words, at, language)
        if named:
            return named
        # Else the body last introduced by a word for its kind ("la empresa Hallbrook Heating"), else,
        # for a firm, the last body named as one ("un vocero de la firma" of "Higiene Urbana del Sur SA").
        return (
            next((body for body in reversed(reading.bodies) if kind in body.casefold()), None)
            or _sole_introduced_body(reading)
            or _firm_named_before(kind, reading, language)
        )
    # Else the name the phrase opens with: its first run of capitalised words ("der Polizei Hamburg"),
    # never capitalised nouns further on ("… auf Nachfrage unserer Zeitung").
    run: list[str] = []
    for word in words:
        elided = _ELIDED_ARTICLE.match(word.text)
        if not run and elided is not None and elided.group(1).casefold() in language.connectors | language.determiners:
            word = _Word(elided.group(2), word.start + len(elided.group(1)), word.end)  # "d'Air France": after "d'"
        if not (word.capitalised and not word.punctuation):
            if run or word.lower not in language.determiners | language.connectors:
                break
            continue
        run.append(word.text)
    if run and run[-1].endswith(".") and "." not in run[-1][:-1]:
        run[-1] = run[-1][:-1]  # "… de la SNCF." ending the sentence: the full stop is the sentence's
    return " ".join(run) if run else None


#: Fewest initials read off a name in lower case ("DDSP"): two match too many ("préfecture de la Somme").
_MIN_LOWER_CASE_INITIALS = 3

_ELIDED_ARTICLE = re.compile(r"([^\W\d_]+[’'])([^\W\d_].*)")


#: Lower-case words that may describe a body between its kind and its name ("la ONG ambientalista").
_DESCRIBING_WORDS = 2


def _name_after_kind(words: Sequence[_Word], after: int, language: _Language) -> str | None:
    """The capitalised name after a body's kind and a word or two describing it ("ambientalista
    Fundación Ciudad Limpia" after "ONG"); ``None`` where no such words, or no name, follow."""
    at = after
    while at < len(words) and at - after < _DESCRIBING_WORDS and words[at].text.isalpha() and words[at].text.islower():
        if language.is_stop_word(words[at]) or language.is_verb(words[at]) or words[at].lower in language.titles:
            return None
        at += 1
    if at == after or at >= len(words) or not words[at].capitalised:
        return None
    run = _name_run(words, at, language)
    if not run or run[0] is not words[at] or language.is_given_name(run[0]):
        return None  # "el sindicato mayoritario, Ana Ruiz": a person, not the body's name
    return _name_text(run, language)


def _joined_body_name(words: Sequence[_Word], after: int, language: _Language) -> str | None:
    """The rest of a body's name joined on by "et", "y", "und" or "&" right at ``after`` ("Terre" +
    "et Travail"): the coordinator and the capitalised words after it; ``None`` where none follow."""
    if after + 1 >= len(words) or words[after].lower not in language.lexicon.coordinators | {"&"}:
        return None
    rest = _name_run(words, after + 1, language)
    if not rest or rest[0] is not words[after + 1]:
        return None
    return " ".join([words[after].text, _name_text(rest, language)])


def _is_name_start(words: Sequence[_Word], index: int, language: _Language, reading: _Reading) -> bool:
    """A capitalised role-looking word that is the person's name itself (a surname met before)."""
    word = words[index]
    return word.capitalised and reading.person(word.text.rstrip(".")) is not None and not language.titles & {word.lower}


def _name_run(words: Sequence[_Word], index: int, language: _Language) -> list[_Word]:
    """The capitalised words (with particles such as "von der", "de la") from ``index``,
    starting at a given name when the run holds one ("Rentnerin Gisela Brandt")."""
    run: list[_Word] = []
    while index < len(words):
        word = words[index]
        if (word.capitalised or (run and _elided_before_capital(word, language))) and not word.punctuation:
            run.append(word)
        elif (
            run
            and word.lower in language.organisation_connectors
            and _is_organisation_compound(run[-1].lower, language)
            and index + 1 < len(words)
            and words[index + 1].capitalised
        ):
            run.append(word)  # "Landesamt für Straßenbau": what a body is for goes on with its name
        elif word.lower in language.connectors and _capitals_after(words, index, language) > 0:
            person_before = len(run) >= 2 or language.is_given_name(run[0]) if run else False
            if (
                person_before
                # "Alexander Baum vom Institut für Klimafolgen": one capital, but a word for a body
                and (_capitals_after(words, index, language) >= 2 or _names_a_body(words, index, language))
                and run[-1].lower not in language.organisations
                and (language.lexicon.capitalises_nouns or _names_a_body(words, index, language))
            ):
                # "Renate Vogelsang von der Universität Göttingen": where she works, not her name; but
                # "Federación de Asociaciones Vecinales", "Aguas de San Isidro" are one body's name.
                break
            if (
                run
                and language.lexicon.capitalises_nouns
                and word.lower in language.determiners
                and words[index - 1].lower not in language.connectors
            ):
                break  # "fragte Helga Wittmann den Angeklagten": an article after a name opens an object
            run.append(word)
        else:
            break
        index += 1
        if word.text.endswith(".") and not language.is_abbreviation(word):
            break  # "Sorgen. Ihr Nachbar": a sentence ends inside the run
    while run and not (run[-1].capitalised or _elided_before_capital(run[-1], language)):
        run.pop()  # a particle never ends a name
    first_given = next((at for at, word in enumerate(run) if language.is_given_name(word)), 0)
    of_a_body = (
        bool(run) and _is_organisation_word(run[0].text, language) and any(w.lower in language.connectors for w in run)
    )
    if first_given and not of_a_body:
        # Not "Asociación de Industriales del Valle de Santa Lucía": a body's name, whatever it is of.
        return run[first_given:]  # "Rentnerin Gisela Brandt"; "Juan Manuel Zubiría" keeps both given names
    while len(run) > 1 and (language.is_role(run[0]) or language.is_stop_word(run[0])):
        run = run[1:]
    return run


def _predicate_word(word: _Word, language: _Language) -> bool:
    """A word in lower case that is no particle, article, preposition or function word: after a
    name, the sentence going on ("compareció"), not more of the name."""
    lower = word.lower
    return (
        word.text[:1].islower()
        and word.text.isalpha()
        and lower not in language.connectors
        and lower not in language.determiners
        and lower not in language.prepositions
        and not language.is_stop_word(word)
    )


def _shouted(run: Sequence[_Word]) -> bool:
    """Two words or more all in capitals: a credit or a heading, never how an article names a person."""
    return len(run) >= 2 and all(len(w.text.strip(".,")) > 1 and w.text.isupper() for w in run)


def _capitals_after(words: Sequence[_Word], index: int, language: _Language) -> int:
    """How many capitalised words follow the particles starting at ``index``: a particle goes on
    into a name when one does ("van der Meulen", "de la Fuente")."""
    at = index
    while at < len(words) and words[at].lower in language.connectors and not words[at].capitalised:
        at += 1
    count = 0
    while at < len(words) and (words[at].capitalised or _elided_before_capital(words[at], language)):
        if words[at].punctuation:
            break
        count += 1
        at += 1
    return count


def _elided_before_capital(word: _Word, language: _Language) -> bool:
    """``l'Oust``, ``d'Armor``: an article or a particle elided onto a capitalised word, which goes on
    with a name as the word alone would ("la Laiterie de l'Oust")."""
    elided = _ELIDED_ARTICLE.match(word.text)
    return (
        elided is not None
        and elided.group(1).casefold() in language.connectors | language.determiners
        and elided.group(2)[:1].isupper()
    )


def _names_a_body(words: Sequence[_Word], index: int, language: _Language) -> bool:
    """Whether the capitalised words after the particles at ``index`` hold an organisation word
    ("de la Universidad de Granada"), not more of a name ("de los Monteros Vidal"). Where nouns are
    capitalised ("vom Wetterbüro Hollbachtal") two capitals after a particle are taken for a body
    without asking: the lists cannot hold every compound."""
    at = index
    while at < len(words) and words[at].lower in language.connectors and not words[at].capitalised:
        at += 1
    while at < len(words) and words[at].capitalised and not words[at].punctuation:
        noun = words[at].lower
        # A short word for a body ends a long compound too: "Nordkreditbank".
        if noun in language.organisations or any(
            (len(head) >= _COMPOUND_ROLE or len(noun) >= len(head) + _COMPOUND_ROLE) and noun.endswith(head)
            for head in language.organisations
        ):
            return True
        at += 1
    return False


def _leading_noun(run: list[_Word], language: _Language) -> _Word | None:
    """In "Baudezernent Henrik van der Meulen" (three capitalised words or more, the first no given
    name, the second no function word), the first word is a noun saying who the person is, a role
    the lists lack."""
    if not language.lexicon.capitalises_nouns:
        return None  # where nouns are lower case, three capitalised words are a name ("Aurelio Méndez Salas")
    capitals = [word for word in run if word.capitalised]
    if (
        len(capitals) >= 3
        and run[0].capitalised
        and not language.is_given_name(run[0])
        and not language.is_stop_word(run[1])
    ):
        return run[0]
    return None


def _name_text(run: Sequence[_Word], language: _Language) -> str:
    """The words of a name, without the full stop of a sentence ending on it ("so Weber."); an
    abbreviation keeps its own ("Cobre S.A.A.")."""
    words = [word.text for word in run]
    dotted = bool(words) and "." in words[-1].rstrip(".")
    if words and words[-1].endswith(".") and not language.is_abbreviation(run[-1]) and not dotted:
        words[-1] = words[-1].rstrip(".")
    return " ".join(words)


def _apposed_role(words: Sequence[_Word], comma: int, language: _Language) -> str | None:
    """The noun a name set off by a comma describes: "el gerente del hospital, Arturo Benavides"."""
    start = comma
    while start > 0 and not words[start - 1].punctuation and comma - start < 6:
        start -= 1
    for word in words[start:comma]:
        if language.is_role(word) or (word.text[:1].islower() and not language.is_stop_word(word)):
            return word.text
    return None


def _role_apposed_after(words: Sequence[_Word], after_name: int, language: _Language) -> str | None:
    """The noun of a phrase set off by a comma right after a name, that says who the person is:
    "Micaela Sosa, la capitana, …", "Beat Lüthi, der Geologe des Kantons, …", and where nouns are
    capitalised also without an article ("Beat Lüthi, Geologe beim Amt für Naturgefahren, …");
    ``None`` when no such phrase follows ("Sosa, de 29 años, …" says no role), though one may follow
    the age ("Mathieu Ravel, 34 ans, éleveur laitier à Saint-Herbland, …")."""
    if after_name + 2 >= len(words) or words[after_name].text != ",":
        return None
    age_end = next((at for at in range(after_name + 1, min(after_name + 5, len(words))) if words[at].text == ","), None)
    if age_end is not None and words[after_name + 1].text.isdigit() and age_end > after_name + 1:
        return _role_apposed_after(words, age_end, language)  # past "34 ans", "de 29 años", "80"
    first = words[after_name + 1]
    if first.lower in language.determiners:
        at = after_name + 2
    elif language.lexicon.capitalises_nouns and first.capitalised and not language.is_given_name(first):
        at = after_name + 1
    elif first.text.islower() and (language.is_role(first) or first.lower in language.lexicon.family_relations):
        at = after_name + 1  # "Carmen Lago Vilar, viuda del soldador,": a role or a relation, no article
    else:
        return None
    noun = words[at]
    if noun.punctuation or language.is_stop_word(noun) or language.is_verb(noun):
        return None
    following = words[at + 1] if at + 1 < len(words) else None
    # The phrase ends at a comma, or goes on to say what or where the role is ("la capitana del
    # equipo", "der Geologe des Kantons", "Geologe beim Amt").
    ends = following is None or following.punctuation
    goes_on = following is not None and following.text[:1].islower() and language.is_stop_word(following)
    if at == after_name + 1 and not (goes_on or language.is_role(noun)):
        return None  # "Anna Roth, Beate Sommer und …": a list of names, not a role
    if not (language.is_role(noun) or ends or goes_on):
        return None
    # "Vidal Otero, ingeniero técnico de 47 años,": a second role word goes with the first ("el técnico").
    if following is not None and following.text.islower() and language.is_role(following):
        return f"{noun.text} {following.text.rstrip('.,')}"
    return noun.text.rstrip(".")


def _gender_before(words: Sequence[_Word], at: int, language: _Language) -> str | None:
    """The gender the two words before a name give ("Frau", "la maire", "Mme"); for a name set off
    by a comma, the article opening the phrase before it ("Le président de la FTF, Hichem Ben
    Ayed": "le", not the "la" of what he presides)."""
    if at and words[at - 1].text == ",":
        start = at - 1
        while start > 0 and not words[start - 1].punctuation and at - 1 - start < _LONGEST_APPOSED_PHRASE:
            start -= 1
        return language.gender_of_marker(words[start]) if start < at - 1 else None
    for word in reversed(words[max(0, at - 3) : at]):
        if word.punctuation:
            break
        marker = language.gender_of_marker(word)
        if marker:
            return marker
    return None


#: The most words of a phrase about a person that a comma sets before the name ("le président de la FTF,").
_LONGEST_APPOSED_PHRASE = 6


def _qualifies_role(word: _Word, language: _Language) -> bool:
    """Whether ``word``, right after a role, is part of it, so that what follows says what the role
    is of: a word saying its reach ("la jefa regional del …") or any other word in lower case that
    is neither a function word nor a verb ("la jefa negociadora del Gobierno, Clara …")."""
    if word.lower in language.lexicon.role_scopes:
        return True
    plain = word.text.isalpha() and word.text.islower()
    return plain and word.lower not in language.lexicon.stop_words and not language.is_verb(word)


def _after_place_marker(words: Sequence[_Word], index: int, language: _Language) -> bool:
    """Whether the name at ``index`` follows a word that makes it a place or a thing, right before
    it ("la calle Abraham González", "vom Zentralen …") or before "de" and its article ("el predio
    de Luis Guillón", "le parc de la Tête d'Or")."""
    at = index - 1
    while (
        at > 0
        and index - at <= 2
        and (words[at].lower in language.connectors or words[at].lower in language.determiners)
    ):
        at -= 1
    return at >= 0 and words[at].lower in language.place_or_thing_markers


def _courtesy_title(word: _Word, language: _Language) -> bool:
    """A title that says a gender and is no word for kin ("Mme", "señora", "Frau"; not "mère")."""
    lower = word.lower.rstrip(".")
    return (
        language.is_role(word)
        and language.gender_of_word(lower) is not None
        and lower not in language.lexicon.family_relations
    )


def _role_gender(word: _Word, language: _Language) -> str | None:
    lower = word.lower
    # A feminine form of a role in the list ("bürgermeisterin" beside "bürgermeister").
    if lower.endswith("in") and lower[:-2] in language.titles:
        return "she"
    return None


# ---------------------------------------------------------------------- reading


def _narrative_names(text: str, start: int, end: int, language: _Language, reading: _Reading) -> None:
    """Record the people and bodies a stretch of narrative (no quotation in it) names, in order."""
    if start < end:
        words = _words(text, start, end)
        index = 0
        while index < len(words):
            word = words[index]
            # Only a word after a full stop, or the stretch's first, may open a sentence: the check
            # reads the text before it, so it is not run on every word of a long paragraph.
            gap = text[words[index - 1].end : word.start] if index else "."
            ended = index == 0 or words[index - 1].text[-1:] in ".!?" or any(mark in gap for mark in ".!?")
            if ended and not word.punctuation and _opens_sentence(text, word.start, language):
                reading.body_subject = None  # a new sentence: its own subject, if a body, is set below
            following = words[index + 1] if index + 1 < len(words) else None
            age = language.age_of(following.text) if following is not None else None
            if following is not None and age is not None and word.lower in language.determiners:
                # "Die 54-Jährige trägt einen Blazer": the person of that age, or, the first time, the
                # person of that gender just named ("des 54-Jährigen": a man).
                of_age = reading.ages.get(age) or reading.latest(language.gender_of_age(word, following))
                if of_age is not None:
                    reading.ages.setdefault(age, of_age)
                    reading.meet(of_age, None, None)
                index += 2
                continue
            if (
                word.lower in language.determiners
                and word.lower not in language.lexicon.indefinite_articles
                and following is not None
                and language.is_role(following)
            ):
                # "Der Vorsitzende gibt sich kämpferisch": the person who holds the role is spoken of again.
                holder = reading.with_role(following.text.rstrip("."))
                if holder is not None:
                    reading.meet(holder, None, None)
                index += 2
                continue
            apposed_to_person = (
                index >= 2 and words[index - 1].text == "," and reading.person(words[index - 2].text) is not None
            )
            if _opens_with_someone_unnamed(words, index, language) and not apposed_to_person:
                # "Un automobiliste qui suivait la camionnette …", "un jeune intérimaire, qui …":
                # a sentence about someone the article does not name; not "Mme Lessard, une voisine
                # de l’usine, …", which says who she is.
                unnamed = words[index + 1]
                represented = None
                of_body = index + 2 < len(words) and words[index + 2].lower in language.connectors
                if of_body and language.is_representative(unnamed.text.rstrip(".,")):
                    # "Ein Sprecher des Unternehmens", "un porte-parole de la préfecture": the body's
                    # voice, named up to the phrase's end or its verb ("Ein Sprecher sagte am
                    # Montag" names no body).
                    phrase_end = next(
                        (
                            k
                            for k in range(index + 2, len(words))
                            if words[k].punctuation or words[k].text[-1:] == "." or language.is_verb(words[k])
                        ),
                        len(words),
                    )
                    represented = _represented_body(words[index + 2 : phrase_end + 1], language, reading)
                reading.meet_unnamed(language.gender_of_marker(word), represented)
                index += 2
                continue
            elided = _ELIDED_ARTICLE.match(word.text)
            kind_at = _kind_before_of(words, index, language) if elided and elided.group(2)[:1].isupper() else None
            if kind_at is not None:
                # "le ministère de l'Intérieur": a body named after its kind, its name behind an elided article.
                end = index + 1
                while end < len(words) and words[end].capitalised and not words[end].punctuation:
                    end += 1
                reading.introduce_body(
                    " ".join(w.text for w in words[kind_at:end]), subject=_subject_at(words, kind_at, text, language)
                )
                index = end
                continue
            # "Les Chemins de fer fédéraux (CFF) confirment …": a body's name, past its article, up
            # to the initials it is known by.
            name_at = index + 1 if word.lower in language.determiners else index
            capital = name_at < len(words) and words[name_at].capitalised and not words[name_at].punctuation
            initials_at = _initials_closing(words, name_at) if capital else None
            if initials_at is not None:
                name = _name_text(words[name_at:initials_at], language)
                reading.introduce_body(name, subject=_subject_at(words, index, text, language))
                reading.spelled_out[words[initials_at + 1].text] = name
                index = initials_at + 3
                continue
            if word.capitalised and not word.punctuation and not _day_alone(words, index, language, reading):
                run = _name_run(words, index, language)
                noun = _leading_noun(run, language)
                if noun is not None:
                    run = run[1:]
                first_at = words.index(run[0])
                if len(run) >= 2 and _is_legal_form(run[-1].lower, language):
                    # "Der Autozulieferer Brennwald AG", "la société Albarède SA": a firm, whatever comes before.
                    run_end = end = words.index(run[-1]) + 1
                    while end + 1 < len(words) and words[end].lower in language.connectors:
                        if not _is_legal_form(words[end + 1].lower, language):
                            break
                        end += 2  # "Gas del Norte S.A. de C.V.": a legal form of two parts
                    name = " ".join([_name_text(run, language), *(w.text for w in words[run_end:end])])
                    reading.introduce_body(name, subject=_subject_at(words, index, text, language))
                    index = end
                    continue
                if _kind_and_trade_before(words, first_at, language):
                    # "la société de logistique Logiflux Ouest", "la empresa de transportes Urbanos
                    # del Ebro": a body its kind and its trade introduce.
                    kind_at = first_at - 3
                    reading.introduce_body(
                        _name_text(run, language), subject=_subject_at(words, kind_at, text, language)
                    )
                    index = words.index(run[-1]) + 1
                    continue
                body_kind = _kind_before_of(words, first_at, language)
                if body_kind is not None:
                    # "le ministère de la Santé", "el ministerio de Sanidad": a body named after its kind.
                    reading.introduce_body(
                        " ".join(w.text for w in words[body_kind : words.index(run[-1]) + 1]),
                        subject=_subject_at(words, body_kind, text, language),
                    )
                    index = words.index(run[-1]) + 1
                    continue
                # The roles right before the name ("Historikerin Prof. Dr."): "Sprecherin des Präsidiums
                # Hollbach" names a body after a role that is someone else's.
                role_words: list[_Word] = []
                for before_name in reversed(words[max(0, first_at - 3) : first_at]):
                    if not (language.is_role(before_name) or before_name == noun):
                        break
                    role_words.insert(0, before_name)
                role = role_words[-1].text.rstrip(".") if role_words else None
                name = _name_text(run, language)
                before = words[first_at - 1] if first_at else None
                if _after_place_marker(words, index, language):
                    # "Ralf Jürgens vom Zentralen Kriminaldienst Osnabrück": where someone works, no one;
                    # "el predio de Luis Guillón": a place named after someone.
                    reading.bodies.append(" ".join(w.text for w in words[index : words.index(run[-1]) + 1]))
                    index = words.index(run[-1]) + 1
                    continue
                # A role the lists lack: a lower-case noun right before the name ("le commandant Yannick
                # Le Bihan"), or the name set off by commas after a phrase about the person.
                described = before is not None and (
                    (
                        before.text[:1].islower()
                        and not language.is_stop_word(before)
                        and before.lower not in language.connectors
                        # "dice Micaela Sosa", "… de cumbia y nervios. Paz asoma": a verb, or the end
                        # of the sentence before, says nothing of who the person is.
                        and not language.is_verb(before)
                        and not before.text.endswith(".")
                    )
                    or (before.text == "," and first_at >= 2 and not words[first_at - 2].punctuation)
                )
                if described and role is None and before is not None:
                    role = before.text if before.text != "," else _apposed_role(words, first_at - 1, language)
                if (
                    (described or noun is not None)
                    and language.lexicon.capitalises_nouns
                    and not language.is_given_name(run[0])
                    and (
                        any(w.lower in language.connectors for w in run) or not (role and language.is_known_role(role))
                    )
                ):
                    # "ältere Menschen zum Arzt", "fingierte Einsätze Wochen im Voraus", "Tourenplänen
                    # Namen von Patienten": nouns are capitalised; after a word that is no known role,
                    # a phrase, not a name.
                    described, role = False, None
                after_run = words.index(run[-1]) + 1
                apposed = _role_apposed_after(words, after_run, language)
                role = role or apposed
                # "Erna Schiebel (84)": an age in brackets after a name says it is a person's.
                bracket = [w.text for w in words[after_run : after_run + 3]]
                aged = len(bracket) == 3 and bracket[0] == "(" and bracket[1].isdigit() and bracket[2] == ")"
                kind_before = before is not None and before.text == role and not role_words
                if kind_before and role is not None and _is_organisation_word(role, language):
                    # "el grupo Hallbrook Heating", "la société Logiflux Ouest": a body its kind introduces.
                    reading.introduce_body(name, subject=_subject_at(words, first_at - 1, text, language))
                elif _shouted(run):
                    index = words.index(run[-1]) + 1  # "LUCIE VERGNAUD / HANS LUCAS POUR …": a photo credit
                    continue
                elif (
                    # Not "la Universidad Minera de Occidente, la tragedia …": a run opening with a
                    # word for a body is the body's name, whatever a comma sets beside it.
                    (
                        len(run) >= 2
                        and (language.is_given_name(run[0]) or role or described or aged)
                        and (language.is_given_name(run[0]) or not _is_organisation_word(run[0].text, language))
                        # "sénateur UDF de la Charente": initials opening a run name a body, not a person.
                        and not _opens_with_initials(run)
                    )
                    or (len(run) == 1 and language.is_given_name(run[0]) and _age_follows(words, after_run))
                    or (len(run) == 1 and before is not None and _courtesy_title(before, language))
                ):
                    # "Puis vient Léa, 17 ans, …": a given name alone is a person's where an age follows
                    # it; "Mme Lessard, une voisine de l’usine, …": so is a surname after a courtesy title.
                    gender = language.given_gender(run[0]) or (
                        _role_gender(role_words[-1], language) if role_words else None
                    )
                    gender = gender or _gender_before(words, first_at, language)
                    reading.meet(name, gender, role)
                    # "Erna Schiebel (84)", "die 54-jährige Sabine K.": the age the article gives her.
                    age_before = language.age_of(words[first_at - 1].text) if first_at else None
                    given_age = int(bracket[1]) if aged else age_before
                    if given_age is not None:
                        reading.ages[given_age] = name
                    for other in role_words[:-1]:
                        reading.meet(name, None, other.text.rstrip("."))  # "Historikerin Prof. Dr. …": every role
                    if apposed:
                        reading.meet(name, None, apposed)  # "Dr. Beat Lüthi, Geologe beim …": a title and a role
                elif reading.person(name) is not None:
                    reading.meet(name, None, role)  # "Zubiría Campos respondió …": someone named before
                elif not (
                    language.is_role(word)
                    or _common_noun(run, before, language)
                    # "Selon la direction, …", "Un argument que …": a small word opening the sentence.
                    or (
                        len(run) == 1
                        and (language.is_stop_word(run[0]) or [run[0].lower] in language.preposition_phrases)
                    )
                    # "Vor Gericht schilderte sie …": a phrase of circumstance opening the sentence.
                    or words[index].lower in language.prepositions
                ):
                    end = words.index(run[-1]) + 1
                    body = words[
                        index : _what_body_is_of(words, end, language) or _kind_after_name(words, end, language)
                    ]
                    while len(body) > 1 and body[0].lower in language.determiners:
                        body = body[1:]  # "La Federación de …" opening a sentence: the body, without its article
                    name = _name_text(body, language)
                    elided = _ELIDED_ARTICLE.match(name)
                    if elided and elided.group(1).casefold() in language.determiners:
                        name = elided.group(2)  # "L'intersyndicale CGT-FO": the body, without its article
                    name = reading.body_with_initials(name) or name  # "La DDSP" named in full before
                    # Any word opening a sentence has a capital ("Schon ein langer Frost …"): there,
                    # one word is a body's name only if the article named it before or it is initials;
                    # where every noun has one, so are several ("Viele Anwohner reagierten …"),
                    # unless a word for a body is among them ("Die AOK Niedersachsen" is initials).
                    several = len(name.split()) > 1 and (
                        not language.lexicon.capitalises_nouns
                        or any(_is_organisation_word(part, language) or part.isupper() for part in name.split())
                    )
                    known = name in reading.bodies or name.isupper() or several
                    reading.bodies.append(name)
                    opens_sentence = _opens_sentence(text, words[index].start, language)
                    if (known or not opens_sentence) and _subject_at(words, index, text, language):
                        reading.body_subject = name
                index = words.index(run[-1]) + 1 if run else index + 1
                if apposed and language.lexicon.capitalises_nouns:
                    # Past the role in apposition: "Geologe beim Amt" is no body's name.
                    index = next(at for at in range(after_run, len(words)) if words[at].text.rstrip(".") == apposed) + 1
            else:
                index += 1


#: The most words a body's name written out before its initials may take ("Fédération nationale
#: des syndicats d'exploitants agricoles (FNSEA)").
_NAME_BEFORE_INITIALS = 8


def _initials_closing(words: Sequence[_Word], index: int, first_letter: str | None = None) -> int | None:
    """Where the bracketed initials stand that close a body's name opening at ``index``: words
    with no punctuation, then "(", capitals opening with the name's first letter (``first_letter``
    where the name's first word carries an elided article), ")". The initials may be written as a
    name ("la Federación de Trabajadores Mineros del Sur (Fetramsur)", as Spanish papers write
    initials that read as a word)."""
    first_letter = first_letter or words[index].text[:1]
    for at in range(index + 1, min(index + _NAME_BEFORE_INITIALS + 1, len(words) - 2)):
        word = words[at]
        if word.text == "(":
            initials = words[at + 1].text
            as_a_name = initials[:1].isupper() and initials[1:].islower()
            closes = words[at + 2].text == ")" and initials.isalpha() and (initials.isupper() or as_a_name)
            opens_alike = initials[:1] == first_letter.upper()
            return at if closes and len(initials) >= 2 and opens_alike and at > index + 1 else None
        if word.punctuation:
            return None
    return None


#: The oldest age an apposition after a name gives ("Léa, 17 ans,").
_OLDEST_AGE = 120


def _age_follows(words: Sequence[_Word], at: int) -> bool:
    """Whether an age set off by a comma stands at ``at``: ", 17 ans", ", de 15 años", ", 17,"."""
    following = [word.text for word in words[at : at + 3]]
    if len(following) < 2 or following[0] != ",":
        return False
    number = following[2] if not following[1][:1].isdigit() and len(following) > 2 else following[1]
    return number.isdigit() and 0 < int(number) <= _OLDEST_AGE


#: How many lower-case words may say whom a body is of ("Syndicat des travailleurs de …").
_MAX_BODY_OF_WORDS = 3


def _what_body_is_of(words: Sequence[_Word], at: int, language: _Language) -> int | None:
    """Where a body's name ends that goes on, past a word for a body in capitals, with whom it is
    of in lower case and then a name ("Syndicat des travailleurs de Papiers Boréal"), where only
    names are capitalised; ``None`` when it does not go on so."""
    if language.lexicon.capitalises_nouns or not at or not _is_organisation_word(words[at - 1].text, language):
        return None
    end = at
    while end < len(words) and words[end].lower in language.connectors and not words[end].capitalised:
        end += 1
    nouns = end
    while (
        end < len(words)
        and words[end].text.isalpha()
        and words[end].text.islower()
        and words[end].lower not in language.connectors
    ):
        end += 1
    if not 0 < end - nouns <= _MAX_BODY_OF_WORDS:
        return None
    particles = end
    while end < len(words) and words[end].lower in language.connectors and not words[end].capitalised:
        end += 1
    if end == particles or end >= len(words) or not words[end].capitalised or words[end].punctuation:
        return None
    while end < len(words) and words[end].capitalised and not words[end].punctuation:
        end += 1
        if words[end - 1].text.endswith("."):
            break
    return end


def _kind_after_name(words: Sequence[_Word], at: int, language: _Language) -> int:
    """Where a body's name that opens with capitals ends: past a kind word in lower case after them and
    what it is of ("Football club de l'Odet", "Deportivo club de Tineo"), where only names are
    capitalised; else ``at``, the end of the capitals."""
    if (
        language.lexicon.capitalises_nouns
        or at + 1 >= len(words)
        or not words[at].text.islower()
        or words[at].lower not in language.organisations
    ):
        return at
    end = at + 1
    while end < len(words) and words[end].lower in language.connectors and not words[end].capitalised:
        end += 1
    elided = _ELIDED_ARTICLE.match(words[end].text) if end < len(words) else None
    if end == at + 1 and not (elided and elided.group(1).casefold() in language.connectors | language.determiners):
        return at  # "Durand société …": nothing says what the kind word is of
    if end >= len(words) or not (words[end].capitalised or (elided and elided.group(2)[:1].isupper())):
        return at
    end += 1
    while (
        end < len(words)
        and words[end].capitalised
        and not words[end].punctuation
        and not words[end - 1].text.endswith(".")  # "… de l'Odet. Mardi": the sentence ended
    ):
        end += 1
    return end


def _body_opening_with_kind(noun: str, reading: _Reading, language: _Language) -> str | None:
    """ "Den Stadtwerken zufolge": the body named before whose name opens with that word for a body,
    inflected or not ("Stadtwerken Hameln"); never a noun for a person ("sagte der Junge" is no
    "Junge Union")."""
    folded = noun.casefold()
    stems = {folded, folded.removesuffix("n"), folded.removesuffix("en"), folded.removesuffix("s")}
    if not any(_is_organisation_word(stem, language) for stem in stems):
        return None
    return next((body for body in reversed(reading.bodies) if body.split()[0].casefold() == folded), None)


def _subject_of_any_kind(reading: _Reading, language: _Language) -> str | None:
    """The body the sentence before opened with, for a word for a body ("teilte die Kasse mit") when
    its name does not say what kind it is ("Die AOK Niedersachsen", "Norvalis"); one whose name does
    ("Die Bürgerinitiative Gegenwind Rhön …. „…“, teilte die Verwaltung mit") is meant by its own word."""
    subject = reading.body_subject
    if subject is None or any(_is_organisation_word(part, language) for part in subject.split()):
        return None
    return subject


def _generic_word_for_body_quoted(noun: str, reading: _Reading, language: _Language) -> str | None:
    """The body quoted last, for a word that fits a body of any kind ("«…», expuso el organismo"
    after "la Asociación de Industriales … aseguró que «…»"), not a body named since in passing."""
    last = reading.last_speaker
    if noun not in language.lexicon.generic_bodies or noun in language.lexicon.business_words or last is None:
        return None  # "l'entreprise" after "la préfecture … a indiqué" is not the préfecture
    is_body = last in reading.quoted_bodies or _is_organisation_word(last.split()[0], language)
    return last if is_body else None


def _speaking_body_of_any_kind(reading: _Reading, language: _Language) -> str | None:
    """The body quoted last, for a word for a body ("« … », ajoute l'agence" after "l'ARS Bretagne
    assure que « … »") when its name does not say what kind it is; one whose name does is meant by
    its own word."""
    last = reading.last_speaker
    if last is None or last not in reading.quoted_bodies:
        return None
    return None if any(_is_organisation_word(part, language) for part in last.split()) else last


def _day_alone(words: Sequence[_Word], index: int, language: _Language, reading: _Reading) -> bool:
    """A weekday standing alone ("Mardi, Jean-Marc Le Guellec a comparu"): when, no one's name; not
    a name it opens ("Domingo Cabrera") nor a surname the article gave someone ("Thomas Freitag")."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    return (
        word.lower in language.lexicon.calendar.weekdays
        and reading.person(word.text) is None
        and not (following is not None and following.capitalised and not following.punctuation)
    )


#: How far before a word ``_opens_sentence`` looks: past spaces and quotation marks to the last word.
_SENTENCE_END_WINDOW = 80


def _opens_sentence(text: str, at: int, language: _Language) -> bool:
    """Whether the word at ``at`` opens its paragraph, a sentence ("…. Die AOK", "…«. Die AOK") or a
    live blog's entry after its time stamp ("15.41 Uhr – Die Kantonspolizei …"); not a word after an
    ordinal or an abbreviation ("den 1. FC Schwalmstadt", "M. Dupont")."""
    # The few characters before it say whether a sentence ended there (not the whole paragraph).
    before = text[max(0, at - _SENTENCE_END_WINDOW) : at].rstrip(" \u00a0\u202f").rstrip(CLOSING_MARKS)
    if not before or at == language.past_time_stamp(text):
        return True
    if before[-1] in "!?":
        return True
    if before[-1] != ".":
        return False
    words_before = before[:-1].split()
    last = words_before[-1].strip(CLOSING_MARKS) if words_before else ""
    initial = len(last) == 1 and last.isupper()  # "Sabine K. sagte", "M. Dupont"
    ordinal = last.isdigit() and len(last) <= 2  # "den 1. FC", "am 3. Oktober" (not "in 2022. Die …")
    return not (ordinal or initial or last in language.lexicon.abbreviations)


def _subject_at(words: Sequence[_Word], index: int, text: str, language: _Language) -> bool:
    """Whether the name at ``index`` opens its sentence ("Die AOK Niedersachsen … begrüßte"), or its
    clause after a phrase of circumstance ("Dans un communiqué publié mardi soir, Norvalis …")."""
    while index and words[index - 1].lower in language.determiners:
        index -= 1  # "El Instituto …", "En fin de journée, la DDSP a signalé …"
    if _opens_sentence(text, words[index].start, language):
        return True
    if not index or words[index - 1].text != ",":
        return False
    opening = next((at for at in range(index - 1, -1, -1) if _opens_sentence(text, words[at].start, language)), None)
    if opening is None:
        return False
    phrase = words[opening : index - 1]
    return _opens_with_preposition(phrase, language) and not any(word.text == "," for word in phrase)


def _body_in_full(words: Sequence[_Word], named: _Named, language: _Language) -> str | None:
    """A body named in full where it is first met ("Dem Bundesverband privater Anbieter sozialer
    Dienste (bpa) zufolge"): the words from its kind word to the first mark, when more than the
    kind word alone ("Dem Verband zufolge" names the body met before)."""
    if not named.description or not _is_organisation_word(named.description, language):
        return None
    at = next((i for i, word in enumerate(words) if word.text == named.description), None)
    if at is None:
        return None
    end = next((i for i in range(at, len(words)) if words[i].punctuation), len(words))
    return " ".join(word.text for word in words[at:end]) if end - at > 1 else None


def _kind_before_of(words: Sequence[_Word], first_at: int, language: _Language) -> int | None:
    """Where a lower-case word for a kind of body, after an article, stands before the name at
    ``first_at``, joined to it by "de", "de la", "del" ("le ministère de la Santé"); ``None``
    when there is none."""
    at = first_at - 1
    while at >= 0 and (words[at].lower in language.connectors or words[at].lower in language.determiners):
        at -= 1
    if at < 1 or at == first_at - 1 or not words[at].text[:1].islower():
        return None
    if words[at - 1].lower not in language.determiners:
        return None  # "en su grupo de Segunda RFEF": a kind word after a possessive is no body introduced
    if not any(words[k].lower in language.connectors for k in range(at + 1, first_at)):
        return None
    return at if _is_organisation_word(words[at].text, language) else None


def _opens_with_someone_unnamed(words: Sequence[_Word], index: int, language: _Language) -> bool:
    """An indefinite article and its noun as the subject that opens a sentence, or that follows a
    short opening phrase: the sentence is about someone the article does not name, whom a pronoun
    next means ("Un automobiliste qui suivait la camionnette …", "Un peu plus loin, un jeune
    intérimaire …"). Not when a pronoun after a comma is the sentence's subject ("Une pétition à la
    main, elle a dénoncé …")."""
    if words[index].lower not in language.lexicon.indefinite_articles or index + 1 >= len(words):
        return False
    sentence_start = max((k + 1 for k in range(index) if words[k].text.endswith((".", "!", "?"))), default=0)
    opening = words[sentence_start:index]
    # A comma alone before it: the stretch of narrative starts mid-sentence, after a quoted name
    # ("la conocen como “la Flaca”, un apodo que …"), and the phrase describes that, not someone.
    if opening and not (opening[-1].text == "," and 2 <= len(opening) <= _SHORT_OPENING_WORDS):
        return False
    capitalised_nouns = language.lexicon.capitalises_nouns
    noun = next((w for w in words[index + 1 : index + 3] if w.capitalised == capitalised_nouns), None)
    if noun is None or noun.punctuation or language.is_stop_word(noun) or noun.lower[:1].isdigit():
        return False
    sentence_end = next((k for k in range(index, len(words)) if words[k].text.endswith((".", "!", "?"))), len(words))
    return not any(words[k - 1].text == "," and language.pronoun_in(words[k]) for k in range(index + 2, sentence_end))


#: Words of an opening phrase before a sentence's subject ("Un peu plus loin,").
_SHORT_OPENING_WORDS = 5


def _fuller_body(name: str, reading: _Reading, language: _Language) -> str | None:
    """The body named before in full whose name ``name`` begins: "la Plataforma de Afectados" is
    the "Plataforma de Afectados de Los Almendros". One word stands for a longer name only when it
    is a word for a body ("Junta" is no short name of "Junta de Acción Comunal del barrio …")."""
    if len(name.split()) < 2 and not _is_organisation_word(name, language):
        return None
    # The full name goes on with what the body is of ("de Los Almendros"), not with another name
    # ("Bad Mühlbrunn Talheim" is a place beside the town).
    return next(
        (body for body in reversed(reading.bodies) if body.startswith(name + " ") and body[len(name) + 1].islower()),
        None,
    )


def _body_of_initials(initials: str, reading: _Reading) -> str | None:
    """The one body named before whose name is ``initials`` and more ("ARS Bretagne" for "ARS");
    ``None`` when ``initials`` are not initials or several bodies open with them."""
    if not (initials.isalpha() and initials.isupper() and 2 <= len(initials) <= _MAX_INITIALS):
        return None
    fuller = {body for body in (*reading.bodies, *reading.quoted_bodies) if body.startswith(initials + " ")}
    return fuller.pop() if len(fuller) == 1 else None


def _is_organisation_compound(noun: str, language: _Language) -> bool:
    """A word for a body, or a compound ending in one, however short ("Landeskriminalamt",
    "Innenministerium"): where it speaks, the body it names."""
    return noun in language.organisations or any(noun.endswith(head) for head in language.organisations)


def _opens_with_initials(run: Sequence[_Word]) -> bool:
    """Whether a run of words opens with initials and goes on in ordinary capitals ("UDF de la
    Charente", "CGT Renault"): a body's name; a run all in capitals is shouted, not initials."""
    first = run[0].text.rstrip(".")
    return len(first) >= 2 and first.isupper() and first.isalpha() and any(not w.text.isupper() for w in run[1:])


def _is_organisation_word(word: str, language: _Language) -> bool:
    noun = word.casefold()
    return noun in language.organisations or any(
        len(head) >= _COMPOUND_ROLE and noun.endswith(head) for head in language.organisations
    )


def _common_noun(run: Sequence[_Word], before: _Word | None, language: _Language) -> bool:
    """``dem Schlusspfiff``, ``die neuen Preise``: where nouns are capitalised, one word after an
    article or an adjective is a noun, not a body's name, unless it is an organisation word ("die
    Bundesregierung")."""
    if not language.lexicon.capitalises_nouns or len(run) != 1 or before is None:
        return False
    noun = run[0].lower
    is_body = noun in language.organisations or any(
        len(head) >= _COMPOUND_ROLE and noun.endswith(head) for head in language.organisations
    )
    # "höhere Gebühren", "die neuen Preise": an adjective before it (a lower-case word that is no
    # function word) makes it a noun phrase.
    after_adjective = before.text[:1].islower() and not language.is_stop_word(before) and not language.is_verb(before)
    return (before.lower in language.determiners or after_adjective) and not is_body


def _is_legal_form(word: str, language: _Language) -> bool:
    """Whether a lower-case ``word`` is a firm's legal form, written with full stops or without
    ("SA", "S.A.A.")."""
    return word.replace(".", "") in language.lexicon.company_suffixes


def _firm_named_before(noun: str, reading: _Reading, language: _Language) -> str | None:
    """For a word saying a body is a business ("la empresa"), the last body named before whose name
    ends as a firm's does ("Higiene Urbana del Sur SA") or opens with a trade ("Astilleros …"); none
    for another word."""
    if noun not in language.lexicon.business_words:
        return None
    trades = language.lexicon.trade_words
    # A trade may open the name too ("Astilleros Ría de Louredo", "Transports Girard").
    firms = (
        body
        for body in reversed(reading.bodies)
        if _is_legal_form(body.split()[-1].casefold(), language) or body.split()[0].casefold() in trades
    )
    return next(firms, None)


def _resolve_or_kind(named: _Named, words: Sequence[_Word], reading: _Reading, language: _Language) -> str | None:
    """Whom the phrase ``words`` right beside a quotation names; when it opens with a word for a
    body that no body of the article answers to, that body by its kind, as a local story names its
    institutions ("«…», nuance la gendarmerie", "Du côté de la préfecture, on assure que « … »"),
    but not where the word only says whose people speak ("fuentes del ministerio")."""
    speaker = _resolve(named, reading, language)
    kind = named.description
    if speaker is not None or not kind or not _is_organisation_compound(kind.casefold(), language):
        return speaker
    head = next((word for word in words if word.lower not in language.determiners), None)
    elided = _ELIDED_ARTICLE.match(head.text) if head is not None else None
    head_noun = elided.group(2) if elided else head.text if head is not None else ""
    return kind if head_noun.casefold() == kind.casefold() else None


def _resolve(named: _Named, reading: _Reading, language: _Language) -> str | None:
    """Whom a phrase names, by what the reader knows at this point."""
    if named.anonymous:
        # "ein Sprecher des Verbands": the body's voice, or no one named; "un porte-parole de l'ARS"
        # after "l'ARS Bretagne": the one body named before whose name opens with those initials.
        return (named.body and _body_of_initials(named.body, reading)) or named.body or None
    if named.name:
        # "la Plataforma de Afectados": the start of a body's name the article gave in full, who
        # speaks on ("«…», añadió.") as a person would.
        fuller = _fuller_body(named.name, reading, language)
        if fuller:
            reading.meet_unnamed(None, body=fuller)
            return fuller
        alone = _Word(named.name, 0, 0)
        if " " not in named.name and language.is_given_name(alone) and reading.person(named.name) is None:
            full_name = reading.called_by_given_name(named.name)
            if full_name is not None:
                return reading.meet(full_name, named.gender, named.role)
        return reading.meet(named.name, named.gender, named.role)
    if named.body:
        whose = reading.body_with_initials(named.body) or _fuller_body(named.body, reading, language) or named.body
        reading.quoted_bodies.append(whose)
        return whose
    if named.pronoun is not None:
        return reading.latest(named.pronoun or None)
    if named.ordinal is not None:
        return reading.of_pair(named.ordinal)
    if named.description:
        noun = named.description.casefold()
        age = language.age_of(named.description)
        if age is not None and age in reading.ages:
            return reading.meet(reading.ages[age], None, None)  # "antwortete die 54-Jährige"
        if noun in language.lexicon.documents:
            # "«…», señala el texto": the statement just quoted goes on, or the body the sentence
            # before opened with ("El Instituto … advierte en su boletín que …. «…», señala el documento").
            # A person's words ("escribió el alcalde, Germán Ocampo: «…»") are no body's document:
            # after them, the body the sentence before opened with; a body's go on from it ("la
            # Plataforma … reclama en el escrito …. «…», advierte el texto").
            last = reading.last_speaker
            person_spoke = last is None or language.is_given_name(_Word(last.split()[0], 0, 0))
            return (reading.body_subject if person_spoke else None) or last
        organisations = reading.organisations
        quoted_body = _generic_word_for_body_quoted(noun, reading, language)
        if quoted_body is not None and not _is_organisation_compound(noun, language):
            return quoted_body  # "expuso el organismo": no word for a kind of body to look for
        if _is_organisation_compound(noun, language):
            # "la dependencia informó", "das Ministerium teilte mit": a body, never a person.
            # A body named with that very word ("la mairie de Quimper" for "la mairie"), in the
            # narrative or as a speaker quoted ("Le ministère de l'Industrie réagit : « … »"); else
            # the body a sentence just opened with, no one named since ("Die AOK … begrüßte das
            # Urteil. »…«, teilte die Kasse mit"); else any body the narrative named with a word
            # for a body.
            bodies = [(body, set(body.casefold().split())) for body in reversed(reading.bodies)]
            quoted = [(body, set(body.casefold().split())) for body in reversed(reading.quoted_bodies)]
            named_body = (
                reading.body_ending(named.description)
                or next((body for body, words in bodies if noun in words), None)
                or next((body for body, words in quoted if noun in words), None)
                or _firm_named_before(noun, reading, language)
                or _subject_of_any_kind(reading, language)
                or next((body for body, words in bodies if organisations & words), None)
            )
            if named_body is None and noun not in organisations:
                return named.description  # "teilte das Landeskriminalamt mit": a compound names its body
            # Else the body last introduced by its kind ("el grupo Hallbrook Heating ... según la
            # compañía"); else the body just quoted, if its name says no other kind ("l'ARS Bretagne
            # assure que « … ». « … », ajoute l'agence"); none: no one ("la compañía" is no speaker's name).
            return (
                named_body
                or _sole_introduced_body(reading)
                or quoted_body
                or _speaking_body_of_any_kind(reading, language)
            )
        by_role = reading.with_role(named.description)
        if by_role:
            return by_role
        body = (
            reading.body_ending(named.description)
            or reading.body_starting(named.description, any_case=not language.lexicon.capitalises_nouns)
            or _body_opening_with_kind(named.description, reading, language)
        )
        if body:
            return body
        spoke = reading.last_speaker
        if language.is_representative(named.description) and spoke in reading.bodies:
            # "«…», añadió el portavoz" after a body's spokesperson was quoted: the body again.
            return spoke
        return reading.latest(named.gender)
    return None


# ---------------------------------------------------------------------- extract


def extract_by_patterns(source: Source, code: str) -> tuple[QuoteOccurrence, ...]:
    """Every direct quotation of speech in ``source``, written in bundled language ``code`` (not
    English), with its speaker."""
    language = _language(code)
    reading = _Reading(
        language.organisations, language.lexicon.title_roles, frozenset(language.connectors | language.determiners)
    )
    found: list[QuoteOccurrence] = []
    previous: tuple[int, str | None, bool] | None = None  # paragraph, speaker, ended the paragraph
    before_paragraph: Paragraph | None = None
    talkers: list[str] = []  # who spoke each line of dialogue so far
    interview = _Interview(source, language)
    exchange = _Exchange(language)
    for paragraph in source.paragraphs:
        masked = without_nicknames(paragraph.text)
        # A nickname inside a name (Héctor “Cacho” Maldonado) is part of the narrative, not a quotation.
        spans = [s for s in quotation_spans(paragraph.text) if s.end > s.start and masked[s.mark_start] != " "]
        dialogue = not spans
        spans = spans or _dialogue_spans(paragraph.text, language)
        # A line of dialogue with no narrator's tag (its speech runs to the line's end): the other
        # speaker of the exchange answers.
        untagged = dialogue and all(not paragraph.text[span.end :].strip(" .") for span in spans)
        if dialogue and spans and interview.asks(paragraph, reading):
            before_paragraph = paragraph
            continue  # "— Avez-vous songé à partir ?" in an interview's box: the paper's question
        if dialogue and spans:
            at_press_conference = before_paragraph is not None and bool(
                language.press_conference_cue.search(before_paragraph.text)
            )
            exchange.line(
                paragraph.index,
                len(found),
                tagged=not untagged,
                reading=reading,
                press=at_press_conference,
                before=before_paragraph.text if before_paragraph is not None else "",
            )
        if not spans:
            interviewee = interview.answerer(paragraph, reading)
            if interviewee is not None:
                # "Deux questions à… Aurélie Tisserand": an answer printed with no marks under its
                # question is the interviewee's words, the whole paragraph.
                whole = QuotationSpan(0, 0, len(paragraph.text), len(paragraph.text), closed=True)
                found.append(
                    occurrence(
                        source.id, paragraph.index, paragraph.text, paragraph.sentences[0].id, whole, interviewee
                    )
                )
                before_paragraph = paragraph
                continue
        read_to = 0
        spoken_to = 0  # where the last quotation of speech in the paragraph ends
        for number, span in enumerate(spans):
            # What came before the quotation's sentence is known when it is attributed; its own
            # sentence is read after, so that "die Frage" in it is not taken for a body named earlier.
            sentence_start = max(read_to, _sentence_bounds(paragraph, span.mark_start)[0])
            _narrative_names(paragraph.text, read_to, sentence_start, language, reading)
            speech, speaker = _attribute(
                paragraph, spans, number, language, reading, previous, before_paragraph, spoken_to
            )
            if untagged and len(talkers) >= 2 and talkers[-1] == speaker:
                speaker = talkers[-2]
            if untagged and (speaker is None or _opens_with_dash(paragraph.text, language)):
                # "— Les ambulanciers contournent …" under "— Que se passe-t-il … ?" in a box of
                # "Trois questions à …": the interviewee's answer, whoever spoke before the box.
                speaker = interview.answerer(paragraph, reading) or speaker
            if dialogue and speaker:
                talkers.append(speaker)
            _narrative_names(paragraph.text, sentence_start, span.mark_start, language, reading)
            read_to = span.mark_end
            if not speech:
                continue
            spoken_to = span.mark_end
            sentence_id = _sentence_at(paragraph, span.start).id
            found.append(occurrence(source.id, paragraph.index, paragraph.text, sentence_id, span, speaker))
            reading.last_speaker = speaker or reading.last_speaker
            if speaker != reading.body_subject:
                reading.body_subject = None  # someone else spoke since the body opened a sentence
            rest = paragraph.text[span.mark_end :]
            previous = (paragraph.index, speaker, not rest.strip(" .,;!?\u00a0\u202f") or not span.closed)
        _narrative_names(paragraph.text, read_to, len(paragraph.text), language, reading)
        before_paragraph = paragraph
    return pull_quotes_spoken(exchange.alternated(found, reading), source)


@dataclass(frozen=True, slots=True)
class _Run:
    """A run of dialogue lines in consecutive paragraphs, and what the reader knew when it began."""

    #: Its lines: (paragraph index, index of its first quotation in ``found``, tagged).
    lines: list[tuple[int, int, bool]]
    #: The people the reader had met before the run, in the order met.
    met: tuple[str, ...]
    #: Who the paragraph before it says questions whom.
    questioning: tuple[str, str | None] | None
    #: For a run a press conference introduces, who was speaking before it.
    questioned: str | None
    #: The people met whom the paragraph before it names.
    named_before: frozenset[str]

    @property
    def lead(self) -> str | None:
        """The first person the article met: the one its lead is about."""
        return self.met[0] if self.met else None


@dataclass
class _Exchange:
    """The lines of dialogue read, in runs of consecutive paragraphs, to give the lines no tag
    names a speaker: the two people of an exchange speak in turn."""

    def __init__(self, language: _Language) -> None:
        self.language = language
        self.runs: list[_Run] = []

    def line(self, paragraph: int, first: int, *, tagged: bool, reading: _Reading, press: bool, before: str) -> None:
        """Note a line of dialogue; ``press``: the paragraph before it names a press conference;
        ``before``: that paragraph's text."""
        if not self.runs or self.runs[-1].lines[-1][0] != paragraph - 1:
            met = tuple(dict.fromkeys(person.name for person in reading.people if person.name))
            questioning = self.questioning(before, met) or self.introduced(before, met, reading.last_speaker)
            named_before = frozenset(name for name in met if _names_word(before, name.split()[-1]))
            self.runs.append(_Run([], met, questioning, reading.last_speaker if press else None, named_before))
        self.runs[-1].lines.append((paragraph, first, tagged))

    def questioning(self, text: str, met: tuple[str, ...]) -> tuple[str, str | None] | None:
        """Who questions whom, by the last verb of questioning in ``text`` ("El fiscal, Julián
        Ocampo Rey, la interrogó"; "Interrogé par la présidente, Christine Lambotte, …"): the
        person met named before the verb, or after it where an agent's preposition follows it,
        and the person named on its other side, if any."""
        verbs = list(self.language.question_verb.finditer(text))
        if not verbs:
            return None
        verb = verbs[-1]
        sentence_start = max(text.rfind(". ", 0, verb.start()), text.rfind(": ", 0, verb.start())) + 1
        sentence_end = min(
            (at for at in (text.find(". ", verb.end()), text.find(":", verb.end())) if at >= 0), default=len(text)
        )
        ahead, behind = text[sentence_start : verb.start()], text[verb.end() : sentence_end]
        agent = behind.split()[:1]
        passive = bool(agent) and agent[0].casefold() in self.language.lexicon.agent_prepositions

        def named_in(stretch: str) -> list[str]:
            found = [(stretch.rfind(name.split()[-1]), name) for name in met if name.split()[-1] in stretch]
            return [name for at, name in sorted(found)]

        askers, asked = (named_in(behind), named_in(ahead)) if passive else (named_in(ahead), named_in(behind))
        if not askers:
            return None
        asker = askers[0] if passive else askers[-1]
        return asker, next((name for name in asked if name != asker), None)

    def introduced(self, text: str, met: tuple[str, ...], last_speaker: str | None) -> tuple[str, str | None] | None:
        """Who questions whom where no verb says: the one person met that the paragraph before the
        exchange names, turning to whoever spoke last ("La rapporteure, Nadège Fontaine-Ribeiro,
        a alors repris les documents un à un. L'échange mérite d'être restitué :" before the
        questions she puts to the minister quoted until then)."""
        named = [name for name in met if _names_word(text, name.split()[-1])]
        if len(named) != 1:
            return None
        return named[0], last_speaker if last_speaker != named[0] else None

    def addressed(self, line: str, met: tuple[str, ...]) -> str | None:
        """The person met whom ``line`` addresses by a courtesy title and surname, set off by a
        comma or opening the line ("Vous avez des preuves, monsieur Dumortier ?")."""
        for title, surname in _VOCATIVE.findall(line):
            if self.language.gender_of_word(title.casefold().rstrip(".")) is None:
                continue
            named = [name for name in met if name.endswith(f" {surname}")]
            if len(set(named)) == 1:
                return named[0]
        return None

    def _untagged_pair(self, found: list[QuoteOccurrence], first: int, run: _Run) -> tuple[str | None, str] | None:
        """Who asks and who answers an exchange no tag names that opens with a question: the one it
        addresses by name answers ("…, monsieur Dumortier ?"), or the one a quotation right before
        it addressed ("« Monsieur Le Gall, levez-vous », a demandé la magistrate. Extrait :"); the
        one the paragraph before says questions asks; else the earlier of the two people met last,
        where the paragraph before names both ("La présidente, Hélène Vasseur, … avant d’interroger
        Julien Garnier."); where it names neither ("Au dessert, la conversation glisse enfin sur le
        fond."), the paper asks, whom no one names, and the first person the article met (its
        lead's) answers."""
        met, questioning = run.met, run.questioning
        addressee = self.addressed(found[first].text, met)
        previous = found[first - 1] if first else None
        if addressee is None and previous is not None and previous.paragraph == found[first].paragraph - 1:
            called = self.addressed(previous.text, met)
            if called is not None and previous.speaker not in (None, called):
                return previous.speaker, called
        asker = questioning[0] if questioning else None
        if addressee is not None:
            asker = (
                asker if asker not in (None, addressee) else next((n for n in reversed(met) if n != addressee), None)
            )
            return (asker, addressee) if asker else None
        if asker is not None:
            answerer = questioning[1] if questioning else None
            people = [name for name in met if not _is_organisation_word(name.split()[0], self.language)]
            answerer = answerer or next((name for name in reversed(people) if name != asker), None)
            return (asker, answerer) if answerer else None
        if len(met) >= 2 and not run.named_before & set(met[-2:]) and run.lead is not None:
            return None, run.lead
        return (met[-2], met[-1]) if len(met) >= 2 else None

    def addressed_by_role(
        self, found: list[QuoteOccurrence], spoken: Sequence[tuple[int, bool]], reading: _Reading
    ) -> tuple[int, str] | None:
        """The first line of an exchange that addresses someone by a courtesy title and a role ("– Je
        sortais du travail, monsieur le président."), and whom the article gives that role: the
        turn of that line and the person, who speaks the turns of the other parity."""
        for turn, (first, _) in enumerate(spoken):
            for courtesy, described in _ROLE_VOCATIVE.findall(found[first].text):
                words = described.split()
                if self.language.gender_of_word(courtesy.casefold()) is None:
                    continue
                if len(words) == 2 and words[0].casefold() not in self.language.determiners:
                    continue  # "…, madame la présidente", not "…, monsieur vient de partir"
                holder = reading.with_role(words[-1])
                if holder is not None:
                    return turn, holder
        return None

    def alternated(self, found: list[QuoteOccurrence], reading: _Reading) -> list[QuoteOccurrence]:
        """``found`` with each untagged line of an exchange of two people given to the one whose
        turn it is: counted from a tagged line (its speaker, then the other), or, with no tag at
        all, from a first line that asks a question (see ``_untagged_pair``), or, at a press
        conference, by the reporters, whom no one names, to whoever was speaking."""
        for run in self.runs:
            met, questioning, questioned = run.met, run.questioning, run.questioned
            # A line that was no speech after all has no quotation of its own.
            spoken = [
                (first, tagged)
                for paragraph, first, tagged in run.lines
                if first < len(found) and found[first].paragraph == paragraph
            ]
            answerer = self._answering_the_tagged_questions(found, spoken, run)
            if answerer is not None:
                for first, tagged in spoken:
                    if not tagged:
                        found[first] = replace(found[first], speaker=answerer)
                continue
            speakers = list(dict.fromkeys(found[first].speaker for first, tagged in spoken if tagged))
            if len(spoken) < 2 or None in speakers:
                continue
            if (
                not questioning
                and not run.named_before
                and self._questions_to_the_tagged_answers(found, spoken, speakers)
            ):
                # "Después llegaron las preguntas." / "—¿A qué se refiere …?" / "—Cada uno sabe lo
                # que hizo —respondió el DT—." / "—¿Se siente traicionado …?" / "—Traicionado no.":
                # one person's tagged answers to untagged questions after a paragraph that names
                # no one: the reporters ask, whom no one names.
                for turn, (first, tagged) in enumerate(spoken):
                    if not tagged:
                        found[first] = replace(found[first], speaker=speakers[0] if turn % 2 else None)
                continue
            asked_first = ends_on_question(found[spoken[0][0]].text)
            pair: tuple[str | None, str | None] | None
            if questioned and asked_first and set(speakers) <= {questioned}:
                # "Estos fueron algunos de los pasajes de la conferencia de prensa:" / "—¿…?" / "—…".
                anchor, pair = 0, (None, questioned)
            elif speakers:
                anchor = next(turn for turn, (first, tagged) in enumerate(spoken) if tagged)
                others = [name for name in (*speakers[1:], *reversed(met[-2:])) if name != speakers[0]]
                if not others:
                    continue
                pair = (speakers[0], others[0])
            elif asked_first and (by_role := self.addressed_by_role(found, spoken, reading)) is not None:
                # "– Pourquoi aviez-vous un couteau ? / – … / – Je sortais du travail, monsieur le
                # président.": the president asks; the other is whom the paragraph before says is
                # questioned, else the person met last.
                turn, addressed = by_role
                people = [name for name in met if not _is_organisation_word(name.split()[0], self.language)]
                other = (questioning[1] if questioning else None) or next(
                    (name for name in reversed(people) if name != addressed), None
                )
                if other is None or other == addressed:
                    continue
                anchor, pair = turn + 1, (addressed, other)
            elif asked_first:
                anchor, pair = 0, self._untagged_pair(found, spoken[0][0], run)
            else:
                continue
            if pair is None:
                continue
            for turn, (first, tagged) in enumerate(spoken):
                if not tagged:
                    found[first] = replace(found[first], speaker=pair[(turn - anchor) % 2])
        return found

    @staticmethod
    def _questions_to_the_tagged_answers(
        found: list[QuoteOccurrence], spoken: Sequence[tuple[int, bool]], speakers: list[str | None]
    ) -> bool:
        """Whether an exchange opens with an untagged question and its tagged lines are one
        person's answers, none a question, each in an answer's turn (the second, the fourth, …)."""
        if len(speakers) != 1 or spoken[0][1] or not ends_on_question(found[spoken[0][0]].text):
            return False
        tagged = [(turn, first) for turn, (first, is_tagged) in enumerate(spoken) if is_tagged]
        return all(turn % 2 and not ends_on_question(found[first].text) for turn, first in tagged)

    def _answering_the_tagged_questions(
        self, found: list[QuoteOccurrence], spoken: Sequence[tuple[int, bool]], run: _Run
    ) -> str | None:
        """Who answers an exchange whose every tagged line is a question ("— Vous sentez-vous trahi
        ? a demandé Olfa Zribi" / "— Trahi, non." / "— Et maintenant ? a relancé Olfa Zribi" / "—
        Maintenant, je vais me reposer."), put by one reporter or several, and whose untagged lines
        answer: none of the askers, but whom the paragraph before says is questioned, at a press
        conference whoever was speaking, else the first person the article met (its lead's)."""
        tagged = [first for first, is_tagged in spoken if is_tagged]
        untagged = [first for first, is_tagged in spoken if not is_tagged]
        if not tagged or not untagged or not all(ends_on_question(found[first].text) for first in tagged):
            return None
        if any(ends_on_question(found[first].text) for first in untagged):
            return None  # an untagged question: who asks it, the turns say
        askers = {found[first].speaker for first in tagged}
        answerer = run.questioned or (run.questioning[1] if run.questioning else None) or run.lead
        if answerer is None or answerer in askers or _is_organisation_word(answerer.split()[0], self.language):
            return None
        return answerer


def _names_word(text: str, word: str) -> bool:
    """Whether ``text`` holds ``word`` whole (a surname, not a part of another word)."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


#: A courtesy title and a role in lower case, perhaps after an article, set off at the end of a
#: line of dialogue: "…, monsieur le président.", "…, señora jueza?".
_ROLE_VOCATIVE = re.compile(r"[,;]\s*([A-Za-zÀ-ÿ]+)\s+((?:[\w’']+\s+)?[a-zà-ÿ][\w-]+)\s*[.?!…]?\s*$")
#: A courtesy title and a capitalised word set off in a line of dialogue: a person addressed.
_VOCATIVE = re.compile(r"(?:^|[,;]\s*|[—–-]\s*)([A-Za-zÀ-ÿ]+\.?)\s+([A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+)*)")


class _Interview:
    """An interview printed as questions and answers under a line that introduces it ("Mano a mano
    con la capitana"): an untagged line of dialogue right after a question is the answer of the
    person that line names. The introducing line and the questions are often headings the cleaner
    set aside, so they are read among them too. A page's own questions with no such line (an
    explainer) quote no one."""

    #: How many lines may stand between the introducing line and the first question.
    GAP = 3
    #: The same for a box whose questions are the paper's: its heading and the line naming whom it asks.
    BOX_GAP = 2

    def __init__(self, source: Source, language: _Language) -> None:
        self._language = language
        # Every line of the page in order, the article's and its headings.
        headings = [(piece.line, piece.text) for piece in source.removed if piece.reason == "section heading"]
        self._lines = sorted([*((p.line, p.text.strip()) for p in source.paragraphs), *headings])
        self._interviewee: str | None = None
        self._asked_before: int | None = None  # where the last run of questions and answers started

    def answerer(self, paragraph: Paragraph, reading: _Reading) -> str | None:
        """Who speaks an untagged line of dialogue, paragraph ``paragraph``: the interviewee, when
        the line answers the question right before it."""
        at = bisect.bisect_left(self._lines, (paragraph.line, ""))
        dashed = _opens_with_dash(paragraph.text.strip(), self._language)
        if at == 0 or not self._prompts(at - 1, dashed=dashed):
            return None
        first = self._first_question(at - 1, dashed=dashed)
        if first != self._asked_before:
            self._asked_before = first
            self._interviewee = self._introduced(first, reading)
        return self._interviewee

    def asks(self, paragraph: Paragraph, reading: _Reading) -> bool:
        """Whether a line of dialogue, paragraph ``paragraph``, is a question an answer follows in a
        run of questions and answers a line introduces as an interview (then it is the paper's
        question, no one's quotation)."""
        at = bisect.bisect_left(self._lines, (paragraph.line, ""))
        if at + 1 >= len(self._lines) or not self._is_question(self._lines[at][1], dashed=True):
            return False
        first = self._first_question(at, dashed=True)
        # Right under the box's heading and whom it names: an exchange the narrative introduced
        # ("El interrogatorio del fiscal …", then tagged lines) asks its questions in someone's name.
        heading = self._lines[max(0, first - self.BOX_GAP) : first]
        if any(_opens_with_dash(text, self._language) for _, text in heading):
            return False  # "—¿Tenía …? —preguntó Sanz.": a line of the exchange, no box's heading
        return self._introduced(first, reading, gap=self.BOX_GAP) is not None

    def _first_question(self, question: int, *, dashed: bool) -> int:
        """Question, answer, question, …: back from the line ``question`` to the run's first question."""
        first = question
        while first >= 2 and self._prompts(first - 2, dashed=dashed):
            first -= 2
        return first

    def _prompts(self, at: int, *, dashed: bool) -> bool:
        """Whether line ``at`` is the interviewer's: a question, or a remark put to the interviewee
        between two questions ("¿Por qué …?" / answer / "Los estudiantes dicen que el déficit se
        debe a malas decisiones suyas." / answer / "¿Va a pedir …?"), short and quoting no one."""
        text = self._lines[at][1]
        if self._is_question(text, dashed=dashed):
            return True
        return (
            2 <= at < len(self._lines) - 2
            and len(text.split()) <= MAX_QUESTION_WORDS
            and not quotation_spans(text)
            and not _opens_with_dash(text, self._language)
            and self._is_question(self._lines[at - 2][1], dashed=dashed)
            and self._is_question(self._lines[at + 2][1], dashed=dashed)
        )

    def _is_question(self, text: str, *, dashed: bool = False) -> bool:
        """A question, not opening with a dialogue dash unless ``dashed`` (a dash-led exchange is
        an interview only under a line that introduces one)."""
        return (
            text.endswith("?")
            and len(text.split()) <= MAX_QUESTION_WORDS
            and (dashed or not _opens_with_dash(text, self._language))
        )

    def _introduced(self, first_question: int, reading: _Reading, gap: int = GAP) -> str | None:
        for at in reversed(range(max(0, first_question - gap), first_question)):
            text = self._lines[at][1]
            cue = self._language.interview_cue.search(text)
            if cue is None:
                continue
            named = _name_in(_words(text, cue.end()), self._language, reading)
            if not named.name and cue.start() > 0:
                # "Mosquera … atendió a los medios. Este fue parte del diálogo con los periodistas:":
                # the person the line is about, before the cue; first the subject of the cue's own
                # clause ("Urgentologue à Sainte-Clotilde …, la Dre Karine D'Amours a accepté de
                # répondre aux questions du Soleil": not the place the line opens with).
                clause_start = max(text.rfind(",", 0, cue.start()), text.rfind(". ", 0, cue.start())) + 1
                before = _name_in(_words(text, clause_start, cue.start()), self._language, reading)
                if not before.name:
                    before = _name_in(_words(text, 0, cue.start()), self._language, reading)
                named = before if before.name else named
            if not (named.name or named.description) and at + 1 < first_question:
                # "TROIS QUESTIONS À..." with the person on the line under it.
                named = _name_in(_words(self._lines[at + 1][1]), self._language, reading)
            if named.name or named.description:
                return _resolve(named, reading, self._language)
        return None


def _opens_with_dash(text: str, language: _Language) -> bool:
    return any(text.startswith(dash) for dash in language.lexicon.dialogue_dashes)


def _dialogue_spans(text: str, language: _Language) -> list[QuotationSpan]:
    """A line of dialogue set with dashes: "—No cerramos —dijo el gerente—. Eso se lo aseguro."
    The speech runs from the opening dash to a dash after a space (the narrator's tag), and goes
    on after the dash that closes the tag."""
    spans: list[QuotationSpan] = []
    for dash in language.lexicon.dialogue_dashes:
        if not text.startswith(dash):
            continue
        if text[len(dash) :].lstrip()[:1].islower() or text.rstrip().endswith(";"):
            break  # "— un rassemblement devant la mairie ;": an item of a list, not a line of speech
        opening, start = 0, len(dash)
        while start < len(text) and text[start] in " \u00a0\u202f":
            start += 1  # "— Oui, madame la présidente.": French sets a space after the dash
        while start < len(text):
            tag = text.find(" " + dash, start)
            end = len(text) if tag < 0 else tag
            if tag < 0:
                # "— Pas nous, murmure le prévenu.": a tag set off by a comma, as in any quotation.
                end = _incise_at(text, start, language) or end
            spans.append(QuotationSpan(opening, start, end, end, closed=True))
            if tag < 0:
                break
            resume = text.find(dash, tag + 1 + len(dash))
            if resume < 0:
                break
            opening, start = resume, resume + len(dash)
            while start < len(text) and text[start] in " .,;":
                start += 1
        break
    return [span for span in spans if text[span.start : span.end].strip(" .")]


#: How many words may open a clause before the sign it is about ("Sur la banderole", "Auf einem Transparent").
_SIGN_REACH = 3


def _read_on_a_sign(head: Sequence[_Word], language: _Language) -> bool:
    """Whether the sentence before a quotation is about a thing that bears writing: its first clause
    or the one right before the quotation opens with a sign ("Las pancartas … resumían el ánimo:
    «…»", "Sur la banderole accrochée au portail, on lit : « … »", "…, donde un cartel advierte: “…”")."""
    clauses: list[list[_Word]] = [[]]
    for word in head:
        if word.text in ",;:":
            clauses.append([])
        elif not word.punctuation:
            clauses[-1].append(word)
    clauses = [clause for clause in clauses if clause]
    opening = [clauses[0], clauses[-1]] if clauses else []
    return any(word.lower in language.lexicon.sign_words for clause in opening for word in clause[:_SIGN_REACH])


def _incise_at(text: str, start: int, language: _Language) -> int | None:
    """Where a narrator's tag closes a line of dialogue: the last comma after ``start`` that a
    speech verb follows ("— Pas nous, murmure le prévenu."), or the end of the question or
    exclamation a tag in lower case follows ("— Vous signiez sans lire ? a demandé la présidente.");
    the verb may come after its auxiliary."""
    words = _words(text, start)
    tags = [
        at
        for at, word in enumerate(words[:-1])
        if (word.text == "," or (word.text in "?!" and words[at + 1].text[:1].islower()))
        and any(language.is_verb(after) for after in words[at + 1 : at + 3])
    ]
    if not tags:
        return None
    mark = words[tags[-1]]
    if re.search(r"[.!?]\s*\S", text[mark.end :]):
        return None  # "— Pas nous, murmure le prévenu. Quand on …": speech goes on after the tag
    return mark.start if mark.text == "," else mark.end  # the question keeps its mark


def _sentence_at(paragraph: Paragraph, offset: int) -> Sentence:
    """The last sentence starting at or before ``offset`` (the first if none does)."""
    return next((s for s in reversed(paragraph.sentences) if s.start <= offset), paragraph.sentences[0])


def _sentence_bounds(paragraph: Paragraph, offset: int) -> tuple[int, int]:
    sentence = _sentence_at(paragraph, offset)
    return sentence.start, sentence.start + len(sentence.text)


def _attribute(
    paragraph: Paragraph,
    spans: Sequence[QuotationSpan],
    number: int,
    language: _Language,
    reading: _Reading,
    previous: tuple[int, str | None, bool] | None,
    before_paragraph: Paragraph | None,
    spoken_to: int,
) -> tuple[bool, str | None]:
    """Whether the quotation is speech, and who speaks it. ``spoken_to``: where the paragraph's
    last quotation of speech ends; a title quoted since ("le « Pacte … » prévoit") is part of the
    sentence that attributes this one."""
    text = paragraph.text
    span = spans[number]
    start, _ = _sentence_bounds(paragraph, span.mark_start)
    if start == 0:
        start = min(language.past_time_stamp(text), span.mark_start)
    _, end = _sentence_bounds(paragraph, max(span.end - 1, span.start))
    if ends_sentence_early(text, span, end):  # « … vous trouvez ça normal ? », s’emporte X
        _, end = _sentence_bounds(paragraph, min(end + 1, len(text) - 1))
    head_start = max(start, spoken_to)
    tail_end = min(end, spans[number + 1].mark_start) if number + 1 < len(spans) else end
    head, tail = _words(text, head_start, span.mark_start), _words(text, span.mark_end, tail_end)
    quoted = text[span.start : span.end]
    # "„Die Buchungen“, sagte Ahrend, „wurden …“": a speech verb right after it makes even a short
    # run of capitalised nouns what someone said.
    said_after = bool(tail) and tail[0].text == "," and any(language.is_verb(word) for word in tail[1:3])
    if _is_title(quoted) and not said_after:
        return False, None  # "«Plan Ribera Segura»", "„Sichere Brücken 2030“": a name, not speech
    if _read_on_a_sign(head, language):
        return False, None  # "les banderoles donnaient le ton : « … »": what a sign reads, not speech
    if (
        len(quoted.split()) <= 2
        and head
        and (head[-1].lower in language.determiners or head[-1].lower in language.lexicon.indefinite_articles)
        and not any(language.is_verb(word) for word in head[-_HELD_WORD_VERB_REACH:])
    ):
        # "das »Jahrhundertereignis«", "el «tijeretazo»": a word held at a distance, not what someone
        # said ("dénonce une « fermeture déguisée »" is).
        return False, None
    if (
        head
        and head[-1].lower in language.determiners
        and quoted[:1].isupper()
        and len(quoted.split()) >= 2
        and not said_after
        and not language.lexicon.capitalises_nouns
    ):
        # "le « Pacte de lutte contre les déserts médicaux » prévoit": an article before a capital
        # makes the quotation a name (where only names are capitalised).
        return False, None
    if language.gives_a_name(text[head_start : span.mark_start]) and len(quoted.split()) <= _NAME_WORDS:
        return False, None  # "la llamada «mesa chica»", "a quien ya bautizó como “la Pantera”": a name
    if language.names_something(text[head_start : span.mark_start]) and not quoted[:1].islower():
        # "das Programm „Sichere Brücken 2030“": a name; "el proyecto «sufrió retrasos»" is speech.
        return False, None
    # After the quotation: ", sagte X", ", a-t-elle ajouté", ", so Weber".
    tail_words = [w for w in tail if not w.punctuation][:_TAIL_WORDS]
    attributed_after = False  # a speech verb follows with no subject of its own ("…», y aseguró que …")
    impersonal = language.lexicon.impersonal_subjects
    for at, word in enumerate(tail):
        if word not in tail_words:
            continue
        # "«…», se oyó desde las últimas filas", "« … », entendait-on": words heard, no one named.
        heard = word.lower.split("-")[0] in language.lexicon.hearing_verbs
        # "commentait-on", "a-t-on entendu": "on" joined to the verb or to its auxiliary.
        joined_impersonal = any(
            "-" in w.text and w.lower.rsplit("-", 1)[-1] in impersonal for w in (word, *tail[at - 1 : at])
        )
        impersonal_subject = joined_impersonal or (at > 0 and tail[at - 1].lower in impersonal)
        if heard and impersonal_subject:
            # Heard from a body ("se oyó desde la alcaldía"), else from no one named ("desde las
            # últimas filas" is where, not who).
            named = _from_origin(tail[at + 1 :], tail[at - 1] if at else None, language, reading)
            return True, (named.name or named.body) and _resolve(named, reading, language)
        length = language.preposition_at(tail, at)
        if length and not language.is_verb(word):
            # "…», so Weber", "…», selon le préfet": a preposition after a quotation attributes it only
            # when a speaker follows ("« … » pour toute la vallée" does not).
            named = _name_in(tail[at + length :], language, reading, ends_at_function_word=True)
            if named.name or named.body or language.is_known_role(named.description):
                return True, _resolve(named, reading, language)
            continue
        if language.is_verb(word) and at and tail[at - 1].lower in language.noun_openers:
            continue  # "la declaratoria de alerta": after an article or "de", a noun ("como explicó" is a verb)
        if language.is_verb(word):
            if at and tail[at - 1].lower in language.conjunctions:
                attributed_after = True  # "…» et annoncé …", "…» y aseguró …": the sentence's subject speaks
                break
            # "affirme-t-elle", "a-t-elle annoncé devant le conseil": the pronoun joined to the verb
            # or to its auxiliary is the subject, whatever noun follows.
            joined = [w for w in (tail[at - 1] if at else None, word) if w is not None and "-" in w.text]
            inverted = next((language.pronoun_in(w) for w in joined if language.pronoun_in(w) is not None), None)
            if joined_impersonal:
                return True, None  # "« … », a-t-on appris de source proche du dossier": no one named
            if inverted is not None:
                return True, _resolve(_Named(pronoun=inverted), reading, language)
            # "…», indique un communiqué de la préfecture": whose the document is.
            after_verb = _past_document(_past_circumstance(_past_when(tail[at + 1 :], language), language), language)
            named = _name_in(after_verb, language, reading, ends_at_function_word=True)
            if not (named.name or named.body or named.pronoun):
                # "…“, heißt es in einer Mitteilung der Polizei": an impersonal verb, the document's body.
                body = _body_of_document(tail[at + 1 :], language, reading)
                named = _Named(body=body) if body else named
            if named == _Named():
                named = _from_origin(tail[at + 1 :], tail[at - 1] if at else None, language, reading)
            if named == _Named():
                named = _after_listener(tail[at + 1 :], language, reading)
            if named == _Named():
                # The pronoun or name may stand before the verb ("a-t-il dit", "Weber sagte").
                named = _name_in(tail[:at], language, reading)
            if named == _Named() and language.pronoun_in(word) is not None:
                named = _Named(pronoun=language.pronoun_in(word))
            if named != _Named():
                return True, _resolve_or_kind(named, after_verb, reading, language)
            attributed_after = True
            break
    # Before it in its sentence: "Keller sagte: „…“", "Selon Leroy, « … »", "bezeichnete … als „…“".
    for at in range(len(head)):
        length = language.preposition_at(head, at, sentence_start=at == 0 and head_start == start)
        if length and " ".join(w.lower for w in head[at : at + length]) in language.postpositions:
            # "Dem Bundesverband … (bpa) zufolge sind Betrugsfälle „die absolute Ausnahme“": the source
            # stands before the word, from the last comma.
            comma = max((i for i in range(at) if head[i].text == ","), default=-1)
            source = head[comma + 1 : at]
            # "Einer Studie der Universität Leipzig zufolge": the body whose document it is.
            document_body = _body_of_document(source, language, reading)
            if document_body:
                return True, document_body
            named = _name_in(source, language, reading)
            if named != _Named():
                # A body named in full here is who speaks, not one of its kind named before.
                return True, _body_in_full(source, named, language) or _resolve(named, reading, language)
            continue
        if length and at + length < len(head):
            # "De acuerdo con la delegada, el municipio pidió …": the source ends at a comma that a
            # clause of its own follows (an apposition, "Selon le porte-parole, Jean Roux," does not).
            source = head[at + length :]
            comma = next((i for i, word in enumerate(source) if word.text == ","), len(source))
            following = source[comma + 1 :]
            clause_end = next((i for i, word in enumerate(following) if word.text == ","), len(following))
            if comma and any(language.is_verb(word) for word in following[:clause_end]):
                source = source[:comma]
            source = _past_document(source, language)
            named = _name_in(source, language, reading)
            if named != _Named():
                return True, _resolve_or_kind(named, source, reading, language)
    colon = text[head_start : span.mark_start].rstrip(" \u00a0\u202f").endswith(":")
    last_comma = max((at for at, word in enumerate(head) if word.text == ","), default=-1)
    closing_clause = head[last_comma + 1 :]
    if (
        colon
        and last_comma >= 0
        and not any(language.is_verb(word) for word in closing_clause)
        # "… en entrevista con el noticiero Enfoque Matutino, de Radio Capital:": a phrase that
        # opens with a preposition says where, not who, unless a clause of its own follows in it
        # ("en un audio que el sindicalista hizo circular:", "avant que le président ne l'interrompe :").
        and not (_opens_with_preposition(closing_clause, language) and not _holds_a_clause(closing_clause, language))
    ):
        # "…, a répondu M. Ferrandez, avant que le président ne l'interrompe :": the clause right
        # before the colon introduces the quotation, when it names who speaks (a speech verb in it
        # has its own subject: "Die Stadt …, erklärte in einer Stellungnahme:").
        clause = _name_in(closing_clause, language, reading)
        if language.is_known_role(clause.description) and not (clause.name or clause.body):
            # "Hanspeter Imobersteg, 67, Landwirt: «…»": a label, the name first and what the person
            # is after it.
            first_comma = next(at for at, word in enumerate(head) if word.text == ",")
            labelled = _name_in(head[:first_comma], language, reading)
            if labelled.name:
                return True, _resolve(labelled, reading, language)
        if clause.name or clause.body or language.is_known_role(clause.description):
            return True, _resolve(clause, reading, language)
    shared_subject = (
        bool(head)
        and head[0].lower in language.conjunctions
        and number > 0
        and spans[number - 1].mark_start >= start
        and previous is not None
        and previous[0] == paragraph.index
        and previous[1] is not None
    )
    if shared_subject and not _name_in(head[1:], language, reading).name:
        # "l'Union … « prend acte de la décision » et dit vouloir « tourner la page »": a clause joined
        # on with no subject of its own goes on with the one who spoke the quotation before it.
        return True, previous[1] if previous else None
    if colon or any(language.is_verb(word) for word in head):
        return True, _speaker_before(head, language, reading)
    if span.mark_start == 0 and before_paragraph is not None and before_paragraph.text.rstrip().endswith(":"):
        # "Anguita explicó que …:" closing the paragraph before: the quotation is what it announced.
        last = before_paragraph.sentences[-1]
        return True, _speaker_before(_words(before_paragraph.text, last.start), language, reading)
    if attributed_after:
        # The subject of the verb after the quotation opens the sentence, else it was dropped: the
        # speaker goes on ("«…», dijo. «…», añadió."), or it is the person last named.
        named = _name_in(head, language, reading)
        if named != _Named():
            return True, _resolve(named, reading, language)
        # "Quintanilla … sostuvo que era el tesorero, Lucas Ferrán, quien …. «…», declaró.": the
        # subject of the narrative sentence before, not the last name in it.
        subject = _subject_of_sentence_before(paragraph, spans, number, start, language, reading)
        if subject.name:
            return True, _resolve(subject, reading, language)
        if previous is not None and previous[0] == paragraph.index and previous[1]:
            return True, previous[1]
        return True, reading.latest()
    if quoted[:1].islower() and head:
        # "Véronique Lambertin, elle, espère une réouverture « dès la rentrée »": words woven into
        # the reporter's sentence are the person's it is about.
        subject = _name_in(head, language, reading)
        # "La mairie de Quimper … a fait savoir qu’elle « restera … »": a body, when a pronoun for
        # it, the subject of a clause ("qu’elle", not "d’elle"), opens the words quoted.
        elided, mark, pronoun = _curly(head[-1].text).rpartition("’")
        of_someone = (elided + mark).casefold() in language.connectors  # "d’elle": a preposition's object
        clause_pronoun = bool(mark) and not of_someone and _pronoun(pronoun, language) is not None
        if subject.name or (subject.body and clause_pronoun):
            return True, _resolve(subject, reading, language)
        # "L'intersyndicale, elle, revendique « … »": a body the article named before by that noun.
        known_body = subject.description and (
            reading.body_ending(subject.description)
            or reading.body_starting(subject.description, any_case=not language.lexicon.capitalises_nouns)
        )
        if known_body:
            return True, known_body
    # A clause set in the quotation itself: « …, raconte-t-il. … », „…, sagte Weber, …“.
    incise = _incise(quoted, language, reading)
    if incise is not None:
        return True, incise
    # Carried on from the quotation before it in the paragraph, or from the paragraph before;
    # unless a sentence between them is about someone named there ("Son voisin, le boucher
    # Thierry Lamothe, se montre plus nuancé. « … »").
    if number and previous is not None and previous[0] == paragraph.index:
        if start > spans[number - 1].mark_end and not text[head_start : span.mark_start].strip(" .;\u00a0\u202f"):
            between = _named_in_sentence_before(paragraph, start, language, reading, after=spans[number - 1].mark_end)
            if between.name and reading.person(between.name) is not None:  # someone the reading has met
                return True, _resolve(between, reading, language)
        return True, previous[1]
    if span.mark_start == 0 and previous is not None and previous[0] == paragraph.index - 1 and previous[2]:
        return True, previous[1]
    statement = len(quoted.split()) >= _STATEMENT_WORDS or bool(re.search(r"[.!?]\s", quoted))
    if statement and not text[head_start : span.mark_start].strip(" .;\u00a0\u202f"):
        # A quotation standing as a sentence: the person the sentence before it is about.
        if start > 0:
            named = _named_in_sentence_before(paragraph, start, language, reading)
            if named != _Named():
                return True, _resolve(named, reading, language)
        return True, previous[1] if previous and previous[0] >= paragraph.index - 1 else None
    return False, None


def _subject_of_sentence_before(
    paragraph: Paragraph,
    spans: Sequence[QuotationSpan],
    number: int,
    start: int,
    language: _Language,
    reading: _Reading,
) -> _Named:
    """Who opens the narrative sentence before the one at ``start``, past a phrase of circumstance
    ("En la escuela Rosendo Alcalá, la directora, …"); no one where that sentence quotes someone
    ("Tomás Ledesma, se opuso. «…», afirmó.": the quotation's speaker spoke before it)."""
    if start == 0:
        return _Named()
    before_start = _sentence_bounds(paragraph, start - 1)[0]
    if any(other.mark_end > before_start and other.mark_start < start for other in spans[:number]):
        return _Named()
    sentence = _words(paragraph.text, before_start, start)
    # Past each phrase of circumstance in turn: "Más temprano, en diálogo con el programa Primera
    # Mañana, de radio Del Plata Noticias, el ministro de Economía, …": the subject, not the programme.
    first = True
    while (phrase_end := next((at for at, word in enumerate(sentence) if word.text == ","), None)) is not None:
        phrase = sentence[:phrase_end]
        if not (_opens_with_preposition(phrase, language) or (first and _is_adverbial(phrase, language))):
            break
        sentence, first = sentence[phrase_end + 1 :], False
    return _name_in(sentence, language, reading)


def _is_adverbial(phrase: Sequence[_Word], language: _Language) -> bool:
    """``Más temprano``: two words of time or manner opening a sentence, the second in lower case,
    no article and no role in them (a single capitalised word may be a name: "Quintanilla, …")."""
    return (
        len(phrase) == 2
        and not any(word.lower in language.determiners or language.is_role(word) for word in phrase)
        and not language.is_given_name(phrase[0])
        and not phrase[1].capitalised
    )


def _named_in_sentence_before(
    paragraph: Paragraph, start: int, language: _Language, reading: _Reading, *, after: int = 0
) -> _Named:
    """Whom the sentence ending at ``start`` is about, read from ``after`` at the earliest (past a
    quotation it holds: "« …, monsieur Dumortier a utilisé … », a-t-il lancé." is not about Dumortier)."""
    begin = max(after, _sentence_bounds(paragraph, start - 1)[0])
    return _name_in(_words(paragraph.text, begin, start), language, reading)


#: How near before "une « fermeture déguisée »" a speech verb makes the held word the speaker's.
_HELD_WORD_VERB_REACH = 6

#: How many words a phrase saying whom the speaker told ("a este diario", "à l’AFP") may take.
_LISTENER_WORDS = 4


def _from_origin(words: Sequence[_Word], before: _Word | None, language: _Language, reading: _Reading) -> _Named:
    """Whose words a verb with an impersonal subject reports, in the ``words`` after it: "…“, hieß es
    am Sonntag vom Polizeipräsidium Rheinfels", "«…», se informó desde la alcaldía". Nobody when
    the verb has a subject of its own."""
    impersonal = language.lexicon.impersonal_subjects
    rest = list(words)
    if rest and rest[0].lower in impersonal:
        rest = rest[1:]
    elif before is None or before.lower.rsplit("-", 1)[-1] not in impersonal:
        return _Named()  # "a-t-on appris": the subject joined to the auxiliary
    rest = list(_past_when(rest, language))
    if not rest or rest[0].lower not in language.lexicon.origin_prepositions:
        return _Named()
    # "auprès de la préfecture": a connector after the preposition is part of it.
    rest = rest[2:] if len(rest) > 1 and rest[1].lower in language.connectors else rest[1:]
    named = _name_in(rest, language, reading, ends_at_function_word=True)
    return named if named.name or named.body or named.description else _Named()


def _after_listener(words: Sequence[_Word], language: _Language, reading: _Reading) -> _Named:
    """The speaker after a phrase saying whom they told: "…», explicó a este diario el concejal,
    Andrés Gil", "…», le dijo a EFE la comerciante Rosa Delgado". Only a name, a known role or an
    unnamed speaker counts there: any other noun may be the listener's."""
    if not words or words[0].lower not in language.lexicon.listener_prepositions:
        return _Named()  # "…», añadió con una sonrisa amarga": no one told, so no speaker after them
    for start in range(1, min(_LISTENER_WORDS, len(words)) + 1):
        if words[start - 1].punctuation:
            break
        named = _name_in(words[start:], language, reading, ends_at_function_word=True)
        if named.name or named.anonymous or language.is_known_role(named.description):
            return named
    return _Named()


def _is_title(quoted: str) -> bool:
    """Two to six words, every one of more than three letters capitalised (or a number), and no
    sentence end: the name of a plan, a programme or a work."""
    words = quoted.split()
    long = [word for word in words if len(word.strip(".,;:!?")) > 3]
    return (
        2 <= len(words) <= 6
        and words[0][:1].isupper()  # "nur auf dem Papier": a phrase in lower case is no name
        and bool(long)
        and all(word[:1].isupper() or word[:1].isdigit() for word in long)
        and not re.search(r"[.!?]$", quoted.strip())
    )


def _holds_a_clause(words: Sequence[_Word], language: _Language) -> bool:
    """Whether a relative or a complementiser opens a clause among ``words`` ("un audio que …")."""
    lexicon = language.lexicon
    openers = lexicon.relative_pronouns | lexicon.complementisers | lexicon.clause_openers
    return any(word.lower in openers for word in words)


def _before_interview_cue(words: Sequence[_Word], language: _Language) -> Sequence[_Word]:
    """``words`` up to an interview cue ("en entrevista con …"): what follows names the medium."""
    for at in range(len(words)):
        if language.interview_cue.match(" ".join(word.text for word in words[at : at + 4])):
            return words[:at]
    return words


def _speaker_before(head: Sequence[_Word], language: _Language, reading: _Reading) -> str | None:
    """Who speaks a quotation a clause before it introduces ("Keller sagte:", "Er räumte ein:")."""
    # "…, a tweeté X, tandis que son collègue du Var, Y, dénonçait « … »": a clause of its own after
    # the first verb, whose subject speaks the quotation after it.
    first_verb = next((at for at, word in enumerate(head) if language.is_verb(word)), len(head))
    openers = language.lexicon.clause_openers
    opener = max((at for at in range(first_verb, len(head)) if head[at].lower in openers), default=None)
    if opener is not None and any(language.is_verb(word) for word in head[opener + 1 :]):
        head = head[opener + 1 :]
        while head and head[0].lower in language.lexicon.complementisers:
            head = head[1:]
    # After a preposition or an article a verb's form is a noun or an infinitive ("A preguntas de
    # Ramírez, la Dra. Soto admitió"), not the verb whose subject speaks.
    verbs = [
        at
        for at, word in enumerate(head)
        if language.is_verb(word)
        and not (at and (head[at - 1].lower in language.prepositions or head[at - 1].lower in language.noun_openers))
    ]
    before = _name_in(head[: verbs[0]] if verbs else head, language, reading)
    names_someone = before.name or before.body or before.pronoun is not None
    # "En el Concejo Deliberante, la concejala … Valeria Sosa Achával calificó de «…»": a name inside
    # a phrase of circumstance opening the sentence is where, not who.
    where_first = bool(verbs) and _opens_with_preposition(head[: verbs[0]], language)
    # "Hier, le ministère de la Culture a indiqué :", "Interrogé, le ministère …": a phrase set off
    # before the subject, which stands between the last comma and the verb.
    comma = max((at for at in range(verbs[0]) if head[at].text == ","), default=None) if verbs else None

    def after_comma() -> _Named:
        return _name_in(head[comma + 1 : verbs[0]], language, reading) if comma is not None else _Named()

    if verbs and (where_first or not (names_someone or language.is_known_role(before.description))):
        subject = after_comma()
        if subject.name or subject.body or subject.pronoun is not None:
            before = subject
    elif comma is not None:
        subject = after_comma()
        if language.is_known_role(subject.description) and not subject.name:
            # "Consultado por su zaga, a la que en Santa Lucía ya llaman «el muro», el técnico
            # ironizó:": a role right before the verb is its subject, not a name in a clause before it.
            before = subject
    # A verb second, its subject after it: "Auf die Frage … sagte sie:", "Ainsi a-t-il dit".
    after = _name_in(_subject_window(head, verbs[0], language), language, reading) if verbs else _Named()
    named = before
    strong_after = after.name or after.pronoun is not None or (after.description and before == _Named())
    # "Die Richterin gab der Angeklagten … mit auf den Weg:": a role before the verb is its subject;
    # a noun there ("Auf die Frage … sagte sie:") is not.
    role_before = language.is_known_role(before.description)
    # "Auf Fragen von Journalisten sagte Bürgermeister Berger": a clause opening with a phrase of
    # circumstance, its subject named after the verb.
    circumstance = bool(verbs) and _opens_with_preposition(head[: verbs[0]], language)
    if circumstance and (after.name or after.pronoun is not None):
        named = after
    elif not (before.name or before.pronoun is not None or before.body or role_before) and strong_after:
        named = after  # "—dijo el gerente—": the subject right after its verb
    elif named == _Named() and verbs:
        # A subject after its verb; an object there ("que la protesta …") names nobody, nor does
        # the medium an interview was given to ("había dicho en entrevista con el noticiero X").
        later = _name_in(_before_interview_cue(head[verbs[0] + 1 :], language), language, reading)
        if later.name or later.pronoun is not None or later.body:
            named = later
    if not (named.name or named.body or named.pronoun):
        # "In einer Mitteilung der Stadtwerke heißt es:": the body whose document speaks.
        body = _body_of_document(head, language, reading)
        if body:
            return body
    return _resolve(named, reading, language) if named != _Named() else reading.latest()


def _body_of_document(words: Sequence[_Word], language: _Language, reading: _Reading) -> str | None:
    """The body a document in ``words`` is of: "in einer Mitteilung der Polizei", "im Schreiben des
    Bezirksamts Mitte", "dans un communiqué de la préfecture"; ``None`` when no document of a body."""
    documents = {document.casefold() for document in language.lexicon.documents}
    for at, word in enumerate(words[:-2]):
        # A compound ending in the document's word counts where nouns are compounded ("Pressemitteilung").
        if not any(word.lower == d or (word.capitalised and len(d) > 4 and word.lower.endswith(d)) for d in documents):
            continue
        of = words[at + 1]
        genitive = language.lexicon.capitalises_nouns and of.lower in language.determiners
        elided = _ELIDED_ARTICLE.match(of.text)
        if (
            of.lower in language.connectors
            or genitive
            or (elided and elided.group(1).casefold() in language.connectors)
        ):
            named = _name_in(words[at + 1 if elided else at + 2 :], language, reading)
            # "der Polizei": a body named by its kind alone.
            kind = (
                named.description if named.description and _is_organisation_word(named.description, language) else None
            )
            return named.body or named.name or _represented_body(words[at + 1 :], language, reading) or kind
    return None


#: How many words after a verb its subject may take: a title, two names and an initial.
_SUBJECT_AFTER_VERB_WORDS = 4


def _subject_window(head: Sequence[_Word], verb: int, language: _Language) -> Sequence[_Word]:
    """Where a subject after its verb may stand: a few words ("sagte Verteidiger Tobias Ahrend"), up to
    a word opening a clause ("Añadió que la protesta …" has none)."""
    window = head[verb + 1 : verb + 1 + _SUBJECT_AFTER_VERB_WORDS]
    for at, word in enumerate(window):
        lower = word.lower
        if language.is_stop_word(word) and lower not in language.determiners and lower not in language.connectors:
            return window[:at]
    return window


# A clause set off inside a quotation, with a name in apposition after its role: ", a déploré le
# maire, Jo Roux." or "—reconoció el alcalde, Paco Ruiz—".
_INCISE = re.compile(r"(?:,|—|–)\s*([^,.;:!?—–]{1,60}?(?:,\s*[^,.;:!?—–]{1,40}?)?)\s*(?:[,.]|—|–)")
#: Words of such a clause after its verb: a pronoun, or a role and a name.
_INCISE_WORDS = 8
#: A pronoun set before the verb it belongs to is short ("se", "s’est" is an auxiliary).
_LONGEST_CLITIC = 2


def _incise(quoted: str, language: _Language, reading: _Reading) -> str | None:
    """The speaker of a short clause set off by commas or dashes inside a quotation: "…, raconte-t-il.
    …", "…, a déploré le maire, Jo Roux. …", "… —reconoció el alcalde, Paco Ruiz—, pero …"."""
    for clause in _INCISE.finditer(quoted):
        words = _words(clause.group(1))
        # The verb first, or after its auxiliary or reflexive pronoun ("a déploré", "se quejó").
        verb = 1 if len(words) > 1 and not language.is_verb(words[0]) and language.is_verb(words[1]) else 0
        if verb and not (words[0].lower in language.auxiliaries or len(words[0].lower) <= _LONGEST_CLITIC):
            continue
        if not 1 <= len(words) - verb <= _INCISE_WORDS or not language.is_verb(words[verb]):
            continue
        named = _name_in(words[verb + 1 :], language, reading)
        if named == _Named() and language.pronoun_in(words[verb]) is not None:
            named = _Named(pronoun=language.pronoun_in(words[verb]))
        if named != _Named():
            return _resolve(named, reading, language)
    return None
