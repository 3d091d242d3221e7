"""A post after a person's possessive that only says how one person stands to another ("his former
boss", "her deputy") is a relational phrase, which the English conventions count as no title; the
same post after a body's possessive or standing alone is one. Sentences written for these tests."""

from __future__ import annotations

from support.extraction import read_english


def _titles(*paragraphs: str) -> dict[str, list[str]]:
    return {person.name: person.titles for person in read_english(*paragraphs).people}


def test_a_relation_before_the_name_is_no_title() -> None:
    assert _titles("Former minister Ann Lee said her ex-boss Tom Hart had been wrong.") == {
        "Ann Lee": ["Former minister"],
        "Tom Hart": [],
    }
    assert _titles("Her boss, Mary Brown, said the plan was sound.") == {"Mary Brown": []}
    assert _titles("Their old boss Peter Black was angry.") == {"Peter Black": []}
    assert _titles("His deputy, John Prescott, chaired the meeting.") == {"John Prescott": []}


def test_a_relation_in_an_apposition_is_no_title() -> None:
    assert _titles("Ann Lee attacked Tom Hart, her former boss, in the book.") == {
        "Ann Lee": [],
        "Tom Hart": [],
    }
    assert _titles("Ann Lee thanked Tom Hart, her deputy, for the plan.") == {"Ann Lee": [], "Tom Hart": []}


def test_the_same_words_as_a_post_stay_titles() -> None:
    # a body's possessive, a firm's name before "boss", a post that is more than the relation
    assert _titles("The Widgetco board met. Its deputy, Tom Hart, spoke first.")["Tom Hart"] == ["deputy"]
    assert _titles("The Apple boss Steve Jobs unveiled the machine.") == {"Steve Jobs": ["Apple boss"]}
    staff = _titles("Tony Blair and his chief of staff Jonathan Powell flew to Belfast.")
    assert staff["Jonathan Powell"] == ["chief of staff"]
    assert _titles("Ann Lee attacked Tom Hart, the former deputy leader, in the book.")["Tom Hart"] == [
        "former deputy leader"
    ]
