"""One entity per source within a document (`framing.entities`), on texts written for this file."""

from __future__ import annotations

import pytest

from framing.attribution import find_attributions
from framing.entities import document_entities, parse_mention
from framing.segmentation import split_sentences
from framing.types import Analysis, Attribution, Entity, Sentence, Span

DOC = (
    "The water ministry published its flood plan on Monday.\n\n"
    '"The new dykes will be finished by May," said ministry spokeswoman Clara Hensel. '
    "Hensel added that the budget had not changed. "
    "She said the contractors had been paid on time. "
    "Dr. Paul Ocampo, a hydrologist at the state university, said the dykes were too low. "
    "Union leader Maria Santos told reporters that workers had not been consulted. "
    "A survey by the Farmers' Forum found that most growers back the plan. "
    "Critics argue the plan will fail. "
    "The spokeswoman said the ministry would listen."
)


def _entities(text: str) -> tuple[list[Entity | None], list[tuple[Entity, list[int]]]]:
    spans = split_sentences(text)
    return document_entities(text, find_attributions(text, spans))


def test_a_spokeswoman_named_with_title_then_surname_then_she_is_one_entity() -> None:
    per, ents = _entities(DOC)
    hensel = Entity("Clara Hensel", "ministry spokeswoman", "person")
    assert per[1] == per[2] == per[3] == per[8] == hensel
    [(_, claims)] = [(e, ks) for e, ks in ents if e == hensel]
    assert claims == [1, 2, 3, 8]


def test_every_source_of_the_document_is_found_once() -> None:
    _, ents = _entities(DOC)
    got = {(e.name, e.type) for e, ks in ents if ks}
    assert got == {
        ("Clara Hensel", "person"),
        ("Paul Ocampo", "person"),  # an academic title is left out (entity_office_titles)
        ("Maria Santos", "person"),
        ("a survey by the Farmers' Forum", "poll"),
        ("Critics", "anonymous"),
    }
    titles = {e.name: e.title for e, _ in ents}
    assert titles["Paul Ocampo"] == "hydrologist"  # the workplace is no part of the title
    assert titles["Maria Santos"] == "Union leader"


@pytest.mark.parametrize(
    ("text", "name", "title", "type_"),
    [
        ("Health Minister Jane Okafor", "Jane Okafor", "Health Minister", "person"),
        ("Mr. Tedesco", "Tedesco", None, "person"),
        ("Ines Berg, the harbour master", "Ines Berg", "harbour master", "person"),
        ("the Ministry of Transport", "Ministry of Transport", None, "organisation"),
        ("a new poll", "new poll", None, "poll"),
        ("the audit report", "audit report", None, "document"),
        ("officials", "officials", None, "anonymous"),
        ("some residents", "some residents", None, "anonymous"),
        # a document owned by a named person is that person; by an organisation it stays one
        ("Senator Ana Ruiz's statement", "Ana Ruiz", None, "person"),
        ("the Ministry's report", "Ministry's report", None, "document"),
        # a first name makes a person even before a word that names a document or a bill
        ("William Report", "William Report", None, "person"),
        ("Bill Grant", "Bill Grant", None, "person"),
        # named people "of" their organisation, one or a pair
        ("Marsh of the Visitors Bureau", "Marsh", "Visitors Bureau", "person"),
        (
            "Ana Ruiz and Ed Cole of Tidewater Games",
            "Ana Ruiz and Ed Cole",
            "Tidewater Games",
            "person",
        ),
        # a title "of" a place before the name; an organisation "of" a place stays one
        ("Governor of Oregon Dana Whitfield", "Dana Whitfield", "Governor of Oregon", "person"),
        ("the Bank of Iceland", "Bank of Iceland", None, "organisation"),
        ("Secretary of State Ina Holt", "Ina Holt", "Secretary of State", "person"),
        # a capitalised role noun (lexicons/entity_role_nouns.txt) ends the title, even after
        # an organisation's word; an organisation named after a role stays one
        ("Prosecutor Lena Okafor", "Lena Okafor", "Prosecutor", "person"),
        ("District Press Officer R K Das", "R K Das", "District Press Officer", "person"),
        ("Harbour Trust co-ordinator Tim Rowe", "Tim Rowe", "Harbour Trust co-ordinator", "person"),
        ("the Police Officers Union", "Police Officers Union", None, "organisation"),
    ],
)
def test_a_mention_is_read_into_name_title_and_type(
    text: str, name: str, title: str | None, type_: str
) -> None:
    m = parse_mention(text)
    assert (m.name, m.title, m.type) == (name, title, type_)


