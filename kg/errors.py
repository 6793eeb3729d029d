"""kg's errors: each becomes one line on stderr and a non-zero exit at the CLI."""


class KGError(Exception):
    """Base of every error kg reports to a user."""

    exit_code = 1


class InputError(KGError):
    """An input path or file that cannot be read as articles."""


class ModelError(KGError):
    """The spaCy model is missing or cannot be loaded."""


class QueryError(KGError):
    """A SPARQL query that does not parse or cannot be found."""

    exit_code = 2


class GraphError(KGError):
    """A graph file that is missing or does not parse."""


class NodeError(KGError, LookupError):
    """A name that matches no node, or several, in a network."""


class GoldError(KGError):
    """Gold annotations (for ``kg eval``) that are missing or malformed."""

    exit_code = 2
