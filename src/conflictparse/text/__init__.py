"""The text layer: normalisation with an offset map, the word index, and the lexicons."""
