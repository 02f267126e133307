/** The API's choice values, as its OpenAPI schema names them; their labels come from `stores/choices`. */
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
export type FundingSource = Schemas['FundingSourceEnum']
export type FundingDirection = Schemas['FundingDirectionEnum']
export type SpendingCategory = Schemas['SpendingCategoryEnum']
export type MaterialKind = Schemas['MaterialKindEnum']
