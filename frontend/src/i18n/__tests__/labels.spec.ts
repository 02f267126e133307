import { describe, expect, it } from 'vitest'

import { ACTIVITY_TYPES, AUDIENCES, EVENT_STATUSES, SETTINGS } from '@/api/choices'
import en from '@/i18n/locales/en'
import zhCN from '@/i18n/locales/zh-CN'

describe('domain labels', () => {
  it.each([
    ['setting', SETTINGS],
    ['activityType', ACTIVITY_TYPES],
    ['audience', AUDIENCES],
    ['status', EVENT_STATUSES],
  ] as const)('labels every %s key in both languages', (section, keys) => {
    for (const key of keys) {
      expect((zhCN[section] as Record<string, string>)[key], `zh-CN ${section}.${key}`).toBeTruthy()
      expect((en[section] as Record<string, string>)[key], `en ${section}.${key}`).toBeTruthy()
    }
  })

  it('uses the Chinese names of the domain reference', () => {
    expect(zhCN.setting.village).toBe('进村户')
    expect(zhCN.audience.cadres).toBe('领导干部和公务员')
    expect(zhCN.activityType.lecture).toBe('科普讲座')
  })
})
