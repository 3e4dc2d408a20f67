"""Scripts that rebuild data files from their sources; run each from the repository root as ``python -m scripts.NAME``."""
