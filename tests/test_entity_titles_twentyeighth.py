"""Issue 12, twenty-eighth session: titles where the document gives them in a relative clause
("who joined the firm as finance director"), at a headline's end ("Radio Kestrel interviews
Ann Lee, Green Party candidate"), in a copula ("Ruth Obi is the club's head coach."), and the
job word of an unnamed person ("A ministry spokesman said"). Our own sentences."""

from __future__ import annotations

import pytest
from attribution_helpers import claim_entities

import framing
from framing.entities._titles import _anonymous_role, _apposition_title
from framing.entities._written import plain_title

_claim_entities = claim_entities


def test_a_post_taken_in_a_relative_clause_is_the_title() -> None:
    text = (
        '"The figures were worse than we feared," said Tomas Reyes, who joined the cooperative '
        "last spring as finance director after ten years at a bank.\n\n"
        '"We will not close the mill," Reyes added.'
    )
    assert _claim_entities(text) == [("Tomas Reyes", "finance director")] * 2


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ana Ruiz, who later became mayor, said it.", "mayor"),
        (
            "Ana Ruiz, who has served since 2001 as the party's treasurer, said it.",
            "party's treasurer",
        ),
        ("Ana Ruiz, who was appointed in May as chief inspector, said it.", "chief inspector"),
        # seen as / described as: no post taken
        ("Ana Ruiz, who was described as a fearless leader, said it.", None),
        ("Ana Ruiz, who is known as a careful manager, said it.", None),
        # a clause with no job word after "as"
        ("Ana Ruiz, who came to the town as a child, said it.", None),
    ],
)
def test_only_a_post_verb_gives_the_relative_clause_title(text: str, title: str | None) -> None:
    assert _apposition_title("Ana Ruiz", text) == title


def test_a_title_at_a_headline_end_is_found() -> None:
    text = (
        "Radio Kestrel interviews Ann Lee, U.S. Green Party presidential candidate\n\n"
        "Why are you running?\n\n"
        'Lee said: "Because nobody else will say what needs to be said."'
    )
    assert _apposition_title("Ann Lee", text) == "U.S. Green Party presidential candidate"
    assert _claim_entities(text)[-1] == ("Ann Lee", "U.S. Green Party presidential candidate")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ruth Obi is the club's head coach. She said more.", "club's head coach"),
        (
            "After a long season, Ruth Obi is the club's head coach. She said more.",
            "club's head coach",
        ),
        # the name is not the subject: no title from the copula
        ("A letter from Ruth Obi is the club's head coach. She said more.", None),
        ("Ruth Obi is the best. She said more.", None),
    ],
)
def test_a_copula_after_a_subject_name_gives_its_role(text: str, title: str | None) -> None:
    assert _apposition_title("Ruth Obi", text) == title


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("A ministry spokesman", "spokesman"),
        ("a spokesperson for the airline", "spokesperson"),
        ("the club's secretary", "secretary"),
        ("A local shopkeeper", "shopkeeper"),
        ("An official at the water board", "official"),
        ("Company officials", None),  # a group
        ("the bank's officers", None),
        ("A source close to the negotiations", None),  # no job word
        ("A diplomatic source", None),
        ("The report's authors", None),
    ],
)
def test_an_unnamed_persons_job_word_is_its_title(name: str, role: str | None) -> None:
    assert _anonymous_role(name) == role


def test_an_unnamed_spokesman_entity_carries_the_title() -> None:
    text = "A ministry spokesman said the border would reopen on Monday."
    assert _claim_entities(text) == [("A ministry spokesman", "spokesman")]


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("Somali adviser and a former congressman from Florida", "Somali adviser"),
        ("retired nurse heading into a supermarket", "retired nurse"),
        # the organisation of the post stays: it says whose president
        (
            "president of the Wyoming Valley Coal Company",
            "president of the Wyoming Valley Coal Company",
        ),
        ("chairman and chief executive", "chairman and chief executive"),
    ],
)
def test_a_second_description_after_a_title_is_cut(title: str, plain: str) -> None:
    assert plain_title(title) == plain


def _entities_of(text: str) -> dict[str, tuple[str | None, str]]:
    out = {}
    for s in framing.analyze(text).sentences:
        if s.label == "claim" and s.source_entity is not None:
            e = s.source_entity
            out[e.name] = (e.title, e.type)
    return out


def test_a_headlines_short_title_gives_way_to_the_storys_fuller_one() -> None:
    text = (
        "Minister defends ferry cuts\n\n"
        "Transport Minister Ines Calder said on Monday that the cuts would keep the service "
        "running.\n\n"
        '"We cannot run empty boats," she said.'
    )
    assert _entities_of(text) == {"Ines Calder": ("Transport Minister", "person")}


@pytest.mark.parametrize("rank", ["Professor", "The Rev."])
def test_a_rank_before_the_name_gives_way_to_the_apposition(rank: str) -> None:
    text = (
        f"{rank} Colm Deasy, a historian of the canal at Kilcarra College, said the locks "
        "were built in 1790."
    )
    ((title, kind),) = _entities_of(text).values()
    assert (title, kind) == ("historian of the canal", "person")


def test_an_apposition_outside_the_claims_titles_the_speaker_later() -> None:
    text = (
        "Talks resumed.\n\nA Federal mediator, Lloyd Danner, will meet both sides on Monday.\n\n"
        "Mr. Danner said he was hopeful."
    )
    assert _entities_of(text) == {"Lloyd Danner": ("Federal mediator", "person")}


