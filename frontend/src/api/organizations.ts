import type { operations } from './schema'
import { api, listAll, unwrap, type Schemas } from './client'

export type Organization = Schemas['OrganizationOutput']
type OrganizationQuery = NonNullable<operations['organizations_list']['parameters']['query']>

export const organizationsApi = {
  all: (filters: Omit<OrganizationQuery, 'page' | 'page_size'> = {}) =>
    listAll((page) => unwrap(api.GET('/api/v1/organizations/', { params: { query: { ...filters, ...page } } }))),
}
