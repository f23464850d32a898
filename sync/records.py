"""The record schemas that the desktop and the server share.

Each record kind is a non-table SQLModel class ``<Kind>Base``. The desktop's
store subclasses them as tables; the server validates pushed fields with them.
``RECORD_TYPES`` maps the wire name of a kind (snake_case, as in DESIGN.md)
to its schema. Validation errors carry a stable ``type`` (for example
``invalid_business_id`` or ``end_before_start``) and an English message; the
UI translates by type.
"""


import datetime as dt
import uuid
from typing import Annotated, Any, ClassVar

from pydantic import StringConstraints, field_validator, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import JSON
from sqlmodel import Field, SQLModel

from sync.attachments import ALLOWED_TYPES, DEFAULT_MAX_MB, MAX_MB_LIMIT, is_sha256
from sync.identifiers import birth_date_of, normalise_business_id, normalise_personal_id

STAFF_ROLES = ("employer_coordinator", "career_coach", "manager", "admin")
TRANSITION_KINDS = (
    "paid_work",
    "wage_subsidised_work",
    "work_trial",
    "apprenticeship",
    "studies",
    "recruitment_training",
    "rehabilitative_work_activity",
    "other",
)
VISIT_PLACES = ("on_site", "remote", "event")
NOTE_KINDS = ("meeting", "phone", "joint_meeting", "outside_office")
EVENT_KINDS = ("tyokohtaamo", "remote_recruitment", "other")
CLIENT_ATTACHMENT_KINDS = ("signed_handover", "consent_form", "cv", "other")
EMPLOYER_ATTACHMENT_KINDS = ("letter_of_intent", "other")
FILE_NAME_MAX = 255
LANGUAGES = ("fi", "sv", "en")
CONSENT_METHODS = ("written", "verbal", "electronic")
# The funder's (ESF+) participant data at entry and exit: Regulation (EU) 2021/1057, Annex I.
GENDERS = ("woman", "man", "non_binary")
LABOUR_STATUSES = ("unemployed", "inactive", "employed")  # employed includes self-employed
EDUCATION_LEVELS = ("isced_0_2", "isced_3_4", "isced_5_8")
ANSWERS = ("yes", "no", "declined")  # the optional questions a participant may decline
# Asked only where the organisation turns the question on (``OrganisationBase.esf_questions``);
# disability and minority are special-category data, shown as the assessment is.
ESF_OPTIONAL_QUESTIONS = ("disability", "third_country_national", "foreign_background", "minority",
                          "homeless")
ESF_SPECIAL_CATEGORY = ("disability", "minority")
EURA_STATES = ("not_done", "by_participant", "by_staff")
EXIT_SITUATIONS = ("job_searching", "education_or_training", "employed", "other")
SITUATIONS_6_MONTHS = ("employed", "not_employed", "unknown")
# Size limits of every text and list field, in characters and items: the server refuses a longer
# value with a field error (``string_too_long`` / ``too_long``) and the desktop validates with these
# same schemas before it saves. ``sync/server/README.md`` lists them; a push's body has a limit of
# its own (``KENTTA_MAX_REQUEST_BYTES``), sized for a batch of these records.
CODE_MAX = 40  # a value from a fixed list (role, kind, place, language, action)
ID_TEXT_MAX = 20  # a business ID or personal identity code as typed, before it is normalised
LABEL_MAX = 100  # a locality, municipality, service path, list item
NAME_MAX = 200  # names, titles, emails, industries, referral sources
PLACE_MAX = 300  # addresses, places, the partners of a joint meeting
SHORT_TEXT_MAX = 2_000  # next step, recruitment needs, open position titles
LONG_TEXT_MAX = 10_000  # notes, assessments, handover form sections, job goals (about 4 pages)
BREAK_GLASS_REASON_MAX = 500  # why a manager opens a client not assigned to them
LIST_MAX = 100  # items of a list field (assigned staff, localities, employers, target groups)
PEOPLE_MAX = 100_000  # a count of people (an event's other participants)

ListItem = Annotated[str, StringConstraints(max_length=LABEL_MAX)]


def _text(limit: int, default: Any = None, **kwargs: Any) -> Any:
    return Field(default=default, max_length=limit, **kwargs)


