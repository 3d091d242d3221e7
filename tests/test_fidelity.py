"""fidelity.compare on hand-built trees: what counts as a leaf, what as kept, what as lost.

The expected figures are counted by hand from the trees written here."""

from __future__ import annotations

from lxml import etree

from newsml_kit.fidelity import compare, leaves

A = "urn:test:a"
B = "urn:test:b"


def tree(text: str) -> etree._Element:
    return etree.fromstring(text.encode("utf-8"))


SOURCE = f"""<r xmlns="{A}" xmlns:b="{B}" id="1">
  <x b:kind="k">  one  </x>
  <!-- a comment is no leaf -->
  <y>two<z/>tail</y>
  <y>two</y>
</r>"""


def test_leaves_are_paths_with_values_attributes_texts_and_tails() -> None:
    assert leaves(tree(SOURCE)) == {
        (f"/{{{A}}}r/@id", "1"): 1,
        (f"/{{{A}}}r/{{{A}}}x/@{{{B}}}kind", "k"): 1,
        (f"/{{{A}}}r/{{{A}}}x", "one"): 1,
        (f"/{{{A}}}r/{{{A}}}y", "two"): 2,
        (f"/{{{A}}}r/{{{A}}}y#tail", "tail"): 1,
    }


def test_a_tree_keeps_all_its_leaves_whatever_its_prefixes_order_and_indentation() -> None:
    same = f"""<p:r xmlns:p="{A}" xmlns:q="{B}" id="1"><p:y>two</p:y><p:y>two<p:z/>tail</p:y>
      <p:x q:kind="k">one</p:x></p:r>"""
    fidelity = compare(tree(SOURCE), tree(same))
    assert (fidelity.total, fidelity.kept, fidelity.lost) == (6, 6, ())
    assert fidelity.share == 1.0


def test_a_missing_leaf_is_lost_and_repeated_leaves_count_one_by_one() -> None:
    output = f"""<r xmlns="{A}" xmlns:b="{B}" id="1"><x b:kind="k">one</x><y>two<z/>tail</y></r>"""
    fidelity = compare(tree(SOURCE), tree(output))
    assert fidelity.total == 6
    assert fidelity.kept == 5
    assert fidelity.lost == ((f"/{{{A}}}r/{{{A}}}y", "two"),)
    assert fidelity.share == 5 / 6


def test_a_value_under_another_path_or_namespace_is_lost_and_extra_output_does_not_count() -> None:
    source = f'<r xmlns="{A}"><x>v</x><y a="1"/></r>'
    output = f'<r xmlns="{A}"><w>v</w><y xmlns:b="{B}" b:a="1" c="2"/><extra>more</extra></r>'
    fidelity = compare(tree(source), tree(output))
    assert fidelity.total == 2
    assert fidelity.kept == 0
    assert sorted(fidelity.lost) == [(f"/{{{A}}}r/{{{A}}}x", "v"), (f"/{{{A}}}r/{{{A}}}y/@a", "1")]


def test_an_empty_source_is_kept_whole() -> None:
    fidelity = compare(tree("<r/>"), tree("<s>anything</s>"))
    assert (fidelity.total, fidelity.kept, fidelity.share) == (0, 0, 1.0)


def test_a_repaired_date_counts_as_kept_only_when_it_names_the_same_instant() -> None:
    source = """<r>
      <a> 2020-01-02T10:00:00+0100 </a>
      <b>2020-01-02T09:00:00</b>
      <c>2020-01-02T10:00:00+0100</c>
      <d>2020-13-02T10:00:00Z</d>
    </r>"""
    output = """<r>
      <a>2020-01-02T10:00:00+01:00</a>
      <b>2020-01-02T09:00:00Z</b>
      <c>2020-01-02T10:00:00+02:00</c>
      <d>2020-13-02T10:00:00+00:00</d>
    </r>"""
    fidelity = compare(tree(source), tree(output))
    assert fidelity.total == 4
    assert fidelity.kept == 2
    # c names another instant; d is no date at all, so its respelling is no repair.
    assert sorted(fidelity.lost) == [("/r/c", "2020-01-02T10:00:00+0100"), ("/r/d", "2020-13-02T10:00:00Z")]


def test_a_repaired_date_is_matched_under_its_own_path_once() -> None:
    source = "<r><a>2020-01-02T10:00:00+0100</a><a>2020-01-02T09:00:00Z</a><b>2020-01-02T09:00Z</b></r>"
    output = "<r><a>2020-01-02T09:00:00+00:00</a><b>2020-01-02T09:00:00Z</b></r>"
    fidelity = compare(tree(source), tree(output))
    # One output leaf under /r/a cannot stand for both source leaves; /r/b is matched as repaired.
    assert fidelity.total == 3
    assert fidelity.kept == 2
    assert len(fidelity.lost) == 1
    assert fidelity.lost[0][0] == "/r/a"


def test_c1_controls_count_as_kept_when_written_as_windows_1252() -> None:
    source = "<r><h>A \x96 B \x93q\x94</h><k>\x81 x \x96</k></r>"
    output = "<r><h>A \u2013 B \u201cq\u201d</h><k>x</k></r>"
    fidelity = compare(tree(source), tree(output))
    assert fidelity.total == 2
    assert fidelity.kept == 1
    assert fidelity.lost == (("/r/k", "\x81 x \x96"),)


def test_c1_controls_written_unrepaired_are_kept_too() -> None:
    source = "<r><h>A \x96 B</h></r>"
    assert compare(tree(source), tree(source)).share == 1.0
    assert compare(tree(source), tree("<r><h>A - B</h></r>")).share == 0.0