def test_a_surname_does_not_merge_with_another_first_name() -> None:
    text = "Anna Reyes said the port was closed. Luis Reyes said it was open. Reyes said more."
    per, ents = _entities(text)
    assert per[0] != per[1]
    assert len([e for e, _ in ents]) == 2


def test_sentence_and_summary_carry_the_entity() -> None:
    ent = Entity("Clara Hensel", "ministry spokeswoman", "person")
    probs = {"claim": 0.8, "fact": 0.1, "framing": 0.1}
    sents = [
        Sentence(0, "a", 0, 1, "claim", probs, source_entity=ent),
        Sentence(1, "b", 2, 3, "claim", probs, source_entity=ent),
        Sentence(2, "c", 4, 5, "fact", {"claim": 0.0, "fact": 1.0, "framing": 0.0}),
    ]
    row = sents[0].to_dict()
    assert row["source_entity"] == {
        "name": "Clara Hensel",
        "title": "ministry spokeswoman",
        "type": "person",
    }
    assert row["kind"] == "prose"
    assert sents[2].to_dict()["source_entity"] is None
    summary = Analysis("a b c", sents).summary
    assert summary["entities"] == [
        {"name": "Clara Hensel", "title": "ministry spokeswoman", "type": "person", "claims": 2}
    ]
    assert {"n_sentences", "counts", "shares", "sources", "lang"} <= set(summary)


def test_a_surname_source_takes_the_full_name_the_document_gives_elsewhere() -> None:
    text = (
        "The museum hired Nadia Okonkwo as its new curator in March.\n\n"
        "Okonkwo said the collection would move to the north wing. "
        "She added that the old rooms were too damp."
    )
    per, _ = _entities(text)
    assert per[1] is not None and per[1].name == "Nadia Okonkwo"
    assert per[2] == per[1]


def test_the_full_name_leaves_out_the_title_before_it() -> None:
    text = (
        "The agency named FAA Director Lena Whitcombe to lead the review.\n\n"
        "Whitcombe said the review would take a year."
    )
    per, _ = _entities(text)
    assert per[1] is not None and per[1].name == "Lena Whitcombe"


def test_a_two_word_surname_takes_the_first_name_before_it() -> None:
    text = (
        "Prime Minister Poul Nyrup Rasmussen met the unions on Friday.\n\n"
        "Nyrup Rasmussen said the government would not intervene."
    )
    per, _ = _entities(text)
    assert per[1] is not None and per[1].name == "Poul Nyrup Rasmussen"


def test_a_different_first_name_with_the_same_surname_is_not_taken() -> None:
    text = (
        "Tom Berg opened the shop in 1990.\n\n"
        "Anna Berg, his daughter, said the shop would close. "
        "Berg said the rent had doubled."
    )
    per, _ = _entities(text)
    assert per[1] is not None and per[1].name == "Anna Berg"


