"""Helpers shared by the test modules: strategies, schemas, servers, sample folders and paths.

Test modules import from here (``from support.strategies import news_items``), never from each other.
"""
