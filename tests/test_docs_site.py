"""The documentation site builds strictly, and its generated references cover the code.

The site is built once, as ``make docs`` builds it but with ``--strict`` (any warning fails: a
broken link or anchor, a page missing from the nav, a reference mkdocstrings cannot resolve), into
a temporary folder. Then: every name ``newsml_kit`` exports has its entry on the API page, every
command and option of the CLI is on the CLI page, every definition and field of the JSON Schema is
on the model page, every page is in the nav, and nothing is loaded from the network.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
import yaml
from lxml import html

import newsml_kit
import newsml_kit.batch
from newsml_kit.cli import main
from newsml_kit.formats.json import json_schema

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GENERATED = {"reference/api.md", "reference/model.md", "reference/codes.md"}  # by scripts/mkdocs_hooks.py


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}{done.stderr}"
    return out


def _page(site: Path, source: str) -> html.HtmlElement:
    built = site / source.removesuffix(".md") / "index.html"
    if source == "index.md":
        built = site / "index.html"
    return html.fromstring(built.read_bytes())


def _ids(page: html.HtmlElement) -> set[str]:
    return {str(value) for value in page.xpath("//@id")}


def test_every_exported_name_has_an_entry_on_the_api_page(site: Path) -> None:
    ids = _ids(_page(site, "reference/api.md"))
    exported = [name for name in newsml_kit.__all__ if name != "__version__"]
    missing = [name for name in exported if f"newsml_kit.{name}" not in ids]
    missing += [name for name in newsml_kit.batch.__all__ if f"newsml_kit.batch.{name}" not in ids]
    assert not missing, f"public names without an API entry: {missing}"


def test_the_api_entries_carry_the_docstrings(site: Path) -> None:
    text = _page(site, "reference/api.md").text_content()
    for function in (newsml_kit.read, newsml_kit.write, newsml_kit.batch.convert_batch):
        first_line = (function.__doc__ or "").strip().splitlines()[0]
        assert re.sub(r"`+", "", first_line) in text, function.__name__


def _commands(command: click.Command, path: str) -> Iterator[tuple[str, click.Command]]:
    yield path, command
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            yield from _commands(command.commands[name], f"{path} {name}")


def test_every_command_and_option_is_on_the_cli_page(site: Path) -> None:
    page = _page(site, "reference/cli.md")
    headings = {
        " ".join(heading.text_content().replace("¶", "").split()): heading
        for heading in page.xpath("//h2 | //h3 | //h4")
    }
    missing: list[str] = []
    for path, command in _commands(main, "newsml-kit"):
        heading = headings.get(path)
        if heading is None:
            missing.append(path)
            continue
        # The command's section: everything after its heading, up to the next heading.
        section = ""
        for sibling in heading.itersiblings():
            if sibling.tag in ("h2", "h3", "h4"):
                break
            section += sibling.text_content()
        for param in command.params:
            if isinstance(param, click.Option):
                missing += [
                    f"{path} {opt}" for opt in param.opts + param.secondary_opts if opt not in section
                ]
            elif (param.metavar or (param.name or "").upper()) not in section:
                missing.append(f"{path} argument {param.name}")
        if command.help and command.help.split("\n")[0].strip() not in section:
            missing.append(f"{path}: its help text")
    assert not missing, f"not on the CLI reference page: {missing}"


def test_every_definition_and_field_of_the_model_is_on_the_model_page(site: Path) -> None:
    page = _page(site, "reference/model.md")
    ids = _ids(page)
    missing: list[str] = []
    for name, definition in json_schema()["$defs"].items():
        if name.lower() not in ids:
            missing.append(name)
            continue
        table = page.xpath(f'//*[@id="{name.lower()}"]/following-sibling::table[1]')
        fields = set(table[0].xpath(".//tbody/tr/td[1]//text()")) if table else set()
        missing += [f"{name}.{field}" for field in definition.get("properties", {}) if field not in fields]
    assert not missing, f"not on the model reference page: {missing}"


def test_every_diagnostic_code_is_on_the_codes_page(site: Path) -> None:
    from newsml_kit.codes import CATALOGUE

    page = _page(site, "reference/codes.md")
    ids, text = _ids(page), page.text_content()
    missing = [e.code for e in CATALOGUE if e.code.lower() not in ids or e.action not in text]
    assert not missing, f"codes missing from the codes page: {missing}"


def _nav_pages(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for child in node:
            yield from _nav_pages(child)
    elif isinstance(node, dict):
        for child in node.values():
            yield from _nav_pages(child)


def test_every_page_is_in_the_nav() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    in_nav = set(_nav_pages(config["nav"]))
    on_disk = {path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md")}
    assert in_nav == on_disk | GENERATED


def test_the_site_loads_nothing_from_the_network(site: Path) -> None:
    remote = re.compile(r"""(?:src|href)=["']?(?:https?:)?//(?:fonts\.googleapis|fonts\.gstatic|cdn)""")
    offenders = [
        str(path.relative_to(site))
        for path in site.rglob("*.html")
        if remote.search(path.read_text(encoding="utf-8"))
    ]
    assert not offenders
