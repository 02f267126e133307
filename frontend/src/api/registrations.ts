import { http, listAll, type Page } from './http'
import type { Registration } from './types'

export interface RegistrationQuery {
  /** For the event's organizers: all its registrants; for anyone else: their own sign-up to it. */
  event?: number
  page?: number
  page_size?: number
}

export const registrationsApi = {
  /** A resident's own sign-ups; for an organizer with `event`, that event's registrants. */
  list: (query: RegistrationQuery = {}, signal?: AbortSignal) =>
    http.get<Page<Registration>>('/api/v1/registrations/', { query: { ...query }, signal }),
  /** Every registration of the list (own sign-ups, or an event's registrants), sorted by event start. */
  all: (query: Omit<RegistrationQuery, 'page' | 'page_size'> = {}) =>
    listAll<Registration>('/api/v1/registrations/', { ...query }, 10),
  get: (id: number, signal?: AbortSignal) => http.get<Registration>(`/api/v1/registrations/${id}/`, { signal }),
  create: (eventId: number, input: { companions: number }) =>
    http.post<Registration>(`/api/v1/events/${eventId}/register/`, input),
  cancel: (id: number) => http.post<Registration>(`/api/v1/registrations/${id}/cancel/`),
}
