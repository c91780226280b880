"""Letter folding (DESIGN §4): the script-level part of how spelling variants meet.

1. **Unicode.** NFKC (presentation forms and ligatures become plain letters), case-folded, then
   every combining mark dropped: Latin diacritics (``Rahmān`` → ``rahman``) and Arabic harakat,
   shadda, superscript alef and hamza marks (``محمّد`` → ``محمد``). Format characters (the Persian
   half-space ZWNJ, direction marks) and tatweel ``ـ`` are dropped too.
2. **Arabic-script keyboard variants.** Arabic kaf ``ك`` → keheh ``ک``; ``ي ى ئ ې ۍ`` → Farsi
   yeh ``ی``; ``ة ۀ ہ ھ ە`` → heh ``ه``; ``أ إ آ ٱ`` → ``ا``; ``ؤ`` → ``و``; Pashto ``ګ`` →
   ``گ``. Persian and Arabic-Indic digits become ASCII digits.

The code lists compare what people write with it (``contract.codes``), and the core's name
search builds its word rules on top of it (``checkpoint.folding``).
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold_letters"]

_KEHEH = "\u06a9"
_FARSI_YEH = "\u06cc"
_HEH = "\u0647"
_ALEF = "\u0627"

_ARABIC_VARIANTS: dict[int, str] = {
    **dict.fromkeys(map(ord, "\u0643\u06aa"), _KEHEH),  # ك ڪ
    # ي ى ئ ې ۍ
    **dict.fromkeys(map(ord, "\u064a\u0649\u0626\u06d0\u06cd"), _FARSI_YEH),
    # ة ۀ ہ ھ ە ۂ ۃ: ۀ and ۂ arrive decomposed (their hamza is dropped as a mark)
    **dict.fromkeys(map(ord, "\u0629\u06c0\u06c1\u06be\u06d5\u06c2\u06c3"), _HEH),
    **dict.fromkeys(map(ord, "\u0623\u0625\u0622\u0671"), _ALEF),  # أ إ آ ٱ
    ord("\u0624"): "\u0648",  # ؤ → و
    ord("\u06ab"): "\u06af",  # Pashto ګ → گ
    **{0x0660 + d: str(d) for d in range(10)},  # Arabic-Indic digits
    **{0x06F0 + d: str(d) for d in range(10)},  # Persian (Extended Arabic-Indic) digits
}

_TATWEEL = "\u0640"


def fold_letters(text: str) -> str:
    """Case-fold ``text`` and fold its letters (rules 1 and 2), keeping punctuation and spaces.

    This is the script-level part of ``checkpoint.folding.fold_name``, without word splitting
    or the Latin skeleton; code lists use it to compare values typed in different keyboards.
    """
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    kept = "".join(
        ch for ch in decomposed
        if ch != _TATWEEL and unicodedata.category(ch) not in {"Mn", "Me", "Cf"}
    )
    return kept.translate(_ARABIC_VARIANTS)
