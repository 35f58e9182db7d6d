"""The benchmark suite: every figure is a ratio to a floor measured in the same run on the same data.

Run it with `python -m bench` (see bench/README.md)."""
