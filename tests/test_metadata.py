"""Metadata inference: dates, outlets and bylines only where a line states them."""

from __future__ import annotations

import pytest

from site_builder.analysis import metadata as meta
from site_builder.analysis.clean import clean_source
from site_builder.model import CleanedSource, Metadata, RawSource, RemovalReason, RemovedText


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("First Published: Jul 04 2025 | 1:29 PM IST", "2025-07-04"),
        ("July 4, 2025", "2025-07-04"),
        ("4 July 2025", "2025-07-04"),
        ("Sept. 9, 2030", "2030-09-09"),
        ("2031-03-02", "2031-03-02"),
        ("Published: 2031-03-02T09:00:00+00:00", "2031-03-02"),  # the machine form, with its time
        ("Thursday (July 3)", None),  # no year: a weekday reference in the text, not a date stamp
        ("February 30, 2030", None),  # not a calendar date
        ("In 2025 the plan failed.", None),
        ("Last updated: 22/11/2011 07:45", "2011-11-22"),  # day first: 22 cannot be a month
        ("11/22/2011", "2011-11-22"),  # month first
        ("3/4/2019", None),  # March 4 or 3 April: not guessed
        ("Date 07.05.2020", "2020-05-07"),  # with dots, the day first
        ("April 2, 20195:02 AM ET", "2019-04-02"),  # the time run onto the year
        ("2011/04/19", "2011-04-19"),  # year first, with slashes
        # Two digits of year, read as strptime's %y (never from the clock), where the order is plain.
        ("3/13/14 7:12 PM EDT", "2014-03-13"),
        ("Posted 11/20/98", "1998-11-20"),
        ("3/4/19", None),
        # Any language's month names, the day first (calendar.txt).
        ("3. März 2021", "2021-03-03"),
        ("1er mars 2021", "2021-03-01"),
        ("3 de marzo de 2021", "2021-03-03"),
        ("12 mai 2019", "2019-05-12"),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert meta.parse_date(text) == iso


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("First Published: Jul 04 2025 | 1:29 PM IST", meta.DateStamp("2025-07-04", meta.RANK_PUBLISHED)),
        ("Posted on 3 May 2029", meta.DateStamp("2029-05-03", meta.RANK_PUBLISHED)),
        ("Updated: 5 March 2024 10:00 GMT", meta.DateStamp("2024-03-05", meta.RANK_UPDATED)),
        ("July 4, 2025", meta.DateStamp("2025-07-04", meta.RANK_DATE_LINE)),
        ("Tuesday, January 06, 2026 | 02:17 AM IST", meta.DateStamp("2026-01-06", meta.RANK_DATE_LINE)),
        ("21 November 2011 Last updated at 17:05 GMT", meta.DateStamp("2011-11-21", meta.RANK_DATE_LINE)),
        ("Westvale | Last Updated: October 13, 2019 21:15 IST", meta.DateStamp("2019-10-13", meta.RANK_UPDATED)),
        ("Source: Example Wire | Tue Jun 4, 2013 3:41pm EDT", meta.DateStamp("2013-06-04", meta.RANK_DATE_LINE)),
        ("Jo Roe | Senior Editor | Feb. 3, 2021", None),  # a byline with its date, not a stamp
        ("The vote on July 4, 2025 failed.", None),  # a date inside a sentence is not a stamp
        ("Thursday (July 3)", None),
        # A later, labelled date after the first; words a stamp puts around its dates.
        ("Jul 27, 2026 Updated Jul 28, 2026", meta.DateStamp("2026-07-27", meta.RANK_DATE_LINE)),
        (
            "Issued on: 22/06/2021 - 14:07 Modified: 22/06/2021 - 17:45",
            meta.DateStamp("2021-06-22", meta.RANK_DATE_LINE),
        ),
        ("5:11 pm on 22 September 2020", meta.DateStamp("2020-09-22", meta.RANK_DATE_LINE)),
        ("2013-06-27T08:00:00+00:00", meta.DateStamp("2013-06-27", meta.RANK_DATE_LINE)),
        ("16 Aug 2017 - 22 Jan 2020", None),  # an archive's span of captures
        # A stamp's pieces set apart by slashes or dashes, labels after the date, a time with seconds,
        # a dateline's place in capitals, a page's own "last updated".
        ("JULY 9, 2018 / 11:43 AM / UPDATED 6 HOURS AGO", meta.DateStamp("2018-07-09", meta.RANK_DATE_LINE)),
        ("Jun 21st 2014 | From the print edition", meta.DateStamp("2014-06-21", meta.RANK_DATE_LINE)),
        ("2008-11-19 16:40:12", meta.DateStamp("2008-11-19", meta.RANK_DATE_LINE)),
        ("CHENNAI, March 3, 2010", meta.DateStamp("2010-03-03", meta.RANK_DATE_LINE)),
        ("Page last updated at 17:42 GMT, Tuesday, 9 February 2010", meta.DateStamp("2010-02-09", meta.RANK_UPDATED)),
        ("March 4, 2020 - The council voted on Tuesday to close the bridge", None),
        ("Mar 4, 2020 - Politics & Policy", meta.DateStamp("2020-03-04", meta.RANK_DATE_LINE)),
        # German, French and Spanish stamps: their labels, weekdays, clock words (stamp_words.txt).
        ("Veröffentlicht am 3. März 2021, 10:32 Uhr", meta.DateStamp("2021-03-03", meta.RANK_PUBLISHED)),
        ("Mittwoch, 3. März 2021, 10:32 Uhr", meta.DateStamp("2021-03-03", meta.RANK_DATE_LINE)),
        ("Mis à jour le 2 mars 2021 à 18h05", meta.DateStamp("2021-03-02", meta.RANK_UPDATED)),
        ("Publicado el 3 de marzo de 2021 a las 10:32", meta.DateStamp("2021-03-03", meta.RANK_PUBLISHED)),
        ("Le conseil a voté le 3 mars 2021 la fermeture du pont.", None),
        # A label opening a sentence that goes on past its date is no stamp.
        ("Erschienen 3. März 2021 im Verlag Beispiel.", None),
        ("Stand Up To Cancer will hold its telethon on 5 September 2021, and more.", None),
    ],
)
def test_date_stamp(line: str, stamp: meta.DateStamp | None) -> None:
    assert meta.date_stamp(line) == stamp