def test_interview_initials_spelled_out_as_a_persons_name_are_a_person() -> None:
    text = (
        "Ruth Ames interviews Martin Deasy, the historian whose book on the canal won a prize.\n\n"
        "RA: Why canals?\n\n"
        "MD: My grandfather worked the locks.\n\n"
        "I grew up on the towpath."
    )
    ents = _entities_of(text)
    assert ents["Martin Deasy"] == ("historian", "person")
    assert ents["Ruth Ames"][1] == "person"


# what a review of the first version found (our own sentences)
@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "Colin Mercer",
            '"It is too dear," said Colin Mercer, adding that the manager\nhad warned.',
        ),
        ("Ann Lee", "Neither Ann Lee, nor the mayor\nspoke."),
        ("Tom Hart", "Party drops Tom Hart, picks union organiser\n\nThe party met."),
        ("Ann Lee", "Ann Lee, not the chairman whose statement was read, spoke."),
        ("Ann Lee", "Ann Lee, who stayed as long as the chairman, said it."),
        ("Ann Lee", "Ann Lee, who came as a guest of the minister, said it."),
        ("Ann Lee", "Ann Lee, who stepped down as chairman in May, said it."),
        ("Ann Lee", "Ann Lee, who worked as a waitress before becoming mayor, said it."),
        ("Ann Lee", "If Ann Lee is the next manager, the fans will revolt."),
        ("Ann Lee", "When Ann Lee was the club's coach, they won."),
        ("Tony Prior", '"Everyone can see it. Tony Prior is a failed coach."'),
        ("Tom Hart", "Tom Hart is the victim's father."),
    ],
)
def test_no_title_from_a_clause_a_comparison_or_a_family_word(name: str, text: str) -> None:
    assert _apposition_title(name, text) is None


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("An aide to the governor", "aide"),
        ("A lawyer representing the mayor", "lawyer"),
        ("A former minister", "former minister"),
        ("Acme's chief executive", "chief executive"),
        ("The boy's father", None),
    ],
)
def test_an_unnamed_persons_own_job_with_its_modifiers(name: str, role: str | None) -> None:
    assert _anonymous_role(name) == role


@pytest.mark.parametrize(
    "title",
    [
        "director of marketing for the group",
        "minister of energy and the environment",
        "spokesman for the Ministry of Mining and the Environment",
    ],
)
def test_a_portfolio_is_not_cut(title: str) -> None:
    assert plain_title(title) == title


def test_a_rank_stays_against_a_family_apposition() -> None:
    text = (
        "Tom Hart, the father of the bride, smiled. The Rev. Tom Hart said the service was short."
    )
    assert [e for e in _entities_of(text).values()] == [("Rev.", "person")]


def test_initials_that_are_no_speaker_tag_are_not_made_a_person() -> None:
    text = "A reporter, Ann Page, was hurt in the blast. AP said its reporter was recovering."
    assert _entities_of(text)["Ann Page"][1] == "organisation"


def test_a_general_staff_stays_an_organisation() -> None:
    from framing.entities import parse_mention

    assert parse_mention("General Staff of the Russian Armed Forces").type == "organisation"
    assert parse_mention("Staff at the BBC").type == "anonymous"


def test_a_womans_surname_does_not_join_a_man_of_the_same_surname() -> None:
    text = (
        "Ruth Caldwell Stiles, a civil engineer who designed the harbor bridge, died Sunday.\n\n"
        "The cause was heart failure, said her son, Daniel Stiles.\n\n"
        "In a 1979 interview, Mrs. Stiles said she had never thought of herself as a pioneer."
    )
    ents = _entities_of(text)
    assert ents["Daniel Stiles"] == ("son", "person")
    assert ents["Ruth Caldwell Stiles"] == ("civil engineer", "person")


def test_a_lone_word_that_opens_an_organisations_name_is_that_organisation() -> None:
    text = (
        "Marrow Foods, the supermarket chain, reported a fall in profit on Wednesday.\n\n"
        "Marrow said prices would be cut on 900 products."
    )
    # (what a company is, "the supermarket chain", is no title: twenty-ninth session)
    assert _entities_of(text) == {"Marrow Foods": (None, "organisation")}


def test_a_clause_after_the_surname_and_its_courtesy_title_gives_the_title() -> None:
    text = (
        "The chain named Peter Grange's successor.\n\n"
        "Mr Grange, who joined the company as finance director in 1999, said he was proud."
    )
    assert _apposition_title("Peter Grange", text) == "finance director"


def test_an_interviews_answers_are_the_interviewed_persons() -> None:
    text = (
        "The Quiet Fire of Mireille Sandoval\n\n"
        "The chef Mireille Sandoval opened Braise three years ago.\n\n"
        '"She never measured anything," her friend Tomas Lindgren says.\n\n'
        "Q: Do the bad reviews bother you?\n\n"
        "A: Of course. Anyone who says they don't read them is lying.\n\n"
        "Q: Why only one hearth?\n\n"
        "A: Because it forces me to choose."
    )
    got = {
        s.text: s.source_entity.name
        for s in framing.analyze(text).sentences
        if s.source_entity is not None
    }
    assert got["A: Of course."] == "Mireille Sandoval"
    assert got["Anyone who says they don't read them is lying."] == "Mireille Sandoval"
    assert got["A: Because it forces me to choose."] == "Mireille Sandoval"
    assert "Q: Why only one hearth?" not in got


def test_a_womans_clause_does_not_title_a_man_of_her_surname() -> None:
    text = (
        "Peter Grange said the firm was in good shape. Mrs Grange, who joined the company as "
        "finance director in 1999, said she was proud."
    )
    assert _entities_of(text)["Peter Grange"] == (None, "person")
