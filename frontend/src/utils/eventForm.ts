import type { EventInput } from '@/api/events'
import type { ActivityType, Audience, Campaign, EventMode, Setting } from '@/api/choices'
import type { KepuEvent } from '@/api/events'
import { fromShanghaiLocal, toShanghaiLocal } from '@/utils/datetime'

/** The event form as people fill it: times are Shanghai wall-clock `YYYY-MM-DDTHH:mm`, money a string. */
export interface EventFormState {
  title: string
  description: string
  activity_type: ActivityType | ''
  organization: number | null
  setting: Setting | ''
  area: number | null
  mode: EventMode
  campaign: Campaign
  address: string
  online_url: string
  starts_at: string
  ends_at: string
  audiences: Audience[]
  registration_required: boolean
  unlimited: boolean
  capacity: number | null
  max_companions: number
  registration_opens_at: string
  registration_closes_at: string
  planned_budget: string
  reminder_hours: number[]
}

export function emptyEventForm(): EventFormState {
  return {
    title: '',
    description: '',
    activity_type: '',
    organization: null,
    setting: '',
    area: null,
    mode: 'offline',
    campaign: '',
    address: '',
    online_url: '',
    starts_at: '',
    ends_at: '',
    audiences: [],
    registration_required: true,
    unlimited: false,
    capacity: 50,
    max_companions: 0,
    registration_opens_at: '',
    registration_closes_at: '',
    planned_budget: '',
    reminder_hours: [24, 2],
  }
}

export function eventFormFrom(event: KepuEvent): EventFormState {
  return {
    title: event.title,
    description: event.description,
    activity_type: event.activity_type,
    organization: event.organization.id,
    setting: event.setting,
    area: event.area.id,
    mode: event.mode,
    campaign: event.campaign ?? '',
    address: event.address,
    online_url: event.online_url,
    starts_at: toShanghaiLocal(event.starts_at),
    ends_at: toShanghaiLocal(event.ends_at),
    audiences: [...event.audiences],
    registration_required: event.registration_required,
    unlimited: event.capacity === null,
    capacity: event.capacity ?? 50,
    max_companions: event.max_companions,
    registration_opens_at: toShanghaiLocal(event.registration_opens_at),
    registration_closes_at: toShanghaiLocal(event.registration_closes_at),
    planned_budget: event.planned_budget,
    reminder_hours: [...(event.reminder_hours ?? [])],
  }
}

/**
 * What the API gets. Setting and area are left out when empty so the API derives them from the host;
 * an event logged afterwards has no sign-up fields at all (the API refuses them).
 */
export function eventFormToInput(form: EventFormState, retrospective = false): EventInput {
  const input: EventInput = {
    title: form.title.trim(),
    description: form.description.trim(),
    activity_type: form.activity_type as ActivityType,
    organization: form.organization ?? 0,
    mode: form.mode,
    campaign: form.campaign || '',
    address: form.mode === 'online' ? '' : form.address.trim(),
    online_url: form.mode === 'offline' ? '' : form.online_url.trim(),
    starts_at: fromShanghaiLocal(form.starts_at) ?? '',
    ends_at: fromShanghaiLocal(form.ends_at) ?? '',
    audiences: [...form.audiences],
    planned_budget: form.planned_budget.trim() || '0',
    reminder_hours: [...form.reminder_hours].sort((a, b) => b - a),
  }
  if (form.setting) input.setting = form.setting
  if (form.area) input.area = form.area
  if (!retrospective) {
    input.registration_required = form.registration_required
    input.capacity = form.unlimited ? null : form.capacity
    input.max_companions = form.max_companions
    input.registration_opens_at = fromShanghaiLocal(form.registration_opens_at)
    input.registration_closes_at = fromShanghaiLocal(form.registration_closes_at)
  }
  return input
}