def _list() -> Any:
    return Field(default_factory=list, sa_type=JSON, max_length=LIST_MAX)


AUDIT_ACTIONS = (
    "view",
    "reveal_personal_id",
    "print",
    "save",
    "export",
    "open_external",  # a file's temporary copy opened in another program (after confirming)
    "generate",
    "edit",
    "delete",
    "break_glass",  # a manager opened a client not assigned to them (written by the server)
)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def as_aware(value: dt.datetime) -> dt.datetime:
    """Times are stored in UTC; a naive time is taken as this machine's local time."""
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(dt.timezone.utc)


def _one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise PydanticCustomError(
            "not_allowed",
            "{what} must be one of: {allowed}.",
            {"what": what, "allowed": ", ".join(allowed)},
        )
    return value


def _holds_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_holds_nul(item) for item in value)
    return False


# Values that hold no text: what a record's validator may skip when it looks for NUL.
_NO_TEXT = frozenset({type(None), bool, int, float, uuid.UUID, dt.datetime, dt.date})


def _may_hold_nul(data: dict) -> bool:
    """False when no key or value of ``data`` holds a NUL; True: look closer. One search over
    all its texts joined, not a call per value (this runs for every record a pull brings)."""
    texts = []
    for name, value in data.items():
        if name.__class__ is not str:
            return True
        kind = value.__class__
        if kind is str:
            texts.append(value)
        elif kind not in _NO_TEXT and _holds_nul(value):
            return True
    texts.extend(data)
    return "\x00" in "".join(texts)


def _required_text(value: str) -> str:
    text = value.strip()
    if not text:
        raise PydanticCustomError("required", "This field is required.")
    return text


def _dates_in_order(
    start: dt.date | None, end: dt.date | None, what: str, field: str
) -> None:
    """Cross-field errors name their field in the context, for the form."""
    if start is not None and end is not None and end < start:
        raise PydanticCustomError(
            "end_before_start",
            "{what} cannot end before it starts.",
            {"what": what, "field": field},
        )


# Every field of a record that holds a time (``RecordBase._aware_times`` makes them UTC).
TIME_FIELDS = ("modified_at", "visited_at", "generated_at", "granted_at", "expires_at", "ended_at",
               "requested_at", "decided_at", "at")