# ---- issue 12, fourth round: names with a nationality, a place, a suffix; companies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a nationality before the name is no part of it
        (
            "The aid worker was freed on Sunday.\n\n"
            '"We were treated well," Danish Henrik Vestergaard said.',
            "Henrik Vestergaard",
        ),
        # "Governor of <place> <name>": the place ends the title
        (
            "The state lost the bid.\n\nGovernor of Oregon Dana Whitfield said the decision hurt.",
            "Dana Whitfield",
        ),
        # a title the document writes before the full name is cut
        (
            "Federal Administrator Ruth Calloway opened the hearing.\n\n"
            "Calloway said the rules would change.",
            "Ruth Calloway",
        ),
        # "Jr." after the name belongs to it
        (
            "A march honoured Elroy Banks Jr. on Saturday.\n\n"
            "Banks said the city owed its workers more.",
            "Elroy Banks Jr.",
        ),
        # a name the document writes on with a particle and more name words
        (
            "Sheikh Omar Bin Salim Al Harthy opened the port.\n\n"
            "Sheikh Omar said the port would grow.",
            "Sheikh Omar Bin Salim Al Harthy",
        ),
        # a surname that is also a document noun, with a first name elsewhere in the document
        (
            "The mill was run by Mary Report for ten years.\n\nReport said the mill would close.",
            "Mary Report",
        ),
        # a name without a suffix in the document keeps none
        (
            "A march honoured Elroy Banks on Saturday.\n\nBanks said the city owed them more.",
            "Elroy Banks",
        ),
    ],
)
def test_a_person_name_is_cut_and_completed_as_the_document_writes_it(text: str, name: str) -> None:
    per, _ = _entities(text)
    assert per[1] is not None and per[1].name == name
    assert per[1].type == "person"


COMPANY = (
    "Tolland Marine Holdings Inc. cut its forecast on Tuesday.\n\n"
    "Tolland said orders for ferries had fallen by a third. "
    "The company said it would close a yard in Wales."
)


def test_a_company_named_with_its_suffix_is_one_organisation() -> None:
    per, ents = _entities(COMPANY)
    tolland = Entity("Tolland Marine Holdings Inc.", None, "organisation")
    assert per[1] == per[2] == tolland
    assert [ks for e, ks in ents if e == tolland] == [[1, 2]]


def test_the_company_stays_a_role_when_the_document_names_no_company() -> None:
    text = (
        "Orders for ferries fell by a third.\n\n"
        "Ruth Tolland said the yard was quiet. "
        "The company said it would close a yard in Wales."
    )
    per, _ = _entities(text)
    assert per[1] is not None and (per[1].name, per[1].type) == ("Ruth Tolland", "person")
    assert per[2] is not None and per[2].name == "the company"  # its article (attr12)


def test_she_does_not_join_the_addressee_you() -> None:
    text = (
        "The shelter is full.\n\n"
        "You said in May that the shelter needed money.\n\n"
        "She said the shelter needed blankets."
    )
    per, _ = _entities(text)
    assert per[1] is not None and per[1].name == "You"
    assert per[2] is not None and per[2].name == "She"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a she no source can take: the nearest name before it
        (
            "The nuns met in the hall. After the prayers and a long walk in the garden, I talked "
            "to the resident nun, Ani Holm, about the mind.\n\n"
            "She said the mind can only be known from inside.",
            "Ani Holm",
        ),
        # ... of a compatible gender, else the pronoun stays
        (
            "The monks met in the hall. After the prayers and a long walk in the garden, I talked "
            "to the resident monk, Tom Holm, about the mind.\n\n"
            "She said the mind can only be known from inside.",
            "She",
        ),
    ],
)
def test_an_unresolved_pronoun_takes_the_nearest_name_before_it(text: str, name: str) -> None:
    per, _ = _entities(text)
    assert per[2] is not None and per[2].name == name


