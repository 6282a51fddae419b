"""`python -m ieptrail`: the same as the `ieptrail` command."""
from ieptrail.cli import main

if __name__ == "__main__":
    main(prog_name="ieptrail")
