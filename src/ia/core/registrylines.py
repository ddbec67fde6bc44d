"""Registry records of ``id|Title`` lines, parsed in one place.

Several configurable lists of the core are registry records holding one
``id|Title`` line per entry (attachment categories, classification codes,
organisation and position types, ...). This module parses them:

- ``split_pair(line)``: one line -> ``(id, title)``, title ``None`` without
  a ``|``; the lower-level helper of the stricter parsers;
- ``split_fields(line)``: one line -> all its stripped ``|``-separated fields
  (``id|Title|Role`` functions, ``register|pattern|moment`` numbering lines);
- ``parse_pairs(lines)``: lines -> ordered ``[(id, title)]``, blank lines and
  repeated ids skipped, a missing title defaulting to the id;
- ``registry_pairs(record)``: ``parse_pairs`` of a registry record;
- ``pairs_vocabulary(pairs)``: a ``SimpleVocabulary`` of ``(id, title)`` pairs.
"""

from plone import api
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def split_pair(line) -> tuple[str, str | None]:
    """``" id | Title "`` -> ``("id", "Title")``; ``"id"`` -> ``("id", None)``.

    Only the first ``|`` separates: the title may contain more of them.
    """
    key, sep, title = (line or "").partition("|")
    return key.strip(), (title.strip() if sep else None)


def split_fields(line) -> list[str]:
    """``" a | b |c"`` -> ``["a", "b", "c"]``."""
    return [part.strip() for part in (line or "").split("|")]


def parse_pairs(lines) -> list[tuple[str, str]]:
    """``["plan|Plan", "photo"]`` -> ``[("plan", "Plan"), ("photo", "photo")]``.

    Blank lines and repeated ids are skipped (the first one wins); a line
    without a title uses its id as title.
    """
    pairs = []
    seen = set()
    for line in lines or ():
        key, title = split_pair(line)
        if not key or key in seen:
            continue
        seen.add(key)
        pairs.append((key, title or key))
    return pairs


def registry_pairs(record: str) -> list[tuple[str, str]]:
    """The ``(id, title)`` pairs of a registry record (none when it is missing)."""
    return parse_pairs(api.portal.get_registry_record(record, default=None))


def pairs_vocabulary(pairs, token=None) -> SimpleVocabulary:
    """A vocabulary of ``(id, title)`` pairs; ``token(id)`` computes the tokens."""
    return SimpleVocabulary(
        [
            SimpleTerm(key, token=token(key) if token else key, title=title)
            for key, title in pairs
        ]
    )