def test_clock_stamp_needs_date_and_time() -> None:
    assert meta.is_clock_stamp("Tuesday, January 06, 2026 | 02:17 AM IST")
    assert not meta.is_clock_stamp("July 4, 2025")
    assert not meta.is_clock_stamp("The meeting starts at 10:30 today.")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Business Standard", "Business Standard"),
        ("The Guardian", "The Guardian"),
        ("GUARDIAN", "The Guardian"),  # case and a leading "The" do not matter
        ("Guardians", None),  # but there is no fuzzy guessing
        ("New York Times", "The New York Times"),
        ("AP", None),  # an abbreviation alone on a line is not trusted as a masthead
        ("World", None),
        ("Daily Planet Gazette", None),  # never invent an outlet that is not in the list
    ],
)
def test_known_outlet(line: str, outlet: str | None) -> None:
    assert meta.known_outlet(line) == outlet


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [("(Reuters)", "Reuters"), ("(AP)", "Associated Press"), ("AFP", "Agence France-Presse"), ("(Staff)", None)],
)
def test_outlet_from_credit(credit: str, outlet: str | None) -> None:
    assert meta.outlet_from_credit(credit) == outlet


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("BY Jane Doe and John Roe, Reuters", "Jane Doe and John Roe"),
        ("By Ana de la Cruz | Associated Press", "Ana de la Cruz"),
        ("Asha Verma New Delhi", "Asha Verma"),  # byline with the dateline place after it
        ("-- Jo Smith and Sam Reyes at the port", "Jo Smith and Sam Reyes"),
        ("By Jane Doe, Reuters Staff", "Jane Doe"),
        ("By JO ROE Associated Press", "JO ROE"),  # an agency run into the name
        ("Posted by Jo Roe on May 3, 2019 at 8:05 am", "Jo Roe"),
        ("By Jo Roe • Jul 2, 2013", "Jo Roe"),
        ("By Jo Roe, Town Reporter", "Jo Roe"),  # a job, not an outlet
        ("Jo Roe | Senior Editor | Nov. 16, 2022", "Jo Roe"),
        ("Written by Jo Roe | Edited by Ann Lee", "Jo Roe"),  # the page's other credits are no reporters
        ("Reported by Jo Roe | Web produced by Sam Hill", "Jo Roe"),
        ("Example Live | By Jo Roe", "Jo Roe"),
        # A stamp's label and time after the name: "PUBLISHED: 12:01 EST, 3 March 2013 | UPDATED: ...".
        ("By Jo Roe PUBLISHED: 12:01 EST, 3 March 2013 | UPDATED: 14:22 EST, 3 March 2013", "Jo Roe"),
        ("By Jo Roe, Published 3 March 2013", "Jo Roe"),
        # After "By", the names come first: a description or a stamp the parser cannot read ends them.
        ("By Dr. Jo Roe, associate professor of hydrology, Example University", "Dr. Jo Roe"),
        ("By Jo Roe - 03/22/12 06:00 AM ET", "Jo Roe"),
        ("By Jo Roe - March 22, 2012", "Jo Roe"),  # a dash before the stamp
        ("Jo Roe, Agriculture Correspondent, in Luxembourg", "Jo Roe"),  # where the correspondent filed from
        ("By Jo Roe, Sam Lee and Ann Kim", "Jo Roe, Sam Lee and Ann Kim"),
        ("Jo Roe @joroe", "Jo Roe"),  # a social-media handle after the name
        ("By staff", None),
        ("by the river the houses flooded", None),
        # A label before the name, "By" run onto it, a job after it with no separator.
        ("by: Jo Roe", "Jo Roe"),
        ("Author: Jo Roe (KXYZ)", "Jo Roe"),
        ("Author of the article: Jo Roe", "Jo Roe"),
        ("Reporter: Jo Roe", "Jo Roe"),
        ("ByJo Roe Senior Reporter", "Jo Roe"),
        ("By Jo RowlandStaff Reporter", "Jo Rowland"),
        ("Bystanders were hurt", None),
    ],
)
def test_byline_name(line: str, name: str | None) -> None:
    assert meta.byline_name(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("The Lakeside Courier | Serving the north shore since 1902", "The Lakeside Courier"),
        ("Example Review — Intelligence for hospital leaders", "Example Review"),
        ("Example Fiscal Report: State budgets · Pensions", "Example Fiscal Report"),
        ("THE MILLBROOK GAZETTE", "THE MILLBROOK GAZETTE"),
        ("The Portville Herald-Dispatch", "The Portville Herald-Dispatch"),
        ("NorthValleyPost.com", "North Valley Post"),
        # Initials set before the name they stand for: the name.
        ("ENS  Example News Service", "Example News Service"),
        ("Day Two Without A Budget", None),  # a capitalised headline names no site
        ("Brackwater floods: boats rescue 27", None),
        ("AXED! Coach out", None),
    ],
)
def test_site_name(line: str, name: str | None) -> None:
    assert meta.site_name(line) == name


def test_a_job_after_a_byline_is_not_its_outlet() -> None:
    removed = _removed(("byline", "By Jo Roe, Town Reporter"))
    assert meta.infer_metadata(removed) == Metadata(byline="Jo Roe")


def test_bare_name_is_a_byline_only_in_the_header() -> None:
    assert meta.is_byline("Asha Verma Chennai", in_header=True)
    assert not meta.is_byline("Asha Verma Chennai", in_header=False)
    assert meta.is_byline("By Asha Verma", in_header=False)
    assert not meta.is_byline("By the end of the day, the water had gone.", in_header=False)


def test_split_place() -> None:
    assert meta.split_place("Asha Verma New Delhi") == ("Asha Verma", "New Delhi")
    assert meta.split_place("Asha Verma") == ("Asha Verma", None)


def _cleaned_page(page: str) -> CleanedSource:
    return clean_source(RawSource(id="a", file="a.txt", text=page, first_line=1, given=Metadata(), format="txt"))


def _removed(*pieces: tuple[RemovalReason, str]) -> list[RemovedText]:
    return [RemovedText(text, reason, line) for line, (reason, text) in enumerate(pieces, start=1)]


def test_infer_metadata_from_removed_furniture() -> None:
    removed = _removed(
        ("navigation", "Tuesday, January 06, 2026 | 02:17 AM IST"),  # the page's clock: ignored
        ("masthead", "Business Standard"),
        ("headline", "Bridge reopens after repairs"),
        ("byline", "Asha Verma Chennai"),
        ("dateline/publication stamp", "Updated: Jul 05 2025 | 9:00 AM IST"),
        ("dateline/publication stamp", "First Published: Jul 04 2025 | 1:29 PM IST"),
    )
    assert meta.infer_metadata(removed) == Metadata(
        title="Bridge reopens after repairs", outlet="Business Standard", byline="Asha Verma", date="2025-07-04"
    )


def test_infer_outlet_from_wire_dateline() -> None:
    assert meta.infer_metadata(_removed(("dateline", "WASHINGTON (AP) —"))).outlet == "Associated Press"
    # A station's copy with the agency's: the first credit is the page's.
    assert meta.infer_metadata(_removed(("dateline", "BOSTON (KXYZ/AP) —"))).outlet == "KXYZ"
    assert meta.infer_metadata(_removed(("dateline", "TIJUANA, Mexico --"))).outlet is None


