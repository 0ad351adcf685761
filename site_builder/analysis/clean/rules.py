"""Line-level rules: what a line is by its looks alone (a caption, a navigation bar, a tweet ...)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast, get_args

from ...model import RemovalReason
from ...text.alternation import StartOrAnywhere, alternation, stem_phrases
from ...text.lexicon import DEFAULT_LANGUAGE, available_languages, lexicon_for, news_outlets, photo_agencies
from ...text.normalise import collapse_whitespace
from ...text.quotemarks import quotation_spans
from ...text.script import CAPITAL, UPPER
from ...text.sentences import coarse_sentence_starts, ends_sentence
from .. import metadata as meta
from .lines import CLOSERS, is_latin, words_of

# ------------------------------------------------------------- line-level rules

_MONTH = meta.MONTH_PATTERN
_LEXICON = lexicon_for(DEFAULT_LANGUAGE)
TWEET_LINK = re.compile(r"(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+|https?://(?:www\.)?(?:twitter|x)\.com/\S+")
# An embedded tweet's signature, "— Name (@handle) July 3, 2025": a line of its own, or ending the
# tweet's text on one line.
_TWEET_SIGNATURE = rf"[—–\-]{{1,2}}\s*.{{1,80}}\(@\w{{1,30}}\)\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}$"
TWEET_SIGNATURE = re.compile("^" + _TWEET_SIGNATURE)
TWEET_SIGNATURE_END = re.compile(r"(?<=\s)" + _TWEET_SIGNATURE)
_AGENCY_TWEET = re.compile(rf"^#{UPPER}[{CAPITAL}a-z]+\s*\|")
_SOCIAL_FURNITURE = re.compile(
    r"^(?:view this post on instagram|a post shared by .*|view (?:on|this post on) (?:twitter|x|facebook|tiktok)"
    r"|.{0,40}\(@\w+\) on (?:twitter|x|instagram|tiktok).*"
    # An embed the page would not show: "This content is not available due to your privacy
    # preferences.", "Please enable JavaScript to view the comments."
    r"|(?:this )?content (?:is )?not available\b.{0,80}|(?:please )?enable javascript\b.{0,80}"
    # An embed waiting for the reader's consent: "Embedded content from example.com. Click to view.",
    # "Allow Example content? ...", "This content is hosted by a third party. To show it, allow cookies."
    r"|embedded content (?:from|by|on)\b.{0,100}|allow [\w.]+(?: [\w.]+)? content\?.{0,200}"
    # "This content is imported from Twitter. You may be able to find the same content ...".
    rf"|this (?:content|embed) is imported from (?-i:{UPPER})[\w.]*\.(?:\s.{{0,200}})?"
    r"|.{0,80}\bimported onto this page\b.{0,160}"
    r"|.{0,60}\b(?:is|was) (?:hosted|provided) by a third[- ]party\b.{0,160}"
    r"|.{0,60}\bto (?:show|view|see|display|load|watch) (?:it|this(?: \w+)?),? (?:please )?"
    r"(?:allow|accept|enable)\b.{0,100})$",
    re.I,
)
# Wire-copy editing marks; the short ones count only in capitals, "(more)" may be prose.
WIRE_MARKER = re.compile(
    r"\((?i:(?:begin|end) optional trim|optional (?:trim|add)[^()]*|story can end here[^()]*)\)"
    r"|\((?:MORE|ENDS?|EDS?:[^()]*|EDITORS?:? NOTE[^()]*|ADVANCE FOR[^()]*|EMBARGOED[^()]*)\)"
)
_AUDIO = re.compile(
    r"^(?:listen to (?:this|the) (?:article|story|report)|listen(?: now)?\s*[:|]|audio(?: version| article)?"
    r"|audio\s*:\s*listen to .{1,80}"
    # A station's player: "Listen Live", "Listen Live On Air: The Breakfast Show with ..." (a show's
    # name after the label, no sentence: "On air now: that is how the station greeted ..." is one).
    rf"|(?-i:Listen Live|LISTEN LIVE)(?:\s+on air)?(?:\s*:\s*(?-i:{UPPER})[^.!?,]{{1,80}}$)?"
    r"|\d+\s*min(?:ute)?s? listen|listen\s*\(\s*\d+.*)\W*$",
    re.I,
)
_VIDEO = re.compile(
    r"^(?:videos?|watch(?: the)? video|play video|watch now|watch|click to play|video player)\W*$"
    r"|^(?:VIDEO|WATCH)\s*[:|]"
    # A video's caption under its player's "CLOSE" button: "CLOSE The mayor explains ... Jo Roe, Example Today".
    rf"|(?-i:^CLOSE\s+{UPPER})"
    # Text a video widget leaves in a scrape: "Media playback is unsupported on your device",
    # "EMBED More News Videos ...", "JUST WATCHED ... Replay More Videos".
    r"|^(?:media playback is (?:unsupported|not supported)|embed more (?:news )?videos|just watched\b)"
    r"|^watch (?:the )?(?:full |entire )?(?:video|clip|interview|exchange|segment|speech)s?"
    r"(?: (?:segment|clip|video)s?)? (?:below|above|here)"
    # "Watch the video above for a preview of ...": what the player shows.
    r"(?:\s+(?:for more|to see more|for the full story|for (?:a|an|the) [^.!?]{1,100}))?\W*$"
    # A player refusing to play: "We're sorry, this video is restricted from playing in your location".
    r"|^(?:we(?: are|['’]re) sorry\W*this video|this video is restricted)\b"
    # A player's caption: "Now playing: ...", "Listen: the mayor speaking after the vote (2:14)".
    r"|^now playing\s*[:|]|^(?:watch|listen|video|audio)\s*:.{1,160}\(\d{1,2}:\d{2}\)\W*$"
    # A player still loading when the page was saved: "Loading video...", "Loading the player".
    r"|^loading(?: the)?(?: video| player| media| content| comments| map| chart| graphic| gallery| poll)?\W*$"
    # "Scroll down for video": a pointer to the player further down the page.
    r"|^scroll down for (?:the )?(?:video|videos|pictures|photos)\W*$",
    re.I,
)
# A gallery or player counter opening a line: "1 of 50", "Photo 3 / 12", "7 PHOTOS".
# What follows it is not the rest of a sentence: "3 of 4 close calls involved lorries" is prose.
_GALLERY_COUNTER = (
    r"^(?:(?:photo|image|slide|picture)\s+)?\d+\s+(?:of|/)\s+\d+(?:\b\W|$)|^\d+ (?:photos|images|pictures)\b"
)
_NOT_PROSE_AFTER = r"(?![\s.,:;|–—-]*(?-i:[a-z]))"
GALLERY_COUNTER = re.compile(f"(?:{_GALLERY_COUNTER}){_NOT_PROSE_AFTER}", re.I)
_SLIDESHOW = re.compile(
    # Gallery widgets: "7 PHOTOS Police officer ... See Gallery", "... View Slideshow ...".
    f"(?:{_GALLERY_COUNTER}){_NOT_PROSE_AFTER}" + r"|\bview slideshow\b|\bsee gallery\b",
    re.I,
)
_CAPTION_START = re.compile(
    r"^(?:photo|photograph|image|picture|pictured|caption|file photo|photo credit"
    r"|above|below|top|inset|main picture)\s*:"
    # A placeholder the scrape left for the picture, then its caption: "[Photo] Officials count ballots ..."
    r"|^\[(?:photo|image|picture)\]\s*\S"
    # "Image copyright AP Image caption ...", and the wire's "This image provided by X shows ..."
    r"|^(?:image|media) (?:copyright|caption)\b|^enlarge (?:this )?(?:image|photo)\b"
    r"|^this (?:undated |handout )?(?:image|photo|photograph|picture)"
    r" (?:provided|released|taken|made available|shows)\b"
    # The photographer's view: "An aerial view shows ...", "A general view of ..."
    r"|^(?:an? )?(?:aerial |general |wide )?view (?:shows|of)\b"
    # A video's caption: "A video released by the army on Wednesday shows ..."
    r"|^(?:a|this) (?:\w+ )?video (?:released|provided|posted|obtained|made available) by\b"
    # The wire's file picture: "FILE - Then-Governor Ann Lee addresses lawmakers ..." (in capitals).
    r"|(?-i:^FILE\s*[-–—]\s+\S)"
    # A video's caption: "Video shows the moment a cow wanders into a supermarket" (not "Video shows
    # a different story, the defence argued").
    r"|^(?:this )?(?:video|footage) (?:shows|captures|captured) the moment\b"
    # A frame taken from a video: "Grab from CCTV footage released by police", "A still from ..."
    r"|^(?:an? |this )?(?:screen ?|video |frame )?(?:grab|still|screenshot) (?:from|of|taken from)\b"
    # The wire's caption form: "FILE - In this May 4, 2001, file photo, a man ..."
    r"|^(?:\([^()]{1,40}\)\s*)?(?:file\s*[-–—]\s*)?in this (?:[\w,.]+ ){0,5}(?:file |handout |undated )?"
    r"(?:photo|image|picture|frame grab)\b",
    re.I,
)
# Who may be credited for a photograph: any known outlet ("AP", "Reuters") or picture agency.
# Hundreds of names: looked up in a set after a pattern finds where a credit would stand, as one
# alternation of them all took longer to compile than cleaning a story took.
_CREDITED_NAMES = frozenset({*photo_agencies(), *(name for names in news_outlets() for name in names)})
_CREDITED_NAMES_FOLDED = frozenset(name.casefold() for name in _CREDITED_NAMES)
_LONGEST_CREDITED_NAME = max(map(len, _CREDITED_NAMES))
_PICTURE_AGENCIES = "|".join(re.escape(name) for name in photo_agencies())
_CAPTION_INSIDE = re.compile(rf"\(Photo\s*[:/]|\bCredit:\s|\bPhoto credit\b|[/|]\s*(?:{_PICTURE_AGENCIES})\b", re.I)
# "(AP Photo/": what stands between the bracket and "Photo" must be a credited name.
_BRACKETED_PHOTO_CREDIT = re.compile(rf"\(([^()]{{1,{_LONGEST_CREDITED_NAME}}}?) Photo\s*[:/]", re.I)


def _has_credit_inside(text: str) -> bool:
    if _CAPTION_INSIDE.search(text):
        return True
    return any(found.group(1).casefold() in _CREDITED_NAMES_FOLDED for found in _BRACKETED_PHOTO_CREDIT.finditer(text))


_CAPTION_CREDIT_END = re.compile(
    rf"\([^()]*(?:\bphoto|photographer\b|\bpicture\b|\bimage\b|\b(?:{_PICTURE_AGENCIES})\b|\bfile\b|\s/\s)[^()]*\)$"
    # "(Ethan Miller/AP, Pool)", "(Elaine Wilson/Las Vegas Review-Journal)": photographer/agency,
    # and the wire's own form at the end, "REUTERS/Mike Segar/File Photo".
    rf"|\((?:{UPPER}[\w.'’-]+ ){{1,3}}{UPPER}[\w.'’-]+\s*/\s*{UPPER}[^()/]{{1,60}}\)$"
    rf"|(?-i:\b{UPPER}{{2,}}/{UPPER}[\w.'’-]+(?: {UPPER}[\w.'’-]+){{0,3}}(?:/[\w ]{{1,20}})?)$"
    # The same credit in parentheses closing the line: "... (2015). (SVP/Example Insights.)"
    rf"|\((?-i:{UPPER}{{2,}}/{UPPER}[\w'’-]+(?: {UPPER}[\w'’-]+){{0,3}})\.?\)\.?$"
    # A photographer and the outlet after the caption's last sentence: "... on Tuesday. Jo Roe / Example
    # Radio", "... July 1. Credit Jo Roe / WXYZ".
    rf"|(?<=[.!?] )(?:(?:credit|photograph|photo|picture):? )?(?-i:{UPPER}[\w.'’-]+(?: {UPPER}[\w.'’-]+){{1,2}})"
    rf" ?/ ?(?-i:{UPPER}[\w&.'’-]*(?: {UPPER}[\w&.'’-]*){{0,4}})$"
    # "... since 1964. / Example file photo", "... Heaton Vale area  EXAMPLE COURIER" (a credit in capitals
    # set off by a wide gap; not a row of links in capitals: "NEWS  |  WEATHER  |  CONTESTS").
    rf"|\s/\s[^/]{{2,40}}\b(?:photo|picture|image)s?$|(?-i:[^\s|•·]\s{{2,}}{UPPER}[{CAPITAL}&.'’ -]{{2,40}})$"
    # A caption's credit closing it: "... Photo: REUTERS.", "... Video by Jo Roe via Example Stream."
    r"|(?<=[.!?”\"] )(?:photo|video|image|picture|pic|foto)(?::| by| courtesy of) [^.]{2,60}\.?$"
    # A picture the subject's side handed over: "... at the site. Supplied image.", "... Picture: supplied".
    r"|(?<=[.!?”\"] )(?:supplied(?: (?:image|photo|picture))?|(?:image|photo|picture) supplied)\.?$"
    # A gallery's control closing the caption's sentence: "... on Friday morning. Hide Caption 3 of 12".
    r"|(?<=[.!?”\"] )(?:hide|show|toggle) caption(?: \d+ of \d+)?$"
    # A picture agency alone after the caption's sentence: "... on Sunday. Getty Images".
    rf"|(?<=[.!?”\"] )(?-i:{_PICTURE_AGENCIES})\.?$"
    # An outlet's credit with the photographer after a colon, or a handout's: "(ABC News: Jo Roe)",
    # "(Supplied: Jo Roe)", "(Handout via Reuters)".
    rf"|\((?-i:{UPPER}[\w&.'’-]*(?: {UPPER}[\w&.'’-]*){{0,3}}): "
    rf"(?-i:{UPPER}[\w.'’-]+(?: {UPPER}[\w.'’-]+){{1,2}})\)\.?$"
    r"|\((?:handout|pool|file)(?: photo)?(?: via| by| from)? [^()]{2,40}\)\.?$"
    # A newscast's caption closing on its presenter: "... Jo Roe has the latest from Paris on The Hub."
    rf"|(?<=[.!?”\"] )(?-i:{UPPER}[\w'’-]+ {UPPER}[\w'’-]+) (?:has"
    rf"|brings) (?:the latest|more|the details)\b[^.]{{0,60}}\.$"
    # A video's caption and its stamp: "... officials said. (Published Friday, Feb. 27, 2015)".
    rf"|\((?:published|updated|posted)\s+[^()]{{0,12}}?\b{_MONTH}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d\)$",
    re.I,
)
# What heads a list of links to other pages.
_LINK_LIST_NAMES = (
    r"you (?:may|might) also like|more from .{1,40}|more (?:stories|news|on this(?: story)?)"
    r"|related(?: stor(?:y|ies)| articles?| news| coverage| links| content| posts)?(?: on [\w.]{1,20})?"
    r"|recommended(?: for you| stories)?"
    r"|trending(?: now| stories| news)?|most (?:read|popular|viewed|shared)|top stories|read next"
    r"|what to read next|latest (?:news|stories)|editor'?s picks|also on .{1,30}|in case you missed it"
    r"|story highlights|key (?:points|facts|takeaways)|at a glance"
)
_LINK_LIST_HEADER = re.compile(rf"^(?:{_LINK_LIST_NAMES}|read more|see more)\W*$", re.I)
_TEASER_LABEL = (
    r"(?:ALSO READ|Also Read|Also read|READ ALSO|Read also|READ MORE|Read More|Read more|MUST READ|Must Read"
    r"|SEE ALSO|See also|RELATED|Related|PHOTOS|VIDEOS|GALLERY|PODCAST|FULL COVERAGE|LIVE UPDATES|MORE|READ)"
)
_TEASER_START = re.compile(rf"^{_TEASER_LABEL}\s*[:|\-–—]\s*\S")
# A list of headlines on one line under its header: "Most read: 1. ...", "TRENDING NOW • ... • ...".
_LINKS_AFTER_HEADER = re.compile(
    rf"^(?:similar stories|more on .{{1,30}}|upcoming|don'?t miss|popular(?: now| stories)?|{_LINK_LIST_NAMES})"
    r"(?: news| stories)?\s*[:•|»]\s*\S",
    re.I,
)
# A headline set off as a link: ">> Ten things to know before you travel".
# ("»" and "›" are not arrows here: German quotations open with them, and Spanish continued ones.)
_ARROW_TEASER = re.compile(rf"^(?:>>|►|▶)\s*[{CAPITAL}0-9‘'\"“]")
# Links to the previous and next post, side by side: "« Match report: ... | Podcast #84 ... »" (a
# French quotation opens with "« " too, but holds no "|" between two links).
_NEIGHBOUR_POSTS = re.compile(r"^«\s[^«»|]+\s\|\s[^«»|]+»$")
# One link to the story before or after this one, a headline after its label, with no full stop:
# "← Previous Story Mayor unveils ...", "Next Up: Storm knocks out power ..." (not "Next up: a home
# game against the Hawks, who beat them in October.", nor "Previous post-war governments ...").
_NEIGHBOUR_STORY = re.compile(
    rf"^(?:[←→<>‹›«»]+\s*(?-i:{UPPER})\w*\.? (?:story|article|post)\s*[:|»›>]?"
    rf"|(?-i:{UPPER})\w*\.? (?:story|article|post)\s*[:|»›>]|(?-i:Next Up|Up Next|NEXT UP|UP NEXT)\s*:)"
    rf"\s*(?-i:[{CAPITAL}0-9‘'\"“])[^?]*(?<![.\s)])\s*$",
    re.I,
)
TEASER_TAIL = re.compile(rf"(?<=[.!?{CLOSERS}])\s*{_TEASER_LABEL}\s*[:|\-–—]\s*\S.*$")
_PROMO = StartOrAnywhere(
    # "Sign up for our newsletter", not a report that an agency "urged people to sign up for" its warnings.
    r"\b(?:(?<!to )sign up (?:here |now )?(?:for|to|now|today)|subscribe (?:to|for|now|today)"
    r"|^want more (?:stories|news|articles|coverage) like this\?"
    r"|our (?:\w+ ){0,2}(?:channel|app|newsletter|podcast)s?"
    # "our weekly newsletter", "Get the free newsletter" (not "the council would launch a weekly newsletter").
    r"|our (?:\w+ )?newsletters?|^(?:get |try |read )?(?:the |a )?(?:daily|weekly|free) newsletters?"
    r"|newsletter sign[- ]?up|follow us\b|(?:in|to) your inbox"
    # "Follow @ExampleNews on Twitter for updates": the page's own account or its writer's.
    r"|^follow @\w+ on (?:twitter|x|facebook|instagram)\b"
    r"|leave (?:a|your) comments?\b|join the (?:conversation|discussion)\b|(?:love|like) to hear from you"
    r"|turn on (?:\w+ ){0,2}notifications\b"
    r"|download (?:the|our) app|(?:click|tap) here|add .{1,60} as an interest|get (?:\w+ ){0,2}alerts\b"
    r"|stay with .{1,60} for (?:continuing coverage|coverage|developments|updates|the latest|more)"
    r"|download the .{1,40} app|support (?:local|independent|quality) journalism|support for .{1,60} comes from"
    # A reading app's own lines: "Shared from the Example Press app.", "Get it on the App Store".
    r"|^shared (?:from|via) (?:the )?.{1,40} app\b"
    r"|\b(?:get it|download it|available) on (?:the )?(?:app store|google play)"
    r"|become an? (?:[\w-]+ ){0,3}(?:member|subscriber|supporter|donor|insider)\b"
    r"|book (?:your|a) (?:table|tickets?|place|seat)s?\b"
    r"|\bis on (?:weeknights|weekdays|weekends|every \w+) at\b|\bwatch again\b"
    # A programme's own plug: "Example Daily airs on Radio 125 weekdays from 6 a.m."
    r"|\bairs (?:on [^.!?]{1,40} )?(?:weeknights|weekdays|weekends|daily|every \w+) from \d{1,2}(?::\d\d)?\s*[ap]\.?m\b"
    r"|\b(?:we are|we're) (?:now )?on (?:whatsapp|telegram|signal)\b"
    r"|\bwill have more (?:on|about) .{1,60}\b(?:tonight|later|at \d))"
    r"|^get (?:the|our) .{1,40} newsletter\b|^read (?:\S+ ){0,5}(?:here|online)\W*$"
    # "Get the 7 NewsCenter app for breaking news alerts on your phone."
    r"|^get (?:the|our) (?:free )?.{1,40}? app (?:for|to|and)\b"
    r"|^join .{1,40} on (?:whatsapp|telegram)\b|^join .{1,60}['’]s? (?:whatsapp|telegram) channel\b"
    r"|^share (?:or comment on )?this (?:with|on|story|article)\b"
    # After at most one sentence of the prompt's own ("Don't miss a story. Like us on Facebook."),
    # anchored so that the search stays a single try at the start of each line.
    r"|^(?:[^.!?]{1,100}[.!?]\s+)?(?:check out what['’]s (?:clicking|trending|popular)|like us on facebook)\b"
    r"|^thanks? (?:you )?for (?:subscribing|signing up)\b"
    # A donation appeal: "Independent journalism needs your support. Make a contribution today."
    r"|^(?:independent|quality|local|public[- ]interest) journalism needs your support\b|\bmake a contribution today\b"
    # A newsletter's own lines: "View in browser", "You are receiving this (email) because ...",
    # "Unsubscribe | Update your preferences", "Our mailing address is: ...".
    r"|^view (?:this email |it )?in (?:your )?browser\W*$|^you are receiving this (?:email |message )?because\b"
    r"|^unsubscribe\b|^our mailing address is\b"
    # A plea for money: "Support the Example Post from as little as £1".
    r"|^support (?:the |our )?.{1,40} from as little as\b|\bsupport (?:our|the \w+['’]s) journalism\b"
    # A podcast's plug: "Listen to the Example Daily podcast wherever you get your podcasts."
    r"|\bwherever you (?:get|listen to) your podcasts\b"
    r"|^(?:listen to|subscribe to|follow) (?:the |our )?.{1,40} podcast\b"
    # "Listen to our interview with Jo Roe in the latest episode of the Example podcast."
    r"|^\W*(?:listen to|subscribe to) [^.!?]{1,120}\b(?:podcast|episode) (?:embedded |player )?(?:above|below|here)\b"
    r"|^\W*listen to (?:our|the|[^.!?]{1,60}['’]s?) (?:interview|conversation|analysis)"
    r" [^.!?]{1,80}\b(?:podcast|episode)\b"
    # A social widget's call: "Do you back the mayor? Like the page:"; a sign-up box: "Enter your email address:".
    r"|(?:^|[?!]\s*)like (?:the|our|this|us on) (?:facebook )?page\W*$|^enter your e-?mail(?: address)?\W*$",
    re.I,
)
_AGENCY_CREDIT = re.compile(
    r"^(?:\(\(|[\[(])?\s*(?:with (?:inputs?|input|agency inputs?|wire inputs?)(?: from [^\])]*)?|inputs? from [^\])]*"
    # "- with Example Leader staff": the local newsroom's part in wire copy.
    rf"|[-–—]\s*with (?:{UPPER}[\w&.'’-]* ){{1,4}}staff"
    r"|(?:additional )?(?:reporting|writing|editing|compiled|edited|written) by [^\])]*"
    # A hat tip to the outlet a story was found in: "h/t: The Example Post", "(H/T Example News)".
    r"|h/t\b\s*:?\s*[^\])]{1,60}"
    r"|(?:source|sources|courtesy)\s*:\s*(?P<source>[^\])]{1,60}))\s*(?:\)\)|[\])])?\.?$",
    re.I,
)
#: A source credit names its sources; more lower-case words than this make it a headline's
#: "Sources: Veteran catcher agrees to one-year deal with Royals".
_SOURCE_CREDIT_COMMON_WORDS = 2


def _is_agency_credit(text: str) -> bool:
    found = _AGENCY_CREDIT.match(text)
    if found is None:
        return False
    source = found.group("source")
    if source is None:
        return True
    function_words = lexicon_for(DEFAULT_LANGUAGE).function_words
    common = [word for word in words_of(source) if word[:1].islower() and word.casefold() not in function_words]
    return len(common) <= _SOURCE_CREDIT_COMMON_WORDS


# "— With files from Reuters": the wire copy a local story drew on (a colleague's files, "With files
# from Jo Roe", are the newsroom's own reporting, credited in the article).
_FILES_FROM = re.compile(r"^[-–—]?\s*with files from (?P<source>.{2,60}?)\W*$", re.I)


def _is_bare_picture_credit(text: str) -> bool:
    """A picture agency's credit left on a line of its own when the picture was not scraped:
    "Getty.", "Getty Images", "Shutterstock/File". (A news outlet's name alone is its masthead.)"""
    # "Neilson Barnard via Getty Images.", "Jo Roe/Example Wire via Getty Images": the photographer,
    # then the agency that distributes the picture.
    photographer, via, agency = text.rpartition(" via ")
    if via and not _PHOTOGRAPHER.fullmatch(photographer.strip()):
        return False
    credit = agency if via else text
    if len(credit) > _LONGEST_PICTURE_CREDIT:
        return False
    name = _PICTURE_CREDIT_WORDS.sub("", credit.strip().rstrip(".").strip())
    return name.casefold() in _PICTURE_AGENCY_NAMES


_PICTURE_AGENCY_NAMES = frozenset(name.casefold() for name in photo_agencies())
#: A photographer's name, perhaps with the outlet they shoot for: "Mandel Ngan/AFP".
_PHOTOGRAPHER = re.compile(rf"{UPPER}[\w.'’-]*(?: {UPPER}[\w.'’-]*){{0,4}}(?: ?/ ?{UPPER}[\w.&'’ -]{{0,40}})?")
_LONGEST_PICTURE_CREDIT = max(map(len, _PICTURE_AGENCY_NAMES)) + len(" Pictures/File.")
#: What may follow the agency's name in a credit on its own: "Getty Images", "Alamy/File".
_PICTURE_CREDIT_WORDS = re.compile(r"(?:\s*/\s*file|\s+(?:images?|photos?|pictures?))$", re.I)


def _credits_wire_files(text: str) -> bool:
    found = _FILES_FROM.match(text)
    return found is not None and meta.outlet_from_credit(found.group("source")) is not None


# A picture or video credit in parentheses on a line of its own: "(Video by Jo Roe)", "(Photos: AP)".
_MEDIA_CREDIT = re.compile(
    r"^\((?:photos?|videos?|graphics?|illustrations?)(?: by| courtesy of|:) [^()]{1,60}\)\.?$", re.I
)
# A related link in parentheses on a line of its own: "(WATCH: Obamacare timeline)",
# "(Also on POLITICO: ...)", "(Government shutdown full coverage)".
_PARENTHESISED_TEASER = re.compile(
    rf"^\((?:{UPPER}[{CAPITAL} ]{{2,20}}|(?:also|more) on [^():]{{1,40}}"
    rf"|watch|read|see|listen|related)\s*:[^()]{{1,160}}\)\.?$"
    r"|^\([^()]{1,80}\bfull coverage\)\.?$"
    # "(See the full timeline of the rally below.)": a pointer to what the page shows elsewhere.
    r"|^\(see [^()]{1,100}\b(?:below|above)\.?\)\.?$"
    r"|^\[(?:related|see also|read more|more|watch)\s*:[^\[\]]{1,160}\]\.?$",
    re.I,
)
# "Copyright © 2017 Example News. All rights reserved.", "This material may not be published,
# broadcast, rewritten or redistributed."
COPYRIGHT_NOTICE = StartOrAnywhere(
    # "Copyright 2018 ...", "Copyright © ...", "Copyright Example News": not "Copyright lawyers said".
    r"^(?:copyright\b(?!\s+(?-i:[a-z]))|©|\(c\) \d{4})|\ball rights reserved\b"
    r"|^this material may not be (?:published|reproduced)"
    r"|^a version of this (?:article|story|report) appear(?:s|ed)\b"
    r"|^(?:[\w.-]+ ){1,3}transcripts are (?:created|produced)\b"
    # Reprint notices: "This article originally appeared on ...", "Republished with permission".
    r"|^(?:this (?:article|story|post|piece) (?:was )?(?:originally|first) (?:appeared|published|ran)"
    r"|(?:re)?published (?:here )?with permission|reprinted (?:here )?with permission"
    # "This story was produced in partnership with ...", "Distributed by Example Content Agency".
    r"|this (?:article|story|report|piece) was (?:produced|published|reported) in (?:partnership|collaboration) with"
    rf"|distributed by (?-i:{UPPER})"
    # "This article is republished from The Example Review under a Creative Commons license."
    r"|this (?:article|story|post|piece) (?:is|was) (?:republished|reprinted|reproduced) from\b"
    # "This article contains material republished from The Example Press under a syndication agreement."
    r"|this (?:article|story|report) contains (?:material|content) (?:republished|reproduced|from)\b"
    r"|this (?:article|story) (?:appeared|appears|ran) in (?:print|the print edition)\b)",
    re.I,
)
# How to reach the reporter: "Contact Jo Roe at jroe@example.com or 555-0100.", "To reach Jo Roe,
# call ...", "Follow Jo Roe on Twitter @jroe", or an e-mail address (and phone) alone.
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_CONTACT = re.compile(
    rf"^(?:contact|to reach|reach|write to|e-?mail) {UPPER}[\w.'’ -]{{1,60}}?(?:,|\s(?:at|by|via)\b)"
    rf".*(?:{_EMAIL}|\d{{3}}[-.) ]\d{{3}}[-.]\d{{4}})"
    # "Jo Roe can be reached at jroe@example.com."
    rf"|^{UPPER}[\w.'’ -]{{1,60}}? (?:can|may) be reached (?:at|by|via)\b.*(?:{_EMAIL}|\d{{3}}[-.) ]\d{{3}}[-.]\d{{4}})"
    # "Follow @ExampleNews", "Follow @ExampleOpinion or #tellexample": the newsroom's own accounts.
    r"|^follow @\w{1,30}(?:\s+(?:or|and)\s+[@#]\w{1,30})*\W*$"
    rf"|^follow (?!us\b){UPPER}[\w.'’ -]{{1,80}}? on (?:twitter|x|facebook|instagram|whatsapp|telegram|tiktok|threads"
    r"|bluesky|linkedin|youtube)\b"
    rf"|^{_EMAIL}(?:\s+or\s+[\d() .-]{{7,20}})?\.?$",
    re.I,
)
# "Bacon reported from McLean, Va.": where a reporter filed from, set off from the article; "Lee
# reported from Ames, Iowa; Roe, from Washington.": where each of two filed from.
REPORTED_FROM = re.compile(
    rf"^(?:{UPPER}[\w&.'’-]*(?: {UPPER}[\w&.'’-]*){{0,3}}['’]s? )?(?:{UPPER}[\w'’\-]+ )?{UPPER}[\w'’\-]+"
    rf"(?: and {UPPER}[\w'’\-]+(?: {UPPER}[\w'’\-]+)?)? reported from {UPPER}[\w .,'’\-]*"
    rf"(?:; (?:and )?{UPPER}[\w'’\-]+(?: {UPPER}[\w'’\-]+)?,? (?:reported )?from {UPPER}[\w .,'’\-]*)*\.$"
    # "Podcast produced by Jo Roe.", "Story by Jo Roe Video produced by Al Poe": who made each part.
    r"|^(?:(?i:story|text|reporting|video|audio|podcast|photos?|photographs?|photography|graphics?|illustrations?"
    r"|cinematography|editing|design|production)(?: (?i:produced|edited|shot|filmed|designed|directed))? "
    rf"(?i:by) {UPPER}[\w.'’-]*(?: {UPPER}[\w.'’-]*){{0,3}}[\s.;,]*)+$"
    # "This report was written by Jo Roe.": who wrote it, set off at the end.
    rf"|^[Tt]his (?:report|story|article) was (?:written|reported"
    rf"|compiled|produced) by (?:{UPPER}[\w.'’-]*\s?){{1,4}}\.?$"
)
# The newsroom asking for tips: "Got a news tip? Email ...", "Send us your tips at ...". (A police
# appeal, "Anyone with information is asked to call ...", is part of the story and stays.)
_TIP_LINE = re.compile(
    r"^(?:(?:if you have (?:a (?:news )?tip|a story)|(?:do you )?(?:have|got) a (?:news |story )?tip"
    r"|(?:have|got) a story\b"
    r"|see news (?:happening|breaking)\b"
    r"|send (?:us )?(?:your )?(?:news )?tips?|\W*for confidential support)\b"
    # "Do you have information about this story? Email ...", "Know more? Send us a message."
    r"|(?:do you have (?:more )?information (?:about|on) this (?:story|article)|know more)\?"
    # "Do you have a story for us? Contact the newsdesk on ...", "Got a news tip? Call ...": the
    # request at once (not "Have you got a tip? Police in Harlow are urging residents to call 101").
    r"|(?:do you have|have you got|got) an? (?:news )?(?:story|tip)(?: for us)?\?"
    r"(?=\s+(?:contact|call|e-?mail|send|get in touch|message|text|whatsapp)\b)"
    # "We want to hear from you. Send us your questions about ...": the newsroom asking readers.
    r"|we(?:'d| would)? (?:want|like|love) to hear from you\b"
    # A call-out to the people a story touches: "Have you been affected by ...? Get in touch: ..."
    r"|have you been (?:affected|impacted) by\b"
    # "Feedback? Email us at ...", "Welcome! Questions? Tips? Email me at ...": a newsletter's writer
    # asking (not "Comments? The council will hold a hearing ...": the request must follow at once).
    r"|(?:\w+!\s*)?(?:(?:feedback|questions|comments|tips|events)\?\s*)+"
    r"(?=(?:[^.!?]{0,60}[.!?]\s*)?e-?mail (?:us|me|[\w.+-]+@)))"
    rf".*(?:\d{{3}}[-.) ]\d{{3}}[-.]\w{{4}}|{_EMAIL}|\bcall\b|\bcontact\b|\bsend us\b|\bemail\b|\bwhatsapp\b"
    r"|\bget in touch\b)",
    re.I,
)
# A line that announces a video or recording below it: "Watch the exchange:", "Here's the clip:".
_VIDEO_INTRO = re.compile(r"^(?=.{0,80}:\s*$).*\b(?:video|clip|footage|watch|listen)\b", re.I)
# Share prices: "BP., +0.88% BP, +0.60%" (a line of them, or run into a paragraph).
_TICKER = rf"{UPPER}[{CAPITAL}.&]{{0,7}},?\s+[+\-−]\d+(?:\.\d+)?%"
_STOCK_TICKER = re.compile(rf"^(?:{_TICKER}\s*)+$")
_LABEL_OPENING = re.compile(r"^[\w'’ -]{1,30}:\s")
#: A score bar's cell: "FINAL DAL 24 NYG 17", "Final/OT", "3rd 08:42 KC 14 DEN 10".
_SCORE_BAR_CELLS = re.compile(r"\s+[|·•]\s+")
#: What a ticker writes: a code of two to four capitals ("NYG"), or anything with a figure ("3rd", "08:42").
_TICKER_TOKEN = re.compile(rf"{UPPER}{{2,4}}|\S*\d\S*")
#: Share of a score bar's words that are codes and figures: team names and scorers ("Ashford 2
#: Bexley 1 | ...", "HARWICK 2 (Reyes 14, Ode 77) | ...") are a results table's, in the story.
_MIN_TICKER_SHARE = 0.6


def _is_score_bar(text: str) -> bool:
    """A ticker of scores or figures in three cells or more between bars or dots, two of them with a
    figure, written in codes and figures rather than names: "FINAL DAL 24 NYG 17 | FINAL PHI 31 WSH 10"."""
    if _LABEL_OPENING.match(text):
        return False  # "Box score: PTS 31 · REB 12": a story's line, its label first
    cells = _SCORE_BAR_CELLS.split(text)
    tokens = text.replace("|", " ").replace("·", " ").replace("•", " ").split()
    coded = sum(bool(_TICKER_TOKEN.fullmatch(token)) for token in tokens)
    return (
        len(cells) >= 3
        and sum(any(c.isdigit() for c in cell) for cell in cells) >= 2
        and coded >= _MIN_TICKER_SHARE * len(tokens)
    )


# A market quote: a price or yield, then its signed change ("41.87 +1.12 (+2.75%)", "2.71% ▲0.04").
_PRICE_CHANGE = re.compile(r"\d(?:[\d,]*\.\d+)%?\s+[+\-−▲▼]\s?\d+(?:\.\d+)?%?(?:\s+\([+\-−]?\d+(?:\.\d+)?%\))?")
_LONGEST_QUOTE_LINE = 30
# A reading-time label, alone or after the outlet it credits: "4 min read", "Example Wire · 3 min read".
_READING_TIME = re.compile(r"(?:^|\s*[·|•–—-]\s*)\d{1,3}\s*(?:min(?:ute)?s?|m)\.?\s+read$", re.I)
#: An HTML tag a scrape left in a line: an opening tag with its attributes, a closing tag, or a
#: self-closing one ('<tweet id="1" author="@x">', '</tweet>', '<tweet/>', '<br>'). A tag's name opens
#: with a letter right after "<", so "<5%" and "a < b" are no tags.
MARKUP_TAG = re.compile(
    rf"</?[{CAPITAL}a-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=`]+))?)*\s*/?>"
)
STOCK_TICKER_INSIDE = re.compile(rf"(?<!\S)(?:{_TICKER}\s*)+(?!\S)")
# A photo caption as wire services write them: a scene, then the day it was taken, and
# nothing after the date ("Firefighters spray water on the warehouse, March 3, 2030.").
_CAPTION_DATE_END = re.compile(rf",\s+{_MONTH}\.?\s+\d{{1,2}},\s+(?:19|20)\d\d\.?(?:\s+\([^()]{{1,80}}\))?$")
# A note on who wrote the piece, set off from it: "The author is a Reuters Breakingviews columnist."
_AUTHOR_NOTE = re.compile(
    r"^(?:the (?:author|writer)s? (?:is|are|was|were) (?:a |an |the )?\w+"
    r"|\w+ \w+ is an? \w+ (?:columnist|contributor)\b"
    # "Jo Roe is a staff writer at Example News. Contact her at ...": a reporter's note, with where to reach them.
    rf"|{UPPER}\w+ {UPPER}\w+ (?:is|covers) .{{0,80}}\b(?:contact|reach|email|follow) (?:him|her|them)\b"
    # "About Helen: Helen Ashdown spent eleven years ...", "About the author: ..."
    rf"|about (?:the (?:author|writer)|(?-i:{UPPER}[\w'’-]+(?: {UPPER}[\w'’-]+)?))\s*:\s+(?-i:{UPPER})"
    # A reporter's beat closing the page: "Jo Roe covers courts for Example News.", "Jo Roe has
    # covered city hall since 2004." (Their job and outlet: metadata.REPORTER_BIOGRAPHY.)
    rf"|(?-i:{UPPER}[\w'’-]+ {UPPER}[\w'’-]+) (?:covers|has covered|writes about|reports on) [^.]{{3,80}}"
    rf" (?:for (?-i:{UPPER})|since (?:19|20)\d\d\b)"
    # "Jo Roe is our Ireland correspondent.": the page's note on its own reporter.
    rf"|(?-i:{UPPER}[\w'’-]+(?: {UPPER}[\w'’-]+){{1,2}}) is (?:our|the paper['’]s|the site['’]s) (?:[\w-]+ ){{0,3}}"
    r"(?:correspondent|reporter|editor|writer|columnist)\b"
    # "Jo Roe covers city hall. She joined the Courier in 2019 ...": a beat, then the reporter's career.
    rf"|(?-i:{UPPER}[\w'’-]+ {UPPER}[\w'’-]+) covers [^.]{{3,60}}\.\s+(?-i:He|She|They)"
    r" (?:joined|has (?:worked|reported|written)|previously|was previously)\b)",
    re.I,
)
#: A name in capitals, its words joined by small words ("University of Leeds").
_CAPITALISED_NAME = rf"{UPPER}[^\s.]*(?:\s+(?:of|for|and|the|{UPPER}[^\s.]*))*"
# Where a story came from, under it: the label over a press release's credit or a study's
# reference ("Story Source:", "Journal Reference:"), the credit ("Materials provided by ..."), and
# a reference itself: a DOI, or a journal's year, volume and pages ("2015; 12 (3): 211-219").
_SOURCE_NOTE = StartOrAnywhere(
    r"^(?:story|journal|study|original|press release) (?:source|reference|citation)s?\s*:\s*$"
    # "Journal reference: Rao A., Whitlam K. and Osei F. (2013), …": the label and the reference on one line.
    r"|^(?:journal|study) (?:reference|citation)s?\s*:\s*\S"
    rf"|^materials? (?:provided|supplied) by (?:the )?(?-i:{_CAPITALISED_NAME})\.(?:\s.*)?$"
    r"|\bdoi\s*:\s*10\.\d{4,9}/\S+|\bdoi\.org/10\.\d{4,9}/"
    r"|\b(?:19|20)\d\d\s*;\s*\d+\s*(?:\(\s*\d+\s*\))?\s*:\s*e?\d+(?:\s*[-–]\s*\d+)?\b",
    re.I,
)
_CATEGORY = re.compile(r"^(?:[—–\-•|]\s*)?(?:categor(?:y|ies)|tags?|topics?|filed under|sections?|keywords)\s*:", re.I)
_ADVERTISEMENT = StartOrAnywhere(
    r"^\(?(?:advertisement|sponsored(?: content)?|ad|story continues below(?: advertisement)?"
    r"|continue reading(?: below)?|scroll to continue(?: with content)?)\W*$"
    r"|\bcontinue reading the main story\b"
    # A slot the advertisement did not fill: "This advertisement has not loaded yet, but your article continues below."
    r"|^(?:this )?advertisement has not loaded\b"
    r"|\b(?:story|article) continues (?:below|after (?:this|the) (?:ad|advertisement))\W*$"
    # A paid teaser among the paragraphs: "Sponsored: Earn up to 11% on your savings", "Promoted | ...".
    r"|^(?:sponsored|promoted|paid (?:content|post)|advertorial|partner content)\s*[:|\-–—]\s*\S"
    # A paid teaser's label after its advertiser: "Doctors Stunned: ... Health Digest | Sponsored".
    # ("promoted" is a league's word too: "Champions: Harwick United · promoted".)
    # (One separator: "Ad · Paid partnership · Sponsored" lists labels.)
    # (A dash only with spaces round it: "The attack was state-sponsored." is the story's.)
    r"|^[^|·•]*\S(?:\s*[|·•]\s*|\s+[—–-]\s+)"
    r"(?:sponsored(?: content)?|paid (?:content|post)|advertorial|partner content)\W*$",
    re.I,
)
# A correction the editors appended: "This story has been corrected to show ...", "Correction: ...".
_CORRECTION = re.compile(
    r"^(?:this (?:story|article|report|post) (?:has been|was) (?:corrected|updated to correct)"
    # "Correction:", "Correction, 11 March 2022:", "Clarification (May 3):"
    r"|corrections?(?:[,\s(][^:.]{0,30})?\s*:"
    r"|clarifications?(?:[,\s(][^:.]{0,30})?\s*:"
    r"|editor['’]?s[\s’']?notes?\s*:"
    # "An earlier version of this story misstated ...", "This article was amended on 4 March 2030 to ..."
    r"|(?:an|the) (?:earlier|previous) version of this (?:story|article|report|post|headline|caption)\b"
    r"|this (?:story|article|report|post) was amended on\b)",
    re.I,
)
# What the page says of itself rather than of the news: a story still being written, a share
# counter, an opinion disclaimer, a note to the reader's browser or cookies.
_PAGE_NOTICE = StartOrAnywhere(
    r"^this (?:story|article|report|post) (?:has been|was) updated\W*$"
    # "This story has been updated with additional information.", "... to include comment from ..."
    r"|^this (?:story|article|report|post|piece) (?:has been|was) updated (?:with|to include|to reflect|to note)\b"
    # "Updated at 6:45 p.m. with additional details.": the same note, opening with its time.
    r"|^updated (?:at|on) [^!?\d]{0,20}\d[^!?]{0,20}? (?:with|to include|to reflect|to note|to add|to correct)"
    # ... but not "... to add that the road has reopened": what the update says is news.
    r"(?! that\b)(?:\s+[^\s!?,;]+){1,6}\W*$"
    r"|^this (?:story|article|report) is part of (?:a|an|our)\b"
    r"|^(?:this is an? (?:developing|breaking)(?: news)? story"
    r"|this (?:story|article|report) (?:is developing|will be updated|is being updated)"
    r"|check back (?:later |soon )?for (?:updates|more)|refresh (?:this page )?for (?:updates|the latest))\b"
    r"|^this (?:story|article|post|video) has been shared [\d,.]+k? times\W*$"
    r"|^(?:opinion\s*:\s*)?the (?:views|opinions) expressed (?:in this [\w-]+ |here |above )?are"
    r" (?:those of the \w+|(?:the|solely the) \w+'?s?'? own)\b"
    r"|\byour (?:browser|device) (?:does not|doesn['’]t|cannot|can['’]t) (?:support|play|display)\b"
    r"|\b(?:requires|please enable|you (?:need|must) (?:to )?enable) javascript\b|\bupdate your browser\b"
    r"|^we use cookies\b|\bcookie (?:policy|settings|preferences)\b|^this (?:site|website) uses cookies\b"
    # A consent banner naming the site: "The Example Courier and our partners use cookies ...",
    # "You can accept or manage your choices by clicking below ...".
    r"|\band our (?:\w+ )?partners use cookies\b|^you can accept or manage your (?:choices|preferences)\b"
    r"|^update your (?:privacy )?(?:settings|preferences) (?:here )?to (?:see|view) (?:it|this)\b"
    # What a page shows instead of the article: a failed embed, a paywall, a consent or robot check,
    # an error page.
    r"|^something went wrong(?:\W*$|[,.!]|\s+(?:but|please|on our end|while loading))"
    r"|^try reloading\W*$|^(?:get|for) unlimited (?:digital )?access\b"
    r"|^(?:subscribe|log in|sign in|register) to (?:continue|keep) reading\b|^already a subscriber\b"
    r"|\bthe page you (?:are|were|'re) looking for (?:does not|doesn't|could not|cannot|can't|may not|no longer)\b"
    r"|^(?:page|article) not found\W*$|^we and our (?:\d+ )?partners\b|^we value your privacy\W*$"
    r"|^please verify (?:that )?you(?:'re| are) (?:not a robot|a human)\b|^invalid email address\b"
    r"|^your browser is (?:out of date|not supported|outdated)\b|^read the full (?:story|article) (?:at|on)\b"
    # The whole notice, or an instruction after it ("... browser. Please upgrade"), not "You are using an
    # outdated browser if ...", "..., the bank's site insisted".
    r"|^you(?:['’]re| are) using an? (?:outdated|old|older|out-of-date|unsupported) (?:version of (?:your |a )?)?"
    r"(?:web )?browser(?:\W*$|[.!]\s+(?:please|update|upgrade|to |for |some |click|you may|download)\b)"
    r"|^access denied\b|^(?:403|404) (?:forbidden|not found)\b"
    r"|^an error (?:has )?occurred[.!]*\s*(?:$|please\b|try again\b)"
    r"|^this (?:article|page|story) (?:has been|is) archived\b"
    r"|^(?:poll|quiz|survey)\s*:\s*\S.{0,120}\?$"
    r"|\bwill (?:continue to )?update this (?:story|post|article|page)\b"
    r"|^this (?:article|story) is free to read\b|\bregister for (?:unlimited|free) access\b"
    # The site's footer: "Powered by Example CMS", "Our Standards: The Example Trust Principles."
    r"|^(?:comments )?powered by \S|^our standards\s*:"
    # A blog's like button with nothing loaded ("Like Loading..."), an author's disclosure of holdings.
    r"|^like\s+loading\W*$|^disclosure\s*:\s*(?:the author|i|we)\b"
    # "This interview has been edited for length and clarity."
    r"|^(?:this|the) (?:interview|conversation|transcript|q&a|exchange) (?:has been|was|have been)"
    r" (?:lightly )?(?:condensed|edited)\b"
    # A reader's comment under the article: "Kiwi_Dave says: February 19, 2014 at 10:02 am ..."
    rf"|^[\w.@-]{{2,30}} says:\s+(?:{_MONTH})\.? \d{{1,2}}, \d{{4}} at \d{{1,2}}:\d{{2}}"
    r"|^this video (?:is|has become) (?:unavailable|no longer available)\b"
    r"|^(?:sorry, )?this (?:video|content) is (?:not|no longer) available in your (?:region|country|location)\b"
    # A note on what an update added: "UPDATE 6:40 p.m.: This story now includes comments from ...".
    r"|^updated?\b.{0,30}?:\s+this (?:story|article|post|report) (?:now |has been )?(?:includes|updated)\b"
    r"|\bflash (?:player|plug-?in)\b"
    # An archive's note on its copy: "[Archived 9 Nov 2013 — snapshot of example.com ...]".
    r"|^\[?(?:archived(?: copy)?\b|this page (?:was|has been) (?:archived|saved|captured)\b)"
    # Metered paywalls, comment sections and syndicated copy speaking of themselves.
    r"|^you(?:['’]ve| have) read \d+ of (?:your )?\d+ (?:free )?(?:articles|stories)\b|^already a subscriber\b"
    r"|^(?:sorry,? )?comments (?:are (?:now )?(?:moderated|closed)(?: (?:for|on) this (?:post|story|article|entry))?"
    r"|on this (?:story|article) (?:are|have been) (?:now )?closed)(?:\W*$|[.!]\s)"
    r"|^disclaimer\s*:\s*comments\b|\bhas not been edited by .{1,40} staff\b"
    r"|\bfrom an? (?:syndicated|wire|(?:wire |news )?agency) feed\b"
    # A page's own notes on its links and on the reader's ad blocker.
    r"|^(?:these|this) (?:are|is an?) external links? (?:and|which|that) will open in a new (?:window|tab)\b"
    r"|\b(?:we(?:['’]ve| have) noticed|it (?:looks|seems) like) you(?:['’]re| are) using an ad[- ]?blocker\b"
    # A sponsor's label over the article: "Supported by", "Presented by" on a line of their own.
    r"|^(?:supported|presented|sponsored|brought to you) by\W*$"
    # A blog's buttons and counters: "Click to email this (Opens in new window)", "Like this: Like
    # Loading...", "« Previous Post Next Post »", "(Visited 1,234 times, 1 visits today)".
    # (Every floating alternative opens with \b, which lets re skip through a line fast.)
    r"|\b(?<=\()opens in (?:a )?new (?:window|tab)\)|^like this\s*:(?:\s*like\b|\s*$)|^share this\s*:?\s*$"
    r"|^«?\s*previous (?:post|article|story)\b.{0,80}\bnext (?:post|article|story)\b"
    r"|^\(visited [\d,]+ times?\b|^\[embedded content\]\W*$"
    r"|^have something to add\b.{0,60}\bcomments?\b|\byou (?:must|need to|have to) enable cookies\b"
    # A comment section's rules, a blog's entry footer, a site's legal footer.
    r"|^we welcome (?:your |readers?['’]? |respectful |civil )?comments\b"
    r"|^welcome to the (?:discussion|conversation|comments)[.!]"
    # "By posting your comment you agree to our house rules.", "The comments below have not been
    # moderated.", "Commenting policy: …", "Commenting is subject to our terms of use."
    r"|^by (?:posting|submitting) (?:a |your )?comments?\b|^the comments? below (?:have|has) not been\b"
    r"|^comment(?:ing|s)? (?:policy|guidelines|rules)\s*:|^commenting is subject to\b"
    # A comment form asking the reader to log in: "Sign in to post a message.", "Log in to comment".
    r"|^(?:sign|log) in (?:to|and) (?:post|comment|reply|join the (?:discussion|conversation))\b"
    # Whose views the comments are: "The views expressed in the contents above are those of our users ...".
    r"|^the (?:views|opinions) expressed (?:in|on|here|above|below)\b.{0,60}\b(?:users|readers|commenters)\b"
    # "Commenting is closed for this article.", "Please read our commenting guidelines before posting."
    # On a line of their own (not "Commenting is closed on the council's Facebook page after ...").
    r"|^commenting (?:is|has been) (?:now )?(?:closed|disabled|turned off)"
    r"(?: (?:for|on) this (?:article|story|post|page))?\W*$"
    r"|^(?:please )?read our (?:commenting|comments?|community) (?:guidelines|rules|policy|standards)"
    r"(?: before (?:posting|commenting|you (?:post|comment))| for more information| here)?\W*$"
    # A comment form's own text, opening its line: "Your email address will not be published.
    # Required fields are marked *", "Save my name, email, and website in this browser ...",
    # "Comments are moderated." (not "Comments are moderated by two volunteers on the town's page").
    r"|^your e-?mail(?: address)? will not be published\b|^required fields are marked\s*\*"
    r"|^save my name,? e-?mail,?(?: and website)? in this browser\b"
    r"|^comments? (?:are|is) moderated(?: before (?:they|it) (?:appears?|(?:is|are) published))?\W*$"
    # A reader-funded page's appeal: "Thank you for reading. Please consider supporting ...",
    # "Please consider subscribing to the Courier" (not "Consider subscribing to a fare alert").
    r"|^thank(?:s| you) for reading[.!]\s+(?:please|consider|support|subscribe|become|if you)\b"
    r"|^(?:please )?consider (?:supporting|subscribing to|donating to|becoming a (?:subscriber|member|supporter)"
    rf" of) (?:us\b|our\b|(?-i:{UPPER}))"
    # A page asking to be told of its own errors: "Spotted a mistake? Let us know." (not "Found an
    # error on your credit report? ...", the story's advice).
    r"|^(?:spot|spotted|seen?|found|notice[d]?) (?:an? )?(?:error|mistake|typo)(?: in (?:this|our) (?:story|article"
    r"|report|post))?\?\s+(?:let us know|let our \w+ know|tell us|contact us|email us|report it)\b"
    r"|^this (?:site|page|form) is protected by recaptcha\b"
    # The page asking the reader to react: "Like this story? Share it", "Found a typo? Report it".
    r"|^(?:like|enjoy(?:ed)?|love) this (?:story|article|post)\?"
    r"|^did you (?:find|enjoy|like) this (?:story|article|post)\b"
    r"|^found an? (?:typo|error|mistake)\?|^get (?:push )?notifications\b"
    r"|^this entry was posted (?:on|in)\b|\bfollow any responses to this entry\b"
    r"|^terms under which this service is provided\b|^read our privacy (?:guidelines|policy|notice)\b"
    # A page's widgets, paywall and consent prompts, and its notes on the copy itself.
    r"|^link copied\b|^video player is loading\b|\bjavascript is (?:disabled|turned off|not enabled)\b"
    r"|^by (?:signing up|subscribing|registering|clicking)\b.{0,60}\byou agree\b"
    r"|^this (?:content|embed) is blocked\b|\byou have not accepted .{0,30}cookies\b"
    r"|^this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) (?:paying )?subscribers(?: only)?\W*$"
    r"|^(?:please )?(?:log in|sign in|register)(?: or (?:register|sign up|subscribe))? to (?:continue|keep) reading\b"
    r"|^create an? (?:free )?account to (?:read|continue|keep reading)\b"
    r"|^comments (?:have been|are) (?:disabled|turned off|switched off)\b|\bin the comments(?: section)? below\W*$"
    r"|^this (?:report|story|article) by .{1,60} was first published\b"
    # A blog feed's footer naming its site last (metadata.FEED_FOOTER).
    rf"|{meta.FEED_FOOTER.pattern}"
    r"|^this (?:audio|summary|article) (?:is|was|has been) (?:automatically |auto-?|ai-?)generated\b"
    r"|^this (?:article|story) (?:has been|was) translated from\b"
    r"|^if (?:this|the) (?:story|article|report) has raised (?:any )?issues for you\b"
    r"|^sorry,? this (?:page|content|video|article) (?:could not|couldn['’]t|can['’]t|cannot) be"
    r" (?:loaded|displayed|shown)\b"
    r"|^to contact the (?:reporter|editor|writer)s? (?:responsible for|on|of) this (?:story|article)\b"
    r"|^you (?:must|need to|have to) (?:be )?(?:signed|logged) in to (?:comment|post|reply|continue|read)\b"
    r"|\bis best viewed (?:with|in|at|using|on)\b"
    # A market widget's small print: "Market data delayed by 15 minutes.", "Quotes delayed at least 20 min."
    r"|^(?:market |stock |price )?(?:data|quotes|prices) (?:is |are )?delayed"
    r" (?:by )?(?:at least )?(?:up to )?\d+\s*min"
    # Who paid for the page, in its own words: a grant-funded report's note, an affiliate
    # disclaimer, a sponsor's content, a reader-funded site's appeal.
    r"|^this (?:article|story|report|reporting|coverage|project|series|piece|content) (?:was|is) (?:produced|made"
    r" possible|supported|funded|published|created|written|paid for) (?:with|by|through|thanks to) (?:the )?"
    r"(?:support|funding|a grant|grants|a donation|(?:an? |our )?(?:commercial|advertising|brand|paid) partner)\b"
    r"|\b(?:we|the \w+|this (?:site|website|page)) (?:may|might|could|will) (?:earn|receive|get|make) (?:an? )?"
    r"(?:small )?(?:affiliate )?(?:commission|fee|share of (?:the )?(?:sales?|revenue))\b"
    r"|\bnot by the (?:newsroom|editorial (?:team|staff|department))\b"
    r"|\bwe have a (?:small )?favou?r to ask\b|\b(?:independent and )?reader[- ](?:funded|supported)\b"
    # A broadcast transcript's notes on itself: "THIS IS A RUSH TRANSCRIPT.", "Transcript prepared by ..."
    r"|^this is an? (?:rush|unedited|uncorrected) transcript\b"
    r"|^(?:this )?transcript (?:was )?(?:prepared|supplied|provided|produced) by\b"
    r"|^this transcript (?:is provided|may not be|has not been)\b"
    # A picture, video or chart the scrape left as a placeholder: "[Photo]", "[Video]".
    r"|^\[(?:photo|video|image|graphic|gallery|audio|map|chart|embed|interactive)s?\]\W*$"
    # ... or says why it is missing: "[Graphic not displayed in this version]", "[Video unavailable]".
    r"|^\[(?:photo|video|image|graphic|gallery|audio|map|chart|embed|interactive)s? (?:is |are )?(?:not |no longer |un)"
    r"(?:available|displayed|shown|supported)\b[^\]]{0,60}\]\W*$"
    # An embedded video player's own text: its shortcut help, history note and errors.
    r"|^press shift question mark\b|^this is a modal window\b|^(?:beginning|end) of dialog window\b"
    r"|^this modal (?:window )?can be closed\b"
    r"|\bvideos you watch may be added to the tv['’]s watch history\b"
    r"|^an error occurred while retrieving sharing information\b|^if playback doesn['’]t begin shortly\b"
    # A metered paywall's count, a consent line, a player's apology.
    r"|^you(?:['’]ve| have) reached (?:your|the) (?:limit|maximum)\b.{0,40}\b(?:articles|stories)\b"
    r"|^by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b"
    r"|^we(?:['’]re| are) sorry,? (?:but )?(?:we (?:couldn['’]t|could not|can['’]t|cannot) (?:load|play|show)"
    r" (?:this|the) (?:video|content|page|feature|media|player)|this (?:feature|video|content|page) is"
    r" (?:currently )?(?:unavailable|not available))\b",
    re.I,
)
# Text a video player leaves behind: "1 of 50 Full Screen Autoplay Close Skip", "Skip in Skip x Embed x Share".
_PLAYER_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, _LEXICON.widget_labels)) + r")\b", re.I)
# Any control label, written as a control is: capitalised ("See Gallery", "HIDE CAPTION", "Close").
WIDGET_LABEL = re.compile(
    rf"\b(?={UPPER})(?i:"
    + "|".join(map(re.escape, sorted((*_LEXICON.widget_labels, *_LEXICON.widget_control_words), key=len, reverse=True)))
    + r")\b"
)
# An AP live blog's opening: "NEW ORLEANS (AP) — The Latest on ... (all times local):".
_LIVE_BLOG_STANDFIRST = re.compile(r"\bThe Latest on\b.*\(all times local\):?$")


