"""Entity names as the document gives them (issue 12, attr9): honorifics, job titles before a
name, organisation names, extra words in a source phrase, a title resolved to the named person,
organisation types. Sentences written for this file; a negative case for each family."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from framing.attribution import find_attributions
from framing.entities import document_entities, parse_mention
from framing.segmentation import split_sentences
from framing.types import Entity


def _per(text: str) -> list[Entity | None]:
    spans = split_sentences(text)
    return document_entities(text, find_attributions(text, spans))[0]


def _bench():  # benchmarks/attribution_docs.py, for its name comparison
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "attribution_docs.py"
    spec = importlib.util.spec_from_file_location("attribution_docs", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("attribution_docs", mod)
    spec.loader.exec_module(mod)
    return mod


# ------------------------------------------------------------ 1. honorifics in the metric


@pytest.mark.parametrize(
    ("gold", "ours", "same"),
    [
        ("Dr Grace Wanjiku", "grace wanjiku", True),
        ("alhaji chief musa bello", "musa bello", True),
        ("Prof. Emeka Obi", "emeka obi", True),
        ("the Harbour Board", "harbour board", True),
        # not a licence to drop a name word: first names still count
        ("Dr Grace Wanjiku", "wanjiku", False),
        ("Sir", "sir", True),  # a lone word is kept, not emptied
    ],
)
def test_the_benchmark_ignores_honorifics_on_both_sides(gold: str, ours: str, same: bool) -> None:
    bare = _bench()._bare
    assert (bare(gold.lower()) == bare(ours)) is same


def test_an_honorific_that_tells_no_gender_is_the_title() -> None:
    m = parse_mention("Dr Grace Wanjiku")
    assert (m.name, m.title, m.type) == ("Grace Wanjiku", "Dr", "person")
    m = parse_mention("Alhaji Musa Bello")
    assert (m.name, m.title) == ("Musa Bello", "Alhaji")
    m = parse_mention("Mrs. Ochieng")  # a plain form of address: no title, a gender
    assert (m.name, m.title, m.gender) == ("Ochieng", None, "f")


# ------------------------------------------------------------- 2. job titles before a name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Sociologist Lena Park", "Lena Park", "Sociologist"),
        ("Deputy Tom Mwangi", "Tom Mwangi", "Deputy"),
        ("Principal Joy Achieng", "Joy Achieng", "Principal"),
        ("Harlow Freight Ltd Tom Hale", "Tom Hale", "Harlow Freight Ltd"),
        # a surname that is also a word stays the name
        ("Paul Farmer", "Paul Farmer", None),
        ("Christ Kamau", "Christ Kamau", None),
    ],
)
def test_a_capitalised_job_title_before_a_name_is_the_title(
    text: str, name: str, title: str | None
) -> None:
    m = parse_mention(text)
    assert (m.name, m.title, m.type) == (name, title, "person")


def test_a_surname_takes_the_title_written_before_the_full_name_elsewhere() -> None:
    # the fourteenth session: the entity's title is the one the document gives the person,
    # wherever it gives it (the annotation guide's convention; attr9 left it out)
    text = (
        "Magistrate Ann Kiptoo adjourned the hearing to May. "
        "Kiptoo said the witnesses had to be heard first. "
        "Officer Dan Reyes was in court. Reyes said the van had been stolen."
    )
    per = _per(text)
    assert per[1] == Entity("Ann Kiptoo", "Magistrate", "person")
    assert per[3] == Entity("Dan Reyes", "Officer", "person")


def test_a_person_named_without_a_title_keeps_every_name_word() -> None:
    text = "Lena Park Osei said the data were thin. Osei said more surveys were due."
    assert _per(text)[1] == Entity("Lena Park Osei", None, "person")


# ------------------------------------------- 3. organisation names cut short, datelines


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        (
            "the National Association for Fertiliser Distribution",
            "National Association for Fertiliser Distribution",
            "organisation",
        ),
        ("Black Sea Bulk Logistics", "Black Sea Bulk Logistics", "organisation"),
        ("Prisoners of Conscience", "Prisoners of Conscience", "organisation"),
        # a nationality before a person's name is still cut
        ("Swiss Thomas Gurtner", "Thomas Gurtner", "person"),
        ("Kenyan Wanjiru Otieno", "Wanjiru Otieno", "person"),
        # a name after its title, with "of" in the title, is still a person
        ("Marsh of the Visitors Bureau", "Marsh", "person"),
    ],
)
def test_organisation_names_are_not_cut_at_a_preposition_or_an_adjective(
    text: str, name: str, type_: str
) -> None:
    m = parse_mention(text)
    assert (m.name, m.type) == (name, type_)


def test_a_place_is_no_person_for_a_pronoun() -> None:
    text = (
        "NAIROBI (Reuters) - Fuel prices rose again this week.\n\n"
        'Across Kenya, the queues grew longer. "It cannot go on," he said.'
    )
    per = _per(text)
    assert per[-1] is not None and per[-1].name not in ("NAIROBI", "Across Kenya")
    # a person written before the pronoun is still taken, with the title before her name
    text = 'Dr Amina Yusuf runs the clinic.\n\n"It cannot go on," she said.'
    assert _per(text)[-1] == Entity("Amina Yusuf", "Dr", "person")


def test_a_three_part_name_is_not_cut_to_two_words() -> None:
    text = "Premier Tan Wei Ming opened the bridge on Monday. Tan said trade would grow."
    assert _per(text)[1] == Entity("Tan Wei Ming", None, "person")
    # a name of two words followed by a weekday keeps two words
    text = "Chairman Ole Sund spoke. Ole Sund Monday was busy. Ole said the vote was fair."
    assert _per(text)[2] is not None and _per(text)[2].name != "Ole Sund Monday"


# --------------------------------------------------- 4. extra words in the source phrase


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        (
            "Data from the Northern Millers Association",
            "Northern Millers Association",
            "organisation",
        ),
        ("figures from the Harbour Board", "Harbour Board", "organisation"),
        ("Figures in a report by the ministry", "report by the ministry", "document"),
        ("three days and railway officials", "railway officials", "anonymous"),
        (
            "The tenants, represented by the Lakeside Tenants Union",
            "Lakeside Tenants Union",
            "organisation",
        ),
        # the leading words stay where what follows names no source
        ("Figures from residents", "Figures from residents", "document"),
        ("Tom and Ana Berg", "Tom and Ana Berg", "person"),
    ],
)
def test_the_entity_is_the_source_inside_a_longer_phrase(text: str, name: str, type_: str) -> None:
    m = parse_mention(text)
    assert (m.name, m.type) == (name, type_)


# --------------------------------------- 5. a title resolved to the person named with it


def test_a_title_with_a_name_in_apposition_is_that_person() -> None:
    text = (
        "The state Commissioner of Police, Mr Ibrahim Garba, said four men were held. "
        "The commissioner said they would be charged on Monday."
    )
    per = _per(text)
    garba = Entity("Ibrahim Garba", "state Commissioner of Police", "person")
    assert per[0] == per[1] == garba


def test_a_role_phrase_followed_by_the_name_takes_the_name() -> None:
    text = (
        "According to the club's general manager, Ben Okello, the pitch was flooded. "
        "Okello said the match would be replayed."
    )
    per = _per(text)
    assert per[0] == per[1]
    assert per[0] is not None and (per[0].name, per[0].type) == ("Ben Okello", "person")
    # a date after the comma is no name
    per = _per("The spokesman, in March, said the firm would close.")
    assert per[0] is not None and per[0].type != "person"


def test_a_role_takes_the_name_the_document_gives_it_in_apposition_elsewhere() -> None:
    text = (
        "The state Commissioner of Police, Mr Ibrahim Garba, visited the scene on Sunday. "
        "The commissioner said four men had been arrested."
    )
    assert _per(text)[1] == Entity("Ibrahim Garba", "commissioner", "person")
    # two different people with that title: no guess
    text = (
        "The Commissioner of Police, Mr Ibrahim Garba, met the Commissioner of Works, "
        "Ms Ada Eze, on Sunday. The commissioner said the road would reopen."
    )
    assert _per(text)[1] != Entity("Ibrahim Garba", "commissioner", "person")


# -------------------------------------------------------- 6. organisations typed person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Air Force", "Air Force"),
        ("Black Sea Bulk Logistics", "Black Sea Bulk Logistics"),
        ("Northern Grain Holdings", "Northern Grain Holdings"),
        ("The HSE", "HSE"),
    ],
)
def test_organisation_names_are_typed_organisation(text: str, name: str) -> None:
    m = parse_mention(text)
    assert (m.name, m.type) == (name, "organisation")


def test_a_person_is_still_a_person_beside_organisation_words() -> None:
    m = parse_mention("Logistics manager Tom Hale")
    assert (m.name, m.title, m.type) == ("Tom Hale", "Logistics manager", "person")
    per = _per("Ann Lee of Northern Grain Holdings said the harvest was late.")
    assert per[0] == Entity("Ann Lee", "Northern Grain Holdings", "person")


def test_a_date_that_ends_the_source_phrase_is_not_part_of_the_name() -> None:
    m = parse_mention("the Oslo art critic Per Lund in 1911")
    assert (m.name, m.title, m.type) == ("Per Lund", "Oslo art critic", "person")
    m = parse_mention("the minister on Friday")
    assert (m.name, m.type) == ("minister", "role")
    # a weekday inside a name is kept
    m = parse_mention("the Friday Market Traders Union")
    assert (m.name, m.type) == ("Friday Market Traders Union", "organisation")


def test_an_organisation_noun_takes_the_one_organisation_the_text_names_with_it() -> None:
    text = (
        "The Northern Millers' Association met on Monday. "
        "The association said flour would cost more."
    )
    assert _per(text)[1] == Entity("the Northern Millers' Association", None, "organisation")
    # not another organisation named before it
    text = (
        "The Northern Millers' Association met on Monday. The Lakeside Bakers Union met too. "
        "The association said flour would cost more. The union said talks had failed."
    )
    per = _per(text)
    assert per[2] is not None and per[2].name == "the Northern Millers' Association"
    assert per[3] is not None and per[3].name == "the Lakeside Bakers Union"
    # two associations named: no guess
    text = (
        "The Millers' Association met the Bakers' Association. "
        "The association said flour would cost more."
    )
    assert _per(text)[1] is not None and _per(text)[1].name == "the association"


def test_a_pronoun_is_never_a_prize_or_a_hotel() -> None:
    text = (
        "Nina Moss, the manager, met us. The Harbour Hotel was full and the Golden Reed Award "
        'was on show. "We are proud," she said.'
    )
    per = _per(text)
    assert per[-1] is not None and per[-1].name not in ("Harbour Hotel", "Golden Reed Award")
    assert parse_mention("the Harbour Hotel").type == "organisation"
    # a surname that is also a place word is still a person
    assert parse_mention("Ji-woo Park").type == "person"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("News outlets", "anonymous"),
        ("Regional newspapers", "anonymous"),
        ("aid agencies", "anonymous"),
        # words listed as they are keep their type
        ("the press", "role"),  # an organisation role: the last one named
        ("the states", "role"),
    ],
)
def test_a_plural_organisation_noun_is_an_unnamed_group(text: str, type_: str) -> None:
    assert parse_mention(text).type == type_


def test_a_name_after_a_role_phrase_takes_it_as_title_and_is_one_entity() -> None:
    text = (
        "The Crown prosecutor, Mark Dlamini, SC, told the court the boy was neglected. "
        "The prosecutor said the parents had been warned."
    )
    spans = split_sentences(text)
    per, ents = document_entities(text, find_attributions(text, spans))
    assert per[0] == per[1] == Entity("Mark Dlamini", "Crown prosecutor", "person")
    assert [e.name for e, ks in ents if ks] == ["Mark Dlamini"]
    # a preposition phrase before the comma is no title
    per = _per("In the capital, Ruth Wanjiru said the rains had come.")
    assert per[0] == Entity("Ruth Wanjiru", None, "person")


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("a report by the Coastal Fisheries Agency", "Coastal Fisheries Agency", "document"),
        ("A Lakeside Research Center survey", "Lakeside Research Center", "poll"),
        ("a new KBC poll", "KBC", "poll"),
        # no organisation named: the document itself
        ("the Okafor report", "Okafor report", "document"),
        ("a report by the central bank", "report by the central bank", "document"),
        ("Farmers Weekly Report", "Farmers Weekly Report", "organisation"),
    ],
)
def test_a_document_or_poll_of_a_named_organisation_is_named_after_it(
    text: str, name: str, type_: str
) -> None:
    m = parse_mention(text)
    assert (m.name, m.type) == (name, type_)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Sen. Ana Ruiz, R-Texas", "Sen."),
        ("Rep. Dan Kirk (D-Ill.)", "Rep."),
        ("Rep. John Obi, D-Buffalo, N.Y.", "Rep."),
        # an apposition that is a role stays the title
        ("Sen. Ana Ruiz, the committee chair", "committee chair"),
    ],
)
def test_a_party_and_state_tag_is_no_title(text: str, title: str) -> None:
    assert parse_mention(text).title == title


def test_a_stray_quote_mark_as_source_does_not_break_a_document_with_a_company() -> None:
    # found on a 1998 wire story: nested `...''' quotes gave a source of one apostrophe, and
    # the company check indexed its (empty) last word
    import framing

    text = (
        "Harlow Mining Co. closed the pit in 1954.\n\n``A man came out of the office with a "
        "letter, and my father asked, `What's going on?''' recalled Ann Vole, 88, a native of "
        "the town who planned the reunion.\n"
    )
    result = framing.analyze(text)
    assert result.sentences[0].label in ("fact", "framing")
    assert result.sentences[1].label == "claim"