# ---- issue 12, fifth round: groups, broadcasters, acronyms, comment headers


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # a plural noun "of" an organisation opens the organisation's name, not a person's
        ("Friends of the Marsh", "Friends of the Marsh", "organisation"),
        ("Tova of the Marsh Trust", "Tova", "person"),
        # a common noun before a preposition heads the source, the phrase as written
        ("officials at the Lindqvist Gallery", "officials at the Lindqvist Gallery", "anonymous"),
        ("a 40-year-old baker in Ostrava", "a 40-year-old baker in Ostrava", "anonymous"),
        ("the members of her union", "the members of her union", "anonymous"),
        ("the spokeswoman for the port", "spokeswoman for the port", "role"),
        ("the Bank of Iceland", "Bank of Iceland", "organisation"),
        # a broadcaster or the police speak as an organisation; a group plural is anonymous
        ("Latvian radio", "Latvian radio", "organisation"),
        ("Police", "Police", "organisation"),
        ("Harbour leaders", "Harbour leaders", "anonymous"),
        ("Calvinists", "Calvinists", "anonymous"),
        ("Mr. Collins", "Collins", "person"),
        # a source span that ran into its cue leaves the cue out; an acronym is an organisation
        ("Latvian radio said", "Latvian radio", "organisation"),
        ("OECD", "OECD", "organisation"),
        ("I", "I", "pronoun"),
    ],
)
def test_groups_broadcasters_and_acronyms_are_typed(text: str, name: str, type_: str) -> None:
    m = parse_mention(text)
    assert (m.name, m.type) == (name, type_)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # an acronym the document spells out takes the long name
        (
            "The Baltic Fisheries Council met in Riga.\n\n"
            "The BFC said cod stocks had fallen by half.",
            "the Baltic Fisheries Council",  # with its article, as written (attr12)
            "organisation",
        ),
        # a transcript's capitalised speaker is the person its prose names
        (
            "The debate was held in Tulsa between Dora Kessel and a rival.\n\n"
            "KESSEL said taxes would fall.",
            "Dora Kessel",
            "person",
        ),
        # neither: the acronym stays an organisation
        ("The hearing was short.\n\nThe OECD said growth would slow.", "the OECD", "organisation"),
    ],
)
def test_an_acronym_is_spelled_out_from_the_document(text: str, name: str, type_: str) -> None:
    per, _ = _entities(text)
    assert per[1] is not None and (per[1].name, per[1].type) == (name, type_)


def test_a_blog_comment_header_names_a_person_even_in_lower_case() -> None:
    text = (
        "The new rules start in May.\n\n"
        "jo marsh said... I think the rules are unfair. They will hurt small shops.\n\n"
        "some shop owners said the rules were fair."
    )
    per, _ = _entities(text)
    assert per[1] is not None and (per[1].name, per[1].type) == ("jo marsh", "person")
    assert per[2] == per[3] == per[1]  # the comment's sentences
    assert per[4] is not None and per[4].type == "anonymous"


def _attr(text: str, source: str, cue: str, start: int = 0, resolved: str | None = None) -> list:
    """One hand-made attribution of ``text``: its source and cue found from ``start``."""
    s = text.index(source, start)
    c = text.index(cue, start)
    res = None
    if resolved is not None:
        r = text.index(resolved)
        res = Span(resolved, r, r + len(resolved))
    return [Attribution(Span(cue, c, c + len(cue)), Span(source, s, s + len(source)), res)]


def test_a_pronoun_resolved_to_a_lone_word_that_names_nobody_takes_the_recent_source() -> None:
    text = (
        "A 40-year-old baker in Ostrava said bread prices had doubled. "
        "The baker said Brioche sold badly. "
        "Brioche was once popular, she said. "
        "Mirek Dvorak, the mayor, said prices would fall. "
        "Later he said Dvorak Street would close."
    )
    b = text.index("Brioche was")
    later = text.index("Later")
    rows = [
        _attr(text, "A 40-year-old baker in Ostrava", "said"),
        _attr(text, "The baker", "said", text.index("The baker")),
        _attr(text, "she", "said", b, resolved="Brioche"),
        _attr(text, "Mirek Dvorak", "said", text.index("Mirek")),
        _attr(text, "he", "said", later, resolved="Mirek Dvorak"),
    ]
    per, _ = document_entities(text, rows)
    baker = Entity("A 40-year-old baker in Ostrava", "baker", "anonymous")  # its job word
    # "The baker" and "she" (resolved to "Brioche", a lone word no person has) are the baker
    assert per[0] == per[1] == per[2] == baker
    # a two-word name stays the pronoun's person
    assert per[4] is not None and per[4].name == "Mirek Dvorak" == per[3].name


def test_a_lone_word_written_after_a_title_is_a_person_a_pronoun_can_be() -> None:
    text = (
        "Judge Halloran read the verdict. Critics said it was harsh. "
        "He said the law left no choice."
    )
    h = text.index("He said")
    rows = [[], _attr(text, "Critics", "said"), _attr(text, "He", "said", h, "Halloran")]
    per, _ = document_entities(text, rows)
    assert per[2] is not None and (per[2].name, per[2].type) == ("Halloran", "person")


