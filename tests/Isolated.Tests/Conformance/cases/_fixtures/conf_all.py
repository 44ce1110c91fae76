__all__ = ["exported", "also"]
exported = "e"
also = "a"
not_exported = "n"