def line_reason(text: str, latin_document: bool) -> RemovalReason | None:
    """Why ``text`` is furniture judging by the line alone, or ``None`` if it may be article text."""
    # A byte-order mark or zero-width space a scrape left before a line hides nothing of what it is,
    # nor do no-break spaces between its words ("Follow\u00a0Example\u00a0News on Twitter").
    text = text.lstrip(_INVISIBLE).replace("\u00a0", " ")
    for reason, test in LINE_RULES:
        if test(text):
            return reason
    opened = _furniture_opener(text)
    if opened is not None:
        return opened
    if latin_document and len(words_of(text)) <= 6 and not is_latin(text):
        return "navigation"  # a language-switch link ("read in Hindi") on an English page
    return None


_INVISIBLE = "\ufeff\u200b\u2060"


def _furniture_openers() -> dict[str, RemovalReason]:
    """Every language's furniture phrases (``furniture_openers.txt``): cleaning runs before the
    article's language is known."""
    reasons = get_args(RemovalReason)
    table: dict[str, RemovalReason] = {}
    for language in available_languages():
        for phrase, reason in lexicon_for(language).furniture_openers.items():
            if reason not in reasons:
                raise ValueError(f"{language}/furniture_openers.txt: {reason!r} is not a removal reason")
            table[phrase] = cast(RemovalReason, reason)
    return table


