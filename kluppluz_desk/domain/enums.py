"""The fixed vocabularies of a customer reaction, with their Dutch labels.

Stored values are the English enum values; `label` gives what a user reads.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Dutch label."""

    @property
    def label(self) -> str:
        # Keyed by (class, value): members of different enums may share a value
        # ("employee" is both a channel and a kind of submitter) and then compare equal.
        return _LABEL_BY_KEY.get((type(self), self.value), self.value)

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class ReactionKind(LabelledEnum):
    COMPLAINT = "complaint"
    DISSATISFACTION = "dissatisfaction"
    IMPROVEMENT = "improvement"
    SUGGESTION = "suggestion"
    SIGNAL = "signal"


class Channel(LabelledEnum):
    LETTER = "letter"
    EMAIL = "email"
    WEBSITE = "website"
    PHONE = "phone"
    IN_PERSON = "in_person"
    LOCATION = "location"
    EMPLOYEE = "employee"


class SubmitterKind(LabelledEnum):
    PARENT = "parent"
    RELATION = "relation"
    EMPLOYEE = "employee"


class FormOfAddress(LabelledEnum):
    """How a letter addresses the submitter; no value means unknown (a neutral salutation)."""

    MRS = "mrs"
    MR = "mr"


class Funding(LabelledEnum):
    CHILDCARE = "childcare"
    YOUTH_CARE = "youth_care"
    WKKGZ_CARE = "wkkgz_care"


class Severity(LabelledEnum):
    NORMAL = "normal"
    SERIOUS = "serious"


class CaseStatus(LabelledEnum):
    REGISTERED = "registered"
    AWAITING_DIRECTOR = "awaiting_director"
    ASSIGNED = "assigned"
    ACKNOWLEDGED = "acknowledged"
    SOLUTION_PROPOSED = "solution_proposed"
    CLOSED = "closed"
    SATISFACTION_CHECKED = "satisfaction_checked"
    WITHDRAWN = "withdrawn"


class StaffRole(LabelledEnum):
    QUALITY_OFFICER = "quality_officer"
    LOCATION_MANAGER = "location_manager"
    CLUSTER_MANAGER = "cluster_manager"
    REGIONAL_MANAGER = "regional_manager"
    DIRECTOR = "director"
    SUPPORT = "support"


