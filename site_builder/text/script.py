"""The letters of the Latin script, as the regular expressions of the analysis name them."""

#: Upper-case letters, as the body of a character class: A to Z and the accented capitals of
#: European names in English text ("Émile Durand", "Łukasz Żuraw", "Darragh Ó Murchú"), which
#: ``[A-Z]`` misses.
CAPITAL = "A-ZÀ-ÖØ-Þ" + "".join(chr(code) for code in range(0x100, 0x250) if chr(code).isupper())
#: One upper-case letter.
UPPER = f"[{CAPITAL}]"
