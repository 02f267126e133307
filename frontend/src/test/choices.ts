// A choice catalogue for unit tests, shaped as GET /api/v1/meta/choices/ answers (only what tests show).
import type { ChoiceCatalogue, ChoiceKind } from '@/api/meta'
import type { Locale } from '@/i18n'

type Labels = Partial<Record<ChoiceKind, Record<string, string>>>

const LABELS: Record<Locale, Labels> = {
  'zh-CN': {
    setting: { community: '进社区', school: '进校园', village: '进村户', enterprise: '进企业', agency: '进机关' },
    activity_type: { lecture: '科普讲座', training: '实用技术培训', youth_group: '青少年科技兴趣小组' },
    audience: { youth: '青少年', urban_residents: '城镇居民', farmers: '农民', elderly: '老年人', cadres: '领导干部和公务员' },
    mode: { offline: '线下', online: '线上', mixed: '线上线下结合' },
    event_status: { draft: '草稿', submitted: '待审核', approved: '已发布', completed: '已结束', reported: '已提交总结' },
    registration_status: { confirmed: '已报名', waitlisted: '候补中', cancelled: '已取消' },
    report_status: { submitted: '待审核', accepted: '已通过', returned: '已退回' },
    evidence_kind: { photo: '照片', sign_in_sheet: '签到表', other: '其他' },
  },
  en: {
    setting: { community: 'Community', school: 'School', village: 'Village', enterprise: 'Enterprise', agency: 'Agency' },
    activity_type: { lecture: 'Lecture', training: 'Practical training', youth_group: 'Youth interest group' },
    audience: { youth: 'Youth', urban_residents: 'Urban residents', farmers: 'Farmers', elderly: 'Seniors', cadres: 'Cadres' },
    mode: { offline: 'Offline', online: 'Online', mixed: 'Online and offline' },
    event_status: { draft: 'Draft', submitted: 'Submitted', approved: 'Approved', completed: 'Completed', reported: 'Reported' },
    registration_status: { confirmed: 'Signed up', waitlisted: 'Waitlisted', cancelled: 'Cancelled' },
    report_status: { submitted: 'Waiting for review', accepted: 'Accepted', returned: 'Returned' },
    evidence_kind: { photo: 'Photo', sign_in_sheet: 'Sign-in sheet', other: 'Other' },
  },
}

export function testCatalogue(locale: Locale): ChoiceCatalogue {
  const lists = Object.fromEntries(
    Object.entries(LABELS[locale]).map(([kind, labels]) => [
      kind,
      Object.entries(labels).map(([value, label]) => ({ value, label })),
    ]),
  )
  return lists as unknown as ChoiceCatalogue
}
