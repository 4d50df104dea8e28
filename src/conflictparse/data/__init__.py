"""Lexicons shipped with conflictparse (TOML files read with importlib.resources)."""
