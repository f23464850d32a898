"""figures only on an upgraded manager's or administrator's laptop

A laptop synced before the server sent managers the figures only (``sync.visibility``) holds
every client of the organisation in full. This revision leaves it what the server now sends:

- a **manager's** laptop (setting ``sync.role``): of each client not assigned to the profile's
  user (``me`` not in ``assigned_staff_ids``), the content columns of the client and of its
  transitions become NULL, and its consents, assessments, notes, handover forms and openings are
  deleted, with their unsent changes, drafts and sync notices; the content fields of the unsent
  changes of the client and its transitions are dropped (the figures a manager may change stay);
- an **administrator's** laptop: every client-scoped record and audit event is deleted, with the
  same.

The columns are written out here as they were declared at this revision (a migration does not
follow later declarations). Nothing is asked of the server: the figures are already here, and
the next pull changes nothing of them. The encrypted backup made before this migration still
holds the old copy, under the same key, until the backups are next discarded.

Revision ID: 0010_figures_only_upgrade
Revises: 0009_break_glass
Create Date: 2026-12-02
"""

import json

from alembic import op
from sqlalchemy import text

revision = "0010_figures_only_upgrade"
down_revision = "0009_break_glass"
branch_labels = None
depends_on = None

CLIENT_CONTENT = ("name", "personal_id", "phone", "email", "language", "referral_source",
                  "service_path", "job_goals", "target_group")
TRANSITION_CONTENT = ("notes",)
CONTENT_KINDS = ("consent", "assessment", "client_note", "handover_form", "break_glass")
FIGURE_CHILD_KINDS = ("transition", "event_participant")


def _setting(connection, key: str):
    raw = connection.execute(text("SELECT value FROM setting WHERE key = :key"), {"key": key}).scalar()
    try:
        return json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return None


def _forget(ids_sql: str) -> None:
    """Everything sync keeps about the records ``ids_sql`` selects (their ids), and their drafts."""
    op.execute(f"DELETE FROM outbox WHERE record_id IN ({ids_sql})")
    op.execute(f"DELETE FROM sync_behind WHERE record_id IN ({ids_sql})")
    op.execute(f"DELETE FROM sync_conflict WHERE record_id IN ({ids_sql})")
    _forget_drafts(ids_sql)


def _forget_drafts(ids_sql: str) -> None:
    """The drafts of forms about these records (ids are stored as 32 hex digits; a draft's key
    ends in the dashed form)."""
    dashed = ("substr(g.id, 1, 8) || '-' || substr(g.id, 9, 4) || '-' || substr(g.id, 13, 4) "
              "|| '-' || substr(g.id, 17, 4) || '-' || substr(g.id, 21)")
    op.execute(f"DELETE FROM draft WHERE EXISTS (SELECT 1 FROM ({ids_sql}) AS g "
               f"WHERE draft.key LIKE '%:' || {dashed})")


def _strip_outbox(ids_sql: str, names: tuple[str, ...]) -> None:
    paths = ", ".join(f"'$.{name}'" for name in names)
    op.execute(f"UPDATE outbox SET fields = json_remove(fields, {paths}) "
               f"WHERE record_id IN ({ids_sql}) AND json_valid(fields)")


def upgrade() -> None:
    connection = op.get_bind()
    role, me = _setting(connection, "sync.role"), _setting(connection, "me")
    if role == "admin":
        kinds = ("client", *CONTENT_KINDS, *FIGURE_CHILD_KINDS, "audit_event")
        every = " UNION ALL ".join(f"SELECT id FROM {kind}" for kind in kinds)
        op.execute(f"CREATE TEMP TABLE erased AS {every}")
        _forget("SELECT id FROM erased")
        for kind in kinds:
            op.execute(f"DELETE FROM {kind}")
        op.execute("DROP TABLE erased")
        return
    if role != "manager" or not isinstance(me, str):
        return
    connection.execute(
        text("CREATE TEMP TABLE unassigned AS SELECT id FROM client WHERE NOT EXISTS "
             "(SELECT 1 FROM json_each(client.assigned_staff_ids) WHERE lower(value) = lower(:me))"),
        {"me": me},
    )
    children = " UNION ALL ".join(
        f"SELECT id FROM {kind} WHERE client_id IN (SELECT id FROM unassigned)" for kind in CONTENT_KINDS)
    op.execute(f"CREATE TEMP TABLE erased AS {children}")
    _forget("SELECT id FROM erased")
    for kind in CONTENT_KINDS:
        op.execute(f"DELETE FROM {kind} WHERE client_id IN (SELECT id FROM unassigned)")
    op.execute("UPDATE client SET " + ", ".join(f"{name} = NULL" for name in CLIENT_CONTENT)
               + " WHERE id IN (SELECT id FROM unassigned)")
    op.execute("UPDATE transition SET " + ", ".join(f"{name} = NULL" for name in TRANSITION_CONTENT)
               + " WHERE client_id IN (SELECT id FROM unassigned)")
    _forget_drafts("SELECT id FROM unassigned")  # the client's own forms held its content
    _strip_outbox("SELECT id FROM unassigned", CLIENT_CONTENT)
    _strip_outbox("SELECT id FROM transition WHERE client_id IN (SELECT id FROM unassigned)",
                  TRANSITION_CONTENT)
    op.execute("DROP TABLE erased")
    op.execute("DROP TABLE unassigned")


def downgrade() -> None:
    pass  # what was erased is the server's to send again
