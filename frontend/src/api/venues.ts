import type { operations } from './schema'
import { api, unwrap, type Schemas } from './client'

export type Venue = Schemas['VenueOutput']
export type VenueInput = Schemas['VenueInputRequest']
export type VenueQuery = NonNullable<operations['venues_list']['parameters']['query']>
export type VenueKind = Schemas['VenueKindEnum']
export type VenueKindInfo = Schemas['VenueKind']
export type GalleryRefresh = Schemas['GalleryRefreshOutput']
export type VenueFigures = Schemas['VenueFigures']
export type StatsQuery = NonNullable<operations['stats_venues_retrieve']['parameters']['query']>

const byId = (id: number) => ({ params: { path: { id } } })

/** Venues of the survey's kinds (科普场地), the venue of an event, and galleries' refresh logs. */
export const venuesApi = {
  list: (query: VenueQuery, signal?: AbortSignal) => unwrap(api.GET('/api/v1/venues/', { params: { query }, signal })),
  kinds: (signal?: AbortSignal) => unwrap(api.GET('/api/v1/venues/kinds/', { signal })),
  create: (input: VenueInput) => unwrap(api.POST('/api/v1/venues/', { body: input })),
  update: (id: number, input: Schemas['PatchedVenueInputRequest']) =>
    unwrap(api.PATCH('/api/v1/venues/{id}/', { ...byId(id), body: input })),
  remove: (id: number) => unwrap(api.DELETE('/api/v1/venues/{id}/', byId(id))),

  refreshes: (id: number, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/venues/{id}/refreshes/', { ...byId(id), signal })),
  recordRefresh: (id: number, input: { date: string; theme: string; photo?: File | null }) =>
    unwrap(
      api.POST('/api/v1/venues/{id}/refreshes/', {
        ...byId(id),
        body: { date: input.date, theme: input.theme, photo: input.photo ?? undefined } as never,
        bodySerializer: () => {
          const form = new FormData()
          form.append('date', input.date)
          form.append('theme', input.theme)
          if (input.photo) form.append('photo', input.photo)
          return form
        },
      }),
    ),
  removeRefresh: (id: number, refreshId: number) =>
    unwrap(
      api.DELETE('/api/v1/venues/{id}/refreshes/{refresh_id}/', { params: { path: { id, refresh_id: refreshId } } }),
    ),

  eventVenue: (eventId: number, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/events/{id}/venue/', { ...byId(eventId), signal })),
  setEventVenue: (eventId: number, venue: number) =>
    unwrap(api.PUT('/api/v1/events/{id}/venue/', { ...byId(eventId), body: { venue } })),
  clearEventVenue: (eventId: number) => unwrap(api.DELETE('/api/v1/events/{id}/venue/', byId(eventId))),

  figures: (query: StatsQuery, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/stats/venues/', { params: { query }, signal })),
}
