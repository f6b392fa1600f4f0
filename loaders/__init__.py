"""Read articles and extract companies, places, facilities, rivalries and events.

`loaders` owns the extraction record (`loaders.record`) and imports nothing from
`kg`: the extractor runs anywhere, with no store.
"""

from loaders.record import Article, Extraction

__all__ = ["Article", "Extraction"]
