"""Stage 6, build and write: run the stages over every story (cached, in worker processes) and swap the site in."""
