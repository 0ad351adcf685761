"""site_builder: static microsites that compare how several outlets covered one story."""

__version__ = "0.1.0"
