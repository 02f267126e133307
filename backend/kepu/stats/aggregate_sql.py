"""The SQL that keeps the node aggregates (kepu.stats.models, docs/statistics.md "Aggregates"): triggers on
the rows they count, and the set-wise recount that rebuilds them and that the equality test compares with.

One set of functions says what a row contributes (``stats_*_rows``); the triggers add and take away those
contributions as rows change, the recount sums them over every row. An event's share depends on its
report and tally too, so it is kept as a snapshot (``stats_eventfacts``): whatever changes, the event is
recounted from scratch (``stats_refresh_event``) and only a difference moves the aggregates. What
follows an event's standing (its check-ins and the copies handed out at it) moves with it when it starts
or stops counting, or changes area or month.
"""

# Only our own table names go into these statements.
# ruff: noqa: S608

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection

from .tally_sql import REBUILD as TALLY_REBUILD
from .tally_sql import REGISTRATION
from .tally_sql import TRIGGERS as TALLY_TRIGGERS

FACTS = "stats_eventfacts"
MONTH = "stats_nodemonth"
ACTIVITY = "stats_nodeyearactivity"
KEYS = "stats_nodeyearkey"
RESIDENTS = "stats_noderesident"
YEAR = "stats_nodeyear"
MATERIAL = "stats_nodemonthmaterial"
MONEY = "stats_nodemonthmoney"

