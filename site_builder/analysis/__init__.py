"""Stages 2-4, analysis: clean, segment, then align and find quotes; a pure function per story."""
