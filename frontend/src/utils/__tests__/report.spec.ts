import { describe, expect, it } from 'vitest'

import type { EventReport } from '@/api/events'
import { emptyReportDraft, reportDraftFrom, reportDraftToInput } from '@/utils/report'

describe('report drafts', () => {
  it('sends only groups with walk-ins and complete material lines', () => {
    const draft = emptyReportDraft()
    draft.walkIns.youth = 12
    draft.walkIns.elderly = 3
    draft.materials = [
      { material: 4, quantity: 120 },
      { material: null, quantity: 5 },
    ]
    draft.expenditure = ' 350.50 '
    draft.summary = ' 顺利 '
    expect(reportDraftToInput(draft)).toEqual({
      walk_ins: [
        { audience: 'youth', count: 12 },
        { audience: 'elderly', count: 3 },
      ],
      materials: [{ material: 4, quantity: 120 }],
      expenditure: '350.50',
      summary: '顺利',
      online_attendance: 0,
    })
  })

  it('sends the online headcount, zero when none was entered', () => {
    const draft = emptyReportDraft()
    expect(reportDraftToInput(draft).online_attendance).toBe(0)
    draft.onlineAttendance = 70
    expect(reportDraftToInput(draft).online_attendance).toBe(70)
  })

  it('sends zero when no expenditure was entered', () => {
    expect(reportDraftToInput(emptyReportDraft()).expenditure).toBe('0')
  })

  it('prefills a returned report for refiling', () => {
    const report = {
      id: 1,
      event: 8,
      status: 'returned',
      checked_in: 17,
      walk_ins: 4,
      online_attendance: 30,
      attendance: 51,
      walk_ins_by_audience: [{ audience: 'farmers', count: 4 }],
      expenditure: '99.00',
      summary: 'ok',
      evidence: [],
      submitted_at: '2026-11-28T02:00:00Z',
      reviewed_at: null,
      review_comment: 'Add photos',
    } satisfies EventReport
    const draft = reportDraftFrom(report, [], ['youth', 'farmers'])
    expect(draft.walkIns.farmers).toBe(4)
    expect(draft.walkIns.youth).toBe(0)
    expect(draft.expenditure).toBe('99.00')
    expect(draft.onlineAttendance).toBe(30)
  })
})