_OPENERS = _furniture_openers()
#: The phrases that open a line: a label ("lesen sie auch:") or the start of a notice ("wir verwenden cookies…").
_LABEL_OPENERS = {phrase.rstrip("…"): reason for phrase, reason in _OPENERS.items() if phrase.endswith((":", "…"))}
_LABEL_OPENER = re.compile(
    "|".join(re.escape(phrase) for phrase in sorted(_LABEL_OPENERS, key=len, reverse=True)) or "(?!)"
)
_LONGEST_OPENER = max(map(len, _OPENERS), default=0) + len(" ...")
#: How long a line a label of a language's furniture may open.
_LABELLED_LINE_WORDS = 40


def _furniture_opener(text: str) -> RemovalReason | None:
    """Why a line is furniture by the phrase it is, or opens with ("Artikel teilen", "Lire aussi :
    ...", "Wir verwenden Cookies, um ..."), in any language's ``furniture_openers.txt``."""
    if len(text) <= _LONGEST_OPENER:
        whole = collapse_whitespace(text.casefold()).rstrip(" .!›»>|")
        if whole in _OPENERS:
            return _OPENERS[whole]
    if len(text.split()) > _LABELLED_LINE_WORDS:
        return None
    # Only a line's start can hold its label; French sets a space before the colon ("Lire aussi :").
    head = collapse_whitespace(text[: 2 * _LONGEST_OPENER].casefold())
    unspaced = re.sub(r"\s+:", ":", head)
    label = _LABEL_OPENER.match(unspaced)
    return _LABEL_OPENERS[label.group()] if label is not None else None


