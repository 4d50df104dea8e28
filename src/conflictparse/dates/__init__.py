"""Dates: the reader (what the text says), the resolver (what it means) and the Hijri calendar."""