class RecordBase(SQLModel):
    """Fields that every record has."""

    # Schemas are built at a kind's first validation, not at import (~35 ms of
    # the desktop's start-up and of every server process start).
    model_config = {"defer_build": True}

    kind: ClassVar[str] = ""
    # Client-scoped records are visible only to the client's assigned staff.
    client_scoped: ClassVar[bool] = False
    # Written by the server only: no device may push one (nor delete one with its client).
    server_written: ClassVar[bool] = False

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    rev: int = Field(default=0, ge=0)
    modified_at: dt.datetime = Field(default_factory=utcnow)
    modified_by: str | None = Field(default=None, max_length=64)
    deleted: bool = False

    @model_validator(mode="before")
    @classmethod
    def _no_nul_characters(cls, data: Any) -> Any:
        """No text may hold a NUL character (PostgreSQL cannot store one)."""
        if isinstance(data, dict) and _may_hold_nul(data):
            for name, value in data.items():
                if _holds_nul(name) or _holds_nul(value):
                    raise PydanticCustomError(
                        "nul_character",
                        "Text must not contain NUL characters.",
                        {"field": name if not _holds_nul(name) else None},
                    )
        return data

    # Named, not "*": a validator on every field of every record cost a tenth of a pull's apply.
    # (tests/sync/test_records_times.py checks that every time field of every kind is here.)
    @field_validator(*TIME_FIELDS, mode="after", check_fields=False)
    @classmethod
    def _aware_times(cls, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return as_aware(value)
        return value

    @classmethod
    def data_fields(cls) -> list[str]:
        """The fields a person edits: everything but the common ones."""
        common = set(RecordBase.model_fields)
        return [name for name in cls.model_fields if name not in common]


class OrganisationBase(RecordBase):
    kind: ClassVar[str] = "organisation"
    name: str = Field(max_length=NAME_MAX)
    retention_months: int = Field(default=24, ge=1, le=240)
    # Days a deleted record's content stays on the server, restorable by a manager.
    undo_days: int = Field(default=30, ge=1, le=365)
    # Staff other than managers and admins (who always must) log in with a second factor (TOTP).
    totp_for_staff: bool = False
    # Hours a manager's break-glass access to a client not assigned to them lasts.
    break_glass_hours: int = Field(default=24, ge=1, le=168)
    # The funder's optional participant questions this organisation asks (ESF_OPTIONAL_QUESTIONS).
    esf_questions: list[ListItem] = _list()
    # The municipalities' employment areas (työllisyysalueet) the organisation works with: since
    # 1 January 2025 the employment services, and so the handover form's recipient, are theirs.
    employment_areas: list[ListItem] = _list()
    # The largest file that may be attached, in megabytes (MiB); the server enforces it too.
    attachment_max_mb: int = Field(default=DEFAULT_MAX_MB, ge=1, le=MAX_MB_LIMIT)

    _name = field_validator("name")(_required_text)

    @field_validator("esf_questions")
    @classmethod
    def _esf_questions(cls, value: list) -> list:
        for item in value:
            _one_of(item, ESF_OPTIONAL_QUESTIONS, "Optional question")
        return list(dict.fromkeys(value))


class LocalityBase(RecordBase):
    kind: ClassVar[str] = "locality"
    organisation_id: uuid.UUID | None = None
    name: str = Field(max_length=LABEL_MAX)

    _name = field_validator("name")(_required_text)


class StaffBase(RecordBase):
    kind: ClassVar[str] = "staff"
    organisation_id: uuid.UUID | None = None
    name: str = Field(max_length=NAME_MAX)
    role: str = Field(default="career_coach", max_length=CODE_MAX)
    email: str | None = _text(NAME_MAX)
    localities: list[ListItem] = _list()
    active: bool = True

    _name = field_validator("name")(_required_text)

    @field_validator("role")
    @classmethod
    def _role(cls, value: str) -> str:
        return _one_of(value, STAFF_ROLES, "Role")


class EmployerBase(RecordBase):
    kind: ClassVar[str] = "employer"
    name: str = Field(max_length=NAME_MAX)
    business_id: str | None = _text(ID_TEXT_MAX, index=True)  # normalised to 1234567-8
    industry: str | None = _text(NAME_MAX)  # TOL 2008
    municipality: str | None = _text(LABEL_MAX)
    locality_id: uuid.UUID | None = None
    address: str | None = _text(PLACE_MAX)
    letter_of_intent_date: dt.date | None = None
    notes: str | None = _text(LONG_TEXT_MAX)

    _name = field_validator("name")(_required_text)

    @field_validator("business_id")
    @classmethod
    def _business_id(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return normalise_business_id(value)


class ContactBase(RecordBase):
    kind: ClassVar[str] = "contact"
    employer_id: uuid.UUID = Field(index=True)
    name: str = Field(max_length=NAME_MAX)
    title: str | None = Field(default=None, max_length=NAME_MAX)
    phone: str | None = Field(default=None, max_length=50)
    email: str | None = Field(default=None, max_length=NAME_MAX)

    _name = field_validator("name")(_required_text)


class VisitBase(RecordBase):
    kind: ClassVar[str] = "visit"
    employer_id: uuid.UUID = Field(index=True)
    staff_id: uuid.UUID | None = None
    visited_at: dt.datetime
    place: str = Field(default="on_site", max_length=CODE_MAX)
    contact_id: uuid.UUID | None = None
    recruitment_needs: bool = False
    recruitment_needs_text: str | None = _text(SHORT_TEXT_MAX)
    open_positions: int = Field(default=0, ge=0)
    open_position_titles: str | None = _text(SHORT_TEXT_MAX)
    hidden_jobs: int = Field(default=0, ge=0)
    briefing_given: bool = False
    briefing_taken_up: bool = False
    interest_wage_subsidy: bool = False
    interest_work_trial: bool = False
    interest_apprenticeship: bool = False
    interest_recruitment_training: bool = False
    interest_recruitment_event: bool = False
    notes: str | None = _text(LONG_TEXT_MAX)
    next_step: str | None = _text(SHORT_TEXT_MAX)
    follow_up_date: dt.date | None = None
    # The follow-up was done: on which day, by which staff member (a synced change).
    follow_up_done_on: dt.date | None = None
    follow_up_done_by: uuid.UUID | None = None

    @field_validator("place")
    @classmethod
    def _place(cls, value: str) -> str:
        return _one_of(value, VISIT_PLACES, "Place")

    @model_validator(mode="after")
    def _follow_up_after_visit(self) -> "VisitBase":
        if self.follow_up_date is not None and self.follow_up_date < self.visited_at.date():
            raise PydanticCustomError(
                "follow_up_before_visit",
                "The follow-up date cannot be before the visit.",
                {"field": "follow_up_date"},
            )
        if self.briefing_taken_up and not self.briefing_given:
            raise PydanticCustomError(
                "taken_up_without_briefing",
                "Alternative recruitment cannot be taken up before the briefing is given.",
                {"field": "briefing_taken_up"},
            )
        return self


class PositionBase(RecordBase):
    kind: ClassVar[str] = "position"
    employer_id: uuid.UUID = Field(index=True)
    visit_id: uuid.UUID | None = None
    title: str = Field(max_length=NAME_MAX)
    occupation: str | None = Field(default=None, max_length=NAME_MAX)
    count: int = Field(default=1, ge=1)
    hidden: bool = False
    found_on: dt.date | None = None
    filled: bool = False
    filled_on: dt.date | None = None
    description: str | None = _text(LONG_TEXT_MAX)

    _title = field_validator("title")(_required_text)

    @model_validator(mode="after")
    def _filled_after_found(self) -> "PositionBase":
        _dates_in_order(self.found_on, self.filled_on, "A position", "filled_on")
        return self


class ClientBase(RecordBase):
    kind: ClassVar[str] = "client"
    client_scoped: ClassVar[bool] = True
    name: str = Field(max_length=NAME_MAX)
    personal_id: str | None = _text(ID_TEXT_MAX)  # normalised, upper case
    phone: str | None = Field(default=None, max_length=50)
    email: str | None = Field(default=None, max_length=NAME_MAX)
    municipality: str | None = Field(default=None, max_length=LABEL_MAX)
    locality_id: uuid.UUID | None = None
    language: str = Field(default="fi", max_length=CODE_MAX)
    referral_source: str | None = Field(default=None, max_length=NAME_MAX)
    referred_on: dt.date | None = None
    assigned_staff_ids: list[ListItem] = _list()
    service_path: str | None = Field(default=None, max_length=LABEL_MAX)
    service_start: dt.date | None = None
    service_end: dt.date | None = None
    job_goals: str | None = _text(LONG_TEXT_MAX)
    target_group: list[ListItem] = _list()
    employment_area: str | None = Field(default=None, max_length=LABEL_MAX)  # the form's recipient
    # The funder's data at entry (the service start is the entry date).
    gender: str | None = Field(default=None, max_length=CODE_MAX)
    birth_date: dt.date | None = None  # from the personal identity code when there is one
    labour_status_at_entry: str | None = Field(default=None, max_length=CODE_MAX)
    long_term_unemployed: bool | None = None  # only with labour_status_at_entry "unemployed"
    education_level: str | None = Field(default=None, max_length=CODE_MAX)
    disability: str | None = Field(default=None, max_length=CODE_MAX)
    third_country_national: str | None = Field(default=None, max_length=CODE_MAX)
    foreign_background: str | None = Field(default=None, max_length=CODE_MAX)
    minority: str | None = Field(default=None, max_length=CODE_MAX)
    homeless: str | None = Field(default=None, max_length=CODE_MAX)
    # Where EURA 2021 stands for this participant, and since when.
    eura_entry: str | None = Field(default=None, max_length=CODE_MAX)
    eura_entry_on: dt.date | None = None
    eura_exit: str | None = Field(default=None, max_length=CODE_MAX)
    eura_exit_on: dt.date | None = None
    # The funder's data at exit (the service end is the exit date): the situation in the four
    # weeks after leaving (the last event counts), and six months after leaving.
    exit_situation: str | None = Field(default=None, max_length=CODE_MAX)
    qualification_gained: bool | None = None
    situation_6_months: str | None = Field(default=None, max_length=CODE_MAX)
    # A person who left and came back as a new client: the client they were before. The funder
    # counts one participant: at the first entry, and with the last exit.
    returned_from_id: uuid.UUID | None = None

    _name = field_validator("name")(_required_text)

    @field_validator("personal_id")
    @classmethod
    def _personal_id(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return normalise_personal_id(value)

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        return _one_of(value, LANGUAGES, "Language")

    @field_validator("gender")
    @classmethod
    def _gender(cls, value: str | None) -> str | None:
        return None if value is None else _one_of(value, GENDERS, "Gender")

    @field_validator("labour_status_at_entry")
    @classmethod
    def _labour_status(cls, value: str | None) -> str | None:
        return None if value is None else _one_of(value, LABOUR_STATUSES, "Labour market status")

    @field_validator("education_level")
    @classmethod
    def _education(cls, value: str | None) -> str | None:
        return None if value is None else _one_of(value, EDUCATION_LEVELS, "Education")

    @field_validator(*ESF_OPTIONAL_QUESTIONS)
    @classmethod
    def _answer(cls, value: str | None) -> str | None:
        return None if value is None else _one_of(value, ANSWERS, "Answer")

    @field_validator("eura_entry", "eura_exit")
    @classmethod
    def _eura(cls, value: str | None) -> str | None:
        return None if value is None else _one_of(value, EURA_STATES, "EURA")

    @field_validator("exit_situation")
    @classmethod
    def _exit_situation(cls, value: str | None) -> str | None:
        return None if value is None else _one_of(value, EXIT_SITUATIONS, "Situation on leaving")

    @field_validator("situation_6_months")
    @classmethod
    def _six_months(cls, value: str | None) -> str | None:
        return None if value is None else _one_of(value, SITUATIONS_6_MONTHS, "Situation after six months")

    @model_validator(mode="after")
    def _service_period(self) -> "ClientBase":
        _dates_in_order(self.service_start, self.service_end, "A service", "service_end")
        return self

    @model_validator(mode="before")
    @classmethod
    def _birth_date_from_code(cls, data: Any) -> Any:
        """The personal identity code decides the birth date: no second one to disagree. Set
        before validation, as a table model (the desktop's ``Client``) cannot be assigned to
        while it is validated; a code that does not read is left to its own validator."""
        if not isinstance(data, dict) or not data.get("personal_id"):
            return data
        try:
            from_code = birth_date_of(normalise_personal_id(str(data["personal_id"])))
        except PydanticCustomError:
            return data
        return data if from_code is None else {**data, "birth_date": from_code}

    @model_validator(mode="after")
    def _funder_data(self) -> "ClientBase":
        """The entry and exit data agree with each other (the same rules on both ends)."""
        if self.long_term_unemployed and self.labour_status_at_entry != "unemployed":
            raise PydanticCustomError(
                "long_term_without_unemployed",
                "Long-term unemployed needs the labour market status 'unemployed'.",
                {"field": "long_term_unemployed"},
            )
        for state, day, name in ((self.eura_entry, self.eura_entry_on, "eura_entry_on"),
                                 (self.eura_exit, self.eura_exit_on, "eura_exit_on")):
            if day is not None and state in (None, "not_done"):
                raise PydanticCustomError(
                    "eura_date_without_entry",
                    "A EURA date needs the data entered (by the participant or by staff).",
                    {"field": name},
                )
        if self.service_end is None:
            for name in ("exit_situation", "qualification_gained", "situation_6_months", "eura_exit"):
                if getattr(self, name) not in (None, "not_done"):
                    raise PydanticCustomError(
                        "exit_without_service_end",
                        "Data at exit needs the service's end date (the exit date).",
                        {"field": name},
                    )
        return self


class ConsentBase(RecordBase):
    kind: ClassVar[str] = "consent"
    client_scoped: ClassVar[bool] = True
    client_id: uuid.UUID = Field(index=True)
    share_with_authority: bool = False
    share_with_partners: bool = False
    given_on: dt.date
    withdrawn_on: dt.date | None = None
    recorded_how: str = Field(default="written", max_length=CODE_MAX)
    notes: str | None = _text(LONG_TEXT_MAX)

    @field_validator("recorded_how")
    @classmethod
    def _method(cls, value: str) -> str:
        return _one_of(value, CONSENT_METHODS, "How the consent was recorded")

    @model_validator(mode="after")
    def _withdrawn_after_given(self) -> "ConsentBase":
        if self.withdrawn_on is not None and self.withdrawn_on < self.given_on:
            raise PydanticCustomError(
                "end_before_start",
                "A consent cannot be withdrawn before it was given.",
                {"field": "withdrawn_on"},
            )
        return self


class AssessmentBase(RecordBase):
    """Work- and functional-capacity assessment: special-category data."""

    kind: ClassVar[str] = "assessment"
    client_scoped: ClassVar[bool] = True
    sensitive: ClassVar[bool] = True
    client_id: uuid.UUID = Field(index=True)
    staff_id: uuid.UUID | None = None
    assessed_on: dt.date
    work_capacity: str | None = _text(LONG_TEXT_MAX)
    functional_capacity: str | None = _text(LONG_TEXT_MAX)
    summary: str | None = _text(LONG_TEXT_MAX)


class ClientNoteBase(RecordBase):
    kind: ClassVar[str] = "client_note"
    client_scoped: ClassVar[bool] = True
    client_id: uuid.UUID = Field(index=True)
    staff_id: uuid.UUID | None = None
    noted_on: dt.date
    note_kind: str = Field(default="meeting", max_length=CODE_MAX)
    partners: str | None = _text(PLACE_MAX)
    text: str = Field(max_length=LONG_TEXT_MAX)

    _text = field_validator("text")(_required_text)

    @field_validator("note_kind")
    @classmethod
    def _note_kind(cls, value: str) -> str:
        return _one_of(value, NOTE_KINDS, "Kind of note")


class TransitionBase(RecordBase):
    kind: ClassVar[str] = "transition"
    client_scoped: ClassVar[bool] = True
    client_id: uuid.UUID = Field(index=True)
    transition_kind: str = Field(max_length=CODE_MAX)
    employer_id: uuid.UUID | None = None
    start_date: dt.date
    end_date: dt.date | None = None
    notes: str | None = _text(LONG_TEXT_MAX)

    @field_validator("transition_kind")
    @classmethod
    def _transition_kind(cls, value: str) -> str:
        return _one_of(value, TRANSITION_KINDS, "Kind of transition")

    @model_validator(mode="after")
    def _period(self) -> "TransitionBase":
        _dates_in_order(self.start_date, self.end_date, "A transition", "end_date")
        return self


class RecruitmentEventBase(RecordBase):
    kind: ClassVar[str] = "recruitment_event"
    name: str = Field(max_length=NAME_MAX)
    event_kind: str = Field(default="tyokohtaamo", max_length=CODE_MAX)
    held_on: dt.date
    place: str | None = _text(PLACE_MAX)
    locality_id: uuid.UUID | None = None
    employer_ids: list[ListItem] = _list()
    notes: str | None = _text(LONG_TEXT_MAX)
    # People who took part but are not clients of the project, and how many of them were
    # hired: counts only, never who they were (the funder's figures show them apart).
    other_participants: int = Field(default=0, ge=0, le=PEOPLE_MAX)
    other_participants_employed: int = Field(default=0, ge=0, le=PEOPLE_MAX)

    _name = field_validator("name")(_required_text)

    @field_validator("event_kind")
    @classmethod
    def _event_kind(cls, value: str) -> str:
        return _one_of(value, EVENT_KINDS, "Kind of event")

    @model_validator(mode="after")
    def _employed_among_others(self) -> "RecruitmentEventBase":
        if self.other_participants_employed > self.other_participants:
            raise PydanticCustomError(
                "more_employed_than_took_part",
                "More people cannot be hired than took part.",
                {"field": "other_participants_employed"},
            )
        return self


class EventParticipantBase(RecordBase):
    kind: ClassVar[str] = "event_participant"
    client_scoped: ClassVar[bool] = True
    event_id: uuid.UUID = Field(index=True)
    client_id: uuid.UUID = Field(index=True)
    hired: bool = False
    hired_by_employer_id: uuid.UUID | None = None


class HandoverFormBase(RecordBase):
    kind: ClassVar[str] = "handover_form"
    client_scoped: ClassVar[bool] = True
    client_id: uuid.UUID = Field(index=True)
    staff_id: uuid.UUID | None = None
    service_start: dt.date | None = None
    service_end: dt.date | None = None
    work_done: str | None = _text(LONG_TEXT_MAX)
    results: str | None = _text(LONG_TEXT_MAX)
    strengths: str | None = _text(LONG_TEXT_MAX)
    further_plan: str | None = _text(LONG_TEXT_MAX)
    further_support_need: str | None = _text(LONG_TEXT_MAX)
    consent_confirmed: bool = False
    for_authority: bool = False
    recipient: str | None = Field(default=None, max_length=LABEL_MAX)  # the employment area addressed
    language: str = Field(default="fi", max_length=CODE_MAX)
    document_number: str = Field(max_length=40)
    generated_at: dt.datetime | None = None
    pdf_sha256: str | None = Field(default=None, max_length=64)

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        return _one_of(value, LANGUAGES, "Language")

    @model_validator(mode="after")
    def _service_period(self) -> "HandoverFormBase":
        _dates_in_order(self.service_start, self.service_end, "A service", "service_end")
        return self


class _AttachmentFields(RecordBase):
    """A file attached to a record: its name, type, size and SHA-256 travel as a record; the
    content, addressed by the SHA-256, is stored and sent apart (``sync.attachments``)."""

    file_name: str = Field(max_length=FILE_NAME_MAX)
    media_type: str = Field(max_length=120)
    size: int = Field(ge=0)
    sha256: str = Field(min_length=64, max_length=64, index=True)
    description: str | None = _text(SHORT_TEXT_MAX)
    attached_on: dt.date

    _file_name = field_validator("file_name")(_required_text)

    @field_validator("media_type")
    @classmethod
    def _media_type(cls, value: str) -> str:
        return _one_of(value, tuple(ALLOWED_TYPES), "Type of file")

    @field_validator("sha256")
    @classmethod
    def _sha256(cls, value: str) -> str:
        if not is_sha256(value):
            raise PydanticCustomError(
                "invalid_sha256", "A SHA-256 digest is 64 lower-case hexadecimal digits."
            )
        return value


class ClientAttachmentBase(_AttachmentFields):
    """A signed handover form, a consent form, a CV… of a client."""

    kind: ClassVar[str] = "client_attachment"
    client_scoped: ClassVar[bool] = True
    client_id: uuid.UUID = Field(index=True)
    attachment_kind: str = Field(default="other", max_length=CODE_MAX)
    # A signed scan of a handover form names the form's document number: the form shows as signed.
    handover_document_number: str | None = Field(default=None, max_length=40)

    @field_validator("attachment_kind")
    @classmethod
    def _attachment_kind(cls, value: str) -> str:
        return _one_of(value, CLIENT_ATTACHMENT_KINDS, "Kind of attachment")

    @field_validator("handover_document_number")
    @classmethod
    def _document_number(cls, value: str | None) -> str | None:
        return (value.strip() or None) if value is not None else None

    @model_validator(mode="after")
    def _document_number_of_a_signed_form(self) -> "ClientAttachmentBase":
        if self.handover_document_number is not None and self.attachment_kind != "signed_handover":
            raise PydanticCustomError(
                "document_number_without_signed_form",
                "Only a signed handover form names a form's document number.",
                {"field": "handover_document_number"},
            )
        return self


class EmployerAttachmentBase(_AttachmentFields):
    """A letter of intent or another file of an employer (organisation-wide, as employers are)."""

    kind: ClassVar[str] = "employer_attachment"
    employer_id: uuid.UUID = Field(index=True)
    attachment_kind: str = Field(default="other", max_length=CODE_MAX)

    @field_validator("attachment_kind")
    @classmethod
    def _attachment_kind(cls, value: str) -> str:
        return _one_of(value, EMPLOYER_ATTACHMENT_KINDS, "Kind of attachment")


# A break-glass reason says why, in a few words at least (the server refuses less; the app too).
BREAK_GLASS_REASON_MIN_CHARACTERS = 10
BREAK_GLASS_REASON_MIN_WORDS = 2


def break_glass_reason(text: str) -> str | None:
    """The reason with its spaces made single, or None when it says too little."""
    words = text.split()
    reason = " ".join(words)
    if len(reason) < BREAK_GLASS_REASON_MIN_CHARACTERS or len(words) < BREAK_GLASS_REASON_MIN_WORDS:
        return None
    return reason


class BreakGlassBase(RecordBase):
    """A manager opened a client not assigned to them, for a limited time, with a reason.

    Written by the server only (``POST /v1/clients/{id}/break-glass``), never by a device: the
    client's assigned staff see who opened it, why and until when."""

    kind: ClassVar[str] = "break_glass"
    client_scoped: ClassVar[bool] = True
    server_written: ClassVar[bool] = True
    client_id: uuid.UUID = Field(index=True)
    staff_id: uuid.UUID  # the manager
    reason: str = Field(max_length=BREAK_GLASS_REASON_MAX)
    granted_at: dt.datetime
    expires_at: dt.datetime
    ended_at: dt.datetime | None = None  # set by the server when the grant has run out

    _reason = field_validator("reason")(_required_text)


ASSIGNMENT_STATUSES = ("requested", "accepted", "declined")
ASSIGNMENT_MESSAGE_MAX = 500


class AssignmentRequestBase(RecordBase):
    """A staff member not assigned to a client asks its assigned staff to be assigned too (the
    organisation-wide duplicate check found the person already a client).

    Made by the server (``POST /v1/clients/{id}/assignment-requests``; ``requested_by`` is the
    asker), decided by one of the client's assigned staff, who push the status with their own
    change of the client's ``assigned_staff_ids`` when they accept. It travels to the client's
    staff and to the requester, and holds no data of the client (``sync.visibility``)."""

    kind: ClassVar[str] = "assignment_request"
    client_scoped: ClassVar[bool] = True
    client_id: uuid.UUID = Field(index=True)
    requested_by: uuid.UUID  # staff
    requested_at: dt.datetime = Field(default_factory=utcnow)
    message: str | None = _text(ASSIGNMENT_MESSAGE_MAX)
    status: str = Field(default="requested", max_length=CODE_MAX)
    decided_by: uuid.UUID | None = None  # staff, set by the server to the one who decided
    decided_at: dt.datetime | None = None

    @field_validator("status")
    @classmethod
    def _status(cls, value: str) -> str:
        return _one_of(value, ASSIGNMENT_STATUSES, "Assignment request status")


class AuditEventBase(RecordBase):
    """Who saw, revealed, printed or exported which client's data, and when.

    Holds ids only, never names or text.
    """

    kind: ClassVar[str] = "audit_event"
    staff_id: uuid.UUID | None = None
    action: str = Field(max_length=CODE_MAX)
    record_kind: str = Field(max_length=CODE_MAX)
    record_id: uuid.UUID | None = None
    client_id: uuid.UUID | None = None
    at: dt.datetime = Field(default_factory=utcnow)
    detail: str | None = Field(default=None, max_length=NAME_MAX)

    @field_validator("action")
    @classmethod
    def _action(cls, value: str) -> str:
        return _one_of(value, AUDIT_ACTIONS, "Audit action")


RECORD_TYPES: dict[str, type[RecordBase]] = {
    cls.kind: cls
    for cls in (
        OrganisationBase,
        LocalityBase,
        StaffBase,
        EmployerBase,
        ContactBase,
        VisitBase,
        PositionBase,
        ClientBase,
        ConsentBase,
        AssessmentBase,
        ClientNoteBase,
        TransitionBase,
        RecruitmentEventBase,
        EventParticipantBase,
        HandoverFormBase,
        ClientAttachmentBase,
        EmployerAttachmentBase,
        BreakGlassBase,
        AssignmentRequestBase,
        AuditEventBase,
    )
}

# The fields every record has (id, rev, modified_at, modified_by, deleted), and per kind the
# fields a person edits, in the schema's order: the desktop and the server both use these two.
COMMON_FIELDS: frozenset[str] = frozenset(RecordBase.model_fields)
DATA_FIELDS: dict[str, tuple[str, ...]] = {
    kind: tuple(cls.data_fields()) for kind, cls in RECORD_TYPES.items()
}

