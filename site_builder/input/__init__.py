"""Stage 1, load: the seeds directory read into typed stories, with every problem as a diagnostic."""
