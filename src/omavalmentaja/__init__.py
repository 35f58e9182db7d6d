"""omavalmentaja: an offline caseload tool for Finnish employment coaches."""

__version__ = "0.1.0"
