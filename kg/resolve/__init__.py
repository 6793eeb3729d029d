"""resolve: one node per real-world thing across a corpus.

The pipeline, one module a step:

* ``resolver``: each article's clusters get the key their kind and name mint, and
  each article leaves a record of what it read (``record``);
* ``identity``: over all records at once, which keys are one thing and which names
  no entity (``names`` compares names, ``junk`` knows what is no entity); people's
  names are joined in ``people``, bodies' and places' in ``bodies``, and what the
  groups come to is made in ``entities``, over the ``keys`` they share;
* ``rewrite``: a store's graph brought in line with those identities, touching
  only what changed, so that batches, ``--jobs`` and incremental builds all reach
  the graph one build of the whole corpus gives.
"""
from .names import entity_key, normalize, slug
from .resolver import Resolver

__all__ = ["Resolver", "entity_key", "normalize", "slug"]