# A live blog's time stamp on a line of its own: "10 a.m.", "9:15 p.m.".
_LIVE_TIME = re.compile(
    # A live blog's time stamp ("9:15 a.m.") and its note on the clock ("All times are Eastern.").
    # "Updated: 12:45 a.m. ET": a stamp giving the time of day only.
    r"^(?:(?:last )?updated|posted|published|modified)?:?(?:\s+at)?"
    rf"\s*\d{{1,2}}(?::\d{{2}})?\s*[ap]\.?\s?m\.?(?:\s+{UPPER}{{1,4}})?$"
    # A broadcast transcript's time code: "[19:08:40]".
    r"|^[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]$"
    rf"|^\(?all times (?:are )?(?:local|[{CAPITAL}a-z]+|{UPPER}{{2,4}})\)?\.?$",
    re.I,
)


#: A note on who wrote an opinion piece, closing it: "Jo Roe is a senior fellow at the Example
#: Institute.", "Al Poe, a law professor, is a member of our Board of Contributors.", "Jo Roe edits
#: the Example column for the Example Post." Only where it closes the page (``passes.py``): the
#: same words in a news story's middle describe someone the story is about.
#: The writer's name, and what they are set off by commas after it ("Al Poe, a law professor,").
_WRITER = rf"^(?P<name>(?-i:{UPPER}[\w'’-]+(?: (?:{UPPER}\.|{UPPER}[\w'’-]+)){{1,3}}))(?:, [^,]{{3,80}},)?"
WRITER_NOTE = re.compile(
    _WRITER
    # "is the author of Public Policy Hooligan" (a title), "a senior fellow at" (not "was mourned by
    # fellow officers"): the writer's standing now, not what the story says of someone.
    + rf" (?:(?:is|has been) [^.!?]{{0,60}}?\b(?:author of (?-i:[{CAPITAL}\"“])"
    r"|co-author|columnist|contributors?|editor"
    r"|editor-in-chief|editor-at-large|historian|professor|fellow (?:at|of|with)|founder|co-founder|writer"
    r"|journalist|commentator|scholar|lecturer)\b"
    r"|(?:edits|writes|co-hosts|hosts) [^.!?]{1,80}\bfor\b)",
    re.I,
)
#: "James M. Danko is president of Butler University": a name, then what the person is at a body.
#: Only a note on the writer when the page names that person nowhere else (``passes``): an
#: op-ed's writer is never in its story.
HOLDER_OF_ROLE = re.compile(
    _WRITER
    + r" is (?:a |an |the )?(?:[\w-]+ ){0,2}?"
    + f"(?:{'|'.join(sorted(_LEXICON.titles, key=len, reverse=True))})"
    + rf" (?:of|at|for) (?-i:(?:the )?{UPPER})",
    re.I,
)
#: A dateline opening an article's first paragraph: "SYRACUSE, N.Y. - ", "LIEGE, Belgium, March 16 (Reuters) - ".
DATELINE_OPENING = re.compile(
    rf"^(?:{UPPER}{{2}}[{CAPITAL}.'’\-]*(?:\s+{UPPER}{{2}}[{CAPITAL}.'’\-]*)*(?:,\s*{UPPER}[\w.]*(?:\s+{UPPER}[\w.]*){{0,2}})?"
    # Reuters' date after the place: "LIEGE, Belgium, March 16 (Reuters) - ".
    rf"(?:,\s*(?:{meta.MONTH_PATTERN})\.?\s+\d{{1,2}})?\s*"
    r"(?:\([^()]{1,40}\))?|\([^()]{1,40}\))\s*(?:--|—|–|-)\s+(?=\S)"
)
#: Longest writer's note, in words.
WRITER_NOTE_WORDS = 80
# A press release as a distribution wire sends it out: its dateline names the wire ("LAGOS, March
# 14, 2019 /PRNewswire/ --", "STAMFORD, Conn.--(BUSINESS WIRE)--", "/CNW/", "/GLOBE NEWSWIRE/").
RELEASE_WIRE = re.compile(
    r"/\s*(?:PRNewswire(?:-\w+)?|GLOBE NEWSWIRE|CNW|EINPresswire(?:\.com)?|PRWeb)\s*/"
    r"|\((?:BUSINESS WIRE|ACCESSWIRE|Newsfile Corp\.?|PRWEB|MARKETWIRE)\)",
    re.IGNORECASE,
)
# The heading that opens a release's closing boilerplate: the company's profile ("About Example
# Haulage Limited"), the legal notice, or whom the press may call.
RELEASE_TRAILER = re.compile(
    r"^(?:about\s+(?-i:[A-Z])\S*(?:\s+\S+){0,7}"
    r"|(?:cautionary (?:note|statement)\b.{0,60}|forward[- ]looking statements?|safe harbou?r(?: statement)?)"
    r"|(?:(?:media|press|investor|investor relations|company)\s+)?(?:contacts?|enquiries|inquiries)"
    r"|for (?:further|more) information|notes? to editors?)\s*:?$",
    re.IGNORECASE,
)
_TWO_LETTERS_OR_DIGITS = re.compile(r"[^\W_][^\r\n]*?[^\W_]")
#: A social account's handle on a line of its own: what an embedded post's byline leaves ("@jroe.").
_HANDLE_ALONE = re.compile(r"@\w{1,30}\.?")


