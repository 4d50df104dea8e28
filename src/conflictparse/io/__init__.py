"""Input and output: the command line."""
