"""Text in, articles out: the stages of a page and the archive they make (`build`)."""