# The contribution of one event (its facts row ``f``) to each aggregate, at each node of its area path and
# under each flavour it counts in.
CONTRIBUTIONS = f"""
CREATE OR REPLACE FUNCTION stats_nodes(path text) RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $$
    SELECT string_to_array(btrim(path, '/'), '/')::bigint[]
$$;

CREATE OR REPLACE FUNCTION stats_local_month(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$
    SELECT date_trunc('month', t AT TIME ZONE 'Asia/Shanghai')::date
$$;

-- An event as it counts now: official figures from an accepted report, provisional ones from any report
-- or, without one, from the check-ins of an event that took place. No row once the event is gone. The
-- figures of a flavour the event does not count in are zeros, so that sign-ups to an event still to come
-- change nothing here.
CREATE OR REPLACE FUNCTION stats_facts_select(ids bigint[]) RETURNS SETOF {FACTS} LANGUAGE sql STABLE AS $$
    SELECT e.id, e.area_id, a.path, stats_local_month(e.starts_at), e.activity_type, e.campaign, e.mode,
           e.organization_id,
           CASE WHEN e.activity_type = 'youth_group' THEN e.organization_id || ':' || btrim(e.title) ELSE '' END,
           e.marked_large_scale, h.official, h.provisional,
           CASE WHEN h.official THEN r.checked_in ELSE 0 END,
           CASE WHEN h.official THEN r.walk_ins ELSE 0 END,
           CASE WHEN h.official THEN r.online_attendance ELSE 0 END,
           CASE WHEN h.official THEN r.attendance ELSE 0 END,
           CASE WHEN h.provisional THEN coalesce(r.checked_in, t.attended_people, 0) ELSE 0 END,
           CASE WHEN h.provisional THEN coalesce(r.walk_ins, 0) ELSE 0 END,
           CASE WHEN h.provisional THEN coalesce(r.online_attendance, 0) ELSE 0 END,
           CASE WHEN h.provisional THEN coalesce(r.attendance, t.attended_people, 0) ELSE 0 END,
           CASE WHEN h.counts THEN coalesce(t.registrations, 0) ELSE 0 END,
           CASE WHEN h.counts THEN coalesce(t.confirmed, 0) ELSE 0 END,
           CASE WHEN h.counts THEN coalesce(t.waitlisted, 0) ELSE 0 END,
           CASE WHEN h.counts THEN coalesce(t.cancelled, 0) ELSE 0 END,
           CASE WHEN h.counts THEN coalesce(t.attended, 0) ELSE 0 END
    FROM events_event e
    JOIN places_area a ON a.id = e.area_id
    LEFT JOIN events_eventreport r ON r.event_id = e.id
    LEFT JOIN stats_eventtally t ON t.event_id = e.id,
    LATERAL (SELECT coalesce(r.status = 'accepted', false) AS official,
                    (r.event_id IS NOT NULL OR e.status IN ('completed', 'reported'))
                    AND e.status <> 'cancelled' AS provisional) f,
    LATERAL (SELECT f.official, f.provisional, f.official OR f.provisional AS counts) h
    WHERE ids IS NULL OR e.id = ANY (ids)
$$;

-- The flavours an event counts in, each with its figures.
CREATE OR REPLACE FUNCTION stats_flavours(f {FACTS})
RETURNS TABLE (flavour text, checked_in int, walk_ins int, online int, attendance int)
LANGUAGE sql IMMUTABLE AS $$
    SELECT 'o', f.o_checked_in, f.o_walk_ins, f.o_online, f.o_attendance WHERE f.official
    UNION ALL
    SELECT 'p', f.p_checked_in, f.p_walk_ins, f.p_online, f.p_attendance WHERE f.provisional
$$;

CREATE OR REPLACE FUNCTION stats_month_rows(f {FACTS})
RETURNS TABLE (node_id bigint, month date, flavour text, mode text, events int, checked_in int, walk_ins int,
               online_attendance int, attendance int, online_person_times int, registrations int, confirmed int,
               waitlisted int, cancelled int, attended int)
LANGUAGE sql IMMUTABLE AS $$
    SELECT n, f.month, v.flavour, f.mode, 1, v.checked_in, v.walk_ins, v.online, v.attendance,
           CASE WHEN f.mode = 'online' THEN v.attendance ELSE v.online END,
           f.registrations, f.confirmed, f.waitlisted, f.cancelled, f.attended
    FROM stats_flavours(f) v, unnest(stats_nodes(f.path)) n
$$;

CREATE OR REPLACE FUNCTION stats_activity_rows(f {FACTS})
RETURNS TABLE (node_id bigint, year int, flavour text, activity_type text, campaign text, sessions_offline int,
               sessions_online int, person_times_offline int, person_times_online int)
LANGUAGE sql IMMUTABLE AS $$
    SELECT n, extract(year FROM f.month)::int, v.flavour, f.activity_type, f.campaign,
           (f.mode <> 'online')::int, (f.mode = 'online')::int,
           v.attendance - CASE WHEN f.mode = 'online' THEN v.attendance ELSE v.online END,
           CASE WHEN f.mode = 'online' THEN v.attendance ELSE v.online END
    FROM stats_flavours(f) v, unnest(stats_nodes(f.path)) n
$$;

CREATE OR REPLACE FUNCTION stats_key_rows(f {FACTS})
RETURNS TABLE (node_id bigint, year int, flavour text, kind text, key text, sessions int)
LANGUAGE sql IMMUTABLE AS $$
    SELECT n, extract(year FROM f.month)::int, v.flavour, k.kind, k.key, 1
    FROM stats_flavours(f) v, unnest(stats_nodes(f.path)) n,
         (SELECT 'group' AS kind, f.group_key AS key WHERE f.activity_type = 'youth_group'
          UNION ALL SELECT 'unit', f.organization_id::text WHERE f.activity_type = 'open_day') k
$$;

-- Check-ins at the event, per resident.
CREATE OR REPLACE FUNCTION stats_resident_rows(f {FACTS}, only_resident bigint DEFAULT NULL)
RETURNS TABLE (node_id bigint, year int, flavour text, resident_id bigint, attended int)
LANGUAGE sql STABLE AS $$
    SELECT n, extract(year FROM f.month)::int, v.flavour, r.resident_id, count(*)::int
    FROM stats_flavours(f) v, unnest(stats_nodes(f.path)) n, {REGISTRATION} r
    WHERE r.event_id = f.event_id AND r.checked_in_at IS NOT NULL
      AND (only_resident IS NULL OR r.resident_id = only_resident)
    GROUP BY 1, 2, 3, 4
$$;

-- Copies handed out at the event.
CREATE OR REPLACE FUNCTION stats_event_copy_rows(f {FACTS})
RETURNS TABLE (node_id bigint, month date, flavour text, material_id bigint, quantity bigint)
LANGUAGE sql STABLE AS $$
    SELECT n, f.month, v.flavour, d.material_id, sum(d.quantity)::bigint
    FROM stats_flavours(f) v, unnest(stats_nodes(f.path)) n, materials_distribution d
    WHERE d.event_id = f.event_id
    GROUP BY 1, 2, 3, 4
$$;

-- Copies handed out apart from events: in the distribution's area and month, under both flavours.
CREATE OR REPLACE FUNCTION stats_standalone_copy_rows(d materials_distribution, path text)
RETURNS TABLE (node_id bigint, month date, flavour text, material_id bigint, quantity bigint)
LANGUAGE sql IMMUTABLE AS $$
    SELECT n, date_trunc('month', d.date)::date, v.flavour, d.material_id, d.quantity::bigint
    FROM unnest(stats_nodes(path)) n, (VALUES ('o'), ('p')) v(flavour)
    WHERE d.event_id IS NULL
$$;

-- A funding record: official unless a report not yet accepted declared it.
CREATE OR REPLACE FUNCTION stats_money_rows(m funding_fundingrecord, path text, report_status text)
RETURNS TABLE (node_id bigint, month date, flavour text, direction text, source text, category text,
               is_special boolean, amount numeric)
LANGUAGE sql IMMUTABLE AS $$
    SELECT n, date_trunc('month', m.date)::date, v.flavour, m.direction, m.source, m.category, m.is_special,
           m.amount
    FROM unnest(stats_nodes(path)) n,
         (SELECT 'o' AS flavour WHERE m.report_id IS NULL OR report_status = 'accepted'
          UNION ALL SELECT 'p') v
$$;
"""