@pytest.mark.parametrize(
    ("reason", "line", "outlet"),
    [
        ("newsletter prompt", "Stay with KXYZ Radio 1090 AM for developments in this story.", "KXYZ Radio 1090 AM"),
        ("contributor credit", "The author is a Wire Views columnist. Opinions are his own.", "Wire Views"),
        ("contributor credit", "Associated Press writer Jo Roe in Boston contributed.", "Associated Press"),
        ("contributor credit", "Follow Reuters Breakingviews columnist Jo Roe on X.", "Reuters Breakingviews"),
        ("contributor credit", "Follow Jo Roe on Twitter @joroe.", None),
        ("contributor credit", "Jo Roe is the Guardian's transport correspondent.", "The Guardian"),
        ("contributor credit", "Jo Roe is a Harbor Gazette staff writer.", "Harbor Gazette"),
        ("contributor credit", "Email Harbor Gazette reporter Jo Roe at jroe@example.com.", "Harbor Gazette"),
        ("contributor credit", "CNN's Jo Roe and Sam Lee contributed to this report.", "CNN"),
        # A contact line whose second sentence is the reporter's biography.
        (
            "contributor credit",
            "Contact Jo Roe at jroe@example.com or follow her @joroe. Jo Roe is a reporter for The Harbor Gazette.",
            "The Harbor Gazette",
        ),
        ("copyright notice", "Copyright 2013 by KXYZ. All rights reserved.", "KXYZ"),
        ("masthead", "— The Washington Post", "The Washington Post"),
        ("section heading", "Analysis: Jo Roe, BBC business editor", "BBC"),
        # A story credited to the newsroom as a whole, and a byline run onto a stamp or a credit.
        ("contributor credit", "— Harbor Gazette staff", "Harbor Gazette"),
        ("contributor credit", "From staff and wire reports, Harbor Gazette", "Harbor Gazette"),
        ("contributor credit", "From staff reports", None),
        ("dateline/publication stamp", "Updated: Jan 05, 2016 6:15 PM EST By Jane Roe, WXYZ", "WXYZ"),
        ("agency credit", "Written by Jane Roe for the Harbor Gazette", "Harbor Gazette"),
        ("contributor credit", "CNN's Jane Roe reported from London.", "CNN"),
        ("contributor credit", "Follow NBC News on Twitter and Facebook.", "NBC News"),
        ("copyright notice", "© 2016 Guardian News and Media Limited or its affiliated companies.", "The Guardian"),
        ("copyright notice", "Copyright 2016 TheHuffingtonPost.com, Inc.", "HuffPost"),
        ("section heading", "Analysis: Jo Roe, Example Town mayor", None),
        # Another outlet's copy credited as a whole names no outlet of the page's own.
        ("contributor credit", "The Associated Press contributed to this report.", None),
        # A prompt naming no outlet, and a lower-case "stay with" in a sentence, say nothing.
        ("newsletter prompt", "Stay with us for the latest news.", None),
        ("newsletter prompt", "Sign up for our daily newsletter.", None),
        # A link list or a sign-up prompt offering the page's own stories and products.
        ("link list", "Related stories on Yahoo News:", "Yahoo News"),
        ("link list", "More stories from The Boston Globe", "The Boston Globe"),
        ("link list", "Related stories on our site:", None),
        (
            "advertisement",
            "Sign Up You agree to receive occasional updates and special offers for The Boston Globe's products.",
            "The Boston Globe",
        ),
        ("advertisement", "You agree to receive special offers for Example Shoes's products.", None),
        # The page offering its own newsletter, by the outlet's name; a newsletter's own name is none.
        ("newsletter prompt", "Sign up for The Prairie Beacon's Farm & Field newsletter.", "Prairie Beacon"),
        ("newsletter prompt", "Sign up for The Morning Brief newsletter.", None),
        # The site selling itself, asking for tips or consent, by its name.
        ("newsletter prompt", "Subscribe to the Harbor Coast Bulletin from $1 a week.", "Harbor Coast Bulletin"),
        ("newsletter prompt", "Click here to subscribe to the Kells Courier's e-paper edition", "Kells Courier"),
        ("newsletter prompt", "Enjoy unlimited access to The Ashby Clarion for just £1.", "Ashby Clarion"),
        ("navigation", "Share this Lakeside Mirror story: Facebook | Twitter | WhatsApp", "Lakeside Mirror"),
        ("page notice", "This website uses cookies. The Dunmore Champion uses cookies to help.", "Dunmore Champion"),
        ("tip line", "Got a story for the Bramley & District Gazette? Email the desk.", "Bramley & District Gazette"),
        ("copyright notice", "This article originally appeared in the Sunday edition of The Wex Post.", "Wex Post"),
        ("standfirst", "You are receiving this e-mail because you subscribed to The Veld Post's digest.", "Veld Post"),
        ("navigation", "Share this story: Facebook | Twitter", None),
        ("tip line", "Got a story? Email the desk.", None),
        # A page's words about itself, a person, a newsletter's name: no outlet.
        ("page notice", "This Website Uses Cookies.", None),
        ("tip line", "Got a tip for Jo Roe? Email me.", None),
        ("newsletter prompt", "Sign up for Breaking News daily alerts", None),
    ],
)
def test_outlet_a_page_states_in_so_many_words(reason: RemovalReason, line: str, outlet: str | None) -> None:
    assert meta.infer_metadata(_removed((reason, line))).outlet == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By The Associated Press", "Associated Press"),
        ("By Jane Doe, Reuters Staff", "Reuters"),
        ("By Jane Doe | Bloomberg News", "Bloomberg"),
        ("By Jane Doe/KXYZ", "KXYZ"),
        ("By Jane Doe for MailOnline", "Daily Mail"),
        ("Posted by Jane Doe for the Harbor Gazette", "Harbor Gazette"),
        ("By Jane Doe - Harbor Gazette", "Harbor Gazette"),
        ("By Jane Doe (Harbor Gazette)", "Harbor Gazette"),
        ("By JANE DOE Harbor Gazette Staff Writer", "Harbor Gazette"),
        ("By Jane Doe, USA TODAY Published 9:01 a.m. ET March 4, 2013", "USA Today"),
        # A stamp of the time of day alone after the credits.
        ("By Jane Doe | Harbor Gazette | Updated 5:02 PM", "Harbor Gazette"),
        # A time of day before the date; a listed outlet run onto the name with nothing between.
        ("By Jane Doe, USA TODAY 5:02 p.m. EST January 5, 2016", "USA Today"),
        ("By Jane Doe Yahoo News January 5, 2016", "Yahoo News"),
        ("By Jane Doe", None),
        # The writer's name run onto a job ending as an outlet's name may ("The Example Reporter").
        ("By Liam Pridmore  Local Democracy Reporter", None),
    ],
)
def test_outlet_a_byline_credits(line: str, outlet: str | None) -> None:
    assert meta.is_byline(line, in_header=False)
    assert meta.infer_metadata(_removed(("byline", line))).outlet == outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # A newscast credit: a newsroom, a call sign or a known outlet, then the slot.
        ("Jo Roe reports for the KXYZ News at 5 on Saturday.", "KXYZ"),
        ("Watch the report from Jo Roe on Eyewitness News at 4 p.m.", "Eyewitness News"),
        ("Jo Roe reports on WXYZ 7 at 11.", "WXYZ 7"),
        ("He reports on Capitol Hill at 10 a.m. most days.", None),  # a place, not a newsroom
        # A scoop: only a newsroom learns; companies confirm things too.
        ("KXYZ News is learning more about the suspect.", "KXYZ"),
        ("The airline has confirmed that 56 passengers were on board.", None),
        ("Example Air has learned of the delay.", None),
        # The newsroom asking for comment, or reaching out for it.
        ("The council did not respond to a request for comment from the Example Gazette.", "Example Gazette"),
        ("A spokeswoman did not respond to The Huffington Post's request for comment.", "HuffPost"),
        ("KXYZ News has reached out to the council for comment.", "KXYZ"),
        ("Example Air has reached out to passengers.", None),
        ("The council did not respond to a request for comment from residents.", None),
        # A staff photographer's credit names the paper; an agency's picture runs anywhere.
        ("A crowd gathers. (Jo Roe/Example Gazette)", "Example Gazette"),
        ("Photo: Jo Roe/Example Gazette", "Example Gazette"),
        ("Photo: Marchers fill the square at dawn. Credit: Jo Roe / Example Gazette", "Example Gazette"),
        ("Marchers fill the square. Credit: Jo Roe / Getty Images", None),
        ("A crowd gathers. (AP Photo/Jo Roe)", None),
        ("A crowd gathers. (Jo Roe/Getty Images)", None),
        ("A crowd gathers. (Jo Roe/Example Gazette via AP)", None),
        ("A crowd gathers. (Jo Roe/Sam Lee)", None),
    ],
)
def test_outlet_named_as_the_reporter_in_passing(text: str, outlet: str | None) -> None:
    assert meta.infer_metadata([], [text]).outlet == outlet
    assert meta.infer_metadata(_removed(("photo caption", text))).outlet == outlet


