import type { operations } from './schema'
import { api, listAll, unwrap, type Schemas } from './client'

export type Registration = Schemas['RegistrationOutput']
export type MyRegistration = Schemas['MyRegistration']
/** `event`: for the event's organizers all its registrants; for anyone else their own sign-up to it. */
export type RegistrationQuery = NonNullable<operations['registrations_list']['parameters']['query']>

const byId = (id: number) => ({ params: { path: { id } } })

export const registrationsApi = {
  /** A resident's own sign-ups; for an organizer with `event`, that event's registrants. */
  list: (query: RegistrationQuery = {}, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/registrations/', { params: { query }, signal })),
  /** Every registration of the list (own sign-ups, or an event's registrants), sorted by event start. */
  all: (filters: Omit<RegistrationQuery, 'page' | 'page_size'> = {}) =>
    listAll((page) => unwrap(api.GET('/api/v1/registrations/', { params: { query: { ...filters, ...page } } })), 10),
  get: (id: number, signal?: AbortSignal) => unwrap(api.GET('/api/v1/registrations/{id}/', { ...byId(id), signal })),
  create: (eventId: number, input: Schemas['SignUpInputRequest']) =>
    unwrap(api.POST('/api/v1/events/{id}/register/', { ...byId(eventId), body: input })),
  cancel: (id: number) => unwrap(api.POST('/api/v1/registrations/{id}/cancel/', byId(id))),
}
