"""``python -m pressfacts``: the same command as ``pressfacts``."""

from .cli import main

if __name__ == "__main__":
    main()
