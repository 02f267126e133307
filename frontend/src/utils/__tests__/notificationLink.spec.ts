import { describe, expect, it } from 'vitest'

import type { Notification } from '@/api/notifications'
import { completeNotification } from '@/test/fixtures'
import { notificationLink } from '@/utils/notificationLink'

function note(kind: Notification['kind'], event: number | null = 12): Notification {
  return completeNotification({ id: 1, kind, kind_label: kind, title: '', body: '', event, due_at: '2026-11-28T00:00:00Z', read_at: null, is_read: false })
}

describe('notificationLink', () => {
  it('sends residents to the event', () => {
    expect(notificationLink(note('waitlist_promoted'), { isStaff: false })).toEqual({ name: 'event-detail', params: { id: 12 } })
  })

  it('sends organizers to their event, and to its report when the report is concerned', () => {
    expect(notificationLink(note('event_rejected'), { isStaff: false })).toEqual({ name: 'organizer-event', params: { id: 12 } })
    expect(notificationLink(note('report_returned'), { isStaff: false })).toEqual({
      name: 'organizer-event',
      params: { id: 12, tab: 'report' },
    })
  })

  it('sends staff to their queue or dashboard', () => {
    expect(notificationLink(note('approval_pending'), { isStaff: true })).toEqual({ name: 'staff-approvals' })
    expect(notificationLink(note('weekly_digest', null), { isStaff: true })).toEqual({ name: 'staff-dashboard' })
  })

  it('has nowhere to go without an event', () => {
    expect(notificationLink(note('event_reminder', null), { isStaff: false })).toBeNull()
  })
})
