"""The wizard's first pages: the year, its figures, the organisation's own figures and the
report's free texts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...documents.report.data import LabelCount, OrganisationFigures, ReportTexts, TermFigures
from ...domain.today import today
from ...services import report
from ...services.report import DraftContent, LoadedDraft, YearOverview
from ..recovery.texts import TextsRecovery
from .draft_page import PAGE_FIGURES, PAGE_KEYS, DraftPage

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


class YearPage(DraftPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which year?"))
        self.setSubTitle(
            self.tr(
                "The report covers the customer reactions received in one "
                "calendar year. Your work is saved at every step."
            )
        )
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setAccessibleName(self.tr("Report year"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.resume = QCheckBox()
        self.resume.setAccessibleName(self.tr("Continue where you left off"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.status)
        form.addRow(self.resume)
        self._loaded: LoadedDraft | None = None
        self.year.valueChanged.connect(self._year_changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = self.report_wizard()
        self.year.setValue(wizard.year)
        self._year_changed(wizard.year)

    def _year_changed(self, year: int) -> None:
        self._loaded = self.report_wizard().call(
            report.load_draft, self.report_wizard().ctx.db, year
        )
        loaded = self._loaded
        step = loaded.content.wizard_page if loaded else ""
        if loaded is None or loaded.version == 0:
            self.status.setText(
                self.tr("No report for {year} has been started yet.").format(year=year)
            )
        elif loaded.generated_at:
            self.status.setText(
                self.tr("The report for {year} was generated on {when}.").format(
                    year=year, when=loaded.generated_at.astimezone().strftime("%d-%m-%Y %H:%M")
                )
            )
        else:
            self.status.setText(self.tr("A draft for {year} is saved.").format(year=year))
        resumable = bool(loaded and loaded.version and step in PAGE_KEYS.values())
        self.resume.setVisible(resumable)
        self.resume.setChecked(resumable)
        self.resume.setText(self.tr("Continue where I left off"))

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        loaded = self._loaded
        if self.resume.isVisible() and self.resume.isChecked() and loaded is not None:
            for page_id, key in PAGE_KEYS.items():
                if key == loaded.content.wizard_page:
                    return page_id
        return PAGE_FIGURES

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        # Only read here: the draft is first stored when the user leaves the figures.
        return self.report_wizard().load(self.year.value())


def count_model(
    rows: tuple[LabelCount, ...], header: str, total: int, parent: QWidget
) -> QStandardItemModel:
    model = QStandardItemModel(0, 3, parent)
    model.setHorizontalHeaderLabels(
        [
            header,
            QCoreApplication.translate("FiguresPage", "Number"),
            QCoreApplication.translate("FiguresPage", "Share"),
        ]
    )
    for row in rows:
        share = f"{round(100 * row.count / total)}%" if total else "–"
        model.appendRow(
            [QStandardItem(row.label), QStandardItem(str(row.count)), QStandardItem(share)]
        )
    for item_row in range(model.rowCount()):
        for column in range(3):
            model.item(item_row, column).setEditable(False)
    return model


def _term_text(page: QWidget, name: str, term: TermFigures) -> str:
    if term.total == 0:
        return QCoreApplication.translate("FiguresPage", "{name}: not applicable yet").format(
            name=name
        )
    median = "–" if term.median_days is None else f"{term.median_days:g}".replace(".", ",")
    return QCoreApplication.translate(
        "FiguresPage",
        "{name} (within {days} days): {on_time} of {total} on time ({pct}%), median {median} days",
    ).format(
        name=name,
        days=term.term_days,
        on_time=term.on_time,
        total=term.total,
        pct=term.percentage,
        median=median,
    )


class FiguresPage(DraftPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The figures of the year"))
        self.setSubTitle(
            self.tr(
                "Computed from the registered reactions. Something wrong? "
                "Correct the reaction itself, then come back."
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("figuresSummary")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Figures"))
        self.models: dict[str, QStandardItemModel] = {}
        self.overview: YearOverview | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = self.report_wizard()
        overview = wizard.call(report.year_overview, wizard.ctx.db, wizard.year)
        if overview is None:
            return
        self.overview = overview
        fig = overview.figures
        self.tabs.clear()
        self.models.clear()
        tables = (
            ("kind", self.tr("Kind"), fig.by_kind),
            ("category", self.tr("Category"), fig.by_category),
            ("location", self.tr("Location"), fig.by_location),
            ("region", self.tr("Region"), fig.by_region),
            ("channel", self.tr("Channel"), fig.by_channel),
            (
                "month",
                self.tr("Month"),
                tuple(LabelCount(m, c) for m, c in zip(MONTHS, fig.by_month, strict=True)),
            ),
            ("satisfaction", self.tr("Satisfaction"), fig.satisfaction),
            ("escalations", self.tr("Escalations"), fig.escalations),
        )
        for key, title, rows in tables:
            total = (
                sum(r.count for r in rows)
                if key in ("satisfaction", "escalations")
                else (fig.total)
            )
            model = count_model(rows, title, total, self)
            self.models[key] = model
            view = QTableView()
            view.setObjectName(f"figures_{key}")
            view.setAccessibleName(title)
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.tabs.addTab(view, title)
        lines = [
            self.tr("%n reaction(s) received in {year}.", "", fig.total).format(year=overview.year),
            self.tr("Of which withdrawn: {n} (counted, and marked in the appendix).").format(
                n=overview.withdrawn
            ),
            _term_text(self, self.tr("Acknowledgement"), fig.acknowledgements),
            _term_text(self, self.tr("Solution proposed"), fig.solutions),
            self.tr(
                "Disputes at the Geschillencommissie: {n}. Improvement actions started: {i}."
            ).format(n=fig.disputes.count, i=fig.improvements.count),
        ]
        if overview.previous is not None:
            lines.append(
                self.tr(
                    "Previous year ({year}): %n reaction(s).", "", overview.previous.total
                ).format(year=overview.previous.year)
            )
        lines.append(
            self.tr(
                "Legally required: yes (%n written complaint(s) or disputes).",
                "",
                overview.written_complaints + fig.disputes.count,
            )
            if overview.legally_required
            else self.tr(
                "Legally required: no (no written complaints or disputes); a report is "
                "still useful for the parent committee."
            )
        )
        self.summary.setText("\n".join(lines))


def _spin(parent: QWidget, name: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(-1, 1_000_000)
    spin.setSpecialValueText(QCoreApplication.translate("OrganisationPage", "not known"))
    spin.setAccessibleName(name)
    spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("onbekend 0000000") + 24)
    return spin


class OrganisationPage(DraftPage):
    FIELDS = ("trajectories", "unique_children", "school_assessments")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The organisation in this year"))
        self.setSubTitle(
            self.tr(
                "Figures from outside this program, entered by hand. Leave "
                "a figure at 'not known' to keep it out of the report."
            )
        )
        labels = (
            self.tr("Trajectories"),
            self.tr("Unique children"),
            self.tr("School assessments"),
        )
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("<b>This year</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Last year</b>")), 0, 2)
        self.spins: dict[str, QSpinBox] = {}
        self.previous: dict[str, QLabel] = {}
        for row, (name, label) in enumerate(zip(self.FIELDS, labels, strict=True), start=1):
            spin = _spin(self, label)
            text = QLabel(label + ":")
            text.setBuddy(spin)
            self.spins[name] = spin
            self.previous[name] = QLabel()
            grid.addWidget(text, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(self.previous[name], row, 2)
        grid.setRowStretch(len(self.FIELDS) + 1, 1)
        grid.setColumnStretch(3, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = self.report_wizard()
        org = wizard.content.organisation
        last = wizard.call(report.previous_organisation, wizard.ctx.db, wizard.year)
        for name in self.FIELDS:
            value = getattr(org, name)
            self.spins[name].setValue(-1 if value is None else value)
            before = getattr(last, name) if last else None
            self.previous[name].setText(self.tr("not known") if before is None else str(before))

    def collect(self, content: DraftContent) -> DraftContent:
        values = {n: (s.value() if s.value() >= 0 else None) for n, s in self.spins.items()}
        return replace(content, organisation=OrganisationFigures(**values))


class TextsPage(DraftPage):
    FIELDS = ("introduction", "handling", "external_bodies", "insights")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The texts of the report"))
        self.setSubTitle(
            self.tr(
                "Blank line: new paragraph. **word**: bold. A line starting "
                "with '- ': bullet. Never name a parent, child or employee."
            )
        )
        labels = (
            self.tr("Introduction"),
            self.tr("How we handle reactions"),
            self.tr("External bodies"),
            self.tr("Insights of the year"),
        )
        self.tabs = QTabWidget()
        self.edits: dict[str, QPlainTextEdit] = {}
        for name, label in zip(self.FIELDS, labels, strict=True):
            edit = QPlainTextEdit()
            edit.setObjectName(f"text_{name}")
            edit.setAccessibleName(label)
            edit.setTabChangesFocus(True)
            self.edits[name] = edit
            self.tabs.addTab(edit, label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.recovery: TextsRecovery | None = None  # needs the wizard: made when first shown

    def _saved_texts(self) -> dict[str, str]:
        texts = self.report_wizard().content.texts
        return {name: getattr(texts, name) for name in self.FIELDS}

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = self.report_wizard()
        if self.recovery is None:
            labels = {n: self.tabs.tabText(i) for i, n in enumerate(self.FIELDS)}
            self.recovery = TextsRecovery(
                self,
                wizard.ctx,
                {n: (labels[n], e) for n, e in self.edits.items()},
                target=lambda: f"report:{self.report_wizard().year}",
                saved=self._saved_texts,
            )
        with self.recovery.tracker.paused():
            for name, text in self._saved_texts().items():
                self.edits[name].setPlainText(text)
        self.recovery.offer(self.tr("the annual report {0}").format(wizard.year))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        stored = super().validatePage()
        if stored and self.recovery is not None:
            self.recovery.clear()  # the texts are in the saved draft now
        return stored

    def collect(self, content: DraftContent) -> DraftContent:
        values = {name: edit.toPlainText().strip() for name, edit in self.edits.items()}
        return replace(content, texts=ReportTexts(**values))


def current_year_default() -> int:
    """The report is made in spring for the year before."""
    return today().year - 1
