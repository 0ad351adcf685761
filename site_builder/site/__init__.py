"""Stage 5, render: one story's analysis into pages, search shards and the JSON export; then the site-wide pages."""