def _is_social_embed(text: str) -> bool:
    # ".@handle ..." opens a tweet that starts with a mention (the full stop makes it public).
    return (
        bool(TWEET_SIGNATURE.match(text) or _AGENCY_TWEET.match(text) or _SOCIAL_FURNITURE.match(text))
        or text.startswith(".@")
        or bool(_HANDLE_ALONE.fullmatch(text))
        or (text.startswith("#") and len(re.findall(r"(?<!\w)#\w+", text)) >= 2)
    )


def _whole_words(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``phrases`` as whole words; a trailing "*" stands for any ending ("subscrib*")."""
    return re.compile(r"\b(?:" + stem_phrases(phrases) + r")\b", re.I)


_PAGE_SELF_REFERENCE = _whole_words(_LEXICON.page_self_references)
_PAGE_ACTION = _whole_words(_LEXICON.page_actions)
#: Any form of a speech verb after the line's first word ("Neighbours say", "the ministry
#: promises", "one tenant wrote"): the news telling of what someone asked, not the page asking.
_REPORTING_VERB = re.compile(r"(?<=\s)(?:" + alternation(sorted(_LEXICON.speech_verbs)) + r")\b", re.I)
_DOUBLE_QUOTATION_MARKS = re.compile('["“”„«»]')
#: A columnist's "I" outside quotation marks: a column's own voice, not the page's.
_FIRST_PERSON_SINGULAR = re.compile(r"\bI\b")
#: Longest line read as the page speaking of its own pages or newsroom.
_PAGE_PROMPT_WORDS = 25
#: The page turning to its reader: "you", "please", "we encourage", an address or a number to write or call.
_ADDRESSING_THE_READER = re.compile(
    rf"\b(?:you|your|please|we (?:encourage|invite|welcome|want))\b|{_EMAIL}|\d{{3,4}}[ -]?\d{{3}}[ -]?\d{{3,4}}", re.I
)
_SOURCE_PREPOSITION = re.compile(r"\b(?:" + alternation(sorted(_LEXICON.source_prepositions)) + r")\b", re.I)


def _names_its_publisher(text: str) -> bool:
    """A line saying which firm publishes the outlet: "The Example Sentinel is a Harrow Media
    publication.", "Example Evening Mail is part of Example Regional Media. © 2022 Example Regional
    Media Ltd." (a footer's; without its copyright, "is part of" may be news: "The Example Gazette
    is part of Iliffe Media" in a story of its sale). The subject is named as a paper is (ending in
    "Sentinel", "Mail": not "Mirror Lake", "The Post Office") and the publisher as a firm (ending
    in "Media", "Group", "Ltd": not "part of the problem")."""
    found = _PUBLISHER_LINE.match(text.strip())
    if found is None:
        return False
    outlet, firm = found.group("outlet"), found.group("firm") or found.group("owner")
    # Beside its copyright, any name made like an outlet's will do ("... Evening Mail").
    paper = meta.known_outlet(outlet) is not None or meta.named_as_outlet(re.sub(r"^The ", "", outlet).split())
    paper = paper or (found.group("owner") is not None and meta.is_outlet_name(outlet))
    return paper and meta.names_a_firm(firm)


_PUBLISHER_LINE = re.compile(
    rf"^(?P<outlet>(?:The )?{UPPER}[\w&.'’-]*(?: {UPPER}[\w&.'’-]*){{0,5}}) is "
    rf"(?:(?:a|an) (?P<firm>{UPPER}[\w&.'’-]*(?: (?:&|{UPPER}[\w&.'’-]*)){{0,4}}) publication"
    r"\.?$"
    rf"|part of (?:the )?(?P<owner>{UPPER}[\w&.'’-]*(?: (?:&|{UPPER}[\w&.'’-]*)){{0,5}})\.?\s+©.*$)"
)


def _is_page_speaking_of_itself(text: str) -> bool:
    """The page naming its own pages or newsroom ("our articles", "our newsroom") with something a
    reader does with a page, turning to the reader: "We encourage all readers to share their views
    on our articles.", "Do you have a story? Call or WhatsApp our newsroom on ...". Only in a short
    line that quotes no one, reports no speech, cites no source and is not a columnist's ("Our
    newsroom has won the state press award" tells the news)."""
    return (
        len(words_of(text)) <= _PAGE_PROMPT_WORDS
        and _PAGE_SELF_REFERENCE.search(text) is not None
        and _PAGE_ACTION.search(text) is not None
        and _ADDRESSING_THE_READER.search(text) is not None
        and _SOURCE_PREPOSITION.search(text) is None
        and _DOUBLE_QUOTATION_MARKS.search(text) is None
        and _FIRST_PERSON_SINGULAR.search(text) is None
        and _REPORTING_VERB.search(text) is None
    )