# Adding (sign 1) or taking away (sign -1) contributions.
APPLY = f"""
CREATE OR REPLACE FUNCTION stats_add_months(f {FACTS}, sign int) RETURNS void LANGUAGE sql AS $$
    INSERT INTO {MONTH} (node_id, month, flavour, mode, events, checked_in, walk_ins, online_attendance,
                         attendance, online_person_times, registrations, confirmed, waitlisted, cancelled, attended)
    SELECT node_id, month, flavour, mode, sign * events, sign * checked_in, sign * walk_ins,
           sign * online_attendance, sign * attendance, sign * online_person_times, sign * registrations,
           sign * confirmed, sign * waitlisted, sign * cancelled, sign * attended
    FROM stats_month_rows(f)
    ON CONFLICT (node_id, flavour, month, mode) DO UPDATE SET
        events = {MONTH}.events + EXCLUDED.events,
        checked_in = {MONTH}.checked_in + EXCLUDED.checked_in,
        walk_ins = {MONTH}.walk_ins + EXCLUDED.walk_ins,
        online_attendance = {MONTH}.online_attendance + EXCLUDED.online_attendance,
        attendance = {MONTH}.attendance + EXCLUDED.attendance,
        online_person_times = {MONTH}.online_person_times + EXCLUDED.online_person_times,
        registrations = {MONTH}.registrations + EXCLUDED.registrations,
        confirmed = {MONTH}.confirmed + EXCLUDED.confirmed,
        waitlisted = {MONTH}.waitlisted + EXCLUDED.waitlisted,
        cancelled = {MONTH}.cancelled + EXCLUDED.cancelled,
        attended = {MONTH}.attended + EXCLUDED.attended;
    INSERT INTO {ACTIVITY} (node_id, year, flavour, activity_type, campaign, sessions_offline, sessions_online,
                            person_times_offline, person_times_online)
    SELECT node_id, year, flavour, activity_type, campaign, sign * sessions_offline, sign * sessions_online,
           sign * person_times_offline, sign * person_times_online
    FROM stats_activity_rows(f)
    ON CONFLICT (node_id, flavour, year, activity_type, campaign) DO UPDATE SET
        sessions_offline = {ACTIVITY}.sessions_offline + EXCLUDED.sessions_offline,
        sessions_online = {ACTIVITY}.sessions_online + EXCLUDED.sessions_online,
        person_times_offline = {ACTIVITY}.person_times_offline + EXCLUDED.person_times_offline,
        person_times_online = {ACTIVITY}.person_times_online + EXCLUDED.person_times_online;
    INSERT INTO {KEYS} (node_id, year, flavour, kind, key, sessions)
    SELECT node_id, year, flavour, kind, key, sign * sessions FROM stats_key_rows(f)
    ON CONFLICT (node_id, flavour, year, kind, key) DO UPDATE SET sessions = {KEYS}.sessions + EXCLUDED.sessions;
$$;

CREATE OR REPLACE FUNCTION stats_add_residents(f {FACTS}, sign int, only_resident bigint DEFAULT NULL)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO {RESIDENTS} (node_id, year, flavour, resident_id, attended)
    SELECT node_id, year, flavour, resident_id, sign * attended FROM stats_resident_rows(f, only_resident)
    ON CONFLICT (node_id, flavour, year, resident_id) DO UPDATE SET attended = {RESIDENTS}.attended + EXCLUDED.attended;
$$;

CREATE OR REPLACE FUNCTION stats_add_copies(p_node bigint, p_month date, p_flavour text, p_material bigint,
                                            p_quantity bigint) RETURNS void LANGUAGE sql AS $$
    INSERT INTO {MATERIAL} (node_id, month, flavour, material_id, quantity)
    VALUES (p_node, p_month, p_flavour, p_material, p_quantity)
    ON CONFLICT (node_id, flavour, month, material_id) DO UPDATE SET quantity = {MATERIAL}.quantity + EXCLUDED.quantity;
$$;

-- A funding record's money, at the ancestors of its area's path (now, or as given) and official or not by its
-- report's status now.
CREATE OR REPLACE FUNCTION stats_add_money(m funding_fundingrecord, sign int, at_path text DEFAULT NULL)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO {MONEY} (node_id, month, flavour, direction, source, category, is_special, amount)
    SELECT v.node_id, v.month, v.flavour, v.direction, v.source, v.category, v.is_special, sign * v.amount
    FROM places_area a
    LEFT JOIN events_eventreport r ON r.id = m.report_id,
    stats_money_rows(m, coalesce(at_path, a.path), r.status) v
    WHERE a.id = m.area_id
    ON CONFLICT (node_id, flavour, month, direction, source, category, is_special)
    DO UPDATE SET amount = {MONEY}.amount + EXCLUDED.amount;
$$;

-- Distinct residents, groups and units follow their per-node counts crossing 1 (and 2 for repeat participants).
CREATE OR REPLACE FUNCTION stats_count_residents() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    before int := CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE OLD.attended END;
BEGIN
    IF (before >= 1) IS DISTINCT FROM (NEW.attended >= 1) OR (before >= 2) IS DISTINCT FROM (NEW.attended >= 2) THEN
        INSERT INTO {YEAR} (node_id, year, flavour, unique_participants, repeat_participants, groups, units)
        VALUES (NEW.node_id, NEW.year, NEW.flavour, (NEW.attended >= 1)::int - (before >= 1)::int,
                (NEW.attended >= 2)::int - (before >= 2)::int, 0, 0)
        ON CONFLICT (node_id, flavour, year) DO UPDATE SET
            unique_participants = {YEAR}.unique_participants + EXCLUDED.unique_participants,
            repeat_participants = {YEAR}.repeat_participants + EXCLUDED.repeat_participants;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION stats_count_keys() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    before int := CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE OLD.sessions END;
    change int := (NEW.sessions >= 1)::int - (before >= 1)::int;
BEGIN
    IF change <> 0 THEN
        INSERT INTO {YEAR} (node_id, year, flavour, unique_participants, repeat_participants, groups, units)
        VALUES (NEW.node_id, NEW.year, NEW.flavour, 0, 0, CASE WHEN NEW.kind = 'group' THEN change ELSE 0 END,
                CASE WHEN NEW.kind = 'unit' THEN change ELSE 0 END)
        ON CONFLICT (node_id, flavour, year) DO UPDATE SET
            groups = {YEAR}.groups + EXCLUDED.groups, units = {YEAR}.units + EXCLUDED.units;
    END IF;
    RETURN NULL;
END $$;

-- Recount events from scratch and move the aggregates by the difference with their last count.
CREATE OR REPLACE FUNCTION stats_refresh_events(ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    eid bigint;
    last {FACTS};
    fresh {FACTS};
    had boolean;
    has boolean;
    d record;
BEGIN
    FOREACH eid IN ARRAY ids LOOP
        CONTINUE WHEN eid IS NULL;
        SELECT * INTO last FROM {FACTS} WHERE event_id = eid FOR UPDATE;
        had := FOUND;
        SELECT * INTO fresh FROM stats_facts_select(ARRAY[eid]);
        has := FOUND;
        CONTINUE WHEN had AND has AND last IS NOT DISTINCT FROM fresh;
        IF had THEN
            PERFORM stats_add_months(last, -1);
        END IF;
        IF has THEN
            PERFORM stats_add_months(fresh, 1);
        END IF;
        -- Check-ins and copies move only when the event starts or stops counting, or moves.
        IF NOT (had AND has AND (last.path, last.month, last.official, last.provisional)
                                 IS NOT DISTINCT FROM (fresh.path, fresh.month, fresh.official, fresh.provisional)) THEN
            IF had THEN
                PERFORM stats_add_residents(last, -1);
                FOR d IN SELECT * FROM stats_event_copy_rows(last) LOOP
                    PERFORM stats_add_copies(d.node_id, d.month, d.flavour, d.material_id, -d.quantity);
                END LOOP;
            END IF;
            IF has THEN
                PERFORM stats_add_residents(fresh, 1);
                FOR d IN SELECT * FROM stats_event_copy_rows(fresh) LOOP
                    PERFORM stats_add_copies(d.node_id, d.month, d.flavour, d.material_id, d.quantity);
                END LOOP;
            END IF;
        END IF;
        IF NOT has THEN
            DELETE FROM {FACTS} WHERE event_id = eid;
        ELSIF had THEN
            DELETE FROM {FACTS} WHERE event_id = eid;
            INSERT INTO {FACTS} SELECT fresh.*;
        ELSE
            INSERT INTO {FACTS} SELECT fresh.*;
        END IF;
    END LOOP;
END $$;
"""

