// Complete API objects for tests: a test names the fields it is about, the rest get neutral values.
import type { KepuEvent } from '@/api/events'
import type { Notification } from '@/api/notifications'
import type { Registration } from '@/api/registrations'

const START = '2026-12-05T01:30:00Z'
const END = '2026-12-05T03:30:00Z'

export function completeEvent(fields: Partial<KepuEvent> = {}): KepuEvent {
  return {
    id: 1,
    title: 'Event',
    description: '',
    activity_type: 'lecture',
    setting: 'community',
    mode: 'offline',
    campaign: '',
    area: { id: 1, name: 'Area' },
    organization: { id: 1, name: 'Organization' },
    address: '',
    online_url: '',
    starts_at: START,
    ends_at: END,
    audiences: [],
    registration_required: true,
    capacity: null,
    max_companions: 0,
    registration_opens_at: null,
    registration_closes_at: null,
    seats_left: null,
    confirmed_count: 0,
    waitlist_count: 0,
    is_large_scale: false,
    marked_large_scale: false,
    status: 'approved',
    status_reason: '',
    logged_afterwards: false,
    planned_budget: '0.00',
    reminder_hours: [],
    check_in_opens_minutes: 120,
    check_in_closes_minutes: 0,
    check_in_opens_at: '2026-12-04T23:30:00Z',
    check_in_closes_at: END,
    submitted_at: null,
    approved_at: null,
    my_registration: null,
    is_public: true,
    sign_up: 'open',
    allowed_actions: [],
    ...fields,
  }
}

type RegistrationFields = Omit<Partial<Registration>, 'event'> & { event?: Partial<Registration['event']> }

export function completeRegistration(fields: RegistrationFields = {}): Registration {
  const { event, ...rest } = fields
  return {
    id: 1,
    status: 'confirmed',
    position: null,
    companions: 0,
    audience: null,
    queued_at: null,
    check_in_code: null,
    checked_in_at: null,
    cancelled_at: null,
    created_at: '2026-11-01T00:00:00Z',
    resident: null,
    ...rest,
    event: {
      id: 1,
      title: 'Event',
      starts_at: START,
      ends_at: END,
      status: 'approved',
      area: { id: 1, name: 'Area' },
      address: '',
      mode: 'offline',
      online_url: '',
      ...event,
    },
  }
}

export function completeNotification(fields: Partial<Notification> = {}): Notification {
  return {
    id: 1,
    kind: 'event_approved',
    kind_label: '',
    title: '',
    body: '',
    event: null,
    due_at: '2026-11-28T00:00:00Z',
    read_at: null,
    is_read: false,
    ...fields,
  }
}
