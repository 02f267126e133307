/** The API's choice keys in display order, checked against the enums of its OpenAPI schema. */
import type { Schemas } from './client'

export type Setting = Schemas['SettingEnum']
export type ActivityType = Schemas['ActivityTypeEnum']
export type EventMode = Schemas['ModeEnum']
export type EventStatus = Schemas['EventStatusEnum']
export type Campaign = Schemas['CampaignEnum'] | Schemas['BlankEnum']
export type RegistrationStatus = Schemas['RegistrationStatusEnum']
export type ReportStatus = Schemas['ReportStatusEnum']
export type EvidenceKind = Schemas['EvidenceKindEnum']
export type Role = Schemas['RoleEnum']
export type AreaLevel = Schemas['LevelEnum']

/** Audiences are rows of a reference table, so the schema knows them only as strings. */
export type Audience = string

/** Every key of the union, once, in our order (a missing or unknown key fails the type-check). */
function allOf<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)) => list
}

export const SETTINGS = allOf<Setting>()(['community', 'school', 'village', 'enterprise', 'agency'])
export const ACTIVITY_TYPES = allOf<ActivityType>()([
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
])
export const AUDIENCES = [
  'youth',
  'urban_residents',
  'farmers',
  'industrial_workers',
  'elderly',
  'cadres',
  'general_public',
] as const satisfies readonly Audience[]
export const EVENT_MODES = allOf<EventMode>()(['offline', 'online', 'mixed'])
export const EVENT_STATUSES = allOf<EventStatus>()([
  'draft',
  'submitted',
  'approved',
  'rejected',
  'cancelled',
  'completed',
  'reported',
])
export const CAMPAIGNS = allOf<Exclude<Campaign, ''>>()(['science_week', 'science_day', 'science_month', 'other'])
export const EVIDENCE_KINDS = allOf<EvidenceKind>()(['photo', 'sign_in_sheet', 'other'])
export const AREA_LEVELS = allOf<AreaLevel>()(['district', 'subdistrict', 'town', 'township', 'community', 'village'])

export type FundingSource = Schemas['FundingSourceEnum']
export type FundingDirection = Schemas['FundingDirectionEnum']
export type SpendingCategory = Schemas['SpendingCategoryEnum']
export type MaterialKind = Schemas['MaterialKindEnum']
export const FUNDING_SOURCES = allOf<FundingSource>()(['government', 'donation', 'self_raised', 'other'])
export const FUNDING_DIRECTIONS = allOf<FundingDirection>()(['income', 'expenditure'])
export const SPENDING_CATEGORIES = allOf<SpendingCategory>()(['administration', 'activities', 'venue', 'exhibits', 'other'])
export const MATERIAL_KINDS = allOf<MaterialKind>()(['brochure', 'poster', 'booklet', 'kit', 'video', 'other'])
