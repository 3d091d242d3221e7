"""``python -m newsml_kit`` runs the command line."""

from newsml_kit.cli import main

main(prog_name="newsml-kit")