def _is_wire_marker_line(text: str) -> bool:
    return not WIRE_MARKER.sub("", text).strip() or bool(_DESK_INITIALS.match(text) or _WIRE_UPDATE_NOTE.match(text))


# A wire story's end mark, and its note on what a new version changed: "-30-", "(Adds quote from
# police in paragraphs 5-6)", "(Corrects spelling of name in paragraph 3)".
_WIRE_UPDATE_NOTE = re.compile(
    r"^-30-$|^\((?:adds|corrects|updates|recasts|rewrites|changes|removes|clarifies|fixes|refiles)\b[^()]{0,120}\)$",
    re.I,
)


# The desk's initials closing a wire story, writer and editors: "pdh/jm/rox", "jk/sw".
_DESK_INITIALS = re.compile(r"^[a-z]{2,4}(?:/[a-z]{2,4}){1,4}$")


def _is_stamp(text: str) -> bool:
    return (
        meta.date_stamp(text) is not None
        or bool(_LIVE_TIME.match(text) or _RELATIVE_STAMP.match(text))
        or _is_edition_line(text)
    )


# "Posted 12 hours ago", "Updated 3 years ago": when a page was published, told from the time it was served.
_RELATIVE_STAMP = re.compile(rf"^(?:(?:last )?updated|posted|published|modified)?:?\s*{meta.TIME_AGO}\.?$", re.I)


