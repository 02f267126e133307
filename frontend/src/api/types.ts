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
] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

export const ROLES = ['resident', 'organizer', 'staff', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const AREA_LEVELS = ['district', 'subdistrict', 'town', 'township', 'community', 'village'] as const
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
  /** Django language code: `zh-hans` or `en`. */
  language: string
  email: string
  organizations: Array<NamedRef & { setting: Setting }>
  staff_area: (NamedRef & { level: AreaLevel }) | null
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

export const CAMPAIGNS = ['science_week', 'science_day', 'science_month', 'other'] as const
export type Campaign = (typeof CAMPAIGNS)[number] | ''

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

export const REPORT_STATUSES = ['submitted', 'accepted', 'returned'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

export const MATERIAL_KINDS = ['brochure', 'poster', 'booklet', 'kit', 'video', 'other'] as const
export type MaterialKind = (typeof MATERIAL_KINDS)[number]

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
  /** Why it was rejected or cancelled. */
  status_reason?: string
  campaign?: Campaign
  seats_left: number | null
  marked_large_scale?: boolean
  /** Whether the viewer (staff covering the area) may mark or unmark it large-scale. */
  can_mark_large_scale?: boolean
  logged_afterwards?: boolean
  reminder_hours?: number[]
  submitted_at?: string | null
  approved_at?: string | null
  /** The viewer's own sign-up, null when none or anonymous. */
  my_registration?: MyRegistration | null
  confirmed_count: number
  waitlist_count: number
  is_large_scale: boolean
}

export interface MyRegistration {
  id: number
  status: RegistrationStatus
  /** 1-based place on the waiting list, null unless waitlisted. */
  position: number | null
  companions: number
}

/** The event as embedded in a registration or a notification. */
export interface EventBrief {
  id: number
  title: string
  starts_at: string
  ends_at: string
  status?: EventStatus
  area?: NamedRef
  address?: string
  mode?: EventMode
  online_url?: string
}

export interface PersonRef {
  name: string
  phone: string
}

export interface Registration {
  id: number
  event: EventBrief
  /** Only for the resident and the event's organizers. */
  resident: PersonRef | null
  status: RegistrationStatus
  companions: number
  /** Only for the resident themself, never for a cancelled registration. */
  check_in_code: string | null
  /** 1-based place on the waiting list, null unless waitlisted. */
  position: number | null
  queued_at?: string | null
  checked_in_at: string | null
  cancelled_at?: string | null
  created_at: string
}

export interface Material {
  id: number
  name: string
  kind: MaterialKind
  unit: string
  description?: string
  is_active?: boolean
}

export interface Distribution {
  id: number
  material: number
  material_name: string
  material_kind: MaterialKind
  quantity: number
  date: string
  area: number | null
  area_name: string | null
  event: number | null
  event_title: string | null
  channel: string
  note: string
}

export interface WalkInCount {
  audience: Audience
  count: number
}

export interface CheckInResult {
  registration: number
  name: string
  phone: string
  companions: number
  checked_in_at: string
}

export interface MaterialLine {
  material: number
  quantity: number
}

export const EVIDENCE_KINDS = ['photo', 'sign_in_sheet', 'other'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

export interface Evidence {
  id: number
  kind: EvidenceKind
  /** URL the API serves the file from, with its permission checks. */
  url: string
  created_at?: string
}

export interface EventReport {
  id: number
  event: number
  status: ReportStatus
  checked_in: number
  walk_ins: number
  online_attendance?: number
  attendance: number
  walk_ins_by_audience: WalkInCount[]
  expenditure: string
  summary: string
  evidence: Evidence[]
  submitted_at: string
  reviewed_at: string | null
  review_comment: string
}

export interface Notification {
  id: number
  kind: string
  kind_label: string
  /** Rendered in the reader's language by the API. */
  title: string
  body: string
  event: number | null
  due_at: string
  read_at: string | null
  is_read: boolean
}

export function refId(value: { id: number } | number | null | undefined): number | null {
  if (value === null || value === undefined) return null
  return typeof value === 'number' ? value : value.id
}
