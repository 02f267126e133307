"""The sign-up as one SQL function, so the event's row lock lives inside a single statement.

``registration_create`` (services/registrations.py) calls ``events_sign_up`` once. Between taking the
lock and the end of the statement nothing waits for the client, so under a rush the lock is held for
the seat arithmetic and the rows it writes, never for a round trip or for Python waiting its turn
for the CPU. Each statement in the (volatile) function takes a fresh snapshot, so what it reads after
the lock is what the last holder of the lock committed.

It mirrors these rules of the Python side; tests/events/test_events_signup_cost.py holds them equal:

- ``lifecycle.sign_up_state`` and the companions maximum: anything but "open" is refused with no
  write, and the service raises the reason from the event row the function returns;
- the allocation: confirmed while nobody waits and the seats fit, else last on the waiting list, whose
  order ``promote_waitlist`` keeps; the instant of the sign-up (``queued_at``) is the database's clock
  read under the lock, so everyone already waiting is ahead;
- ``audit_record`` of ``registration.created`` and ``notify`` of the confirmation (or waiting-list
  notice) and, once the event is full, of its organizers: the same rows, the same keys.

A change to this SQL needs a migration that runs ``CREATE_FUNCTION`` again.
"""

# Only our own table names go into these statements.
# ruff: noqa: S608

FUNCTION = "events_sign_up"

# Python's datetime.isoformat() of a UTC instant: microseconds only when there are any.
_ISO = (
    "to_char({0} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS')"
    " || CASE WHEN to_char({0}, 'US') = '000000' THEN '' ELSE to_char({0}, '.US') END || '+00:00'"
)
# The notification key's instant, as the services write it: f"{queued_at.timestamp():.6f}".
_EPOCH = "to_char(extract(epoch FROM {0}), 'FM9999999999990.000000')"

_NOTIFICATION_COLUMNS = (
    "created_at, updated_at, recipient_id, kind, subject_key, event_id, context, due_at, state, attempts, last_error"
)

CREATE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}(
    p_event bigint, p_resident bigint, p_companions integer, p_audience varchar, p_code varchar
) RETURNS TABLE (
    outcome text, at timestamptz, waitlist_position integer,
    event events_event, area places_area, registration events_registration
) LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    e events_event;
    a places_area;
    r events_registration;
    now_ timestamptz;
    seats integer := 1 + p_companions;
    new_status varchar;
    pos integer;
BEGIN
    SELECT * INTO e FROM events_event WHERE id = p_event FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'missing'::text, clock_timestamp(), NULL::integer, e, a, r;
        RETURN;
    END IF;
    now_ := clock_timestamp();
    SELECT * INTO a FROM places_area WHERE id = e.area_id;
    IF NOT e.registration_required
        OR e.status <> 'approved'
        OR e.starts_at <= now_
        OR (e.registration_opens_at IS NOT NULL AND now_ < e.registration_opens_at)
        OR (e.registration_closes_at IS NOT NULL AND now_ >= e.registration_closes_at)
        OR p_companions > e.max_companions
    THEN
        RETURN QUERY SELECT 'refused'::text, now_, NULL::integer, e, a, r;
        RETURN;
    END IF;

    SELECT * INTO r FROM events_registration WHERE event_id = p_event AND resident_id = p_resident;
    IF FOUND AND r.status <> 'cancelled' THEN
        IF r.status = 'waitlisted' THEN
            SELECT count(*) + 1 INTO pos FROM events_registration
            WHERE event_id = p_event AND status = 'waitlisted' AND (queued_at, id) < (r.queued_at, r.id);
        END IF;
        RETURN QUERY SELECT 'existing'::text, now_, pos, e, a, r;
        RETURN;
    END IF;

    -- Whether anyone waits is one index probe; only a newcomer to the waiting list counts it.
    IF (e.capacity IS NULL OR e.confirmed_seats + seats <= e.capacity)
        AND NOT EXISTS (SELECT FROM events_registration WHERE event_id = p_event AND status = 'waitlisted')
    THEN
        new_status := 'confirmed';
        -- The value read under the lock plus the seats: what the lock guarantees, written as such.
        UPDATE events_event SET confirmed_seats = e.confirmed_seats + seats, updated_at = now_
        WHERE id = p_event RETURNING * INTO e;
    ELSE
        new_status := 'waitlisted';
        -- Rows already waiting were queued by earlier holders of the lock, so all of them are ahead.
        SELECT count(*) + 1 INTO pos FROM events_registration WHERE event_id = p_event AND status = 'waitlisted';
    END IF;

    IF r.id IS NULL THEN
        INSERT INTO events_registration (
            created_at, updated_at, event_id, resident_id, companions, audience_id, status, queued_at,
            check_in_code, checked_in_at, cancelled_at
        ) VALUES (now_, now_, p_event, p_resident, p_companions, p_audience, new_status, now_, p_code, NULL, NULL)
        RETURNING * INTO r;
    ELSE
        UPDATE events_registration SET
            updated_at = now_, companions = p_companions, audience_id = p_audience, status = new_status,
            queued_at = now_, checked_in_at = NULL, cancelled_at = NULL
        WHERE id = r.id RETURNING * INTO r;
    END IF;

    INSERT INTO common_auditentry (actor_id, action, target_type, target_id, changes, created_at)
    VALUES (
        p_resident, 'registration.created', 'events.registration', r.id::text,
        jsonb_build_object('event', p_event, 'status', new_status, 'companions', p_companions, 'audience', p_audience),
        now_
    );

    INSERT INTO notifications_notification ({_NOTIFICATION_COLUMNS})
    VALUES (
        now_, now_, p_resident, 'registration_' || new_status,
        'event:' || p_event || ':registration:' || r.id || ':' || new_status || ':' || {_EPOCH.format("now_")},
        p_event,
        jsonb_build_object(
            'title', e.title, 'starts_at', {_ISO.format("e.starts_at")}, 'position', pos, 'companions', p_companions
        ),
        now_, 'pending', 0, ''
    )
    ON CONFLICT ON CONSTRAINT notification_unique_subject DO NOTHING;

    IF new_status = 'confirmed' AND e.capacity IS NOT NULL AND e.confirmed_seats >= e.capacity THEN
        INSERT INTO notifications_notification ({_NOTIFICATION_COLUMNS})
        SELECT DISTINCT now_, now_, u.id, 'event_full', 'event:' || p_event || ':full', p_event,
            jsonb_build_object('title', e.title, 'capacity', e.capacity), now_, 'pending', 0, ''
        FROM accounts_user u JOIN places_membership m ON m.user_id = u.id
        WHERE m.organization_id = e.organization_id AND u.is_active
        ON CONFLICT ON CONSTRAINT notification_unique_subject DO NOTHING;
    END IF;

    RETURN QUERY SELECT 'created'::text, now_, pos, e, a, r;
END $$;
"""

DROP_FUNCTION = f"DROP FUNCTION IF EXISTS {FUNCTION}(bigint, bigint, integer, varchar, varchar);"
