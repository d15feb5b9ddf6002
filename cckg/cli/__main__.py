"""`python -m cckg.cli` runs the `cckg` command."""

from cckg.cli import main

main()
