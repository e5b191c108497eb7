"""Every path and URL the writers use, in one place."""
from __future__ import annotations


def article_source(item_id: str) -> str:
    """Markdown file of an article, relative to docs/."""
    return f"articles/{item_id}.md"


def article_url(item_id: str) -> str:
    """Site-relative URL of an article page (directory URLs)."""
    return f"articles/{item_id}/"


def page_source(stem: str) -> str:
    return f"pages/{stem}.md"
