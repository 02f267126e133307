import type { operations } from './schema'
import { api, unwrap, type Schemas } from './client'

export type Popularizer = Schemas['PopularizerOutput']
export type PopularizerInput = Schemas['PopularizerInputRequest']
export type PopularizerQuery = NonNullable<operations['popularizers_list']['parameters']['query']>
export type Volunteer = Schemas['VolunteerOutput']
export type VolunteerQuery = NonNullable<operations['volunteers_list']['parameters']['query']>
export type MyVolunteer = Schemas['MyVolunteer']
export type VolunteerRole = Schemas['VolunteerRoleOutput']
export type VolunteerRoleInput = Schemas['VolunteerRoleInputRequest']
export type VolunteerSignup = Schemas['VolunteerSignupOutput']
export type PersonnelFigures = Schemas['PersonnelFigures']
export type StatsQuery = NonNullable<operations['stats_personnel_retrieve']['parameters']['query']>

const byId = (id: number) => ({ params: { path: { id } } })

/** Popularizers (科普人员) of organizations, volunteers, their roles at events, check-in and hours. */
export const peopleApi = {
  popularizers: (query: PopularizerQuery, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/popularizers/', { params: { query }, signal })),
  createPopularizer: (input: PopularizerInput) => unwrap(api.POST('/api/v1/popularizers/', { body: input })),
  updatePopularizer: (id: number, input: Schemas['PatchedPopularizerInputRequest']) =>
    unwrap(api.PATCH('/api/v1/popularizers/{id}/', { ...byId(id), body: input })),
  removePopularizer: (id: number) => unwrap(api.DELETE('/api/v1/popularizers/{id}/', byId(id))),

  volunteers: (query: VolunteerQuery, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/volunteers/', { params: { query }, signal })),
  addVolunteer: (input: Schemas['VolunteerAddInputRequest']) =>
    unwrap(api.POST('/api/v1/volunteers/', { body: input })),
  me: (signal?: AbortSignal) => unwrap(api.GET('/api/v1/volunteers/me/', { signal })),
  register: (input: Schemas['VolunteerSelfInputRequest']) =>
    unwrap(api.PUT('/api/v1/volunteers/me/', { body: input })),
  withdraw: () => unwrap(api.DELETE('/api/v1/volunteers/me/')),
  certificateUrl: (year: number) => `/api/v1/volunteers/me/certificate/${year}/`,

  roles: (eventId: number, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/events/{id}/volunteer-roles/', { ...byId(eventId), signal })),
  createRole: (eventId: number, input: VolunteerRoleInput) =>
    unwrap(api.POST('/api/v1/events/{id}/volunteer-roles/', { ...byId(eventId), body: input })),
  updateRole: (id: number, input: Schemas['PatchedVolunteerRoleInputRequest']) =>
    unwrap(api.PATCH('/api/v1/volunteer-roles/{id}/', { ...byId(id), body: input })),
  removeRole: (id: number) => unwrap(api.DELETE('/api/v1/volunteer-roles/{id}/', byId(id))),
  signUp: (roleId: number) => unwrap(api.POST('/api/v1/volunteer-roles/{id}/sign-up/', byId(roleId))),

  mySignups: (signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/volunteer-signups/', { params: { query: { mine: true, page_size: 100 } }, signal })),
  eventVolunteers: (eventId: number, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/events/{id}/volunteers/', { ...byId(eventId), signal })),
  cancelSignup: (id: number) => unwrap(api.POST('/api/v1/volunteer-signups/{id}/cancel/', byId(id))),
  checkIn: (id: number) => unwrap(api.POST('/api/v1/volunteer-signups/{id}/check-in/', byId(id))),
  confirmHours: (eventId: number, hours: { signup: number; hours: string }[]) =>
    unwrap(api.POST('/api/v1/events/{id}/volunteer-hours/', { ...byId(eventId), body: { hours } })),

  figures: (query: StatsQuery, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/stats/personnel/', { params: { query }, signal })),
}
