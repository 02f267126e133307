import type { operations } from './schema'
import { api, unwrap, type Schemas } from './client'

export type StaffAccount = Schemas['StaffAccount']
export type StaffAppointInput = Schemas['StaffAppointInputRequest']
export type StaffUpdateInput = Schemas['PatchedStaffUpdateInputRequest']
export type StaffAccountQuery = NonNullable<operations['staff_accounts_list']['parameters']['query']>

// Router-made routes document their ids as strings.
const byId = (id: number) => ({ params: { path: { id: String(id) } } })

/** Administrators keep the association staff accounts and their areas. */
export const staffAccountsApi = {
  list: (query: StaffAccountQuery, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/staff-accounts/', { params: { query }, signal })),
  appoint: (input: StaffAppointInput) => unwrap(api.POST('/api/v1/staff-accounts/', { body: input })),
  update: (id: number, input: StaffUpdateInput) =>
    unwrap(api.PATCH('/api/v1/staff-accounts/{id}/', { ...byId(id), body: input })),
  /** No longer staff: a resident again, history kept. */
  revoke: (id: number) => unwrap(api.DELETE('/api/v1/staff-accounts/{id}/', byId(id))),
}