def _is_edition_line(text: str) -> bool:
    """A print page's date line or folio: "Wednesday, August 16, 2017 | Vol. 131, No. 226 | 75 cents",
    "Page A1 | The Example Courier | Wednesday, August 16, 2017": short pieces, one of them the date."""
    pieces = meta.stamp_pieces(text)
    return (
        len(pieces) >= 2
        and all(len(piece.split()) <= _EDITION_PIECE_WORDS for piece in pieces)
        and any(meta.date_stamp(piece) is not None for piece in pieces)
        and any(_EDITION_MARK.search(piece) for piece in pieces)
    )


_EDITION_PIECE_WORDS = 5
# What only a print page's date line or folio carries: its volume, number, page or price.
_EDITION_MARK = re.compile(
    rf"^(?:vol|no|issue|page|p)\.?\s*{UPPER}?\d|\d+\s*(?:cents|pence|p)\b|^[$£€]\d|^{UPPER}?\d{{1,3}}$", re.I
)


def _is_navigation(text: str) -> bool:
    if meta.is_clock_stamp(text):
        return True  # the page's "now" with time zone, often glued to other header links
    if text.strip(" .").casefold() in _LEXICON.widget_labels:
        return True  # "toggle caption": a widget's label on a line of its own, in any case
    byline = meta.byline_name(text) if text.startswith("By ") else None
    if byline is not None and len(byline.split(",")[0].split()) >= 2:
        return False  # "By Jo Roe | Example Gazette | Updated 5:02 PM": a byline with its credits
    # "[ Home ] [ Local News ] [ Sports ]": links in brackets, as an old site prints its menu.
    bracketed = re.findall(r"\[\s*([^\[\]]+?)\s*\]", text)
    if len(bracketed) >= 2 and not re.sub(r"\[[^\[\]]*\]", "", text).strip(" ["):
        return all(len(link.split()) <= 4 for link in bracketed)
    # "Irish News > Health": a breadcrumb's arrows join even two short links ("You are here:" before them).
    crumbs = [s.strip() for s in re.split(r"\s+[›>»]\s+", _YOU_ARE_HERE.sub("", text.strip()))]
    if len(crumbs) >= 2 and all(0 < len(crumb.split()) <= 3 and not ends_sentence(crumb) for crumb in crumbs):
        return True
    # "Home | World | Business", "Home › City › Transport", and links set apart by wide gaps alone.
    for separator in (r"\s+[|•·›>]\s+", r"\s{2,}"):
        segments = [s.strip() for s in re.split(separator, text.strip()) if s.strip()]
        if len(segments) >= 3 and all(
            len(s.split()) <= _LONGEST_MENU_LINK - 1 and not _ends_sentence_outside_initials(s) for s in segments
        ):
            return True
        if len(segments) >= _LONG_MENU and _is_long_menu(segments):
            return True
    tokens = [t.casefold() for t in re.findall(rf"{UPPER}?[a-z]+|{UPPER}+(?![a-z])", text)]
    lexicon = lexicon_for(DEFAULT_LANGUAGE)
    return (
        0 < len(tokens) <= 8
        and all(t in lexicon.navigation_words or t in lexicon.navigation_filler_words for t in tokens)
        and any(t in lexicon.navigation_words for t in tokens)
        # "Loading...": a widget's ellipsis is no sentence end.
        and not ends_sentence(text.rstrip("…").removesuffix("..."))
    )


_YOU_ARE_HERE = re.compile(r"^you are here\s*:\s*", re.I)
#: Most words of one link in a menu of _LONG_MENU links or more (one fewer in a shorter menu).
_LONGEST_MENU_LINK = 4
_LONG_MENU = 5


def _is_long_menu(segments: list[str]) -> bool:
    """Five links or more, one of them longer: "News | Events | Community Announcements | Submit a
    Press Release | Advertise" (not a table's cells: no figures, no "Label: value", no full stop)."""
    if any(re.search(r"\d|:", s) or _ends_sentence_outside_initials(s) for s in segments):
        return False
    lengths = [len(s.split()) for s in segments]
    known = sum(meta.only_menu_words(s) for s in segments)  # "News", "Events": links a menu is known by
    return known >= 2 and max(lengths) <= _LONGEST_MENU_LINK and sum(n == _LONGEST_MENU_LINK for n in lengths) <= 1


def _ends_sentence_outside_initials(text: str) -> bool:
    """Whether a link's text ends a sentence: "U.S." in "U.S. | World | Politics" does not."""
    return ends_sentence(text) and not re.fullmatch(rf"(?:{UPPER}\.){{2,}}", text)


# A picture's caption control with its credit: "toggle caption Jo Roe/AP", "itoggle caption" (an
# icon's letter scraped onto the label).
_CAPTION_CONTROL = re.compile(
    rf"^(?:i?(?:toggle|hide|show) caption\s*)+(?:{UPPER}[\w.'’-]*"
    rf"(?: {UPPER}[\w.'’-]*){{0,3}}\s*/\s*{UPPER}[\w&.'’ -]{{0,30}})?$"
)


def _is_photo_caption(text: str) -> bool:
    if _CAPTION_CONTROL.match(text):
        return True
    if len(words_of(text)) > _LONGEST_CAPTION_WORDS:
        return _is_run_of_wire_captions(text)
    if len(words_of(text)) <= _LONGEST_POSITIONED_CAPTION_WORDS and _POSITION_IN_PICTURE.search(text):
        return True
    if _CAPTION_START.match(text) or _has_credit_inside(text) or _CAPTION_CREDIT_END.search(text):
        return True
    if _opens_with_credit_then_scene(text) or _is_credited_on_both_ends(text):
        return True
    if len(words_of(text)) <= 40 and bool(_CAPTION_DATE_END.search(text)) and not coarse_sentence_starts(text):
        return True
    if len(words_of(text)) <= _LONGEST_SCENE_WORDS and _PICTURED.search(text) and not ends_sentence(text):
        return True  # "Ann Lee, pictured with her husband, said the trip was ruined": no full stop, a caption
    return is_dated_scene(text)


# Who a caption shows, set off in it: "Ann Lee, pictured with ...", "Ann Lee (pictured) ...".
_PICTURED = re.compile(r",\s+pictured\b|\(pictured\b", re.I)


def is_scene_without_stop(text: str) -> bool:
    """ "Relatives celebrate at the gate of the mine as news of the rescue spreads", "Smoke rises
    from the warehouse": a short line describing a scene in the present, with no full stop at its
    end (prose ends in one; a caption need not) and nothing quoted. Only below the page header,
    where a headline reads the same ("Relatives celebrate as miners are rescued")."""
    words = text.split()
    if not 3 <= len(words) <= _LONGEST_SCENE_WORDS or not words[0][:1].isupper():
        return False
    if text.rstrip()[-1:] in _CLOSING_PUNCTUATION or any(mark in text for mark in _QUOTATION_MARKS):
        return False
    # The verb as written in lower case ("March" is a month), not after an auxiliary ("Clothing can
    # carry VX ...": a fact, not a scene).
    return any(
        word in _LEXICON.scene_verbs and words[at - 1].lower() not in _LEXICON.auxiliary_verbs
        for at, word in enumerate(words[1:_SCENE_VERB_WITHIN], start=1)
    )


