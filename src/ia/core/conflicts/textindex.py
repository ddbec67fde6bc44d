"""Posting lists of the full-text indexes that concurrent writers can share.

``Products.ZCTextIndex`` keeps the documents of a word (its posting list) as
a plain ``dict`` *value* inside ``_wordinfo`` (an ``IOBTree``) while the word
has fewer than 10 documents, and re-stores the value on every addition
("not redundant: Persistency!"). Two registrations that share such a word
(a title word, a number, "courrier") then change the same key of the same
bucket: an unresolvable ``ConflictError`` on every attempt while the other
clerks keep registering (issue 10: 500s after all retries).

Here every posting list is its own ``IIBTree`` from the first document, and
is stored in ``_wordinfo`` once, when the word appears: adding a document
changes the word's tree only, and two documents added at once to the same
tree merge (BTrees' conflict resolution). Existing dict lists stay readable
and become trees on their next addition. Only new or emptied words still
touch ``_wordinfo`` itself.
"""

from BTrees.IIBTree import IIBTree
from Products.ZCTextIndex.BaseIndex import BaseIndex


def _posting_list(index, wid):
    """The word's tree, created or converted (then stored) if need be."""
    doc2score = index._wordinfo.get(wid)
    if doc2score is None:
        doc2score = index._wordinfo[wid] = IIBTree()
        return doc2score, True
    if isinstance(doc2score, dict):
        doc2score = index._wordinfo[wid] = IIBTree(doc2score)
    return doc2score, False


def _add_wordinfo(self, wid, f, docid):
    doc2score, new = _posting_list(self, wid)
    if new:
        self.length.change(1)
    doc2score[docid] = f


def _mass_add_wordinfo(self, wid2weight, docid):
    new_words = 0
    for wid, weight in wid2weight.items():
        doc2score, new = _posting_list(self, wid)
        new_words += new
        doc2score[docid] = weight
    if new_words:
        self.length.change(new_words)


def _del_wordinfo(self, wid, docid):
    doc2score = self._wordinfo[wid]
    del doc2score[docid]
    if not doc2score:
        del self._wordinfo[wid]
        self.length.change(-1)
    elif isinstance(doc2score, dict):
        self._wordinfo[wid] = doc2score  # a plain dict is part of the bucket


def apply():
    BaseIndex._add_wordinfo = _add_wordinfo
    BaseIndex._mass_add_wordinfo = _mass_add_wordinfo
    BaseIndex._del_wordinfo = _del_wordinfo
