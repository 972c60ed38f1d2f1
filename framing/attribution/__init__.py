"""Who said it: attribution spans (source and cue) for every sentence of a text.

Rules propose and a small learned check disposes (some tens of microseconds per sentence):
one regex tokenises a sentence that contains a trigger word, hand-written word lists decide
what is a cue and where its source is, and a logistic regression over features of each verb
cue (``_learned``; plain JSON weights in ``framing/data/cue_weights.json``, written by
``tools/train_cue_model.py``) drops weak candidates and keeps strong ones the rules missed.
Nothing is downloaded.

What is found, per sentence (``find_attributions``), main attribution first:

* reporting verbs with their auxiliaries, adverbs, catenatives and particles ("said",
  "has continued to emphasize", "also told", "pointed out", "told reporters"), with the
  subject before ("X said", "X, the minister, said", "X, who ..., said") or, after a
  quotation or a comma, after the cue ('"...," said X, the minister.');
* cognition verbs and stances with a person-like subject ("believe", "are convinced that"),
  documents and polls with an evidence verb ("a poll shows");
* "according to X", passive agents ("reported by X"), and participles and coordinated verbs
  (", saying", ", citing", "and said") that share the main subject;
* hearsay without a source: "is said to", "are believed to", "reportedly", "allegedly",
  "it is understood that";
* speaker tags and headline colons: "Name: ..." at the start of a sentence (not header keys
  such as "Subtitle:" or "Publisher:", nor section headers such as "Conclusion:" or
  "SECOND:");
* noun cues owned by a possessive before "that" ("his claim that"); a sentence-final
  "..., X said." is the main attribution;
* not attributions: passive actions with a person subject ("was endorsed by the governor"),
  "said nothing", "declined to comment", "amid claims that", "reportedly" in a relative
  clause, an infinitive of purpose without a subject, and first- or second-person sources
  outside quotation marks ("I agree", "let me say", "you know", "we have maintained"): the
  writer's or speaker's own voice ("you" stays in a transcript with speaker tags and with a
  past speech verb: "You said in the debate that ...");
* nested attributions ("X said Y told him", "I think" inside a quotation) after the main one;
* sentences inside a quotation that runs over several sentences or paragraphs get the
  attribution of the sentence that attributes the quotation, marked ``inherited=True``; so do
  whole-sentence quotations next to an attributed one, the lines after a speaker tag, and a
  paragraph introduced by a line ending in a colon ("She wrote:");
* interviews: when a headline names the interviewee ("Wikinews interviews X", "Interview
  with X") and questions stand in paragraphs of their own, the answers inherit the headline's
  cue and interviewee;
* pronoun sources (he, she, they, it, who; I and we inside a quotation) get
  ``source_resolved``: a nearby named source of an earlier attribution or a name in subject
  position of an earlier sentence, filtered by a simple gender / person-vs-organisation check.

``quote_states`` gives, per sentence, whether it lies inside a quotation that was opened in an
earlier sentence or is closed in a later one (curly and straight quotes, NYT-style ``''``,
paragraph re-opening, reset at a paragraph break that does not reopen, cap of
``MAX_QUOTE_SENTENCES``), and marks the lines after a speaker tag or an introducing colon.

``quotation_index`` builds the quotation index of a document once, for both functions.

``reported_attributions`` picks, from a sentence's attributions, those a claim reports
(`framing.analyze`): the main one first, then those coordinated with it (the main speaker's
second verb, a second speaker after a conjunction, a preposed adverbial clause), not the
nested ones.

The word lists come from `framing.lexicons` (one file per list) and are exported for the
feature module: ``REPORTING_VERBS``, ``COGNITION_VERBS``, ``EVIDENCE_VERBS``,
``CATENATIVE_VERBS`` (all inflections), ``HEARSAY_ADVERBS``, ``HEARSAY_PARTICIPLES``,
``CUE_PHRASES``, ``PRONOUN_SOURCES``, ``VAGUE_SOURCES``, ``TITLES``, ``DOCUMENT_NOUNS``; all
lower case. See docs/attribution.md for figures and failure modes.

The stages, one private module each, in the order a document goes through them:
``_vocab`` (word lists) -> ``_tokens`` -> ``_quotes`` -> ``_phrases`` (noun phrases) ->
``_cues`` -> ``_sources`` (with ``_learned``) -> ``_document`` (document pass) -> ``_coref``
(pronouns).
"""

from __future__ import annotations

from framing.attribution._document import find_attributions, quote_states
from framing.attribution._quotes import MAX_QUOTE_SENTENCES, QuoteIndex, quotation_index
from framing.attribution._reported import reported_attributions
from framing.attribution._tags import CAPS_ROLE_TAG
from framing.attribution._vocab import (
    CATENATIVE_VERBS,
    COGNITION_VERBS,
    CUE_PHRASES,
    DOCUMENT_NOUNS,
    EVIDENCE_VERBS,
    HEARSAY_ADVERBS,
    HEARSAY_PARTICIPLES,
    PRONOUN_SOURCES,
    REPORTING_VERBS,
    TITLES,
    VAGUE_SOURCES,
)

__all__ = [
    "CAPS_ROLE_TAG",
    "CATENATIVE_VERBS",
    "COGNITION_VERBS",
    "CUE_PHRASES",
    "DOCUMENT_NOUNS",
    "EVIDENCE_VERBS",
    "HEARSAY_ADVERBS",
    "HEARSAY_PARTICIPLES",
    "MAX_QUOTE_SENTENCES",
    "PRONOUN_SOURCES",
    "REPORTING_VERBS",
    "TITLES",
    "VAGUE_SOURCES",
    "QuoteIndex",
    "find_attributions",
    "quotation_index",
    "quote_states",
    "reported_attributions",
]