def test_an_outlet_named_in_passing_never_overrides_a_stated_one() -> None:
    removed = _removed(("dateline", "WASHINGTON (Reuters) -"), ("photo caption", "(Jo Roe/Example Gazette)"))
    assert meta.infer_metadata(removed, ["KXYZ News has learned more."]).outlet == "Reuters"


def test_infer_nothing_from_nothing() -> None:
    assert meta.infer_metadata([]) == Metadata()
    assert meta.infer_metadata(_removed(("section heading", "July 4, 2025"))) == Metadata()


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("jroe@bostonglobe.com", "The Boston Globe"),  # the name run together
        ("jroe@nydailynews.com or 555-010-0100", "Daily News"),  # the place that opens it as initials
        # An address at no outlet we know: its domain, when nothing else names the outlet; a mail service's names none.
        ("jroe@example-mail.com", "example-mail.com"),
        ("jroe@yahoo.co.uk", None),
        ("Contact Jo Roe on Twitter @bostonglobe", None),  # a handle is no address
    ],
)
def test_a_reporters_address_names_the_outlet_whose_site_it_is_at(line: str, outlet: str | None) -> None:
    assert meta.infer_metadata(_removed(("contributor credit", line))).outlet == outlet


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("(Reporting by Ann Lee; Writing by Jo Roe; Editing by Sam Hill)", "Jo Roe"),
        ("(Reporting by Ann Lee; Editing by Sam Hill)", "Ann Lee"),  # no writer named: the reporter
    ],
)
def test_a_wire_credit_names_its_writer_else_its_reporter(credit: str, byline: str) -> None:
    assert meta.infer_metadata(_removed(("agency credit", credit))).byline == byline


@pytest.mark.parametrize("line", ["(SOUNDBITE OF ARCHIVED RECORDING)", "(Photo by Jane Doe)"])
def test_a_line_wholly_in_parentheses_is_no_byline(line: str) -> None:
    assert not meta.is_byline(line, in_header=True)


@pytest.mark.parametrize(
    ("headline", "title", "outlet"),
    [
        ("Bridge closes - The Harbor Gazette", "Bridge closes", "The Harbor Gazette"),
        ("Bridge closes after cracks found | CNN", "Bridge closes after cracks found", "CNN"),
        # A web address after the dash names the site, whatever its words.
        ("Senate panel delays vote - ExamplePolitics.com", "Senate panel delays vote", "Example Politics"),
        # What follows the dash names no outlet: it is part of the headline.
        ("Bridge closes - and stays shut", "Bridge closes - and stays shut", None),
    ],
)
def test_a_headline_with_the_site_name_after_it(headline: str, title: str, outlet: str | None) -> None:
    found = meta.infer_metadata(_removed(("headline", headline)))
    assert (found.title, found.outlet) == (title, outlet)


@pytest.mark.parametrize(
    ("pieces", "outlet"),
    [
        # The name beside the page's own address: listed by us or not.
        # A name beside an address that spells another is not the page's by the address; a name
        # the page prints without saying whose it is neither.
        (
            (
                ("navigation", "Harlow Evening Courier | Harlow Star"),
                ("navigation", "http://www.harlowcourier.com/news/x.html"),
            ),
            None,
        ),
        # ... but "Printed from" says whose the page is, in words, whatever the address.
        (
            (
                ("navigation", "Printed from Harlow Evening Courier"),
                ("navigation", "http://www.harlowcourier.com/news/x.html"),
            ),
            "Harlow Evening Courier",
        ),
        (
            (
                ("navigation", "Printed from Harlow Evening Courier"),
                ("navigation", "http://www.harloweveningcourier.com/news/local/article_1.html"),
            ),
            "Harlow Evening Courier",
        ),
        (
            (
                ("contributor credit", "Contact Jo Roe at jroe@valleybeaconnews.com."),
                ("link list", "More from Valley Beacon News"),
            ),
            "Valley Beacon News",
        ),
        # A charity's address in the page's furniture names a charity, not the page, unless its name is printed too.
        ((("newsletter prompt", "Donate at www.example.org today"),), None),
    ],
    ids=[
        "address-of-another-name",
        "printed-from-beside-another-address",
        "print-page",
        "reporters-address",
        "no-name-printed",
    ],
)
def test_a_name_printed_beside_the_pages_own_address_is_its_outlet(
    pieces: tuple[tuple[RemovalReason, str], ...], outlet: str | None
) -> None:
    assert meta.infer_metadata(_removed(*pieces)).outlet == outlet


