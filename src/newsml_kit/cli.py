"""The ``newsml-kit`` command: arguments in, one API call, results and diagnostics out.

Diagnostics go to stderr as ``file:line[:col]: level: message [CODE]``, the code from the catalogue
(``newsml_kit.codes``). Exit codes: 0 success, 1 bad input, 2 usage error. A traceback is shown only
with ``--debug``.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import click

from newsml_kit._version import __version__
from newsml_kit.errors import Diagnostic, Location, NewsmlKitError
from newsml_kit.fileio import atomic_write
from newsml_kit.resources import schema_bytes

if TYPE_CHECKING:
    from newsml_kit.formats import ReadResult
    from newsml_kit.model import Message, NewsItem

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
    "--encoding",
    metavar="CODEC",
    help="Text encoding of a plain-text input: auto (the default: a byte order mark, else UTF-8, else "
    "the legacy encoding the text reads as, reported as a warning; an error when unsure), any Python "
    "codec, or a Vietnamese legacy one: tcvn3, vni, viscii, vps.",
)
_NFC_OPTION = click.option(
    "--nfc",
    is_flag=True,
    help="Compose plain text to Unicode NFC (by default it is kept as it came, NFD included).",
)
# The languages with an extraction pack (newsml_kit.extract.PACKS).
EXTRACTION_LANGUAGES = ("vi", "en")
_LANGUAGE_OPTION = click.option(
    "--language",
    type=click.Choice(EXTRACTION_LANGUAGES),
    help="Extract with this language's pack (vi: Vietnamese, en: English) instead of the detected language.",
)


def _codes(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """The codes or prefixes of --select/--ignore, checked against the catalogue (a usage error if
    one names nothing) and spelled as it spells them."""
    from newsml_kit.codes import Selection

    try:
        return Selection.of(select=value).select
    except NewsmlKitError as exc:
        raise click.BadParameter(exc.message, ctx, param) from None


_SELECT_OPTION = click.option(
    "--select",
    metavar="CODE",
    multiple=True,
    callback=_codes,
    help="Report only the warnings with this code (NK-G2-104) or prefix (an area such as NK-G2, or "
    "NK-G2-1 for NK-G2-1xx); repeat for several. Errors are always reported. The codes: "
    "docs reference/codes.",
)
_IGNORE_OPTION = click.option(
    "--ignore",
    metavar="CODE",
    multiple=True,
    callback=_codes,
    help="Leave out the warnings with this code or prefix; repeat for several. Ignored warnings are "
    "not printed and do not count for --strict. An error is left out only when named by its exact "
    "code: it is then not printed and does not set the exit status (the file is still not "
    "converted, or is not validated further).",
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
            click.echo(str(Diagnostic("error", message, Location(), "NK-ERR-007")), err=True)
            sys.exit(EXIT_BAD_INPUT)

    return run


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="newsml-kit")
@click.option("--debug", is_flag=True, help="Show a Python traceback when something fails.")
def main(debug: bool) -> None:
    """Convert and check news records: legacy plain text, NewsML-G2 (items and messages, ours and
    agencies'), canonical JSON, ninjs (2.2, 3.1), NITF and NewsML 1.x (read).

    Every reader builds one typed model of the news item (headline, body, the event, its people,
    organisations, places, documents, awards and photo credits), and every writer starts from it.

    Diagnostics are printed to stderr as FILE:LINE[:COL]: LEVEL: MESSAGE [CODE]; every code is
    in the catalogue of diagnostic codes, and convert, extract and validate take --select/--ignore CODE.
    Exit status: 0 on success, 1 when an input is bad, 2 on a usage error.
    """


def _batch_options(command: Callable[P, R]) -> Callable[P, R]:
    """The options of ``convert`` that take it from one input to many (issue 7)."""
    options = [
        click.option(
            "--out-dir",
            type=click.Path(file_okay=False),
            help="Convert every PATH into this folder, mirroring each file's path relative to the folder "
            "it was found in.",
        ),
        click.option(
            "--jobs",
            type=click.IntRange(min=1),
            help="Worker processes (default: the CPUs this process may use).",
        ),
        click.option("--resume", is_flag=True, help="Skip the inputs the report says are already converted."),
        click.option(
            "--report",
            type=click.Path(dir_okay=False),
            help="Write the JSON report, the manifest --resume reads, here "
            "(default: DIR/.newsml-kit-report.json).",
        ),
        click.option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run on the Dask cluster at this scheduler address (needs newsml-kit[dask] and a filesystem "
            "every worker shares).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@main.command()
@click.argument("inputs", metavar="PATH...", nargs=-1, required=True, type=click.Path(allow_dash=True))
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
@_SELECT_OPTION
@_IGNORE_OPTION
@click.option(
    "--no-extract",
    is_flag=True,
    help="Read a plain-text article as header and paragraphs only, without finding its event and entities.",
)
@click.option(
    "--extract",
    "enrich",
    is_flag=True,
    help="Also run the extraction pack of its language (vi, en) on an item read from NewsML-G2, NITF or "
    "ninjs: what it finds is added beside the agency's metadata, which is never overwritten.",
)
@_LANGUAGE_OPTION
@_NFC_OPTION
@click.option(
    "--ninjs-version",
    type=click.Choice(["2.2", "3.1"]),
    help="The ninjs version to write with --to ninjs (default: 3.1).",
)
@_batch_options
@_handles_errors
def convert(
    inputs: tuple[str, ...],
    to_format: str,
    from_format: str | None,
    output: str | None,
    encoding: str | None,
    strict: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    no_extract: bool,
    enrich: bool,
    language: str | None,
    nfc: bool,
    ninjs_version: str | None,
    **batch: Any,
) -> None:
    """Convert one PATH (a file, or - for stdin) to another format; or, with --out-dir, every file
    that PATH... names (files, folders searched recursively, globs) into a folder.

    \b
    Examples:
      newsml-kit convert article.txt --to json
      newsml-kit convert article.txt --to json -o article.json
      cat article.txt | newsml-kit convert - --to json
      newsml-kit convert article.txt --to ninjs --ninjs-version 2.2
      newsml-kit convert agency-item.xml --to json --extract
      newsml-kit convert article.txt --to json --language en
      newsml-kit convert archive/ --to newsml --out-dir g2/ --jobs 8
      newsml-kit convert archive/ --to newsml --out-dir g2/ --resume

    With --out-dir, outputs are written atomically, a file that fails is reported and stops nothing,
    and a JSON report records every input (status, outputs, warnings, error) with its SHA-256, the
    options, the tool version and the run's clock: --resume skips the inputs whose entry still
    matches. The items of a message are written one per file, numbered after it (feed.1.xml, ...).
    An input whose content is events (a concept, knowledge or planning item; a news item whose
    inlineXML holds events) converts to its event items, but for --to text: --to newsml writes
    EventsML-G2 conceptItems, one per file with --out-dir, or on stdout one conceptItem or a
    newsMessage of several.
    A progress bar shows on a terminal. Exit status 1 when any file failed. The report and the
    closing summary count the warnings by code.
    """
    if ninjs_version is not None and to_format != "ninjs":
        raise click.UsageError("--ninjs-version applies to --to ninjs only")
    if no_extract and (enrich or language):
        raise click.UsageError("--no-extract turns extraction off: not with --extract or --language")
    read_options = {
        "strict": strict,
        "encoding": encoding,
        "extract": not no_extract,
        "nfc": nfc,
        "language": language,
        "enrich": enrich,
        "select": select,
        "ignore": ignore,
    }
    if batch["out_dir"] is not None:
        if output is not None:
            raise click.UsageError("-o names one output file, --out-dir a folder for many: choose one")
        _convert_batch(inputs, to_format, from_format, read_options, ninjs_version, **batch)
        return
    _check_single_input(inputs, batch)
    result = _read(inputs[0], from_format, **read_options)
    if result is None:
        return
    for warning in result.warnings:
        _report(warning)
    from newsml_kit import api

    events = api.events_to_convert(result, to_format)
    value: NewsItem | Message
    if events:  # the input's content is its events (docs/g2-events.md)
        from newsml_kit import model

        value = events[0] if len(events) == 1 else model.Message(items=list(events))
    else:
        value = result.message if result.message is not None else result.item
    try:
        if to_format == "text" and not strict:
            data = _plain_text(value, inputs[0], select, ignore)
        elif events:
            data = api.write_events(events, to_format, ninjs_version=ninjs_version)
        else:
            data = api.write(value, to_format, ninjs_version=ninjs_version)
    except NewsmlKitError as exc:
        raise exc.with_file(inputs[0]) from None  # the field path is in the model read from this input
    if output is None or output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        atomic_write(output, data)


def _plain_text(
    value: NewsItem | Message, source: str, select: tuple[str, ...], ignore: tuple[str, ...]
) -> bytes:
    """Plain text of any item or message (``formats.text.export``): what it could not carry is reported."""
    from newsml_kit.codes import Selection
    from newsml_kit.formats.text.export import export_text_reported

    data, warnings = export_text_reported(value, source)
    for warning in Selection.of(select, ignore).filter(warnings):
        _report(warning)
    return data


def _check_single_input(inputs: tuple[str, ...], batch: dict[str, Any]) -> None:
    if len(inputs) > 1:
        raise click.UsageError("several inputs are converted into a folder: add --out-dir DIR")
    if os.path.isdir(inputs[0]):
        raise click.UsageError(f"{inputs[0]} is a folder: add --out-dir DIR")
    used = [f"--{name.replace('_', '-')}" for name, value in batch.items() if value not in (None, False)]
    if used:
        raise click.UsageError(f"{', '.join(used)}: only with --out-dir DIR")


def _convert_batch(
    inputs: tuple[str, ...],
    to_format: str,
    from_format: str | None,
    read_options: dict[str, Any],
    ninjs_version: str | None,
    out_dir: str,
    jobs: int | None,
    resume: bool,
    report: str | None,
    scheduler: str | None,
) -> None:
    """Convert many inputs into ``out_dir``: errors as they come, a progress bar on a terminal, a summary."""
    from newsml_kit.batch import ConvertOptions, Counts, FileResult, PlanError, convert_batch
    from newsml_kit.batch.progress import ProgressBar, summary
    from newsml_kit.batch.runner import warnings_by_code

    if jobs is not None and scheduler is not None:
        raise click.UsageError(
            "--jobs sets processes on this machine, --scheduler a Dask cluster: choose one"
        )
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None

    def observe(result: FileResult, counts: Counts) -> None:
        if result.error is not None and result.error.code in read_options["ignore"]:
            if bar is not None:
                bar.update(counts)
        elif result.error is not None and bar is not None:
            bar.echo(str(result.error), counts)
        elif result.error is not None:
            click.echo(str(result.error), err=True)
        elif bar is not None:
            bar.update(counts)

    options = ConvertOptions(to_format, from_format, **read_options, ninjs_version=ninjs_version)
    try:
        outcome = convert_batch(
            inputs,
            out_dir,
            options,
            jobs=jobs,
            scheduler=scheduler,
            resume=resume,
            report=report,
            observer=observe,
        )
    except PlanError as exc:
        _usage_failure(exc)
        return
    finally:
        if bar is not None:
            bar.close()
    click.echo(summary(outcome.counts, outcome.elapsed), err=True)
    by_code = warnings_by_code(outcome.files)
    if by_code:
        click.echo("warnings by code: " + ", ".join(f"{code} {n}" for code, n in by_code.items()), err=True)
    click.echo(f"report: {outcome.report_path}", err=True)
    if not outcome.ok:
        sys.exit(EXIT_BAD_INPUT)


def _read(input_path: str, from_format: str | None, **options: Any) -> ReadResult | None:
    """Read a file, or stdin for ``-``; ``options`` are those of ``newsml_kit.read``. None when
    reading fails with an error that ``options["ignore"]`` names by its exact code: the command then
    writes nothing and says nothing."""
    from newsml_kit import api

    try:
        if input_path == "-":
            return api.read(sys.stdin.buffer.read(), format=from_format, source="-", **options)
        return api.read(input_path, format=from_format, **options)
    except NewsmlKitError as exc:
        if exc.code in options.get("ignore", ()):
            return None
        raise


@main.command()
@click.argument("input_path", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True))
@_TABLE_OR_JSON_OPTION
@_ENCODING_OPTION
@_NFC_OPTION
@_LANGUAGE_OPTION
@_SELECT_OPTION
@_IGNORE_OPTION
@_handles_errors
def extract(
    input_path: str,
    output_format: str,
    encoding: str | None,
    nfc: bool,
    language: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> None:
    """Show what FILE (an article, or - for stdin) says: its event, people with rank and titles,
    organisations, places, dates, cited documents, awards, photo credits and byline.

    Two languages have an extraction pack: Vietnamese (vi) and English (en). The language is
    detected from the text (or taken from the item); --language overrides it. An item read from
    NewsML-G2, NITF or ninjs is extracted too, beside what the agency sent.

    \b
    Examples:
      newsml-kit extract article.txt
      newsml-kit extract article.txt --format json
      newsml-kit extract article.txt --language en
      newsml-kit extract agency-item.xml
      newsml-kit extract article.txt --ignore NK-TXT
    """
    from newsml_kit.findings import findings_json, findings_table

    result = _read(
        input_path,
        None,
        encoding=encoding,
        nfc=nfc,
        language=language,
        enrich=True,
        select=select,
        ignore=ignore,
    )
    if result is None:
        return
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
@click.option(
    "--details",
    is_flag=True,
    help="Also list each article's misses (-) and false positives (+) per category.",
)
@_handles_errors
def eval_command(gold_dir: str, article_dirs: tuple[str, ...], output_format: str, details: bool) -> None:
    """Score extracted articles against hand-written gold extractions.

    Every GOLD_DIR/*.json is paired with the article of the same stem in the first ARTICLE_DIR
    that has one; the precision and recall of each category are micro-averaged over articles.

    \b
    Example:
      newsml-kit eval corpus/vi/gold seed corpus/vi/unc
      newsml-kit eval --details corpus/vi/gold seed corpus/vi/unc
    """
    import json

    from newsml_kit.evaluate import evaluate_dirs

    result = evaluate_dirs(gold_dir, list(article_dirs))
    if output_format == "json":
        click.echo(json.dumps(result.as_dict(details=details), ensure_ascii=False, indent=2))
    else:
        click.echo(result.details() if details else result.table())


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
    help="text (FILE:LINE[:COL]: LEVEL: MESSAGE [CODE]), json, junit (JUnit XML) or github (Actions "
    "annotations); each diagnostic carries its code in all four.",
)
@click.option("--strict", is_flag=True, help="Warnings (lints, DOCTYPE, repairs) make a file fail.")
@_SELECT_OPTION
@_IGNORE_OPTION
@_handles_errors
def validate_command(
    paths: tuple[str, ...],
    schema_files: tuple[str, ...],
    engine: str,
    output_format: str,
    strict: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> None:
    """Validate news documents against their schemas, with lints no schema expresses.

    PATH is a file, a folder (searched recursively), a glob, or - for stdin. The format is found
    from the content. NewsML-G2 written by newsml-kit goes against the project's own XSD; other
    NewsML-G2 against the official IPTC 2.35 XSD and ninjs against the official JSON Schema of its
    version, both shipped with newsml-kit (--schema FILE, $NEWSML_KIT_G2_XSD or
    $NEWSML_KIT_NINJS_SCHEMA pick others). NITF takes --schema or $NEWSML_KIT_NITF_XSD (its licence
    keeps it out of the package); canonical JSON its shipped JSON Schema.

    Exit status: 0 when every file is valid, 1 when any is invalid, 2 on a usage error (including
    a file for which no schema is available). A diagnostic left out by --select/--ignore is not
    reported and does not make its file fail.

    \b
    Examples:
      newsml-kit validate feeds/
      newsml-kit validate --schema NewsML-G2_2.35-spec-All-Power.xsd 'feeds/**/*.xml' --format github
      newsml-kit validate feeds/ --strict --ignore NK-VAL-105
    """
    from newsml_kit.codes import Selection
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
        options = Options(
            engine=engine,
            schemas=SchemaChoice.from_paths(schema_files),
            strict=strict,
            selection=Selection(select, ignore),
        )
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
    """Manage downloaded schemas (the official NewsML-G2 XSD ships with newsml-kit; a fetched copy in
    the user cache is preferred to it)."""


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


# --- review (issue 17) ----------------------------------------------------------------------------------


@main.command("review")
@click.argument("folder", metavar="DIR", type=click.Path(exists=True, file_okay=False))
@click.option("--no-browser", is_flag=True, help="Print the URL only; do not open a browser.")
@_handles_errors
def review_command(folder: str, no_browser: bool) -> None:
    """Review, correct and approve what a conversion extracted, in a local web page.

    DIR holds canonical JSON items as `newsml-kit convert ARCHIVE --to json --out-dir DIR` writes
    them (with its report, whose warnings the queue shows). The server listens on 127.0.0.1 only,
    on a free port, and answers only requests that carry the random token in the URL it prints.
    Saving writes an item atomically as its next version with its review status (corrected or
    approved); the versions it replaces are kept in DIR/.newsml-kit-review/ for undo.
    Stop it with Ctrl+C.

    \b
    Example:
      newsml-kit convert archive/ --to json --out-dir review/
      newsml-kit review review/
      newsml-kit convert review/ --to newsml --out-dir g2/
    """
    try:
        from newsml_kit.review.run import serve
    except ImportError as exc:
        raise NewsmlKitError(
            f"newsml-kit review needs the review extra ({exc.name} is missing): "
            "pip install 'newsml-kit[review]'"
        ) from None

    def announce(url: str) -> None:
        click.echo(f"Reviewing {os.path.abspath(folder)}", err=True)
        click.echo(f"Open {url}", err=True)
        click.echo("Stop with Ctrl+C.", err=True)

    serve(folder, open_browser=not no_browser, announce=announce)