def is_dated_scene(text: str) -> bool:
    """ "Mayor Ann Lee speaks to reporters outside City Hall on Monday.": a caption's present-tense
    scene closing on the day the picture was taken. Prose tells a dated event in the past ("spoke
    ... on Monday"); a present tense with its day is the picture's."""
    words = text.split()
    if not 4 <= len(words) <= _LONGEST_SCENE_WORDS or any(mark in text for mark in _QUOTATION_MARKS):
        return False
    if not _PICTURE_DAY_END.search(text) or any(word.lower() in _LEXICON.speech_verbs for word in words):
        return False  # "The toll stands at 14, officials said on Monday.": a report, not a scene
    # The scene's verb is the sentence's first, with no aside before it: "Families were expected to
    # hold a service on Saturday" is a plan told in the past, "Jo Roe, who sits on the committee,
    # criticised ..." a report.
    for at, word in enumerate(words[1:_SCENE_VERB_WITHIN], start=1):
        lower = word.lower()
        if lower in _LEXICON.auxiliary_verbs or lower == "to" or lower in _LEXICON.relative_pronouns:
            return False
        if words[at - 1].endswith(","):
            return False
        if word in _LEXICON.scene_verbs:
            return True
    return False


_WEEKDAYS = "|".join(sorted((day for day in _LEXICON.calendar.weekdays if len(day) > 3), key=len, reverse=True))
# The day closing a caption: "... on Monday.", "..., Saturday, July 19.", "... on Friday morning."
_PICTURE_DAY_END = re.compile(
    rf"(?:\bon|,)\s+(?-i:(?={UPPER}))(?:{_WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"(?:,?\s+{_MONTH}\.?\s+\d{{1,2}}(?:,\s+(?:19|20)\d\d)?)?\.$",
    re.I,
)
_LONGEST_SCENE_WORDS = 30
_SCENE_VERB_WITHIN = 7
_CLOSING_PUNCTUATION = ".!?:;,\"”’'"
_QUOTATION_MARKS = '"“”«»„'


_LONGEST_CAPTION_WORDS = 80
# Where people stand in a picture: "Ann Lee (left) and Sam Moss", "Left to right: ...", "(second from right)".
_POSITION_IN_PICTURE = re.compile(
    r"\((?:(?:second|third|far|top|bottom) )?(?:from )?(?:left|right|centre|center)\)"
    # "Mayor Ann Lee, left, and Tom Osei inspect ...": a place in the picture set off after a name.
    rf"|\b(?-i:{UPPER})[\w'’-]*, (?:(?:second|third|far) )?(?:from )?(?:left|right|centre|center),"
    r"(?! (?:left|right|centre|center)\b)"
    r"|^(?:(?:pictured|above|below|shown),? )?(?:from )?left(?: to right)?:|^clockwise from (?:top )?left:",
    re.I,
)
_LONGEST_POSITIONED_CAPTION_WORDS = 40
# A picture credit run onto its caption: "Associated Press An Israeli soldier rides on top of ...".
_SCENE_OPENER = re.compile(rf"\s+(?:{'|'.join(sorted(word.capitalize() for word in _LEXICON.determiners))})\s")


def _opens_with_credit_then_scene(text: str) -> bool:
    return any(
        text[: opener.start()] in _CREDITED_NAMES
        for opener in _SCENE_OPENER.finditer(text, 0, _LONGEST_CREDITED_NAME + 20)
    )


# A caption whose credit opens and closes it: "Example Police Jo Roe lost his job ... (Example Police)".
_CLOSING_CREDIT = re.compile(r"\(([^()]{3,60})\)$")


def _is_credited_on_both_ends(text: str) -> bool:
    credit = _CLOSING_CREDIT.search(text)
    return credit is not None and text.startswith(credit.group(1) + " ") and len(credit.group(1).split()) <= 6


# Where each of several wire captions scraped onto one line starts: "FILE - In this ...".
_WIRE_CAPTION_OPENING = re.compile(r"(?:\([^()]{1,40}\)\s*)?\bFILE\s*[-–—]\s*In this\b")


def _is_run_of_wire_captions(text: str) -> bool:
    """Wire captions glued into one line ("FILE - In this ... (AP) FILE - In this ..."), each of a caption's length."""
    starts = [m.start() for m in _WIRE_CAPTION_OPENING.finditer(text)]
    if not starts or starts[0] != 0:
        return False
    pieces = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return all(_CAPTION_START.match(piece) and len(words_of(piece)) <= _LONGEST_CAPTION_WORDS for piece in pieces)


def _is_notice(text: str) -> bool:
    """A copyright, reprint or transcript notice. One that opens the line with its formula (a
    transcript's disclaimer runs to sixty words) may be longer than one found inside a line."""
    found = COPYRIGHT_NOTICE.search(text)
    words = len(words_of(text))
    return found is not None and (words <= 40 or (found.start() == 0 and words <= 90))


def _is_newsletter_prompt(text: str) -> bool:
    # A line opening with a quotation is someone's words ('"Subscribe to what?" the judge asked'),
    # and so is a prompt's wording inside a quoted sentence ('"If we move too far, they won't follow
    # us," he said'), unlike a button's label ('tap "Follow us" at the top of this page').
    if len(words_of(text)) > 40 or not _PROMO.search(text):
        return False
    spans = quotation_spans(text)
    if spans and spans[0].mark_start == 0:
        return False
    for span in spans:
        if len(words_of(text[span.start : span.end])) >= _SPOKEN_QUOTATION_WORDS:
            text = text[: span.mark_start] + " " * (span.mark_end - span.mark_start) + text[span.mark_end :]
    return _PROMO.search(text) is not None


#: Words from which a quotation is someone's sentence rather than a label ("Add Example News as an interest").
_SPOKEN_QUOTATION_WORDS = 7


# A page's share buttons scraped as a line: "Share on Facebook Share on X Copy link", "Copy link Link copied!".
_SHARE_CONTROL = (
    r"(?:share(?: (?:on|to|via|with) [\w.]+(?: [\w.]+)?)?|copy(?: the)? link|link copied|e-?mail|print|tweet|whatsapp"
    r"|facebook|twitter|linkedin|reddit|pinterest|telegram|x|save|\d* ?comments?)"
)
_SHARE_CONTROLS = re.compile(rf"(?:{_SHARE_CONTROL}[!.:]?\s*){{2,}}", re.I)


# A line that is only where the story was filed: "Harbor City, Calif.", "Lyon, France".
_PLACE_LINE = re.compile(
    rf"^(?P<town>{UPPER}[\w.'’-]*(?: {UPPER}[\w.'’-]*){{0,3}}),\s+(?P<region>{UPPER}[\w.'’ -]{{1,25}}?)\.?$"
)
_REGIONS = frozenset(name.casefold().rstrip(".") for name in _LEXICON.place_names)


def _is_place_line(text: str) -> bool:
    line = _PLACE_LINE.match(text.strip())
    return line is not None and line.group("region").casefold().rstrip(".") in _REGIONS


def _is_dash_credit(text: str) -> bool:
    """A reporter credit set off by a dash: "-- Jane Doe and John Roe in Paris"."""
    return bool(re.match(rf"^(?:--|—|–)\s*{UPPER}", text)) and meta.byline_name(text) is not None


# The first rule that matches a line gives its reason.
LINE_RULES: tuple[tuple[RemovalReason, Callable[[str], bool]], ...] = (
    ("social-media embed", _is_social_embed),
    ("wire-service marker", _is_wire_marker_line),
    ("dateline/publication stamp", _is_stamp),
    ("navigation", _is_navigation),
    ("navigation", lambda t: bool(_SHARE_CONTROLS.fullmatch(t))),
    ("advertisement", lambda t: bool(_ADVERTISEMENT.search(t))),
    ("audio player prompt", lambda t: len(words_of(t)) <= 16 and bool(_AUDIO.match(t))),
    ("video placeholder", lambda t: bool(_VIDEO.match(t))),
    # A long line with a gallery widget in it may carry article text too: it is left whole.
    ("slideshow caption", lambda t: len(words_of(t)) <= 60 and bool(_SLIDESHOW.search(t))),
    ("photo caption", _is_photo_caption),
    ("source note", lambda t: bool(_SOURCE_NOTE.search(t))),
    ("link list", lambda t: bool(_LINK_LIST_HEADER.match(t))),
    ("related-link teaser", lambda t: bool(_TEASER_START.match(t) or _LINKS_AFTER_HEADER.match(t))),
    ("related-link teaser", lambda t: len(words_of(t)) <= 20 and bool(_ARROW_TEASER.match(t))),
    ("navigation", lambda t: len(words_of(t)) <= 30 and bool(_NEIGHBOUR_POSTS.search(t))),
    ("navigation", lambda t: len(words_of(t)) <= 25 and bool(_NEIGHBOUR_STORY.match(t))),
    ("newsletter prompt", _is_newsletter_prompt),
    ("agency credit", lambda t: _is_agency_credit(t) or bool(_MEDIA_CREDIT.match(t)) or _credits_wire_files(t)),
    ("agency credit", _is_bare_picture_credit),
    ("category label", lambda t: bool(_CATEGORY.match(t))),
    ("related-link teaser", lambda t: bool(_PARENTHESISED_TEASER.match(t))),
    ("stock ticker", lambda t: bool(_STOCK_TICKER.match(t))),
    ("stock ticker", _is_score_bar),
    ("stock ticker", lambda t: len(words_of(t)) <= _LONGEST_QUOTE_LINE and bool(_PRICE_CHANGE.search(t))),
    ("copyright notice", lambda t: _is_notice(t)),
    ("contributor credit", lambda t: len(words_of(t)) <= 40 and bool(_CONTACT.match(t) or REPORTED_FROM.match(t))),
    ("tip line", lambda t: len(words_of(t)) <= 40 and bool(_TIP_LINE.match(t))),
    ("correction notice", lambda t: len(words_of(t)) <= 80 and bool(_CORRECTION.match(t))),
    ("page notice", lambda t: len(words_of(t)) <= 40 and bool(_PAGE_NOTICE.search(t))),
    ("page notice", _is_page_speaking_of_itself),
    ("page notice", _names_its_publisher),
    ("video placeholder", lambda t: len(words_of(t)) <= 60 and len(set(_PLAYER_WORDS.findall(t.lower()))) >= 2),
    ("standfirst", lambda t: len(words_of(t)) <= 60 and bool(_LIVE_BLOG_STANDFIRST.search(t))),
    ("video placeholder", lambda t: len(words_of(t)) <= 12 and bool(_VIDEO_INTRO.match(t))),
    ("contributor credit", lambda t: len(words_of(t)) <= 40 and bool(_AUTHOR_NOTE.match(t))),
    ("contributor credit", lambda t: len(words_of(t)) <= 40 and bool(meta.REPORTER_BIOGRAPHY.match(t))),
    ("contributor credit", lambda t: len(words_of(t)) <= 12 and bool(meta.STAFF_REPORT.match(t))),
    # A line of at most one letter or digit: a rule between sections ("___", "------", "+"), a
    # letter a widget left ("X." of a close button), a list's lone number ("7."). (A figure of two
    # digits or more, "60.", may be a statistic the next paragraph explains.)
    ("separator", lambda t: _TWO_LETTERS_OR_DIGITS.search(t) is None),
    # "— The Example Post" closing the page: a dash before the name signs it off.
    (
        "masthead",
        lambda t: (
            meta.known_outlet(_READING_TIME.sub("", t).lstrip("—–- ")) is not None and not meta.only_menu_words(t)
        ),
    ),
    ("masthead", lambda t: bool(meta.LOGO_LINE.fullmatch(t))),
    ("navigation", lambda t: bool(_READING_TIME.fullmatch(t))),
    ("byline", lambda t: meta.is_byline(t, in_header=False) or _is_dash_credit(t)),
    ("dateline", _is_place_line),
)
