import type { RouteLocationRaw } from 'vue-router'

import type { Notification } from '@/api/notifications'

const ORGANIZER_KINDS = new Set(['event_approved', 'event_rejected', 'event_full'])
const REPORT_KINDS = new Set(['report_due', 'report_overdue', 'report_accepted', 'report_returned'])

/** Where a notification leads: organizers to their event's page, staff to their queues, residents to the event. */
export function notificationLink(item: Notification, options: { isStaff: boolean }): RouteLocationRaw | null {
  if (item.kind === 'approval_pending' && options.isStaff) return { name: 'staff-approvals' }
  if (item.kind === 'weekly_digest' || item.kind === 'funding_behind') {
    return options.isStaff ? { name: 'staff-dashboard' } : null
  }
  if (item.event === null) return null
  if (REPORT_KINDS.has(item.kind)) return { name: 'organizer-event', params: { id: item.event, tab: 'report' } }
  if (ORGANIZER_KINDS.has(item.kind)) return { name: 'organizer-event', params: { id: item.event } }
  return { name: 'event-detail', params: { id: item.event } }
}