def test_a_person_still_speaking_in_a_quotation_is_the_recent_one_for_he() -> None:
    text = (
        "Tobias Ek chairs the board.\n\n"
        '"We will grow," Ek said. "We will hire more welders in the northern yards. '
        "We will build two more ferries for the island routes. We will train apprentices. "
        "We will export the new hulls to the Baltic ports. We will lend to our suppliers. "
        'We will invest in the dry dock. We will win the navy contract next spring."\n\n'
        "Nobody doubts it. Then he said more."
    )
    spans = split_sentences(text)
    rows = find_attributions(text, spans)
    per, _ = document_entities(text, rows)
    last = per[-1]
    assert last is not None and last.name == "Tobias Ek"
    nobody = [e for e in per if e is not None and e.name == "Nobody"]
    assert all(e.type == "anonymous" for e in nobody)


@pytest.mark.parametrize(
    ("text", "k", "name", "type_"),
    [
        # an unnamed judge the document names once with the title
        (
            "A judge said the fine was too high.\n\nJudge Ada Moyo ruled that the law was unclear.",
            0,
            "Ada Moyo",
            "person",
        ),
        # two judges named: no telling which one, the judge stays unnamed
        (
            "A judge said the fine was too high.\n\n"
            "Judge Ada Moyo and Judge Tom Reyes heard the case.",
            0,
            "A judge",
            "anonymous",
        ),
        # a lone surname after a title, with no first name in the document, keeps the title
        (
            "The court met on Monday.\n\nJustice Varga said the law was clear.",
            1,
            "Justice Varga",
            "person",
        ),
        # ... not an honorific
        ("The court met on Monday.\n\nMr. Varga said the law was clear.", 1, "Mr. Varga", "person"),
        # a company noun after "the" is the company the document names with its suffix
        (
            "Brask Ferry Lines Inc. cut its forecast.\n\nThe ship operator said costs rose.\n\n"
            "The carrier said orders fell.",
            2,
            "Brask Ferry Lines Inc.",
            "organisation",
        ),
        # a name after its lower-case kind
        (
            "The town was calm.\n\nThe rebel group Vanguard said it would talk.",
            1,
            "Vanguard",
            "organisation",
        ),
    ],
)
def test_unnamed_sources_titles_and_kinds_take_the_name_the_document_gives(
    text: str, k: int, name: str, type_: str
) -> None:
    per, _ = _entities(text)
    assert per[k] is not None and (per[k].name, per[k].type) == (name, type_)


@pytest.mark.parametrize(
    ("text", "k", "name"),
    [
        # a lone name the document writes once with a surname after it
        ("Our guide Tomek Walczyk met us.\n\nTomek said the road was closed.", 1, "Tomek Walczyk"),
        # two surnames after it: no telling, the name stays
        (
            "Our guide Tomek Walczyk met us, and a guide Tomek Nowak too.\n\n"
            "Tomek said the road was closed.",
            1,
            "Tomek",
        ),
        # a bare "the report" is the one report the document names with capitals
        (
            "The Coastal Erosion Review came out on Monday.\n\n"
            "The report said the dunes were shrinking.",
            1,
            "the Coastal Erosion Review",
        ),
        # two named: the report stays a report
        (
            "The Coastal Erosion Review and the Harbour Silt Review came out.\n\n"
            "The report said the dunes were shrinking.",
            1,
            "the report",
        ),
    ],
)
def test_a_lone_name_or_report_takes_the_one_full_form_the_document_writes(
    text: str, k: int, name: str
) -> None:
    per, _ = _entities(text)
    assert per[k] is not None and per[k].name == name


def test_an_acronym_and_its_spelled_out_name_are_one_entity() -> None:
    text = (
        "The Baltic Fisheries Council said cod stocks had fallen.\n\n"
        "The BFC said quotas would be cut."
    )
    per, ents = _entities(text)
    assert per[0] == per[1]
    assert [e.name for e, ks in ents if ks] == ["the Baltic Fisheries Council"]
