"""`python -m ieptrail.cli`: the same as the `ieptrail` command (when no script is on PATH)."""
from ieptrail.cli import main

if __name__ == "__main__":
    main(prog_name="ieptrail")
