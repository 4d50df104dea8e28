"""Quantities: the number grammar and the finders of numbers, bounds, ranges and vague counts."""
