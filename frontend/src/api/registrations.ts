import { http, type Page } from './http'
import type { Registration, RegistrationStatus } from './types'

export interface RegistrationQuery {
  event?: number
  status?: RegistrationStatus | ''
  /** `true`: events still to come; `false`: past events. */
  upcoming?: boolean
  q?: string
  page?: number
  page_size?: number
}

export const registrationsApi = {
  /** A resident's own sign-ups; for an organizer with `event`, that event's registrants. */
  list: (query: RegistrationQuery = {}, signal?: AbortSignal) =>
    http.get<Page<Registration>>('/api/v1/registrations/', { query: { ...query }, signal }),
  create: (eventId: number, input: { companions: number }) =>
    http.post<Registration>(`/api/v1/events/${eventId}/register/`, input),
  cancel: (id: number) => http.post<Registration>(`/api/v1/registrations/${id}/cancel/`),
}
