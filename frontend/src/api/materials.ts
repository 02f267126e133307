import type { operations } from './schema'
import { api, listAll, unwrap, type Schemas } from './client'

export type Material = Schemas['Material']
export type CatalogAction = Schemas['PaginatedMaterialList']['allowed_actions'][number]
export type MaterialInput = Schemas['MaterialInputRequest']
export type Distribution = Schemas['Distribution']
export type MaterialQuery = NonNullable<operations['materials_list']['parameters']['query']>

// Router-made routes document their ids as strings.
const byId = (id: number) => ({ params: { path: { id: String(id) } } })

export const materialsApi = {
  all: () => listAll((page) => unwrap(api.GET('/api/v1/materials/', { params: { query: page } }))),
  list: (query: MaterialQuery, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/materials/', { params: { query }, signal })),
  create: (input: MaterialInput) => unwrap(api.POST('/api/v1/materials/', { body: input })),
  update: (id: number, input: Partial<MaterialInput>) =>
    unwrap(api.PATCH('/api/v1/materials/{id}/', { ...byId(id), body: input })),
  remove: (id: number) => unwrap(api.DELETE('/api/v1/materials/{id}/', byId(id))),
  /** Materials handed out at one event (written by its post-event report). */
  distributedAt: (eventId: number) =>
    listAll((page) => unwrap(api.GET('/api/v1/distributions/', { params: { query: { event: eventId, ...page } } })), 5),
}
