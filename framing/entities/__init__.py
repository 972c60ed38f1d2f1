"""One entity per source within a document: who the sources of its claims are.

`framing.attribution` gives each attribution a source *span* ("Anna Berg, a spokeswoman for
the ministry", later "Berg", "she", "the spokeswoman"). `document_entities` merges those
mentions into entities, each with a canonical ``name`` (the fullest name form seen, without
its title), a ``title`` or role where the text gives one, and a ``type``:

* ``person``: a named person ("Anna Berg", "Mr. Tedeschi");
* ``organisation``: a named organisation ("the Ministry of Health", "Reuters", "police");
* ``document``: a document or report ("a report by the central bank", "the ruling");
* ``poll``: a poll or survey;
* ``anonymous``: an unnamed group or source ("critics", "officials", "a source close to the
  talks", "some residents").

How mentions merge, in document order: a name merges with an earlier one when its tokens end
the same way (surname; first names must agree when both have one); a pronoun takes the named
source `framing.attribution` resolved it to, else the most recent compatible entity (person
for he/she/I, organisation for it, organisation or group for they/we); a role noun ("the
spokeswoman", "the ministry", "the report") takes the most recent entity whose title, name or
kind has that word. Cheap string work: a few microseconds per attribution.
"""

from __future__ import annotations

from framing.entities._mention import parse_mention
from framing.entities._merge import document_entities
from framing.sources import ENTITY_TYPES  # the schema's types, in the order reports show them

__all__ = ["ENTITY_TYPES", "document_entities", "parse_mention"]
