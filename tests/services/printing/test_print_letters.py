"""Print-then-record: a letter counts as sent only once the print queue accepted the job;
the acknowledgements due go as ONE job, can be cancelled before it is sent, and a refused
job records nothing. The queue here is a stand-in `send`; tests/ui/test_print_queue.py
prints through a real one."""

from __future__ import annotations

import pytest

from kluppluz_desk.domain.enums import CaseStatus, LetterKind
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.letters import acknowledgements_due, letter_pdf
from kluppluz_desk.services.printing import (
    PrintError,
    PrintJob,
    PrintOptions,
    page_count,
    print_acknowledgements_due,
    print_letter,
)
from tests.factories import make_case, seed


class Queue:
    """Accepts (or refuses) jobs and keeps what it was sent."""

    def __init__(self, refuse: bool = False) -> None:
        self.refuse = refuse
        self.jobs: list[tuple[bytes, PrintOptions, str]] = []

    def __call__(self, pdf: bytes, options: PrintOptions, title: str) -> PrintJob:
        if self.refuse:
            raise PrintError("De printer 'Kantoor' staat uit of is gepauzeerd.")
        self.jobs.append((pdf, options, title))
        return PrintJob(str(len(self.jobs)), "Kantoor", page_count(pdf), len(pdf), "cups")


@pytest.fixture
def due(db: Database) -> list[int]:
    seeded = seed(db)
    return [make_case(db, seeded, upto=Step.ASSIGN_HANDLER).id for _ in range(3)]


def test_a_printed_letter_is_recorded_exactly_as_printed(db: Database, due: list[int]) -> None:
    queue = Queue()
    options = PrintOptions(printer="Kantoor", copies=2)
    printed = print_letter(db, due[0], LetterKind.ACKNOWLEDGEMENT, options, send=queue)
    assert printed.job.job_id == "1" and queue.jobs[0][1] == options
    assert printed.detail is not None and printed.detail.status is CaseStatus.ACKNOWLEDGED
    stored = cases.get_case(db, due[0]).letters
    assert len(stored) == 1 and letter_pdf(db, stored[0].id) == queue.jobs[0][0]


def test_a_refused_job_records_nothing(db: Database, due: list[int]) -> None:
    with pytest.raises(PrintError, match="gepauzeerd"):
        print_letter(db, due[0], "acknowledgement", PrintOptions(), send=Queue(refuse=True))
    assert cases.get_case(db, due[0]).letters == []
    with pytest.raises(PrintError):
        print_acknowledgements_due(db, PrintOptions(), send=Queue(refuse=True))
    assert acknowledgements_due(db) == due


def test_the_batch_is_one_job_with_progress_then_recorded(db: Database, due: list[int]) -> None:
    queue = Queue()
    steps: list[tuple[int, int, str]] = []
    batch = print_acknowledgements_due(
        db, PrintOptions(), progress=lambda *a: steps.append(a) or True, send=queue
    )
    assert batch is not None and batch.case_ids == tuple(due) and len(queue.jobs) == 1
    assert page_count(queue.jobs[0][0]) == batch.job.pages >= 3
    assert [s[2] for s in steps] == ["render", "send", "record"]
    assert acknowledgements_due(db) == []
    assert all(len(cases.get_case(db, i).letters) == 1 for i in due)


def test_a_cancelled_batch_prints_and_records_nothing(db: Database, due: list[int]) -> None:
    queue = Queue()
    batch = print_acknowledgements_due(
        db, PrintOptions(), progress=lambda done, total, what: what != "send", send=queue
    )
    assert batch is None and queue.jobs == [] and acknowledgements_due(db) == due


def test_nothing_due_is_said_in_dutch(db: Database) -> None:
    seed(db)
    with pytest.raises(PrintError, match="geen ontvangstbevestigingen"):
        print_acknowledgements_due(db, PrintOptions(), send=Queue())
