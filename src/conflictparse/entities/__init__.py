"""Entities read around the quantities and the words: casualties, areas, actors and places."""
