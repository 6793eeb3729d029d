"""network: the collaboration network of people, organisations, events and places.

``graph`` reads it out of kg's RDF and projects it (people, organisations,
places); ``analysis`` measures it; ``export`` writes it and its measures out
(GraphML, GEXF, CSV, JSON, a text table). Functions take a graph and return
plain data.
"""
from .analysis import (bridges, brokers, components, core, ego, find, link_reason, metrics, path_steps,
                       shortest_path, subgraph, summary, top)
from .graph import KINDS, PROJECTIONS, collaboration, country_network, from_rdf, organization_network, project

__all__ = [
    "KINDS", "PROJECTIONS", "from_rdf", "collaboration", "organization_network", "country_network", "project",
    "metrics", "top", "subgraph", "core", "summary", "components", "brokers", "bridges", "find", "ego",
    "shortest_path", "path_steps", "link_reason",
]
