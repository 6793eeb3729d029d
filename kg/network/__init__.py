"""network: the collaboration network of people, organisations, events and places.

``graph`` reads it out of kg's RDF and projects it (people, organisations,
places); ``analysis`` measures it, with the heavy algorithms in compiled
libraries (``algorithms``); ``export`` writes it and its measures out
(GraphML, GEXF, CSV, JSON, a text table). Functions take a graph and return
plain data.
"""
from .analysis import (Measures, bridges, brokers, components, core, ego, find, link_reason, measure, metrics, path_steps,
                       shortest_path, subgraph, summary, top)
from .graph import KINDS, PROJECTIONS, collaboration, country_network, from_rdf, organization_network, project

__all__ = [
    "KINDS", "PROJECTIONS", "from_rdf", "collaboration", "organization_network", "country_network", "project",
    "Measures", "measure", "metrics", "top", "subgraph", "core", "summary", "components", "brokers", "bridges", "find", "ego",
    "shortest_path", "path_steps", "link_reason",
]
