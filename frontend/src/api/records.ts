import { http, type Page } from './http'

export interface FailedNotification {
  id: number
  kind: string
  kind_label: string
  recipient_name: string
  /** Masked, e.g. 138****1234. */
  recipient_phone: string
  event: number | null
  event_title: string | null
  due_at: string
  attempts: number
  last_error: string
  deliveries: Array<{ channel: string; state: string; attempts: number; sent_at: string | null; last_error: string }>
}

export interface AuditEntry {
  id: number
  actor: { id: number; name: string; phone: string } | null
  action: string
  target_type: string
  target_id: string
  changes: Record<string, unknown>
  created_at: string
}

export interface AuditQuery {
  action?: string
  target_type?: string
  target_id?: string
  date_from?: string
  date_to?: string
  page?: number
  page_size?: number
}

/** Staff follow-up: deliveries that failed for good, and who changed what. */
export const recordsApi = {
  failedNotifications: (query: { page?: number; page_size?: number }, signal?: AbortSignal) =>
    http.get<Page<FailedNotification>>('/api/v1/notifications/failed/', { query, signal }),
  audit: (query: AuditQuery, signal?: AbortSignal) =>
    http.get<Page<AuditEntry>>('/api/v1/audit/', { query: { ...query }, signal }),
}
