"""The summary sheet as data: a pure function of the client's records.

What it holds is chosen so that the sheet can be handed over or left on a desk:
the service, the consent's state and scope, the transitions, the further plan of
the newest handover form and the dates due. It never holds an assessment, a note,
or the free-text notes of a consent or a transition; the personal identity code
is masked.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.errors import FieldError, InvalidInput
from desktop.handover.model import clean_text, consent_in_force
from desktop.services import funder_dates
from sync.identifiers import mask_personal_id
from sync.records import LANGUAGES, ClientBase, ConsentBase, HandoverFormBase, StaffBase, TransitionBase

SERVICE_END = "service_end"
TRANSITION_END = "transition_end"
EXIT_WINDOW = funder_dates.EXIT_WINDOW
SIX_MONTHS = funder_dates.SIX_MONTHS


@dataclass(frozen=True)
class TransitionLine:
    kind: str
    employer: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class ConsentState:
    """The consent in force on the sheet's date, else the newest one (withdrawn), else none."""

    in_force: bool
    given_on: dt.date
    recorded_how: str
    share_with_authority: bool
    share_with_partners: bool
    withdrawn_on: dt.date | None


@dataclass(frozen=True)
class FurtherPlan:
    text: str
    document_number: str
    made_on: dt.date | None


@dataclass(frozen=True)
class DueLine:
    kind: str  # SERVICE_END, TRANSITION_END, EXIT_WINDOW or SIX_MONTHS
    due: dt.date
    opens: dt.date | None = None  # a window's first day
    transition_kind: str = ""  # for TRANSITION_END

    def overdue(self, today: dt.date) -> bool:
        return self.due < today


@dataclass(frozen=True)
class SummaryDocument:
    language: str
    generated_on: dt.date
    organisation: str
    client_id: uuid.UUID
    client_name: str
    personal_id: str  # masked; "" when none
    municipality: str
    service_path: str
    referral_source: str
    referred_on: dt.date | None
    service_start: dt.date | None
    service_end: dt.date | None
    employment_area: str
    staff_names: tuple[str, ...]
    consent: ConsentState | None
    transitions: tuple[TransitionLine, ...]  # newest first
    further_plan: FurtherPlan | None
    due: tuple[DueLine, ...]  # soonest first


def consent_state(consents: Iterable[ConsentBase], on: dt.date) -> ConsentState | None:
    live = [c for c in consents if not c.deleted and c.given_on <= on]
    consent = consent_in_force(live, on)
    in_force = consent is not None
    if consent is None:
        if not live:
            return None
        consent = max(live, key=lambda c: (c.withdrawn_on or dt.date.max, c.given_on, c.modified_at))
    return ConsentState(in_force, consent.given_on, consent.recorded_how, consent.share_with_authority,
                        consent.share_with_partners, None if in_force else consent.withdrawn_on)


def transition_lines(transitions: Iterable[TransitionBase], employer_names: Mapping[uuid.UUID, str]
                     ) -> tuple[TransitionLine, ...]:
    live = sorted((t for t in transitions if not t.deleted),
                  key=lambda t: (t.start_date, t.end_date or dt.date.max, t.transition_kind), reverse=True)
    return tuple(TransitionLine(t.transition_kind, clean_text(employer_names.get(t.employer_id, ""))
                                if t.employer_id else "", t.start_date, t.end_date) for t in live)


def newest_plan(forms: Iterable[HandoverFormBase]) -> FurtherPlan | None:
    live = [f for f in forms if not f.deleted]
    if not live:
        return None
    newest = max(live, key=lambda f: (f.generated_at or f.modified_at, f.document_number))
    text = clean_text(newest.further_plan)
    if not text:
        return None
    made = newest.generated_at or newest.modified_at
    return FurtherPlan(text, newest.document_number, made.date() if made else None)


def due_lines(client: ClientBase, transitions: Iterable[TransitionLine], on: dt.date) -> tuple[DueLine, ...]:
    """What falls due: the service's end and the transitions' ends still ahead, and the
    funder's follow-ups still open (overdue ones too: they are still to be done)."""
    items = []
    if client.service_end is not None and client.service_end >= on:
        items.append(DueLine(SERVICE_END, client.service_end))
    items += [DueLine(TRANSITION_END, t.end, transition_kind=t.kind) for t in transitions
              if t.end is not None and t.end >= on]
    exit_done = funder_dates.exit_recorded(client.exit_situation, client.qualification_gained, client.eura_exit)
    items += [DueLine(item.kind, item.due, opens=item.opens)
              for item in funder_dates.due_for(client.id, client.service_end, exit_recorded=exit_done,
                                               six_months_recorded=client.situation_6_months is not None)]
    return tuple(sorted(items, key=lambda item: (item.due, item.kind)))


def build_summary(
    *,
    client: ClientBase,
    consents: Iterable[ConsentBase] = (),
    staff: Iterable[StaffBase] = (),
    transitions: Iterable[TransitionBase] = (),
    employer_names: Mapping[uuid.UUID, str] | None = None,
    handover_forms: Iterable[HandoverFormBase] = (),
    language: str,
    organisation: str,
    generated_on: dt.date,
) -> SummaryDocument:
    if language not in LANGUAGES:
        raise InvalidInput([FieldError("language", "not_allowed", "The sheet's language must be fi, sv or en.")])
    lines = transition_lines(transitions, employer_names or {})
    return SummaryDocument(
        language=language,
        generated_on=generated_on,
        organisation=organisation,
        client_id=client.id,
        client_name=clean_text(client.name),
        personal_id=mask_personal_id(client.personal_id or ""),
        municipality=clean_text(client.municipality),
        service_path=clean_text(client.service_path),
        referral_source=clean_text(client.referral_source),
        referred_on=client.referred_on,
        service_start=client.service_start,
        service_end=client.service_end,
        employment_area=clean_text(client.employment_area),
        staff_names=tuple(clean_text(s.name) for s in staff if not s.deleted),
        consent=consent_state(consents, generated_on),
        transitions=lines,
        further_plan=newest_plan(handover_forms),
        due=due_lines(client, lines, generated_on),
    )
