"""A hand-made set of participants whose every EU common indicator is known, by gender, made
with the services in a real profile. The period is 1.1.2025–30.6.2025 (PERIOD); the
organisation asks the optional questions on disability and homelessness only.

Each client says why it counts or not; the expected answers below follow from these comments.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from desktop.services import changes, clients
from desktop.services.setup import localities
from desktop.store.tables import Organisation, Staff

D = dt.date
PERIOD = (D(2025, 1, 1), D(2025, 6, 30))


def build(store, actor) -> dict:
    ids: dict = {"me": actor.staff_id}
    place = {row.name: row.id for row in localities(store)}
    with store.session() as session:
        organisation = session.exec(select(Organisation)).first()
        changes.update(session, organisation, {"esf_questions": ["disability", "homeless"]}, actor=actor)
        ids["ville"] = changes.create(session, Staff, {"name": "Ville Valmentaja",
                                                        "role": "career_coach"}, actor=actor).id

    def client(key, *, staff=None, locality="Oulu", **data):
        made = clients.create_client(store, actor=actor, data={
            "name": f"Osallistuja {key}", "assigned_staff_ids": [str(staff or ids["me"])],
            "locality_id": place[locality], **data})
        ids[key] = made.id
        return made.id

    # P1 woman, 34 at entry, on the period's first day; long-term unemployed, ISCED 3-4,
    # disability yes, not homeless. Left in May: employed, a qualification, employed at six months.
    client("p1", gender="woman", birth_date=D(1990, 3, 10), service_start=D(2025, 1, 1),
           labour_status_at_entry="unemployed", long_term_unemployed=True, education_level="isced_3_4",
           disability="yes", homeless="no", eura_entry="by_participant", eura_entry_on=D(2025, 1, 3),
           service_end=D(2025, 5, 31), exit_situation="employed", qualification_gained=True,
           situation_6_months="employed")
    # P2 man, exactly 18 on his start day; inactive, ISCED 0-2, declined the disability
    # question (not counted), homeless. Still in the service.
    client("p2", gender="man", birth_date=D(2007, 2, 15), service_start=D(2025, 2, 15),
           labour_status_at_entry="inactive", education_level="isced_0_2", disability="declined",
           homeless="yes")
    # P3 non-binary, exactly 55 on the period's last day, when the service starts; employed,
    # ISCED 5-8; a third-country national, which this organisation does not ask about (not shown).
    client("p3", gender="non_binary", birth_date=D(1970, 6, 30), service_start=D(2025, 6, 30),
           labour_status_at_entry="employed", education_level="isced_5_8", third_country_national="yes")
    # P4 woman, 17 on her start day (18 the day after); unemployed, not long-term; ISCED 0-2.
    client("p4", gender="woman", birth_date=D(2007, 6, 1), service_start=D(2025, 5, 31),
           labour_status_at_entry="unemployed", long_term_unemployed=False, education_level="isced_0_2")
    # P5 man, 29 on his start day; unemployed, ISCED 3-4. In the four weeks after leaving he
    # searched for a job and then found one: the last event counts, so employed on leaving.
    client("p5", gender="man", birth_date=D(1995, 4, 1), service_start=D(2025, 3, 31),
           labour_status_at_entry="unemployed", long_term_unemployed=False, education_level="isced_3_4",
           service_end=D(2025, 6, 15), exit_situation="employed", qualification_gained=False,
           situation_6_months="unknown")
    # P6 woman with no entry data at all, and P7 a man unemployed without the long-term answer:
    # both incomplete, so in no indicator.
    client("p6", gender="woman", service_start=D(2025, 3, 1))
    client("p7", gender="man", birth_date=D(1988, 8, 8), service_start=D(2025, 3, 2),
           labour_status_at_entry="unemployed", education_level="isced_3_4")
    # P8 woman who started before the period (no output) and left in it: in education on
    # leaving, a qualification, employed at six months.
    client("p8", gender="woman", birth_date=D(1980, 1, 1), service_start=D(2024, 10, 1),
           labour_status_at_entry="inactive", education_level="isced_5_8", service_end=D(2025, 4, 30),
           exit_situation="education_or_training", qualification_gained=True, situation_6_months="employed")
    # P9 man, 59; long-term unemployed, ISCED 0-2; leaves after the period (no result).
    client("p9", gender="man", birth_date=D(1965, 4, 2), service_start=D(2025, 4, 1),
           labour_status_at_entry="unemployed", long_term_unemployed=True, education_level="isced_0_2",
           service_end=D(2025, 7, 15), exit_situation="job_searching")
    # P10 woman, complete and in the period, but deleted: never counts.
    p10 = client("p10", gender="woman", birth_date=D(1990, 1, 1), service_start=D(2025, 2, 2),
                 labour_status_at_entry="inactive", education_level="isced_3_4")
    clients.delete_client(store, actor=actor, client_id=p10)
    # P11 woman, 25, Ville's and in Raahe; unemployed, ISCED 3-4; left on the last day, job
    # searching, no qualification.
    client("p11", staff=ids["ville"], locality="Raahe", gender="woman", birth_date=D(2000, 1, 1),
           service_start=D(2025, 2, 1), labour_status_at_entry="unemployed", long_term_unemployed=False,
           education_level="isced_3_4", service_end=D(2025, 6, 30), exit_situation="job_searching",
           qualification_gained=False)
    # P12 woman, 40, inactive, ISCED 5-8: left in February job searching, and came back in March
    # as a new client (P12B), who left employed in June. One participant: the first entry counts
    # among the outputs (P12B does not), the last exit among the results (P12's does not).
    p12 = client("p12", gender="woman", birth_date=D(1985, 1, 20), service_start=D(2025, 1, 10),
                 labour_status_at_entry="inactive", education_level="isced_5_8", service_end=D(2025, 2, 10),
                 exit_situation="job_searching", qualification_gained=False)
    client("p12b", gender="woman", birth_date=D(1985, 1, 20), service_start=D(2025, 3, 1),
           labour_status_at_entry="unemployed", long_term_unemployed=False, education_level="isced_5_8",
           service_end=D(2025, 6, 1), exit_situation="employed", qualification_gained=False,
           returned_from_id=p12)
    return ids


def by_gender(women=0, men=0, non_binary=0) -> dict[str, int]:
    return {"women": women, "men": men, "non_binary": non_binary, "total": women + men + non_binary}


# PERIOD, no filters.
IN_PERIOD = {
    "participants": by_gender(4, 3, 1),  # women P1 P4 P11 P12, men P2 P5 P9, non-binary P3
    "unemployed": by_gender(3, 2),  # P1 P4 P11, P5 P9
    "long_term_unemployed": by_gender(1, 1),  # P1, P9
    "inactive": by_gender(1, 1),  # P12, P2
    "employed": by_gender(non_binary=1),  # P3
    "under_18": by_gender(1),  # P4 (17)
    "age_18_29": by_gender(1, 2),  # P11 (25), P2 (18) P5 (29)
    "age_55_plus": by_gender(0, 1, 1),  # P9 (59), P3 (55)
    "isced_0_2": by_gender(1, 2),  # P4, P2 P9
    "isced_3_4": by_gender(2, 1),  # P1 P11, P5
    "isced_5_8": by_gender(1, 0, 1),  # P12, P3
    "disability": by_gender(1),  # P1 (P2 declined)
    "homeless": by_gender(0, 1),  # P2
    "job_searching_on_leaving": by_gender(1),  # P11 (P12's exit is not the last)
    "in_education_on_leaving": by_gender(1),  # P8
    "qualification_on_leaving": by_gender(2),  # P1 P8
    "employed_on_leaving": by_gender(2, 1),  # P1 P12B, P5
    "employed_6_months": by_gender(2),  # P1 P8
}
INCOMPLETE_IN_PERIOD = 2  # P6, P7

# PERIOD, Ville's clients: P11 only.
VILLE = {name: by_gender() for name in IN_PERIOD} | {
    "participants": by_gender(1),
    "unemployed": by_gender(1),
    "age_18_29": by_gender(1),
    "isced_3_4": by_gender(1),
    "job_searching_on_leaving": by_gender(1),
}
