"""Moving the whole database in and out as one JSON document (export, checked import) and
the JSON Schema of that format (`python -m kluppluz_desk.services.transfer`)."""

from .cancel import TransferCancelled
from .checks import validate_document
from .json_io import (
    export_document,
    export_json,
    import_document,
    import_json,
    read_document,
)

__all__ = [
    "TransferCancelled",
    "export_document",
    "export_json",
    "import_document",
    "import_json",
    "read_document",
    "validate_document",
]