@pytest.mark.parametrize("line", ["Print | Close window", "National", "Home | News | Sport"])
def test_a_menu_label_is_no_site_name(line: str) -> None:
    assert meta.site_name(line) is None
    assert meta.only_menu_words(meta.leading_segment(line))


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Damian Roe Environment correspondent", True),  # a given name, then a job with no separator
        ("Senior Political Correspondent", False),  # a job alone
        ("Chief Football Writer", False),
        ("REPORTER: Why did you leave?", False),  # a transcript's label
    ],
)
def test_a_job_after_a_name_without_a_separator_makes_a_header_byline(line: str, byline: bool) -> None:
    assert meta.is_byline(line, in_header=True) is byline


def test_a_consent_banner_names_the_site_asking() -> None:
    removed = _removed(
        ("page notice", "The Harlow Courier and our partners use cookies to store information on your device.")
    )
    assert meta.infer_metadata(removed).outlet == "Harlow Courier"


def test_a_trail_of_sections_before_the_headline_is_no_part_of_it() -> None:
    removed = _removed(("headline", "Home / Cities / Others / Bridge to close for six months after cracks found"))
    assert meta.infer_metadata(removed).title == "Bridge to close for six months after cracks found"
    kept = _removed(("headline", "AC/DC to play Harbor City / Port Town double bill"))
    assert meta.infer_metadata(kept).title == "AC/DC to play Harbor City / Port Town double bill"


def test_a_reprint_notice_names_the_outlet_whose_article_it_is_when_nothing_else_does() -> None:
    notice = (
        "copyright notice",
        "This article is republished from The Example Review under a Creative Commons license.",
    )
    assert meta.infer_metadata(_removed(notice)).outlet == "Example Review"
    assert meta.infer_metadata(_removed(("masthead", "The Harlow Courier"), notice)).outlet == "The Harlow Courier"


@pytest.mark.parametrize(
    ("pieces", "outlet"),
    [
        # A masthead that is only the site's address, then its name in words: the name.
        ((("masthead", "harborgazette.com"), ("masthead", "The Harbor Gazette")), "The Harbor Gazette"),
        # The address alone names the site; a company's copyright does not replace it.
        (
            (("masthead", "KXYZ.com"), ("copyright notice", "Copyright 2016 by Example Broadcasting Company.")),
            "KXYZ",
        ),
    ],
    ids=["name-after-address", "address-over-owner"],
)
def test_a_masthead_address_gives_way_only_to_the_name_in_words(
    pieces: tuple[tuple[RemovalReason, str], ...], outlet: str | None
) -> None:
    assert meta.infer_metadata(_removed(*pieces)).outlet == outlet


@pytest.mark.parametrize(
    ("pieces", "article", "outlet"),
    [
        # A label at the top and the footer's address line print the same name: the site's own.
        (
            (
                ("category label", "The Millbrook Ledger"),
                ("navigation", "News | Sports | Letters"),
                ("navigation", "The Millbrook Ledger, 3 Front Street, Millbrook"),
            ),
            [],
            "The Millbrook Ledger",
        ),
        # The page's top line left as the article's first, in capitals, and the footer in mixed case.
        (
            (("navigation", "Harbor Daily Observer | About | Advertise"),),
            ["HARBOR DAILY OBSERVER"],
            "Harbor Daily Observer",
        ),
        # A person named twice (a byline and an "About me" box) and an agency credited twice are not the site.
        (
            (
                ("section heading", "About Me"),
                ("section heading", "Marlene Hoskins"),
                ("contributor credit", "Marlene Hoskins"),
            ),
            [],
            None,
        ),
        ((("contributor credit", "Associated Press"), ("copyright notice", "The Associated Press")), [], None),
        # Printed once only: no evidence.
        ((("category label", "The Millbrook Ledger"),), [], None),
    ],
    ids=["label-and-footer", "capitals-over-story", "person", "agency", "once"],
)
def test_a_name_the_furniture_repeats_is_the_sites_own(
    pieces: tuple[tuple[RemovalReason, str], ...], article: list[str], outlet: str | None
) -> None:
    assert meta.infer_metadata(_removed(*pieces), article).outlet == outlet


def test_a_time_of_day_in_a_stamp_names_no_site() -> None:
    """ "August 17, 2016 / 7:18 AM / Updated 3 hours ago": the pieces of a stamp name no paper."""
    removed = _removed(("dateline/publication stamp", "August 17, 2016 / 7:18 AM / Updated 3 hours ago"))
    found = meta.infer_metadata(removed)
    assert (found.outlet, found.date) == (None, "2016-08-17")


def test_the_sites_name_after_a_headline_comes_off_where_the_page_names_the_site() -> None:
    removed = _removed(
        ("headline", "What Happens When You Stop Checking Email | EXAMPLE"), ("copyright notice", "© 2015 Example Inc.")
    )
    found = meta.infer_metadata(removed)
    assert found.title == "What Happens When You Stop Checking Email"
    # Named nowhere else, the words after the bar may be the headline's own.
    assert (
        meta.infer_metadata(_removed(("headline", "Storm hits the coast | UPDATE"))).title
        == "Storm hits the coast | UPDATE"
    )


def test_a_header_byline_may_end_with_where_the_correspondent_filed_from() -> None:
    assert meta.is_byline("Jo Roe, Agriculture Correspondent, in Luxembourg", in_header=True)
    assert not meta.is_byline("Hillary Clinton, Bernie Sanders clash in debate", in_header=True)


def test_a_logos_text_names_the_site() -> None:
    assert meta.infer_metadata(_removed(("masthead", "Harbor Daily Times logo"))).outlet == "Harbor Daily Times"
    assert meta.LOGO_LINE.fullmatch("Company unveils new logo") is None


def test_a_bare_name_set_as_a_heading_under_the_headline_is_the_byline() -> None:
    pieces = [
        RemovedText("The quiet collapse of the town library", "headline", 1),
        RemovedText("Maxine Albright", "section heading", 3),
    ]
    assert meta.infer_metadata(pieces).byline == "Maxine Albright"
    # Far down the page, a name heading a part of the story is no byline.
    far = [pieces[0], RemovedText("Maxine Albright", "section heading", 40)]
    assert meta.infer_metadata(far).byline is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Sam Lee / The Example Bay Times", ("Sam Lee", "The Example Bay Times")),
        ("Ann Lee / Reuters", ("Ann Lee", "Reuters")),
        ("Sam Lee / Staff Photographer", ("Sam Lee", "Staff Photographer")),
        ("Sam Lee / Harbor Road", None),  # a place, no employer
        ("By Sam Lee / The Example Bay Times", None),  # a byline
        ("Sam Lee said the port would reopen / The Example Bay Times", None),
    ],
)
def test_a_bare_photo_credit_names_the_photographer_and_employer(line: str, credit: tuple[str, str] | None) -> None:
    assert meta.photo_credit_line(line) == credit


