/** Shapes of the API's resources, as documented by /api/schema/. */

export const SETTINGS = ['community', 'school', 'village', 'enterprise', 'agency'] as const
export type Setting = (typeof SETTINGS)[number]

export const ACTIVITY_TYPES = [
  'lecture',
  'exhibition',
  'contest',
  'training',
  'youth_group',
  'camp',
  'open_day',
  'consultation',
  'show',
  'intl_exchange',
  'other',
] as const
export type ActivityType = (typeof ACTIVITY_TYPES)[number]

export const AUDIENCES = [
  'youth',
  'urban_residents',
  'farmers',
  'industrial_workers',
  'elderly',
  'cadres',
  'general_public',
] as const
export type Audience = (typeof AUDIENCES)[number]

export const EVENT_MODES = ['offline', 'online', 'mixed'] as const
export type EventMode = (typeof EVENT_MODES)[number]

export const EVENT_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'cancelled',
  'completed',
  'reported',
  'accepted',
] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

export const ROLES = ['resident', 'organizer', 'staff', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const AREA_LEVELS = ['district', 'subdistrict', 'town', 'community', 'village'] as const
export type AreaLevel = (typeof AREA_LEVELS)[number]

export interface NamedRef {
  id: number
  name: string
}

export interface User {
  id: number
  phone: string
  name: string
  role: Role
  language: string
  organizations: NamedRef[]
  staff_area: NamedRef | null
  is_superuser: boolean
}

export interface Area {
  id: number
  name: string
  level: AreaLevel
  parent: number | null
  code: string
}

export interface Organization {
  id: number
  name: string
  setting: Setting
  area: NamedRef | number
}

export interface KepuEvent {
  id: number
  title: string
  description: string
  activity_type: ActivityType
  setting: Setting
  mode: EventMode
  area: NamedRef
  organization: NamedRef
  address: string
  online_url: string
  starts_at: string
  ends_at: string
  capacity: number | null
  registration_required: boolean
  registration_opens_at: string | null
  registration_closes_at: string | null
  max_companions: number
  audiences: Audience[]
  planned_budget: string
  status: EventStatus
  seats_left: number | null
  confirmed_count: number
  waitlist_count: number
  is_large_scale: boolean
}
