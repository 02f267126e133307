import { api, listAll, unwrap, type Schemas } from './client'

export type Area = Schemas['AreaOutput']

export const areasApi = {
  all: () => listAll((page) => unwrap(api.GET('/api/v1/areas/', { params: { query: page } }))),
}