class LetterKind(LabelledEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    EXTENSION = "extension"
    JUDGMENT = "judgment"
    SATISFACTION = "satisfaction"


class EscalationBody(LabelledEnum):
    COMPLAINTS_DESK = "complaints_desk"
    DISPUTES_COMMITTEE = "disputes_committee"
    AKJ = "akj"


class EscalationOutcome(LabelledEnum):
    PENDING = "pending"
    RESOLVED = "resolved"
    UPHELD = "upheld"
    PARTLY_UPHELD = "partly_upheld"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class SatisfactionOutcome(LabelledEnum):
    SATISFIED = "satisfied"
    PARTLY = "partly"
    DISSATISFIED = "dissatisfied"
    NO_RESPONSE = "no_response"


class ImprovementStatus(LabelledEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class InformedRole(LabelledEnum):
    DIRECTOR = "director"
    CLUSTER_MANAGER = "cluster_manager"
    REGIONAL_MANAGER = "regional_manager"
    LOCATION_MANAGER = "location_manager"


# A list, not a dict: members of different enums with the same value hash alike.
_LABELS: tuple[tuple[StrEnum, str], ...] = (
    (ReactionKind.COMPLAINT, "Klacht"),
    (ReactionKind.DISSATISFACTION, "Uiting van ongenoegen"),
    (ReactionKind.IMPROVEMENT, "Verbeterpunt"),
    (ReactionKind.SUGGESTION, "Suggestie"),
    (ReactionKind.SIGNAL, "Signaal"),
    (Channel.LETTER, "Brief"),
    (Channel.EMAIL, "E-mail"),
    (Channel.WEBSITE, "Websiteformulier"),
    (Channel.PHONE, "Telefoon"),
    (Channel.IN_PERSON, "Persoonlijk gesprek"),
    (Channel.LOCATION, "Melding locatie"),
    (Channel.EMPLOYEE, "Melding medewerker"),
    (SubmitterKind.PARENT, "Ouder/verzorger"),
    (SubmitterKind.RELATION, "Relatie"),
    (SubmitterKind.EMPLOYEE, "Medewerker"),
    (FormOfAddress.MRS, "Mevrouw"),
    (FormOfAddress.MR, "De heer"),
    (Funding.CHILDCARE, "Wet kinderopvang"),
    (Funding.YOUTH_CARE, "Jeugdhulp (Jeugdwet)"),
    (Funding.WKKGZ_CARE, "Zorg (Wkkgz)"),
    (Severity.NORMAL, "Normaal"),
    (Severity.SERIOUS, "Ernstig"),
    (CaseStatus.REGISTERED, "Geregistreerd"),
    (CaseStatus.AWAITING_DIRECTOR, "Wacht op besluit directeur"),
    (CaseStatus.ASSIGNED, "Behandelaar toegewezen"),
    (CaseStatus.ACKNOWLEDGED, "Ontvangst bevestigd"),
    (CaseStatus.SOLUTION_PROPOSED, "Oplossing voorgesteld"),
    (CaseStatus.CLOSED, "Afgesloten"),
    (CaseStatus.SATISFACTION_CHECKED, "Tevredenheid geverifieerd"),
    (CaseStatus.WITHDRAWN, "Ingetrokken"),
    (StaffRole.QUALITY_OFFICER, "Medewerker Kwaliteit & Veiligheid"),
    (StaffRole.LOCATION_MANAGER, "Locatieverantwoordelijke"),
    (StaffRole.CLUSTER_MANAGER, "Clustermanager"),
    (StaffRole.REGIONAL_MANAGER, "Regiomanager"),
    (StaffRole.DIRECTOR, "Directeur"),
    (StaffRole.SUPPORT, "Ondersteunende afdeling"),
    (LetterKind.ACKNOWLEDGEMENT, "Ontvangstbevestiging"),
    (LetterKind.EXTENSION, "Verlenging afhandelingstermijn"),
    (LetterKind.JUDGMENT, "Oordeel en afsluiting"),
    (LetterKind.SATISFACTION, "Tevredenheidsvraag"),
    (EscalationBody.COMPLAINTS_DESK, "Klachtenloket Kinderopvang"),
    (EscalationBody.DISPUTES_COMMITTEE, "Geschillencommissie"),
    (EscalationBody.AKJ, "AKJ (Advies- en Klachtenbureau Jeugdzorg)"),
    (EscalationOutcome.PENDING, "Loopt nog"),
    (EscalationOutcome.RESOLVED, "Opgelost (bemiddeling)"),
    (EscalationOutcome.UPHELD, "Gegrond"),
    (EscalationOutcome.PARTLY_UPHELD, "Deels gegrond"),
    (EscalationOutcome.REJECTED, "Ongegrond"),
    (EscalationOutcome.WITHDRAWN, "Ingetrokken"),
    (SatisfactionOutcome.SATISFIED, "Tevreden"),
    (SatisfactionOutcome.PARTLY, "Deels tevreden"),
    (SatisfactionOutcome.DISSATISFIED, "Niet tevreden"),
    (SatisfactionOutcome.NO_RESPONSE, "Geen reactie"),
    (ImprovementStatus.PLANNED, "Gepland"),
    (ImprovementStatus.IN_PROGRESS, "In uitvoering"),
    (ImprovementStatus.DONE, "Afgerond"),
    (ImprovementStatus.CANCELLED, "Vervallen"),
    (InformedRole.DIRECTOR, "Directeur"),
    (InformedRole.CLUSTER_MANAGER, "Clustermanager"),
    (InformedRole.REGIONAL_MANAGER, "Regiomanager"),
    (InformedRole.LOCATION_MANAGER, "Locatieverantwoordelijke"),
)

_LABEL_BY_KEY: dict[tuple[type, str], str] = {}
for _member, _label in _LABELS:
    _LABEL_BY_KEY[(type(_member), _member.value)] = _label

# Kinds that count as a "written complaint" for the legal reporting duty.
COMPLAINT_KINDS = frozenset({ReactionKind.COMPLAINT, ReactionKind.DISSATISFACTION})
OPEN_STATUSES = frozenset(
    {
        CaseStatus.REGISTERED,
        CaseStatus.AWAITING_DIRECTOR,
        CaseStatus.ASSIGNED,
        CaseStatus.ACKNOWLEDGED,
        CaseStatus.SOLUTION_PROPOSED,
    }
)