TRIGGER_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION stats_on_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM stats_refresh_events(ARRAY[NEW.id]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM stats_refresh_events(ARRAY[OLD.id]);
    ELSE
        PERFORM stats_refresh_events(ARRAY[OLD.id, NULLIF(NEW.id, OLD.id)]);
    END IF;
    RETURN NULL;
END $$;

-- Reports and tallies both name their event in event_id.
CREATE OR REPLACE FUNCTION stats_on_event_part() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM stats_refresh_events(ARRAY[NEW.event_id]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM stats_refresh_events(ARRAY[OLD.event_id]);
    ELSE
        PERFORM stats_refresh_events(ARRAY[OLD.event_id, NULLIF(NEW.event_id, OLD.event_id)]);
    END IF;
    RETURN NULL;
END $$;

-- A report's acceptance makes the spending it declared official; its return or removal takes it back.
CREATE OR REPLACE FUNCTION stats_on_report_money() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    m funding_fundingrecord;
BEGIN
    FOR m IN SELECT * FROM funding_fundingrecord WHERE report_id = OLD.id LOOP
        INSERT INTO {MONEY} (node_id, month, flavour, direction, source, category, is_special, amount)
        SELECT v.node_id, v.month, 'o', v.direction, v.source, v.category, v.is_special,
               CASE WHEN NEW.status = 'accepted' THEN v.amount ELSE -v.amount END
        FROM places_area a, stats_money_rows(m, a.path, 'accepted') v
        WHERE a.id = m.area_id AND v.flavour = 'o'
        ON CONFLICT (node_id, flavour, month, direction, source, category, is_special)
        DO UPDATE SET amount = {MONEY}.amount + EXCLUDED.amount;
    END LOOP;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION stats_on_registration() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    f {FACTS};
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.checked_in_at IS NOT NULL THEN
        SELECT * INTO f FROM {FACTS} WHERE event_id = OLD.event_id;
        IF FOUND THEN
            INSERT INTO {RESIDENTS} (node_id, year, flavour, resident_id, attended)
            SELECT n, extract(year FROM f.month)::int, v.flavour, OLD.resident_id, -1
            FROM stats_flavours(f) v, unnest(stats_nodes(f.path)) n
            ON CONFLICT (node_id, flavour, year, resident_id) DO UPDATE SET attended = {RESIDENTS}.attended - 1;
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.checked_in_at IS NOT NULL THEN
        SELECT * INTO f FROM {FACTS} WHERE event_id = NEW.event_id;
        IF FOUND THEN
            INSERT INTO {RESIDENTS} (node_id, year, flavour, resident_id, attended)
            SELECT n, extract(year FROM f.month)::int, v.flavour, NEW.resident_id, 1
            FROM stats_flavours(f) v, unnest(stats_nodes(f.path)) n
            ON CONFLICT (node_id, flavour, year, resident_id) DO UPDATE SET attended = {RESIDENTS}.attended + 1;
        END IF;
    END IF;
    RETURN NULL;
END $$;

-- A distribution at an event counts where and when the event does, if it counts; one apart from events
-- in its own area and month.
CREATE OR REPLACE FUNCTION stats_distribution_apply(d materials_distribution, sign int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    f {FACTS};
    row record;
BEGIN
    IF d.event_id IS NULL THEN
        FOR row IN SELECT v.* FROM places_area a, stats_standalone_copy_rows(d, a.path) v WHERE a.id = d.area_id LOOP
            PERFORM stats_add_copies(row.node_id, row.month, row.flavour, row.material_id, sign * row.quantity);
        END LOOP;
        RETURN;
    END IF;
    SELECT * INTO f FROM {FACTS} WHERE event_id = d.event_id;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    FOR row IN SELECT n AS node_id, v.flavour FROM stats_flavours(f) v, unnest(stats_nodes(f.path)) n LOOP
        PERFORM stats_add_copies(row.node_id, f.month, row.flavour, d.material_id, sign * d.quantity);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION stats_on_distribution() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM stats_distribution_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM stats_distribution_apply(NEW, 1);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION stats_on_funding() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM stats_add_money(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM stats_add_money(NEW, 1);
    END IF;
    RETURN NULL;
END $$;

-- An area moved in the tree: what counts in it moves to its new ancestors.
CREATE OR REPLACE FUNCTION stats_on_area_path() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d materials_distribution;
    m funding_fundingrecord;
    row record;
BEGIN
    PERFORM stats_refresh_events(ARRAY(SELECT id FROM events_event WHERE area_id = NEW.id));
    FOR d IN SELECT * FROM materials_distribution WHERE area_id = NEW.id AND event_id IS NULL LOOP
        FOR row IN SELECT * FROM stats_standalone_copy_rows(d, OLD.path) LOOP
            PERFORM stats_add_copies(row.node_id, row.month, row.flavour, row.material_id, -row.quantity);
        END LOOP;
        FOR row IN SELECT * FROM stats_standalone_copy_rows(d, NEW.path) LOOP
            PERFORM stats_add_copies(row.node_id, row.month, row.flavour, row.material_id, row.quantity);
        END LOOP;
    END LOOP;
    FOR m IN SELECT * FROM funding_fundingrecord WHERE area_id = NEW.id LOOP
        PERFORM stats_add_money(m, -1, OLD.path);
        PERFORM stats_add_money(m, 1, NEW.path);
    END LOOP;
    RETURN NULL;
END $$;
"""

# Trigger name, table, what fires it, function.
TRIGGERS = (
    # Not on every update of an event: a sign-up's seat count changes nothing the statistics count.
    (
        "stats_event",
        "events_event",
        "INSERT OR DELETE OR UPDATE OF id, area_id, starts_at, status, mode, activity_type, campaign, "
        "organization_id, title, marked_large_scale",
        "stats_on_event",
    ),
    ("stats_report", "events_eventreport", "INSERT OR DELETE OR UPDATE", "stats_on_event_part"),
    ("stats_report_money", "events_eventreport", "UPDATE OF status", "stats_on_report_money"),
    ("stats_tally", "stats_eventtally", "INSERT OR DELETE OR UPDATE", "stats_on_event_part"),
    (
        "stats_registration",
        REGISTRATION,
        "INSERT OR DELETE OR UPDATE OF checked_in_at, event_id, resident_id",
        "stats_on_registration",
    ),
    ("stats_distribution", "materials_distribution", "INSERT OR DELETE OR UPDATE", "stats_on_distribution"),
    ("stats_funding", "funding_fundingrecord", "INSERT OR DELETE OR UPDATE", "stats_on_funding"),
    ("stats_area_path", "places_area", "UPDATE OF path", "stats_on_area_path"),
    ("stats_count_residents", RESIDENTS, "INSERT OR UPDATE", "stats_count_residents"),
    ("stats_count_keys", KEYS, "INSERT OR UPDATE", "stats_count_keys"),
)
# When a trigger fires only for a change that matters to it.
WHEN = {
    "stats_report_money": "OLD.status IS DISTINCT FROM NEW.status AND (OLD.status = 'accepted') <> (NEW.status = 'accepted')",
    "stats_area_path": "OLD.path IS DISTINCT FROM NEW.path",
}

CREATE_TRIGGERS = (
    CONTRIBUTIONS
    + APPLY
    + TRIGGER_FUNCTIONS
    + "".join(
        f"CREATE TRIGGER {name} AFTER {events} ON {table} FOR EACH ROW"
        + (f" WHEN ({WHEN[name]})" if name in WHEN else "")
        + f" EXECUTE FUNCTION {function}();\n"
        for name, table, events, function in TRIGGERS
    )
)

DROP_TRIGGERS = "".join(f"DROP TRIGGER IF EXISTS {name} ON {table};\n" for name, table, _, _ in TRIGGERS)

# The aggregates recounted from the raw rows: what the rebuild writes and the equality test compares
# with the kept tables (rows of zeros aside: taking contributions away leaves them).
RECOUNT = {
    MONTH: f"""
        SELECT c.node_id, c.month, c.flavour, c.mode, sum(c.events), sum(c.checked_in), sum(c.walk_ins),
               sum(c.online_attendance), sum(c.attendance), sum(c.online_person_times), sum(c.registrations),
               sum(c.confirmed), sum(c.waitlisted), sum(c.cancelled), sum(c.attended)
        FROM {FACTS} f, stats_month_rows(f) c GROUP BY 1, 2, 3, 4""",
    ACTIVITY: f"""
        SELECT c.node_id, c.year, c.flavour, c.activity_type, c.campaign, sum(c.sessions_offline),
               sum(c.sessions_online), sum(c.person_times_offline), sum(c.person_times_online)
        FROM {FACTS} f, stats_activity_rows(f) c GROUP BY 1, 2, 3, 4, 5""",
    KEYS: f"""
        SELECT c.node_id, c.year, c.flavour, c.kind, c.key, sum(c.sessions) FROM {FACTS} f, stats_key_rows(f) c
        GROUP BY 1, 2, 3, 4, 5""",
    RESIDENTS: f"""
        SELECT n, extract(year FROM f.month)::int, v.flavour, r.resident_id, count(*)
        FROM {FACTS} f, stats_flavours(f) v, unnest(stats_nodes(f.path)) n, {REGISTRATION} r
        WHERE r.event_id = f.event_id AND r.checked_in_at IS NOT NULL GROUP BY 1, 2, 3, 4""",
    YEAR: f"""
        SELECT node_id, year, flavour, sum(unique_participants), sum(repeat_participants), sum(groups), sum(units)
        FROM (SELECT node_id, year, flavour, count(*) FILTER (WHERE attended >= 1) AS unique_participants,
                     count(*) FILTER (WHERE attended >= 2) AS repeat_participants, 0 AS groups, 0 AS units
              FROM {RESIDENTS} GROUP BY 1, 2, 3
              UNION ALL
              SELECT node_id, year, flavour, 0, 0, count(*) FILTER (WHERE kind = 'group' AND sessions >= 1),
                     count(*) FILTER (WHERE kind = 'unit' AND sessions >= 1)
              FROM {KEYS} GROUP BY 1, 2, 3) parts
        GROUP BY 1, 2, 3""",
    MATERIAL: f"""
        SELECT node_id, month, flavour, material_id, sum(quantity)
        FROM (SELECT v.* FROM {FACTS} f, stats_event_copy_rows(f) v
              UNION ALL
              SELECT v.* FROM materials_distribution d JOIN places_area a ON a.id = d.area_id,
                     stats_standalone_copy_rows(d, a.path) v) parts
        GROUP BY 1, 2, 3, 4""",
    MONEY: """
        SELECT v.node_id, v.month, v.flavour, v.direction, v.source, v.category, v.is_special, sum(v.amount)
        FROM funding_fundingrecord m JOIN places_area a ON a.id = m.area_id
        LEFT JOIN events_eventreport r ON r.id = m.report_id, stats_money_rows(m, a.path, r.status) v
        GROUP BY 1, 2, 3, 4, 5, 6, 7""",
}
COLUMNS = {
    MONTH: "node_id, month, flavour, mode, events, checked_in, walk_ins, online_attendance, attendance, "
    "online_person_times, registrations, confirmed, waitlisted, cancelled, attended",
    ACTIVITY: "node_id, year, flavour, activity_type, campaign, sessions_offline, sessions_online, "
    "person_times_offline, person_times_online",
    KEYS: "node_id, year, flavour, kind, key, sessions",
    RESIDENTS: "node_id, year, flavour, resident_id, attended",
    YEAR: "node_id, year, flavour, unique_participants, repeat_participants, groups, units",
    MATERIAL: "node_id, month, flavour, material_id, quantity",
    MONEY: "node_id, month, flavour, direction, source, category, is_special, amount",
}
# How many leading columns of each are its key.
KEY_WIDTH = {MONTH: 4, ACTIVITY: 5, KEYS: 5, RESIDENTS: 4, YEAR: 3, MATERIAL: 4, MONEY: 7}
# The order matters: facts first, the distinct counts after the rows they count.
REBUILD_ORDER = (MONTH, ACTIVITY, KEYS, RESIDENTS, YEAR, MATERIAL, MONEY)
COUNTING_TRIGGERS = ((RESIDENTS, "stats_count_residents"), (KEYS, "stats_count_keys"))


def rebuild_sql() -> str:
    """Every aggregate recounted, in the caller's transaction; writes to the counted rows wait meanwhile."""
    statements = [
        # A recount of millions of rows outlasts the requests' statement timeout.
        "SET LOCAL statement_timeout = 0",
        f"LOCK TABLE events_event, events_eventreport, {REGISTRATION}, materials_distribution, "
        "funding_fundingrecord IN SHARE MODE",
        f"TRUNCATE {FACTS}, {', '.join(REBUILD_ORDER)}",
        f"INSERT INTO {FACTS} SELECT * FROM stats_facts_select(NULL)",
    ]
    # The distinct counts are recounted set-wise below, not row by row.
    statements += [f"ALTER TABLE {table} DISABLE TRIGGER {trigger}" for table, trigger in COUNTING_TRIGGERS]
    statements += [f"INSERT INTO {table} ({COLUMNS[table]}) {RECOUNT[table]}" for table in REBUILD_ORDER]
    statements += [f"ALTER TABLE {table} ENABLE TRIGGER {trigger}" for table, trigger in COUNTING_TRIGGERS]
    statements += [f"ANALYZE {table}" for table in (FACTS, *REBUILD_ORDER)]
    return ";\n".join(statements) + ";\n"


# Altering a table needs its queued (deferred) foreign-key checks done first.
CHECKS = "SET CONSTRAINTS ALL IMMEDIATE; SET CONSTRAINTS ALL DEFERRED"


def rebuild() -> None:
    """Recount the event tallies, then the node aggregates, in the caller's transaction."""
    with connection.cursor() as cursor:
        cursor.execute(CHECKS)
        cursor.execute("SET LOCAL statement_timeout = 0")  # see rebuild_sql
        # The facts are recounted whole right after: no need to refresh each event as its tally is rewritten.
        cursor.execute("ALTER TABLE stats_eventtally DISABLE TRIGGER stats_tally")
        cursor.execute(TALLY_REBUILD)
        cursor.execute(CHECKS)
        cursor.execute("ALTER TABLE stats_eventtally ENABLE TRIGGER stats_tally")
        cursor.execute(rebuild_sql())


@contextmanager
def aggregates_recounted(*, enabled: bool = True) -> Iterator[None]:
    """A bulk load with every statistics trigger off, then the tallies and aggregates recounted set-wise,
    in the caller's transaction: per-row upkeep of a million registrations would take many minutes.
    Takes exclusive locks on the counted tables until the transaction ends: for bulk loads only."""
    if not enabled:
        yield
        return
    triggers = [(REGISTRATION, t) for t in TALLY_TRIGGERS] + [(table, name) for name, table, _, _ in TRIGGERS]
    with connection.cursor() as cursor:
        cursor.execute(CHECKS)
        for table, trigger in triggers:
            cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
    yield
    with connection.cursor() as cursor:
        cursor.execute(CHECKS)
        for table, trigger in triggers:
            cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")
    rebuild()


def differences() -> dict[str, int]:
    """Per aggregate, how many rows differ from a recount of the raw rows (rows of zeros aside): all zeros
    when the triggers kept every figure."""
    found = {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM (SELECT * FROM stats_facts_select(NULL) EXCEPT SELECT * FROM stats_eventfacts) a"
        )
        missing = cursor.fetchone()[0]
        cursor.execute(
            "SELECT count(*) FROM (SELECT * FROM stats_eventfacts EXCEPT SELECT * FROM stats_facts_select(NULL)) a"
        )
        found[FACTS] = missing + cursor.fetchone()[0]
        for table in REBUILD_ORDER:
            columns = COLUMNS[table]
            figures = [c.strip() for c in columns.split(",")][KEY_WIDTH[table] :]
            nonzero = " OR ".join(f"{c} <> 0" for c in figures)
            kept = f"SELECT {columns} FROM {table} WHERE {nonzero}"
            recount = f"SELECT * FROM ({RECOUNT[table]}) r({columns}) WHERE {nonzero}"
            cursor.execute(f"SELECT count(*) FROM (({kept}) EXCEPT ({recount})) a")
            extra = cursor.fetchone()[0]
            cursor.execute(f"SELECT count(*) FROM (({recount}) EXCEPT ({kept})) a")
            found[table] = extra + cursor.fetchone()[0]
    return found
