import { api, listAll, unwrap, type Schemas } from './client'

export type Material = Schemas['Material']
export type Distribution = Schemas['Distribution']

export const materialsApi = {
  all: () => listAll((page) => unwrap(api.GET('/api/v1/materials/', { params: { query: page } }))),
  /** Materials handed out at one event (written by its post-event report). */
  distributedAt: (eventId: number) =>
    listAll((page) => unwrap(api.GET('/api/v1/distributions/', { params: { query: { event: eventId, ...page } } })), 5),
}
