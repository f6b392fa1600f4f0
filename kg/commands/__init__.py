"""CLI command groups. Each module defines `register(app)`; `kg.cli` joins them."""
