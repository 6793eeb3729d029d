"""kg: a knowledge-graph builder for news."""
__version__ = "0.1.0"