@pytest.mark.parametrize(
    "entries",
    [
        [("link list", "More from The Example Bay Mercury")],
        [("copyright notice", "© 2017 Example Coast Media Group Ltd, publishers of The Example Coast Weekly.")],
        [("navigation", "Printed from Example Ridge Beacon-Ledger")],
    ],
)
def test_the_page_names_its_own_unlisted_outlet_in_passing(entries: list[tuple[RemovalReason, str]]) -> None:
    removed = [RemovedText(text, reason, line) for line, (reason, text) in enumerate(entries, 1)]
    assert meta.infer_metadata(removed).outlet in (
        "Example Bay Mercury",
        "Example Coast Weekly",
        "Example Ridge Beacon-Ledger",
    )


def test_a_widgets_run_together_labels_are_no_site_name() -> None:
    """A live blog's entries each open with "FlagShareLikeReply" and a moderator's name: printed on
    every entry, but no site's name."""
    removed = [RemovedText("FlagShareLikeReplyJo Roe 5pts moderator", "navigation", line) for line in (3, 9, 15)]
    assert meta.infer_metadata(removed).outlet is None


@pytest.mark.parametrize(
    ("pieces", "outlet", "byline"),
    [
        # The site's name read as a byline too: an outlet's name, so no writer's.
        ((("masthead", "Capitol Ledger"), ("byline", "By Capitol Ledger")), "Capitol Ledger", None),
        # A writer's name read as the site's too: no outlet's.
        ((("masthead", "Jo Roe"), ("byline", "By Jo Roe")), None, "Jo Roe"),
    ],
)
def test_one_name_is_never_both_outlet_and_byline(
    pieces: tuple[tuple[RemovalReason, str], ...], outlet: str | None, byline: str | None
) -> None:
    found = meta.infer_metadata(_removed(*pieces))
    assert (found.outlet, found.byline) == (outlet, byline)


@pytest.mark.parametrize("line", ["News Indigenous Environment Opinion Podcasts", "Sport Weather Travel Business"])
def test_a_row_of_section_links_with_one_unlisted_is_no_site_name(line: str) -> None:
    assert meta.site_name(line) is None


@pytest.mark.parametrize(
    ("line", "name"), [("Valley News Daily", "Valley News Daily"), ("The Business Times", "The Business Times")]
)
def test_a_name_with_section_words_is_still_a_site_name(line: str, name: str) -> None:
    assert meta.site_name(line) == name


@pytest.mark.parametrize(
    "line", ["The Local Health Times", "Metro Business News Daily", "Regional Business Travel Weekly"]
)
def test_an_outlets_name_of_section_words_is_its_name(line: str) -> None:
    assert meta.site_name(line) == line


def test_a_broadcast_transcript_names_its_reporter_by_the_label() -> None:
    """ "MARA LIASSON, BYLINE: Hi there.": a transcript's reporter, where nothing else names a writer;
    another speaker's label ("KELLY ROE, HOST:") names none."""
    transcript = ["KELLY ROE, HOST: Our correspondent was there.", "MARA LIASSON, BYLINE: Hi there."]
    assert meta.infer_metadata([], transcript).byline == "MARA LIASSON"
    assert meta.infer_metadata([], transcript[:1]).byline is None
    assert meta.infer_metadata(_removed(("byline", "By Jo Roe")), transcript).byline == "Jo Roe"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Declan Furlong reports", "Declan Furlong"),  # a broadcast's credit
        ("SHALINI IYER AND RAHUL DEV in Velloripet", "SHALINI IYER AND RAHUL DEV"),  # where they filed from
    ],
)
def test_a_reporter_credited_in_the_header_without_by_is_its_byline(line: str, name: str) -> None:
    assert meta.is_byline(line, in_header=True)
    assert meta.byline_name(line) == name


@pytest.mark.parametrize(
    ("pieces", "byline"),
    [
        ((("contributor credit", "Story by Lucinda Farrow; photographs by Dev Anand Rao"),), "Lucinda Farrow"),
        ((("agency credit", "Written by Ritika Menon | Kalvapur"),), "Ritika Menon"),
        # The outlet's own account, not a reporter's.
        (
            (
                ("masthead", "Surya News 24x7"),
                ("contributor credit", "Follow Surya News on Twitter, Facebook and YouTube"),
            ),
            None,
        ),
    ],
    ids=["story-by", "written-by-and-place", "outlets-own-account"],
)
def test_a_credit_names_the_writer(pieces: tuple[tuple[RemovalReason, str], ...], byline: str | None) -> None:
    assert meta.infer_metadata(_removed(*pieces)).byline == byline


def test_an_issue_stamp_dates_the_article() -> None:
    stamp = meta.date_stamp("From the April 30, 2001 issue")
    assert stamp is not None and stamp.iso == "2001-04-30" and stamp.rank == meta.RANK_PUBLISHED


def test_a_name_opening_with_an_accented_capital_is_a_byline() -> None:
    assert meta.byline_name("By Émile Durand") == "Émile Durand"
    assert meta.is_byline("Émile Durand | Staff Writer", in_header=True)


@pytest.mark.parametrize(
    ("page", "byline"),
    [
        # The person the headline is about, not the writer.
        (
            "The Harlow Courier\nVold hails trade talks as 'a new chapter'\nAnn Vold in Delhi\n"
            "Published 12 March 2024\nThe prime minister arrived in New Delhi on Tuesday for two days of talks.\n",
            None,
        ),
        # A "By" line over a bare name under the headline.
        (
            "The Harlow Courier\nTrade talks open in Delhi\nAnn Vold in Delhi\nBy Jo Roe\n"
            "The prime minister arrived in New Delhi on Tuesday for two days of talks.\n",
            "Jo Roe",
        ),
        # A film's credits in a review, no critic named.
        (
            "The Kessling Review\nFilm review: 'The Long Quiet' is a portrait of grief\nDirected by Marta Kowalczyk\n"
            "Written by Hal Berg and Marta Kowalczyk\nStarring Ines Duarte, Tom Reyes\n"
            "There are films that announce their intentions in the first scene, and there are films like this one.\n",
            None,
        ),
        # A reporter whose surname is a word of the headline.
        (
            "The Barnsbury Echo\nNews | Business | Sport\nPrice of a loaf has doubled in three years, bakers say\n"
            "Tom Price\n11 May 2023\nThe price of a standard white loaf in Barnsbury has doubled since 2020.\n",
            "Tom Price",
        ),
        # A photo caption's "Name in Place" is no byline.
        (
            "The Capital Ledger\nPolitics | Business | World\nPM promises tax cuts for small firms\n"
            "Claire Dubois in Ottawa\n9 April 2024\nThe prime minister promised on Tuesday to cut the small "
            "business tax rate by two points if re-elected.\n",
            None,
        ),
        # A "By" line in a box of other stories further down does not replace the byline.
        (
            "Riverbend Today\nNews | Community | Events\nLibrary to stay open on Sundays after petition\n"
            "Harriet Cole\nNovember 15, 2022\nThe Riverbend Public Library will keep its Sunday hours after "
            "more than 1,500 residents signed a petition.\nMore from Riverbend Today\n"
            "Council approves road budget for 2023\nBy Omar Lindqvist\n",
            "Harriet Cole",
        ),
    ],
    ids=[
        "headline-names-the-subject",
        "by-line-first",
        "film-credits",
        "surname-in-headline",
        "photo-caption",
        "by-line-in-a-box-below",
    ],
)
def test_the_byline_under_the_headline(page: str, byline: str | None) -> None:
    assert _cleaned_page(page).metadata.byline == byline


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("[Logo: CHNV Channel 6 News]", "CHNV Channel 6 News"), ("WBRL Channel 7", "WBRL Channel 7")],
)
def test_a_broadcasters_name_may_hold_its_channel_number(line: str, outlet: str) -> None:
    found = meta.LOGO_LINE.fullmatch(line)
    assert (found.group("labelled") if found else meta.site_name(line)) == outlet


