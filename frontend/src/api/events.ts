import { buildUrl, http, listAll, type Page } from './http'
import type {
  ActivityType,
  Audience,
  Campaign,
  CheckInResult,
  EventMode,
  EventReport,
  EventStatus,
  Evidence,
  EvidenceKind,
  KepuEvent,
  ReportStatus,
  Setting,
} from './types'

export interface EventFilters {
  area?: number | null
  setting?: Setting | ''
  activity_type?: ActivityType | ''
  audience?: Audience | ''
  status?: EventStatus | ''
  organization?: number
  mode?: string
  /** `YYYY-MM-DD`, a Shanghai calendar day, included. */
  starts_after?: string
  /** `YYYY-MM-DD`, a Shanghai calendar day, included. */
  starts_before?: string
  q?: string
  /** Only published events that have not ended. */
  upcoming?: boolean
  /** Every state of the organizer's own organizations' events. */
  mine?: boolean
  /** Events whose post-event report is in this state (the review queue). */
  report_status?: ReportStatus
}

export interface EventListQuery extends EventFilters {
  page?: number
  page_size?: number
}

/** What an organizer may set on an event; the API refuses any other field. */
export interface EventInput {
  title: string
  description?: string
  activity_type: ActivityType
  /** Follows from the host organization when left out. */
  setting?: Setting
  mode?: EventMode
  campaign?: Campaign
  organization: number
  /** Follows from the host organization when left out. */
  area?: number
  address?: string
  online_url?: string
  starts_at: string
  ends_at: string
  audiences?: Audience[]
  registration_required?: boolean
  capacity?: number | null
  max_companions?: number
  registration_opens_at?: string | null
  registration_closes_at?: string | null
  planned_budget?: string
  reminder_hours?: number[]
}

export interface ReportInput {
  walk_ins: Array<{ audience: Audience; count: number }>
  materials: Array<{ material: number; quantity: number }>
  expenditure: string
  summary: string
  /** Headcount of an online event, or of a mixed event's online part. */
  online_attendance?: number
}

export const eventsApi = {
  list: (query: EventListQuery = {}, signal?: AbortSignal) =>
    http.get<Page<KepuEvent>>('/api/v1/events/', { query: { ...query }, signal }),
  /** Every event matching the filters, for bounded ranges such as one calendar month. */
  all: (query: EventFilters = {}) => listAll<KepuEvent>('/api/v1/events/', { ...query }, 5),
  get: (id: number, signal?: AbortSignal) => http.get<KepuEvent>(`/api/v1/events/${id}/`, { signal }),
  create: (input: EventInput) => http.post<KepuEvent>('/api/v1/events/', input),
  update: (id: number, input: Partial<Omit<EventInput, 'organization'>>) =>
    http.patch<KepuEvent>(`/api/v1/events/${id}/`, input),
  /** An event that already took place, logged together with its report. */
  createRetrospective: (input: EventInput & { report: ReportInput }) =>
    http.post<KepuEvent>('/api/v1/events/retrospective/', input),

  submit: (id: number) => http.post<KepuEvent>(`/api/v1/events/${id}/submit/`),
  approve: (id: number) => http.post<KepuEvent>(`/api/v1/events/${id}/approve/`),
  reject: (id: number, reason: string) => http.post<KepuEvent>(`/api/v1/events/${id}/reject/`, { reason }),
  cancel: (id: number, reason: string) => http.post<KepuEvent>(`/api/v1/events/${id}/cancel/`, { reason }),
  complete: (id: number) => http.post<KepuEvent>(`/api/v1/events/${id}/complete/`),
  /** Staff mark (or unmark) an event large-scale whatever its attendance. */
  markLargeScale: (id: number, marked: boolean) => http.post<KepuEvent>(`/api/v1/events/${id}/large-scale/`, { marked }),

  checkIn: (id: number, code: string) => http.post<CheckInResult>(`/api/v1/events/${id}/check-in/`, { code }),
  registrantsCsvUrl: (id: number) => `/api/v1/events/${id}/registrants.csv`,
  calendarUrl: (id: number) => `/api/v1/events/${id}/calendar.ics`,
  /** An iCalendar feed of upcoming published events matching the filters, for calendar apps. */
  feedUrl: (filters: EventFilters = {}) => {
    const { upcoming: _upcoming, starts_after: _after, starts_before: _before, ...rest } = filters
    return buildUrl('/api/v1/calendar.ics', { ...rest })
  },

  getReport: (id: number, signal?: AbortSignal) => http.get<EventReport>(`/api/v1/events/${id}/report/`, { signal }),
  submitReport: (id: number, input: ReportInput) => http.post<EventReport>(`/api/v1/events/${id}/report/`, input),
  reviewReport: (id: number, decision: 'accept' | 'return', comment = '') =>
    http.post<EventReport>(`/api/v1/events/${id}/report/review/`, { decision, comment }),
  uploadEvidence: (id: number, kind: EvidenceKind, file: File) => {
    const body = new FormData()
    body.append('kind', kind)
    body.append('file', file)
    return http.post<Evidence>(`/api/v1/events/${id}/report/evidence/`, body)
  },
}
