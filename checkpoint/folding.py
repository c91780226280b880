"""Search keys that fold spelling variants of names (DESIGN §4).

What is stored is never changed: a name is kept exactly as written, and a *key* made by
:func:`fold_name` is stored beside it. A search folds what the user typed with
:func:`fold_query` and looks for it inside the stored keys, so the same folding happens on both
sides and two spellings of one name meet.

The rules, in order:

Rules 1 and 2 are the contract's letter folding (``contract.folding``), shared with the code
lists; rules 3 and 4 are the search's own.

1. **Unicode.** NFKC (presentation forms and ligatures become plain letters), case-folded, then
   every combining mark dropped: Latin diacritics (``Rahmān`` → ``rahman``) and Arabic harakat,
   shadda, superscript alef and hamza marks (``محمّد`` → ``محمد``). Format characters (the Persian
   half-space ZWNJ, direction marks) and tatweel ``ـ`` are dropped too.
2. **Arabic-script keyboard variants.** Arabic kaf ``ك`` → keheh ``ک``; ``ي ى ئ ې ۍ`` → Farsi
   yeh ``ی``; ``ة ۀ ہ ھ ە`` → heh ``ه``; ``أ إ آ ٱ`` → ``ا``; ``ؤ`` → ``و``; Pashto ``ګ`` →
   ``گ``. Persian and Arabic-Indic digits become ASCII digits.
3. **Words.** Apostrophes and ʿayn/hamza marks are removed inside a word (``Sa'id`` =
   ``Said``); every other non-letter, non-digit splits words. Words keep their order.
4. **Latin skeleton** (words written in ASCII letters only), because transliterations of one
   Arabic-script name differ mostly in their vowels:

   * ``ph`` → ``f``, ``gh`` → ``g`` (Ghulam = Gulam), ``q`` → ``k`` (Qasim = Kasim), ``v`` →
     ``w`` (Wali = Vali). ``kh`` is kept, so **Khan ≠ Kan**; ``sh``, ``ch``, ``zh`` are kept.
   * A final ``h`` after a vowel is dropped (Abdullah = Abdulla, Fatimah = Fatima).
   * A leading vowel keeps its class: ``a``; ``e``/``i`` → ``i``; ``o``/``u`` → ``u``
     (Omar = Umar, Ebrahim = Ibrahim).
   * After the first letter every run of vowels (``a e i o u y``) becomes one ``a``. The run is
     kept, not dropped, so the syllable shape survives: Mohammad / Muhammad / Mohammed / Mohamed
     / Muhammed → ``mahamad`` but Mahmood / Mehmood / Mahmud → ``mahmad``; Salim ≠ Salma.
   * Repeated letters collapse (Hassan = Hasan, Muhammad = Muhamad), before the rules above
     and again after them (Ghhulam = Ghulam).

   Accepted collisions (search offers both, the clerk picks): names that differ only in vowel
   quality, e.g. Hassan / Hussain, Jamil / Jamal, Salim / Salam, Ali / Aliya. Not folded:
   Dawood / Daud, Latin against Arabic script (no transliteration), ``ے`` (Urdu yeh barree, a
   different letter), a name written joined against one written apart (Abdulkarim / Abdul Karim;
   a search matches only at the start of a word, in either script).

**Key shape.** A key is its words each preceded by one space: ``fold_name("Mohammad Gul") ==
" mahamad gal"``. The leading space is deliberate: searching for ``fold_query(q)`` as a plain
substring (SQL ``key LIKE '%' || :q || '%'``) then matches only at the start of a word, so
``gul`` finds "Mohammad Gul" and "Gul Agha" but not "Mangal". A key holds only letters, digits
and spaces, never ``%`` or ``_``, so it needs no LIKE escaping. An empty or all-punctuation text
gives ``""``, which (as a query) matches every key.

Substring search matches the query words in the stored order (``"mohammad gul"`` finds
"Mohammad Gul Khan" but ``"gul mohammad"`` does not); :func:`matches` is the order-insensitive
rule, equivalent to one substring test per word of the query key.
"""

from __future__ import annotations

import re

from contract.folding import fold_letters

__all__ = ["fold_letters", "fold_name", "fold_query", "matches"]

# Marks that stand for a letter (ʿayn, hamza, elision) in Latin text: removing them keeps the
# word whole, where treating them as punctuation would split "Sa'id" into "sa" and "id".
_APOSTROPHES = re.compile("['\u2019\u2018\u02bc\u02bb\u02be\u02bf`\u00b4]")
_WORD = re.compile(r"[^\W_]+")

_LEADING_VOWELS = re.compile(r"^[aeiou]+")
_VOWEL_CLASS = {"a": "a", "e": "i", "i": "i", "o": "u", "u": "u"}
_VOWEL_RUN = re.compile(r"[aeiouy]+")
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
_REPEATED_LETTER = re.compile(r"([a-z])\1+")


def _latin_skeleton(word: str) -> str:
    """Rule 4 for one lower-case ASCII word."""
    # Doubled letters collapse first too, so that "Ghhulam" meets the rules below as "ghulam"
    # (collapsing only at the end left it "ghalam" against Ghulam's "galam").
    word = _REPEATED_LETTER.sub(r"\1", word)
    word = word.replace("ph", "f").replace("gh", "g").replace("q", "k").replace("v", "w")
    word = _FINAL_H.sub("", word)
    leading = _LEADING_VOWELS.match(word)
    if leading:
        head, rest = _VOWEL_CLASS[word[0]], word[leading.end():]
    else:
        head, rest = word[:1], word[1:]
    return _REPEATED_LETTER.sub(r"\1", head + _VOWEL_RUN.sub("a", rest))


def fold_name(text: str) -> str:
    """Search key for a stored name: its folded words, each preceded by one space.

    ``fold_name("Mohammad Gul") == " mahamad gal"``; ``fold_name("") == ""``. See the module
    docstring for the rules and why the key starts with a space.
    """
    # Apostrophes go before NFKC, which would turn an acute accent ´ into a space.
    letters = fold_letters(_APOSTROPHES.sub("", text))
    words = [
        _latin_skeleton(word) if word.isascii() else word for word in _WORD.findall(letters)
    ]
    return "".join(" " + word for word in words if word)


def fold_query(text: str) -> str:
    """Search key for what the user typed: the same folding as :func:`fold_name`.

    A query matches a stored name when ``fold_query(query) in fold_name(name)``: each query word
    must start a stored word, and the words must follow one another as stored. A partly typed
    last word works, since the key of a word's beginning is the beginning of the word's key
    (one exception: a beginning that ends between the ``p`` and ``h`` of ``ph``).
    """
    return fold_name(text)


def matches(stored_key: str, query_key: str) -> bool:
    """Whether every word of ``query_key`` starts some word of ``stored_key``, in any order.

    Both arguments are keys (from :func:`fold_name` / :func:`fold_query`). An empty query matches
    everything. In SQL this is one ``key LIKE '%' || ' ' || word || '%'`` per query word, ANDed.
    """
    stored_words = stored_key.split()
    return all(
        any(stored.startswith(word) for stored in stored_words) for word in query_key.split()
    )