def test_a_job_under_the_byline_is_its_credit_not_the_headline() -> None:
    page = (
        "The Sandy Creek Tribune-Star Online -- Sports\nSunday, April 13, 1997\nBy Ron Petrakis\n"
        "Tribune-Star Sports Editor\nThe Wildcats had not won a state title in 31 years before Saturday night.\n"
    )
    cleaned = _cleaned_page(page)
    assert cleaned.metadata.title != "Tribune-Star Sports Editor"
    assert [r.reason for r in cleaned.removed if r.text == "Tribune-Star Sports Editor"] == ["contributor credit"]


@pytest.mark.parametrize(
    ("stamp", "outlet"),
    [
        ("THE NORTHFIELD ENTERPRISE, FRIDAY, JUNE 14, 1996 — PAGE A3", "THE NORTHFIELD ENTERPRISE"),
        ("PUBLISHED: 08:41, 3 March 2013 | UPDATED: 10:02, 3 March 2013", None),  # a label and a time, no paper
    ],
)
def test_a_print_folio_names_the_paper_before_its_date(stamp: str, outlet: str | None) -> None:
    assert meta.infer_metadata(_removed(("dateline/publication stamp", stamp))).outlet == outlet


_STORY = (
    "Council votes to close the Elm Street pool for good\n"
    "By Jo Roe\n"
    "March 4, 2019\n"
    "The town council voted 5-2 on Monday night to close the Elm Street pool, shut since a roof leak.\n"
    "Councillor Ann Vold said the repair bill of $1.2 million was more than the town could afford.\n"
    "Swimmers will be offered passes to the county pool in Harlow until a new site is found.\n"
)


def test_an_emailed_newsletter_gives_its_sender_and_the_subjects_headline() -> None:
    page = (
        "From: Jo Roe from The Gridline <thegridline@substack.com>\n"
        "Subject: Why the grid's new reserve rule could raise your bill\n"
        "View in browser\n"
        "The Gridline\n"
        "Why the grid's new reserve rule could raise your bill\n"
        "Jo Roe\n"
        "Apr 21, 2023\n"
        "State regulators voted on Thursday to require the grid operator to hold more reserve power.\n"
        "Someone pays for standby power, and that someone is the household on the other end of the bill.\n"
        "By my rough math, the rule adds $2 to $4 a month to a typical household bill.\n"
    )
    metadata = _cleaned_page(page).metadata
    assert (metadata.outlet, metadata.title, metadata.byline) == (
        "The Gridline",
        "Why the grid's new reserve rule could raise your bill",
        "Jo Roe",
    )


def test_a_subject_lines_newsletter_label_gives_way_to_the_headline_below() -> None:
    removed = _removed(
        ("headline", "Subject: Morning Edition: Witbank residents face third day without water"),
        ("standfirst", "Witbank residents face third day without water after pipe burst"),
    )
    assert meta.infer_metadata(removed).title == "Witbank residents face third day without water after pipe burst"


def test_a_blogs_title_line_names_the_site_before_the_post() -> None:
    removed = _removed(
        ("headline", "Prairie Dispatch: Legislature's property tax deal: who actually wins?"),
        ("standfirst", "PRAIRIE DISPATCH"),
    )
    metadata = meta.infer_metadata(removed)
    assert (metadata.title, metadata.outlet) == (
        "Legislature's property tax deal: who actually wins?",
        "Prairie Dispatch",
    )


def test_a_listed_outlet_is_named_by_its_domain() -> None:
    removed = _removed(("contributor credit", "Follow Jo Roe on Twitter. E-mail her at jroe@breitbart.com."))
    assert meta.infer_metadata(removed).outlet == meta.known_outlet("Breitbart News")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("THE VISAYAN TRIBUNE | MONDAY, AUGUST 15, 2005", "2005-08-15"),  # a print folio: the paper, then the date
        ("Jo Roe | Monday, August 15, 2005", None),  # a writer's name and a date: a byline's line, no stamp
    ],
)
def test_a_folio_naming_its_paper_before_the_date_is_a_stamp(line: str, iso: str | None) -> None:
    stamp = meta.date_stamp(line)
    assert (stamp.iso if stamp else None) == iso


@pytest.mark.parametrize(
    "line",
    [
        "The Larksford Sentinel is a Harrow & Finch Media publication.",
        "Hallowby Evening Mail is part of Midshire Media. © 2022 Midshire Media Ltd.",
    ],
)
def test_a_line_naming_the_outlets_publisher_is_furniture(line: str) -> None:
    assert _cleaned_page(_STORY + line + "\n").paragraphs[-1].text != line


def test_a_place_that_is_part_of_another_is_article_text() -> None:
    line = "Eastfield is part of Harlow County."
    assert _cleaned_page(_STORY + line + "\n").paragraphs[-1].text == line


@pytest.mark.parametrize(
    "pieces",
    [
        (("headline", "Re: the closure of Fenwick Road"), ("standfirst", "Residents write about the closure")),
        (("category label", "ANALYSIS"), ("headline", "Analysis: Why the bypass keeps slipping")),
        (("category label", "Budget 2019"), ("headline", "Budget 2019: what it means for you")),
        (("byline", "Gemma Hurst"), ("headline", "Gemma Hurst: why I left the council")),
    ],
    ids=["letters-page", "kicker", "topic-tag", "writers-name"],
)
def test_a_headline_keeps_its_kicker(pieces: tuple[tuple[RemovalReason, str], ...]) -> None:
    headline = next(text for reason, text in pieces if reason == "headline")
    assert meta.infer_metadata(_removed(*pieces)).title == headline


