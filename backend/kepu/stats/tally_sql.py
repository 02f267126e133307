"""The SQL that keeps ``EventTally`` (the triggers) and recounts it (``stats_rebuild``): one place for both."""

# Only our own table names go into these statements.
# ruff: noqa: S608

REGISTRATION = "events_registration"
TALLY = "stats_eventtally"


CREATE_TRIGGERS = f"""
-- Add (sign 1) or take away (sign -1) one registration's share of its event's tally.
CREATE OR REPLACE FUNCTION stats_tally_apply(r {REGISTRATION}, sign int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF sign < 0 THEN
        -- Only ever subtract from a row that is there: the event (and its tally) may be going too.
        UPDATE {TALLY} SET
            registrations = registrations - 1,
            confirmed = confirmed - (r.status = 'confirmed')::int,
            waitlisted = waitlisted - (r.status = 'waitlisted')::int,
            cancelled = cancelled - (r.status = 'cancelled')::int,
            attended = attended - (r.checked_in_at IS NOT NULL)::int,
            attended_people = attended_people - (r.checked_in_at IS NOT NULL)::int * (1 + r.companions)
        WHERE event_id = r.event_id;
        RETURN;
    END IF;
    INSERT INTO {TALLY} (event_id, registrations, confirmed, waitlisted, cancelled, attended, attended_people)
    VALUES (r.event_id, sign, sign * (r.status = 'confirmed')::int, sign * (r.status = 'waitlisted')::int,
            sign * (r.status = 'cancelled')::int, sign * (r.checked_in_at IS NOT NULL)::int,
            sign * (r.checked_in_at IS NOT NULL)::int * (1 + r.companions))
    ON CONFLICT (event_id) DO UPDATE SET
        registrations = {TALLY}.registrations + EXCLUDED.registrations,
        confirmed = {TALLY}.confirmed + EXCLUDED.confirmed,
        waitlisted = {TALLY}.waitlisted + EXCLUDED.waitlisted,
        cancelled = {TALLY}.cancelled + EXCLUDED.cancelled,
        attended = {TALLY}.attended + EXCLUDED.attended,
        attended_people = {TALLY}.attended_people + EXCLUDED.attended_people;
END $$;

CREATE OR REPLACE FUNCTION stats_tally_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_tally_apply(NEW, 1);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION stats_tally_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_tally_apply(OLD, -1);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION stats_tally_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_tally_apply(OLD, -1);
    PERFORM stats_tally_apply(NEW, 1);
    RETURN NULL;
END $$;

CREATE TRIGGER stats_tally_insert AFTER INSERT ON {REGISTRATION}
    FOR EACH ROW EXECUTE FUNCTION stats_tally_add();
CREATE TRIGGER stats_tally_delete AFTER DELETE ON {REGISTRATION}
    FOR EACH ROW EXECUTE FUNCTION stats_tally_remove();
CREATE TRIGGER stats_tally_update AFTER UPDATE OF event_id, status, checked_in_at, companions ON {REGISTRATION}
    FOR EACH ROW WHEN (OLD.event_id IS DISTINCT FROM NEW.event_id OR OLD.status IS DISTINCT FROM NEW.status
                       OR (OLD.checked_in_at IS NULL) IS DISTINCT FROM (NEW.checked_in_at IS NULL)
                       OR OLD.companions IS DISTINCT FROM NEW.companions)
    EXECUTE FUNCTION stats_tally_change();
"""

DROP_TRIGGERS = f"""
DROP TRIGGER IF EXISTS stats_tally_insert ON {REGISTRATION};
DROP TRIGGER IF EXISTS stats_tally_delete ON {REGISTRATION};
DROP TRIGGER IF EXISTS stats_tally_update ON {REGISTRATION};
DROP FUNCTION IF EXISTS stats_tally_add();
DROP FUNCTION IF EXISTS stats_tally_remove();
DROP FUNCTION IF EXISTS stats_tally_change();
DROP FUNCTION IF EXISTS stats_tally_apply({REGISTRATION}, int);
"""

# The recount from the raw rows, also what the equality test compares the kept tallies with.
RECOUNT = f"""
SELECT event_id, count(*), count(*) FILTER (WHERE status = 'confirmed'),
       count(*) FILTER (WHERE status = 'waitlisted'), count(*) FILTER (WHERE status = 'cancelled'),
       count(*) FILTER (WHERE checked_in_at IS NOT NULL),
       coalesce(sum(1 + companions) FILTER (WHERE checked_in_at IS NOT NULL), 0)
FROM {REGISTRATION} GROUP BY event_id
"""

REBUILD = f"""
LOCK TABLE {REGISTRATION} IN SHARE MODE;
DELETE FROM {TALLY};
INSERT INTO {TALLY} (event_id, registrations, confirmed, waitlisted, cancelled, attended, attended_people)
{RECOUNT};
"""

TRIGGERS = ("stats_tally_insert", "stats_tally_delete", "stats_tally_update")
