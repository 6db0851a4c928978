"""Register import: an old Excel/CSV register of reactions taken in, after a mapping the
user checks. Use cases: `open_register` (read the file, complete the mapping),
`complete_mapping` (another sheet or header row), `preview_register` (every row checked,
problems named), `import_register` (all or nothing, mapping remembered), and the mapping's
own `load_mapping` / `save_mapping` / `read_mapping_file`."""

from .dates import DateProblem, parse_date
from .fields import ENUMS, FIELDS_BY_NAME, IMPORT_FIELDS, ImportField, guess_enum
from .guessing import header_names
from .importing import ImportCancelled, ImportResult, describe_problems, implied_status
from .mapping import (
    CREATE,
    LEAVE_EMPTY,
    RegisterMapping,
    load_mapping,
    read_mapping_file,
    save_mapping,
)
from .reading import MAX_ROWS, ReadingCancelled, SheetRows, read_register
from .session import (
    complete_mapping,
    import_register,
    master_names,
    open_register,
    preview_register,
)
from .validating import MasterNames, Preview, RowCheck

__all__ = [
    "CREATE",
    "ENUMS",
    "FIELDS_BY_NAME",
    "IMPORT_FIELDS",
    "LEAVE_EMPTY",
    "MAX_ROWS",
    "DateProblem",
    "ImportCancelled",
    "ImportField",
    "ImportResult",
    "MasterNames",
    "Preview",
    "ReadingCancelled",
    "RegisterMapping",
    "RowCheck",
    "SheetRows",
    "complete_mapping",
    "describe_problems",
    "guess_enum",
    "header_names",
    "implied_status",
    "import_register",
    "load_mapping",
    "master_names",
    "open_register",
    "parse_date",
    "preview_register",
    "read_mapping_file",
    "read_register",
    "save_mapping",
]
