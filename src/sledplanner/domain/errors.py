"""Errors raised when a value given to the domain model is invalid."""


class ValidationError(ValueError):
    """An invalid value, naming the field it came from.

    Attributes:
        field: The name of the field that holds the invalid value.
        message: What is wrong with it, in plain words.
    """

    def __init__(self, field: str, message: str) -> None:
        """Create the error for ``field`` with a plain-words ``message``."""
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
