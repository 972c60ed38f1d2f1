"""Self-contained HTML reports: one article with every sentence marked, or a whole corpus.

`to_html` renders one `Analysis`: a profile (the shares of the three labels as a bar, the
number of sentences, the sources cited), a legend, and the text with each sentence marked by
its label twice over, by colour and by underline style (solid fact, dashed claim, wavy
framing), so that it reads without colour and in print. A sentence is focusable; on hover or
focus it shows its probabilities and, for a claim, its source and cue, which are highlighted
inside the sentence like the cues of a framing sentence. Everything a test or a script may
want is in ``data-*`` attributes.

`corpus_to_html` renders many documents: a sortable, paginated table of their shares, a
histogram of the framing share, the most cited sources, and a view of each document. The
table is built in the browser from an inline JSON blob and each document's view is stored as
inert text and only turned into DOM when it is opened, so 5,000 documents stay responsive.

The pages load nothing from the network: inline CSS, one inline script allowed by its hash in
a Content-Security-Policy that forbids every remote load, and all text HTML-escaped.
`render_path` picks the kind of report for a path: a .txt file (or "-" for stdin) is an
article, a directory of .txt files or a JSONL written by ``framing label`` is a corpus.
"""

from __future__ import annotations

from framing.report._render import (
    analyses_from_jsonl,
    analysis_from_rows,
    analyze_directory,
    corpus_to_html,
    render_path,
    to_html,
)
from framing.report._templates import ORDER

__all__ = [
    "ORDER",
    "analyses_from_jsonl",
    "analysis_from_rows",
    "analyze_directory",
    "corpus_to_html",
    "render_path",
    "to_html",
]
