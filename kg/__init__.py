"""techkg: tech-industry news as a knowledge graph."""

__version__ = "0.1.0"
