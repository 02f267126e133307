import type { operations } from './schema'
import { api, buildUrl, listAll, unwrap, type Schemas } from './client'
import type { EvidenceKind } from './choices'

export type KepuEvent = Schemas['EventOutput']
/** A step the caller may take with an event now, as the API lists them in `allowed_actions`. */
export type EventAction = Schemas['EventActionEnum']
export type EventReport = Schemas['ReportOutput']
export type Evidence = Schemas['EvidenceOutput']
export type CheckInResult = Schemas['CheckInOutput']
/** What an organizer may set on an event; the API refuses any other field. */
export type EventInput = Schemas['EventInputRequest']
export type EventUpdate = Schemas['PatchedEventUpdateRequest']
export type ReportInput = Required<Schemas['ReportInputRequest']>

export type ReviewQueueItem = Schemas['ReportQueueItem']
export type ReportQueueQuery = NonNullable<operations['events_report_queue']['parameters']['query']>
export type ApprovalQueueQuery = NonNullable<operations['events_approval_queue']['parameters']['query']>

/** The event list's query: filters, plus `page` and `page_size`. */
export type EventListQuery = NonNullable<operations['events_list']['parameters']['query']>
export type EventFilters = Omit<EventListQuery, 'page' | 'page_size'>

const byId = (id: number) => ({ params: { path: { id } } })

/** Whether the API offers the caller this step with the event now (it has the rules; the app has none). */
export function allows(event: Pick<KepuEvent, 'allowed_actions'> | null | undefined, action: EventAction): boolean {
  return !!event?.allowed_actions.includes(action)
}

export const eventsApi = {
  list: (query: EventListQuery = {}, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/events/', { params: { query }, signal })),
  /** Every event matching the filters, for bounded ranges such as one calendar month. */
  all: (filters: EventFilters = {}) =>
    listAll((page) => unwrap(api.GET('/api/v1/events/', { params: { query: { ...filters, ...page } } })), 5),
  get: (id: number, signal?: AbortSignal) => unwrap(api.GET('/api/v1/events/{id}/', { ...byId(id), signal })),
  create: (input: EventInput) => unwrap(api.POST('/api/v1/events/', { body: input })),
  update: (id: number, input: EventUpdate) => unwrap(api.PATCH('/api/v1/events/{id}/', { ...byId(id), body: input })),
  /** An event that already took place, logged together with its report. */
  createRetrospective: (input: Schemas['RetrospectiveInputRequest']) =>
    unwrap(api.POST('/api/v1/events/retrospective/', { body: input })),

  submit: (id: number) => unwrap(api.POST('/api/v1/events/{id}/submit/', byId(id))),
  approve: (id: number) => unwrap(api.POST('/api/v1/events/{id}/approve/', byId(id))),
  reject: (id: number, reason: string) =>
    unwrap(api.POST('/api/v1/events/{id}/reject/', { ...byId(id), body: { reason } })),
  cancel: (id: number, reason: string) =>
    unwrap(api.POST('/api/v1/events/{id}/cancel/', { ...byId(id), body: { reason } })),
  complete: (id: number) => unwrap(api.POST('/api/v1/events/{id}/complete/', byId(id))),
  /** Staff mark (or unmark) an event large-scale whatever its attendance. */
  markLargeScale: (id: number, marked: boolean) =>
    unwrap(api.POST('/api/v1/events/{id}/large-scale/', { ...byId(id), body: { marked } })),

  checkIn: (id: number, code: string) =>
    unwrap(api.POST('/api/v1/events/{id}/check-in/', { ...byId(id), body: { code } })),
  registrantsCsvUrl: (id: number) => `/api/v1/events/${id}/registrants.csv`,
  /** Print-ready A4 poster and a picture for chat groups, both with a QR code to the event's page. */
  posterUrl: (id: number) => `/api/v1/events/${id}/poster.pdf`,
  shareImageUrl: (id: number) => `/api/v1/events/${id}/share.png`,
  signInSheetUrl: (id: number) => `/api/v1/events/${id}/sign-in-sheet.pdf`,
  calendarUrl: (id: number) => `/api/v1/events/${id}/calendar.ics`,
  /** An iCalendar feed of upcoming published events matching the filters, for calendar apps. */
  feedUrl: (filters: EventFilters = {}) => {
    const { upcoming: _upcoming, starts_after: _after, starts_before: _before, ...rest } = filters
    return buildUrl('/api/v1/calendar.ics', { ...rest })
  },

  /** Submitted events of the reviewer's own area subtree, longest waiting first. */
  approvalQueue: (query: ApprovalQueueQuery, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/events/approvals/', { params: { query }, signal })),
  /** All or none. */
  approveBatch: (events: number[]) => unwrap(api.POST('/api/v1/events/approve/', { body: { events } })),
  /** Post-event reports of the reviewer's own area subtree (waiting for review unless `status` says otherwise). */
  reportQueue: (query: ReportQueueQuery, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/events/reports/', { params: { query }, signal })),
  /** All or none. */
  acceptReports: (events: number[]) => unwrap(api.POST('/api/v1/events/reports/accept/', { body: { events } })),

  getReport: (id: number, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/events/{id}/report/', { ...byId(id), signal })),
  submitReport: (id: number, input: ReportInput) =>
    unwrap(api.POST('/api/v1/events/{id}/report/', { ...byId(id), body: input })),
  reviewReport: (id: number, decision: 'accept' | 'return', comment = '') =>
    unwrap(api.POST('/api/v1/events/{id}/report/review/', { ...byId(id), body: { decision, comment } })),
  uploadEvidence: (id: number, kind: EvidenceKind, file: File) =>
    unwrap(
      api.POST('/api/v1/events/{id}/report/evidence/', {
        ...byId(id),
        body: { kind, file },
        bodySerializer: (body) => {
          const form = new FormData()
          form.append('kind', body.kind)
          form.append('file', body.file)
          return form
        },
      }),
    ),
}
