"""Language knowledge: word lists as data, and the text rules every stage shares."""
