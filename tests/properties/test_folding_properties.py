"""Properties of name folding (DESIGN §4): how spellings of one name meet in a search.

A clerk searching for a returnee types the name as they would write it, on whatever keyboard
they have; the register wrote it another way. Folding must take any text without failing, give
the same key for every spelling the rules promise to join (Arabic-script keyboard variants,
marks, Mohammad / Muhammad / Mohammed and the other transliterations), and find a stored name
from any of its spellings, in any word order.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checkpoint.folding import fold_name, fold_query, matches
from contract.folding import fold_letters

# Each canonical Arabic-script letter (as folding writes it) and the keyboard variants that
# must fold to it.
ARABIC_VARIANTS = {
    "ک": "کكڪ", "ی": "یيىئېۍ", "ه": "هةۀہھە", "ا": "اأإآٱ", "و": "وؤ", "گ": "گګ",
}
OTHER_ARABIC_LETTERS = "بپتثجچحخدذرزژسشصضطظعغفقلمن"
HARAKAT = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]  # fathatan .. sukun, alef
INVISIBLE = ["\u200c", "\u200d", "\u200e", "\u200f", "\u0640"]  # ZWNJ, ZWJ, marks, tatweel
PERSIAN_DIGITS, ARABIC_INDIC_DIGITS = "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"

# Transliterations the rules join: any spelling of a group folds like any other.
LATIN_GROUPS = [
    ("Mohammad", "Muhammad", "Mohammed", "Mohamed", "Muhammed", "Mohamad", "MUHAMMAD"),
    ("Ghulam", "Gulam", "ghulām"), ("Qasim", "Kasim", "Qaasim"), ("Wali", "Vali"),
    ("Abdullah", "Abdulla", "Abdallah"), ("Fatimah", "Fatima", "Fātima"), ("Omar", "Umar"),
    ("Ebrahim", "Ibrahim"), ("Hassan", "Hasan"), ("Sa'id", "Said", "Saʿid", "Sa’id"),
    ("Rahman", "Rahmān", "Rehman"), ("Mahmood", "Mehmood", "Mahmud"), ("Yusuf", "Yousuf",
                                                                         "Yosuf"),
    ("Khan", "KHAN", "khan"), ("Gul", "Gool", "Gull"), ("Bibi", "Beebee", "Bibee"),
]
SEPARATORS = st.sampled_from([" ", "  ", " - ", ", ", "\t", "\u00a0", " / "])


@st.composite
def arabic_word(draw: st.DrawFn) -> tuple[str, str]:
    """(canonical spelling, a spelling typed on another keyboard with marks and joiners)."""
    letters = draw(st.lists(st.sampled_from(list(ARABIC_VARIANTS) + list(OTHER_ARABIC_LETTERS)),
                            min_size=1, max_size=8))
    typed = []
    for letter in letters:
        typed.append(draw(st.sampled_from(ARABIC_VARIANTS.get(letter, letter))))
        typed.extend(draw(st.lists(st.sampled_from(HARAKAT + INVISIBLE), max_size=2)))
    return "".join(letters), "".join(typed)


@st.composite
def latin_name(draw: st.DrawFn) -> tuple[str, str]:
    """Two spellings of one name of one to four words, each from the same group."""
    groups = draw(st.lists(st.sampled_from(LATIN_GROUPS), min_size=1, max_size=4))
    first = [draw(st.sampled_from(group)) for group in groups]
    second = [draw(st.sampled_from(group)) for group in groups]
    return (draw(SEPARATORS).join(first), draw(SEPARATORS).join(second))


@settings(max_examples=500, deadline=None)
@given(text=st.text())
def test_folding_takes_any_text_and_folding_letters_twice_changes_nothing(text: str) -> None:
    letters = fold_letters(text)
    assert fold_letters(letters) == letters
    key = fold_name(text)
    assert key == "" or (key.startswith(" ") and "  " not in key and not key.endswith(" "))
    assert matches(key, fold_query(text))  # a name is found by itself, as typed


@settings(max_examples=150, deadline=None)
@given(words=st.lists(arabic_word(), min_size=1, max_size=3), separator=SEPARATORS)
def test_arabic_script_keyboard_variants_fold_equal(words: list[tuple[str, str]],
                                                    separator: str) -> None:
    canonical = " ".join(word for word, _ in words)
    typed = separator.join(variant for _, variant in words)
    assert fold_name(typed) == fold_name(canonical)
    assert fold_query(typed) in fold_name(canonical)  # the search finds it


@settings(max_examples=100, deadline=None)
@given(number=st.integers(0, 10**8))
def test_digits_of_every_script_fold_equal(number: int) -> None:
    ascii_digits = str(number)
    for digits in (PERSIAN_DIGITS, ARABIC_INDIC_DIGITS):
        typed = ascii_digits.translate(str.maketrans("0123456789", digits))
        assert fold_name(typed) == fold_name(ascii_digits)


@settings(max_examples=300, deadline=None)
@given(spellings=latin_name())
def test_transliterations_of_one_name_fold_equal(spellings: tuple[str, str]) -> None:
    stored, typed = spellings
    assert fold_name(typed) == fold_name(stored)


@settings(max_examples=300, deadline=None)
@given(spellings=latin_name(), data=st.data())
def test_a_name_is_found_from_any_spelling_of_any_of_its_words(
        spellings: tuple[str, str], data: st.DataObject) -> None:
    stored, typed = spellings
    words = typed.replace(",", " ").replace("-", " ").replace("/", " ").split()
    asked = data.draw(st.lists(st.sampled_from(words), min_size=1, unique=True))
    assert matches(fold_name(stored), fold_query(" ".join(asked)))


@settings(max_examples=300, deadline=None)
@given(spellings=latin_name(), data=st.data())
def test_a_letter_typed_twice_folds_like_the_letter_once(spellings: tuple[str, str],
                                                         data: st.DataObject) -> None:
    # "Repeated letters collapse" (checkpoint.folding, rule 4): a key slip doubling a letter
    # must not hide the name.
    stored, _ = spellings
    at = data.draw(st.sampled_from([i for i, c in enumerate(stored) if c.isalpha()]))
    typed = stored[:at + 1] + stored[at] + stored[at + 1:]
    assert fold_name(typed) == fold_name(stored)
