"""A package."""
value = "pkg value"
__all__ = ["value", "sub"]
