"""The ``newsml-kit`` command: arguments in, one API call, results and diagnostics out.

Diagnostics go to stderr as ``file:line[:col]: level: message``. Exit codes: 0 success, 1 bad
input, 2 usage error. A traceback is shown only with ``--debug``.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import click

from newsml_kit._version import __version__
from newsml_kit.errors import Diagnostic, Location, NewsmlKitError, format_message
from newsml_kit.fileio import atomic_write
from newsml_kit.resources import schema_bytes

if TYPE_CHECKING:
    from newsml_kit.formats import ReadResult

# The API, the model and the format registry are imported inside the commands that use them, so
# that `newsml-kit --help` starts about as fast as Python with click.


class _FormatChoice(click.Choice):  # type: ignore[type-arg]
    """The registry's readable or writable format names, looked up only when a command needs them."""

    def __init__(self, writable: bool) -> None:
        self._writable = writable
        super().__init__([])

    @property  # type: ignore[override]
    def choices(self) -> list[str]:
        from newsml_kit.formats import readable_formats, writable_formats

        return writable_formats() if self._writable else readable_formats()

    @choices.setter
    def choices(self, value: object) -> None:
        pass  # click's constructor assigns the (empty) list; the registry is the source of truth


EXIT_BAD_INPUT = 1
_TABLE_OR_JSON_OPTION = click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="A table for people to read, or JSON for programs.",
)
_ENCODING_OPTION = click.option(
    "--encoding", help="Text encoding of a plain-text input (any Python codec; default UTF-8)."
)
_NFC_OPTION = click.option(
    "--nfc",
    is_flag=True,
    help="Compose plain text to Unicode NFC (by default it is kept as it came, NFD included).",
)
P = ParamSpec("P")
R = TypeVar("R")


def _report(diagnostic: Diagnostic) -> None:
    click.echo(str(diagnostic), err=True)


