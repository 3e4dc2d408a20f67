import sys

from analysis.cli import main

sys.exit(main(prog="python -m analysis"))  # argparse would say "__main__.py"
