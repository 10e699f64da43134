"""A razdel tokenizer for spaCy, so that slovnet's spans (it tokenizes with razdel too) align with our tokens.

spaCy's ``Doc(vocab, words, spaces)`` knows only one trailing space per token, so every other
gap (a newline, two spaces, a no-break space) becomes a whitespace token of its own, as spaCy's
own tokenizer does. Then ``doc.text`` equals the input and every character offset holds.
"""

from __future__ import annotations

import unicodedata

import razdel
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from . import extensions  # noqa: F401  (doc._.text)
from .blocks import BLOCK, after_last_space, blocks


HYPHENS = "-–—"   # a dash razdel leaves on the word before it


def words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """Split ``text`` into spaCy words and trailing-space flags that rebuild it exactly.

    >>> words_and_spaces("Привет,  мир\\n")
    (['Привет', ',', ' ', 'мир', '\\n'], [False, True, False, False, False])
    >>> words_and_spaces("1 место- Анна")
    (['1', 'место', '-', 'Анна'], [True, False, True, False])
    >>> words_and_spaces("Лесной с/с, 3/4")[0]
    ['Лесной', 'с/с', ',', '3/4']
    >>> words_and_spaces("№ 3,\\n")[0]
    ['№', '3', ',', '\\n']
    >>> words_and_spaces("🥇I место")
    (['🥇', 'I', 'место'], [False, True, False])
    """
    words: list[str] = []
    spaces: list[bool] = []
    position = 0
    for start, stop, word in tokens(text):
        _add_gap(text[position:start], words, spaces)
        words.append(word)
        spaces.append(False)
        position = stop
    _add_gap(text[position:], words, spaces)
    return words, spaces


def tokens(text: str):
    """(start, stop, text) of razdel's tokens, tokenized in blocks cut at whitespace (see blocks.py);
    a short abbreviation with a slash is one word ("с/с", "ж/д", "с/х")."""
    pending: list[tuple[int, int, str]] = []
    for token in split_tokens(text):
        pending.append(token)
        if len(pending) == 3:
            (a, b, first), (_, _, slash), (_, d, last) = pending
            if slash == "/" and b + 1 == pending[2][0] and d - a == len(first) + 1 + len(last) and all(
                w.isalpha() and w.islower() and len(w) <= 2 for w in (first, last)
            ):
                pending = [(a, d, text[a:d])]
            else:
                yield pending.pop(0)
    yield from pending


def split_tokens(text: str):
    """razdel's tokens, with the marks it leaves on a word split off."""
    for offset, end in blocks(text, BLOCK, after_last_space):
        for token in razdel.tokenize(text[offset:end]):
            start, stop, word = offset + token.start, offset + token.stop, token.text
            if len(word) > 1 and word[-1] in HYPHENS and word[-2].isalpha():
                # razdel keeps a dash typed against the word before it: "1 место- Анна Ким"
                yield start, stop - 1, word[:-1]
                yield stop - 1, stop, word[-1]
            elif len(word) > 1 and word[-1] == "," and word[:-1].isdigit():
                # a number before a comma and a line break, razdel's half of a decimal: "школа № 3,⏎"
                yield start, stop - 1, word[:-1]
                yield stop - 1, stop, word[-1]
            elif len(word) > 1 and is_symbol(word[0]) and word[1].isalnum():
                # and an emoji typed against the word after it: "🥇I место"
                yield start, start + 1, word[0]
                yield start + 1, stop, word[1:]
            else:
                yield start, stop, word


def is_symbol(char: str) -> bool:
    """A pictograph or another symbol that is no part of a word: "🥇", "✅", "►"."""
    return unicodedata.category(char) in ("So", "Sk", "Sm") and char not in "№°+<=>"



def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    if not gap:
        return
    if gap[0] == " " and words and not spaces[-1] and not words[-1].isspace():
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)


class RazdelTokenizer:
    """spaCy tokenizer: razdel tokens plus whitespace tokens for the gaps."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc._.text = text  # doc.text rebuilds the string from every token on each call
        return doc

    # spaCy serializes the tokenizer with the pipeline; razdel has no state to save.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> RazdelTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> RazdelTokenizer:
        return self


@spacy.registry.tokenizers("pressfacts.razdel_tokenizer.v1")
def create_razdel_tokenizer():
    def make(nlp):
        return RazdelTokenizer(nlp.vocab)

    return make