def _handles_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn newsml_kit errors into one line and exit 1; anything else is a bug, shown as such."""

    @wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        debug = bool(click.get_current_context().find_root().params.get("debug"))
        try:
            return command(*args, **kwargs)
        except NewsmlKitError as exc:
            if debug:
                traceback.print_exc()
            click.echo(str(exc), err=True)
            sys.exit(EXIT_BAD_INPUT)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as exc:
            if debug:
                raise
            message = f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)"
            click.echo(format_message("error", message, Location()), err=True)
            sys.exit(EXIT_BAD_INPUT)

    return run


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="newsml-kit")
@click.option("--debug", is_flag=True, help="Show a Python traceback when something fails.")
def main(debug: bool) -> None:
    """Convert and check news records: legacy plain text, canonical JSON (NewsML-G2, ninjs and NITF
    as they are added).

    Every reader builds one typed model of the news item (headline, body, the event, its people,
    organisations, places, documents, awards and photo credits), and every writer starts from it.

    Diagnostics are printed to stderr as FILE:LINE[:COL]: LEVEL: MESSAGE. Exit status: 0 on
    success, 1 when an input is bad, 2 on a usage error.
    """


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--to",
    "to_format",
    required=True,
    type=_FormatChoice(writable=True),
    help="Output format.",
)
@click.option(
    "--from",
    "from_format",
    type=_FormatChoice(writable=False),
    help="Input format (default: detected from the content, not the file name).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write here (atomically: a temporary file renamed into place) instead of stdout.",
)
@_ENCODING_OPTION
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option(
    "--no-extract",
    is_flag=True,
    help="Read a plain-text article as header and paragraphs only, without finding its event and entities.",
)
@_NFC_OPTION
@click.option(
    "--ninjs-version",
    type=click.Choice(["2.2", "3.1"]),
    help="The ninjs version to write with --to ninjs (default: 3.1).",
)
@_handles_errors
def convert(
    input_path: str,
    to_format: str,
    from_format: str | None,
    output: str | None,
    encoding: str | None,
    strict: bool,
    no_extract: bool,
    nfc: bool,
    ninjs_version: str | None,
) -> None:
    """Convert INPUT (a file, or - for stdin) to another format.

    \b
    Examples:
      newsml-kit convert article.txt --to json
      newsml-kit convert article.txt --to json -o article.json
      cat article.txt | newsml-kit convert - --to json
      newsml-kit convert article.txt --to ninjs --ninjs-version 2.2
    """
    if ninjs_version is not None and to_format != "ninjs":
        raise click.UsageError("--ninjs-version applies to --to ninjs only")
    result = _read(input_path, from_format, strict=strict, encoding=encoding, extract=not no_extract, nfc=nfc)
    for warning in result.warnings:
        _report(warning)
    value = result.message if result.message is not None else result.item
    from newsml_kit import api

    data = api.write(value, to_format, ninjs_version=ninjs_version)
    if output is None or output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        atomic_write(output, data)


def _read(input_path: str, from_format: str | None, **options: Any) -> ReadResult:
    """Read a file, or stdin for ``-``; ``options`` are those of ``newsml_kit.read``."""
    from newsml_kit import api

    if input_path == "-":
        return api.read(sys.stdin.buffer.read(), format=from_format, source="-", **options)
    return api.read(input_path, format=from_format, **options)


@main.command()
@click.argument("input_path", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True))
@_TABLE_OR_JSON_OPTION
@_ENCODING_OPTION
@_NFC_OPTION
@_handles_errors
def extract(input_path: str, output_format: str, encoding: str | None, nfc: bool) -> None:
    """Show what FILE (an article, or - for stdin) says: its event, people with rank and titles,
    organisations, places, dates, cited documents, awards, photo credits and byline.

    \b
    Examples:
      newsml-kit extract article.txt
      newsml-kit extract article.txt --format json
    """
    from newsml_kit.findings import findings_json, findings_table

    result = _read(input_path, None, encoding=encoding, nfc=nfc)
    for warning in result.warnings:
        _report(warning)
    for item in result.items:
        click.echo(findings_json(item) if output_format == "json" else findings_table(item), nl=False)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the JSON Schema of canonical JSON.")
@click.option("--xsd", "as_xsd", is_flag=True, help="Print the XSD of the project's NewsML-G2 profile.")
@_handles_errors
def schema(as_json: bool, as_xsd: bool) -> None:
    """Print a schema shipped with newsml-kit.

    --json prints the JSON Schema that canonical JSON documents conform to; --xsd prints the
    NewsML-G2 2.35 profile that NewsML-G2 output conforms to (it imports xml.xsd,
    newsml-kit-ext.xsd and newsml-kit-xhtml.xsd from the same folder).
    """
    if as_json == as_xsd:
        raise click.UsageError("choose one schema: --json or --xsd")
    name = "newsml-kit.schema.json" if as_json else "newsml-kit-g2.xsd"
    sys.stdout.buffer.write(schema_bytes(name))
    sys.stdout.buffer.flush()


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("article_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@_TABLE_OR_JSON_OPTION
@_handles_errors
def eval_command(gold_dir: str, article_dirs: tuple[str, ...], output_format: str) -> None:
    """Score extracted articles against hand-written gold extractions.

    Every GOLD_DIR/*.json is paired with the article of the same stem in the first ARTICLE_DIR
    that has one; the precision and recall of each category are micro-averaged over articles.

    \b
    Example:
      newsml-kit eval corpus/vi/gold seed corpus/vi/unc
    """
    import json

    from newsml_kit.evaluate import evaluate_dirs

    result = evaluate_dirs(gold_dir, list(article_dirs))
    if output_format == "json":
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(result.table())


# --- validate and schemas (issue 5) ---------------------------------------------------------------------
# The validation package is imported inside the commands: `newsml-kit --help` stays fast and never
# imports xmlschema or jsonschema.

EXIT_USAGE = 2


def _usage_failure(exc: NewsmlKitError) -> None:
    click.echo(str(exc), err=True)
    sys.exit(EXIT_USAGE)


@main.command("validate")
@click.argument("paths", metavar="PATH...", nargs=-1, required=True)
@click.option(
    "--schema",
    "schema_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="An XSD (NewsML-G2, NITF) or JSON Schema (ninjs) to validate against; repeat for several. "
    "Each document goes against the one for its namespace.",
)
@click.option(
    "--engine",
    type=click.Choice(["lxml", "xmlschema"]),
    default="lxml",
    show_default=True,
    help="lxml is fast; xmlschema gives richer messages and checks lax content more.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "junit", "github"]),
    default="text",
    show_default=True,
    help="text (FILE:LINE[:COL]: LEVEL: MESSAGE), json, junit (JUnit XML) or github (Actions annotations).",
)
@click.option("--strict", is_flag=True, help="Warnings (lints, DOCTYPE, repairs) make a file fail.")
@_handles_errors
def validate_command(
    paths: tuple[str, ...], schema_files: tuple[str, ...], engine: str, output_format: str, strict: bool
) -> None:
    """Validate news documents against their schemas, with lints no schema expresses.

    PATH is a file, a folder (searched recursively), a glob, or - for stdin. The format is found
    from the content. NewsML-G2 written by newsml-kit goes against the project's own XSD; other
    NewsML-G2 against the official IPTC XSD, which cannot be bundled: give it with --schema FILE
    or $NEWSML_KIT_G2_XSD, or download it once with `newsml-kit schemas fetch`. NITF takes --schema
    or $NEWSML_KIT_NITF_XSD; ninjs the official JSON Schema with --schema or
    $NEWSML_KIT_NINJS_SCHEMA; canonical JSON its shipped JSON Schema.

    Exit status: 0 when every file is valid, 1 when any is invalid, 2 on a usage error (including
    a file for which no schema is available).

    \b
    Examples:
      newsml-kit schemas fetch
      newsml-kit validate feeds/
      newsml-kit validate --schema NewsML-G2_2.35-spec-All-Power.xsd 'feeds/**/*.xml' --format github
    """
    from newsml_kit.validate import (
        InputError,
        Options,
        SchemaChoice,
        SchemaError,
        validate_bytes,
        validate_path,
    )
    from newsml_kit.validate.inputs import STDIN, expand
    from newsml_kit.validate.report import render

    try:
        inputs = expand(paths)
        options = Options(engine=engine, schemas=SchemaChoice.from_paths(schema_files), strict=strict)
        results = [
            validate_bytes(sys.stdin.buffer.read(), STDIN, options)
            if path == STDIN
            else validate_path(path, options)
            for path in inputs
        ]
    except (InputError, SchemaError) as exc:
        _usage_failure(exc)
        return
    sys.stdout.write(render(results, output_format))
    sys.stdout.flush()
    if any(result.status == "no-schema" for result in results):
        sys.exit(EXIT_USAGE)
    if any(result.status == "invalid" for result in results):
        sys.exit(EXIT_BAD_INPUT)


@main.group()
def schemas() -> None:
    """Manage schemas that newsml-kit cannot bundle (the official IPTC NewsML-G2 XSD)."""


@schemas.command("fetch")
@click.option(
    "--url",
    "base_url",
    metavar="URL",
    help="Folder URL to download from (default: $NEWSML_KIT_SCHEMA_URL, else IPTC's 2.35 "
    "specification folder).",
)
@_handles_errors
def schemas_fetch(base_url: str | None) -> None:
    """Download the official NewsML-G2 2.35 XSD and its xml.xsd import into the user cache.

    Each file is checked against a pinned SHA-256 before anything is written; `newsml-kit validate`
    then finds it without --schema.
    """
    from newsml_kit.validate.fetch import fetch

    path = fetch(base_url)
    click.echo(f"installed {path}")
