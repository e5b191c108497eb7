"""Measuring and checking tools: benchmark, soak test, link checker, offline copy, Zensical build."""
