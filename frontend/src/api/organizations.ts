import type { operations } from './schema'
import { api, listAll, unwrap, type Schemas } from './client'

export type Organization = Schemas['OrganizationOutput']
export type OrganizationInput = Schemas['OrganizationInputRequest']
export type Member = Schemas['MemberOutput']
export type OrganizationQuery = NonNullable<operations['organizations_list']['parameters']['query']>

// Router-made routes document their ids as strings.
const byId = (id: number) => ({ params: { path: { id: String(id) } } })

export const organizationsApi = {
  all: (filters: Omit<OrganizationQuery, 'page' | 'page_size'> = {}) =>
    listAll((page) => unwrap(api.GET('/api/v1/organizations/', { params: { query: { ...filters, ...page } } }))),
  list: (query: OrganizationQuery, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/organizations/', { params: { query }, signal })),
  create: (input: OrganizationInput) => unwrap(api.POST('/api/v1/organizations/', { body: input })),
  update: (id: number, input: Partial<OrganizationInput>) =>
    unwrap(api.PATCH('/api/v1/organizations/{id}/', { ...byId(id), body: input })),
  remove: (id: number) => unwrap(api.DELETE('/api/v1/organizations/{id}/', byId(id))),
  members: (id: number, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/organizations/{id}/members/', { ...byId(id), signal })),
  /** Makes a registered person an organizer of the organization, by the mobile number they signed up with. */
  addMember: (id: number, phone: string) =>
    unwrap(api.POST('/api/v1/organizations/{id}/members/', { ...byId(id), body: { phone } })),
  removeMember: (id: number, userId: number) =>
    unwrap(api.DELETE('/api/v1/organizations/{id}/members/{user_id}/', { params: { path: { id: String(id), user_id: String(userId) } } })),
}
