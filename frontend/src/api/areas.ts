import { api, listAll, unwrap, type Schemas } from './client'

export type Area = Schemas['AreaOutput']
export type AreaInput = Schemas['AreaInputRequest']

// Router-made routes document their ids as strings.
const byId = (id: number) => ({ params: { path: { id: String(id) } } })

export const areasApi = {
  all: () => listAll((page) => unwrap(api.GET('/api/v1/areas/', { params: { query: page } }))),
  create: (input: AreaInput) => unwrap(api.POST('/api/v1/areas/', { body: input })),
  update: (id: number, input: Partial<AreaInput>) =>
    unwrap(api.PATCH('/api/v1/areas/{id}/', { ...byId(id), body: input })),
  remove: (id: number) => unwrap(api.DELETE('/api/v1/areas/{id}/', byId(id))),
}
