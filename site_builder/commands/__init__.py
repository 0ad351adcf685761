"""What a user runs: ``site-builder build``, ``serve`` and ``check``."""