def test_a_row_of_page_tools_is_no_site_menu() -> None:
    page = (
        "Harbour levy on visiting yachts approved\n"
        "Listen | Print | Text size\n"
        "Port authority says the levy will pay for new pontoons\n"
        "By Jo Roe\n"
        "March 4, 2019\n"
        "The harbour board voted on Thursday for a levy of £4 a night on visiting yachts.\n"
        "The money will pay for new pontoons and a shower block, the board said.\n"
    )
    assert _cleaned_page(page).metadata.title == "Harbour levy on visiting yachts approved"


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        # The holder of a copyright named before its sign, "All Rights Reserved" after it.
        (_STORY + "The Marlow Tribune © All Rights Reserved\n", "The Marlow Tribune"),
        # A logo's text over the headline, as a scrape leaves it.
        ("[logo] Brackley Weekly\nNews | Schools | Sports | Calendar\n" + _STORY, "Brackley Weekly"),
        ("Image: The Carrow Mercury\nNews | Sport | Business | Jobs\n" + _STORY, "The Carrow Mercury"),
        # A label or a section above the headline is no site's name; the footer names the site.
        ("EXCLUSIVE\n" + _STORY + "© 2019 The Mersey Star\n", "The Mersey Star"),
        (
            "Counties | Kisumu\n" + _STORY + "Copyright © 2019 The Nyanza Mirror. All Rights Reserved.\n",
            "The Nyanza Mirror",
        ),
        # A British site's menu with its "Comment" section is still its menu, under the site's name.
        ("The Cloister\nNews | Comment | Culture | Sport\n" + _STORY, "The Cloister"),
        # The page's own people's e-mail domain, when nothing else names the outlet; no mail service's.
        (_STORY + "Reporter Jo Roe can be reached at jroe@okaneestar.com.\n", "okaneestar.com"),
        (_STORY + "Have a tip? E-mail news@eastrandbulletin.co.za\n", "eastrandbulletin.co.za"),
        (_STORY + "Reporter Jo Roe can be reached at joroe1961@gmail.com.\n", None),
        # A line saying whose the outlet is, its owner's copyright after it; a firm's "&" is part of its name.
        (_STORY + "The Larksford Sentinel is a Harrow & Finch Media publication.\n", "The Larksford Sentinel"),
        (
            _STORY + "Hallowby Evening Mail is part of Midshire Media. © 2022 Midshire Media Ltd.\n",
            "Hallowby Evening Mail",
        ),
        (_STORY + "© 2014 Harrow & Finch Media, Inc. All rights reserved.\n", "Harrow & Finch Media"),
        # A staff address's domain, by the name the article spells it with.
        (
            _STORY + "The Carrick Standard has backed the plan.\nLetters: letters@carrickstandard.ie\n",
            "The Carrick Standard",
        ),
        # A masthead that is only the site's address in lower case: as written, or the name it spells.
        ("pinelandsnow.ca\n" + _STORY, "pinelandsnow.ca"),
        ("chemplantinsider.com\n" + _STORY + "Jo Roe covers safety for ChemPlant Insider.\n", "ChemPlant Insider"),
        # An e-mail quoted in an article (a press office's, a scam's) names no outlet of the page.
        (
            _STORY + "The e-mail read:\nFrom: Harlow Highways Press Office <press@harlow.example.org>\n"
            "The council later apologised.\n",
            None,
        ),
        # A picture atop the page that is the story's, not a logo: the page's own name wins.
        ("Image: Mercury Theatre\n" + _STORY + "More from Tamsworth Weekly:\n", "Tamsworth Weekly"),
        ("Picture: PA\n" + _STORY, None),
        # "Published in" a section, or a journal cited under the article, is no publication of the page.
        (_STORY.replace("March 4, 2019\n", "Published in Local News\nMarch 4, 2019\n"), None),
        (_STORY + "Published in Marine Ecology Progress Series\n", None),
        # A person's own domain, a university's, an internet provider's: no outlet.
        (_STORY + "Contact Rhian at rhian@rhiancastell.co.uk\n", None),
        (_STORY + "Reporter Jo Roe can be reached at j.roe@harwick.ac.uk.\n", None),
        (_STORY + "Reporter Jo Roe can be reached at joroe@shaw.ca.\n", None),
        # A list of press coverage: a paper's name and a date name neither the page nor its date.
        (_STORY + "In the press\nArdmore Sentinel | September 12, 2015\n", None),
        # A station and its firm in one copyright: the station.
        (_STORY + "Copyright 2023 WVKT & Lakeshore Broadcasting Inc. All rights reserved.\n", "WVKT"),
        # A freelancer's, a press agency's or a charity's address names no outlet.
        (_STORY + "Tom Reilly is a freelance writer. Contact him at tom@reillywords.ie\n", None),
        (_STORY + "Media contact: Sarah Dunne, Dunne Communications, sarah@dunnepr.com\n", None),
        (_STORY + "For more information, email volunteering@rowanhospice.org.uk\n", None),
        # A picture agency's credit atop the page is no logo.
        ("Picture: Wales News Service\n" + _STORY, None),
    ],
    ids=[
        "copyright-after-name",
        "logo-bracketed",
        "logo-image-label",
        "exclusive-label",
        "breadcrumb-section",
        "comment-section-menu",
        "staff-mail-domain",
        "tip-line-domain",
        "mail-service-domain",
        "publication-of",
        "part-of",
        "ampersand-firm",
        "domain-spelt-in-article",
        "lower-case-address",
        "address-spelt",
        "quoted-email",
        "story-picture",
        "agency-picture",
        "published-in-section",
        "journal-citation",
        "personal-domain",
        "university-domain",
        "provider-domain",
        "press-list",
        "station-and-firm",
        "freelancer",
        "press-agency",
        "charity",
        "agency-picture-credit",
    ],
)
def test_outlet_a_page_states_beyond_its_masthead(page: str, outlet: str | None) -> None:
    """Where a page names its outlet besides its masthead (a copyright, a logo, a staff address,
    a publisher's line), and the lines that only look like it (another's address, a picture's
    credit, a quoted e-mail) naming none."""
    assert _cleaned_page(page).metadata.outlet == outlet


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("06/05/2018 05:31 pm ET", None),  # a stamp alone: no headline
        ("3 hurt", "3 hurt"),  # a short headline with a number is still one
        ("Riot at 5", "Riot at 5"),
    ],
)
def test_a_stamp_read_as_the_headline_is_none(headline: str, title: str | None) -> None:
    assert meta.infer_metadata(_removed(("headline", headline))).title == title


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("The O'Brien County Times", "The O'Brien County Times"),  # an apostrophe in a name
        ("Millbrook's Hometown Weekly", None),  # a motto saying whose paper it is
    ],
)
def test_an_outlet_name_alone_above_the_headline(name: str, outlet: str | None) -> None:
    removed = _removed(
        ("navigation", "Today | Sports | Audio"), ("category label", name), ("headline", "Pool to reopen")
    )
    assert meta.infer_metadata(removed).outlet == outlet
