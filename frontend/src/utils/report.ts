import type { ReportInput } from '@/api/events'
import type { Audience } from '@/api/choices'
import type { Distribution } from '@/api/materials'
import type { EventReport } from '@/api/events'

/** The editable part of a post-event report; quantities are integers, money a decimal string. */
export interface ReportDraft {
  walkIns: Record<Audience, number>
  /** Headcount of an online event, or of a mixed event's online part. */
  onlineAttendance: number
  materials: Array<{ material: number | null; quantity: number }>
  expenditure: string
  summary: string
}

/** `audiences`: the keys of the groups the form shows, each starting at zero. */
export function emptyReportDraft(audiences: readonly Audience[] = []): ReportDraft {
  return {
    walkIns: Object.fromEntries(audiences.map((key) => [key, 0])),
    onlineAttendance: 0,
    materials: [],
    expenditure: '',
    summary: '',
  }
}

export function reportDraftToInput(draft: ReportDraft): ReportInput {
  return {
    walk_ins: Object.entries(draft.walkIns)
      .filter(([, count]) => count > 0)
      .map(([audience, count]) => ({ audience, count })),
    materials: draft.materials
      .filter((line): line is { material: number; quantity: number } => line.material !== null && line.quantity > 0)
      .map((line) => ({ material: line.material, quantity: line.quantity })),
    expenditure: draft.expenditure.trim() || '0',
    summary: draft.summary.trim(),
    online_attendance: draft.onlineAttendance,
  }
}

/** A draft prefilled from a filed report and the materials it recorded as handed out. */
export function reportDraftFrom(
  report: EventReport,
  distributions: Distribution[] = [],
  audiences: readonly Audience[] = [],
): ReportDraft {
  const draft = emptyReportDraft(audiences)
  for (const row of report.walk_ins_by_audience) draft.walkIns[row.audience] = row.count
  draft.materials = distributions.map((row) => ({ material: row.material, quantity: row.quantity }))
  draft.onlineAttendance = report.online_attendance ?? 0
  draft.expenditure = report.expenditure
  draft.summary = report.summary
  return draft
}
