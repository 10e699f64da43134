"""Optional: natasha's slovnet morphology tagger, which disambiguates in context.

Off by default (``pressfacts.load(slovnet_morph=True)`` turns it on): on the factRuEval texts it
costs about as much as the NER itself, while pymorphy3 alone is about four times faster. It runs
after the pymorphy3 stage, replaces POS and features with slovnet's, and picks the pymorphy3
lemma whose parse agrees with them.
"""

from __future__ import annotations

from functools import lru_cache

from natasha.data import NEWS_MORPH
from slovnet import Morph
from spacy.language import Language
from spacy.tokens import Doc, Token

from .batched import BatchedComponent
from .convolution import stack_convolutions
from .morphology import FEATURES, POS, parse
from .ner import load_navec
from .sentences import sentences


@lru_cache(maxsize=None)
def load_morph(batch_size: int) -> Morph:
    """slovnet's news morphology tagger, loaded once per process, on the navec embeddings the NER loaded."""
    tagger = Morph.load(NEWS_MORPH, batch_size=batch_size).navec(load_navec())
    stack_convolutions(tagger.infer.model)
    return tagger


def agreeing_lemma(token: Token, pos: str, feats: dict[str, str]) -> str:
    """The lemma of the first pymorphy3 parse whose POS and case agree with slovnet's tags."""
    for candidate in parse(token.text):
        grammemes = candidate.tag.grammemes
        same_pos = POS.get(candidate.tag.POS or "", "X") == pos or pos == "PROPN"
        same_case = "Case" not in feats or ("Case", feats["Case"]) in {FEATURES[g] for g in grammemes if g in FEATURES}
        if same_pos and same_case:
            return candidate.normal_form
    return token.lemma_


class SlovnetMorph(BatchedComponent):
    """Sets POS, features and agreeing lemmas from slovnet's contextual tagger."""

    def __init__(self, nlp: Language, name: str, batch_size: int):
        self.name = name
        self.batch_size = batch_size

    def tag_batch(self, docs: list[Doc]) -> None:
        words = [[t for t in sent if not t.is_space] for doc in docs for sent in sentences(doc)]
        words = [w for w in words if w]
        markups = load_morph(self.batch_size).map([[t.text for t in w] for w in words])
        for tokens, markup in zip(words, markups):
            for token, tagged in zip(tokens, markup.tokens):
                token.pos_ = tagged.pos
                token.set_morph("|".join(f"{k}={v}" for k, v in sorted(tagged.feats.items())) or None)
                token.lemma_ = agreeing_lemma(token, tagged.pos, tagged.feats)


@Language.factory(
    "pressfacts_slovnet_morph",
    assigns=["token.pos", "token.morph", "token.lemma"],
    requires=["token.is_sent_start"],
    default_config={"batch_size": 32},
)
def create_slovnet_morph(nlp: Language, name: str, batch_size: int) -> SlovnetMorph:
    return SlovnetMorph(nlp, name, batch_size)
