import type { operations } from './schema'
import { api, unwrap, type Schemas } from './client'

export type FailedNotification = Schemas['FailedNotificationOutput']
export type AuditEntry = Schemas['AuditEntry']
export type AuditQuery = NonNullable<operations['audit_list']['parameters']['query']>

/** Staff follow-up: deliveries that failed for good, and who changed what. */
export const recordsApi = {
  failedNotifications: (query: { page?: number; page_size?: number }, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/notifications/failed/', { params: { query }, signal })),
  audit: (query: AuditQuery, signal?: AbortSignal) => unwrap(api.GET('/api/v1/audit/', { params: { query }, signal })),
}
