import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

import en from '@/i18n/locales/en'
import zhCN from '@/i18n/locales/zh-CN'
import { setLocale } from '@/i18n'
import { useChoicesStore } from '@/stores/choices'
import { jsonResponse, pathOf, requestsOf } from '@/test/setup'

describe('choice labels', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('are not kept in the locale files: the API words them', () => {
    for (const messages of [zhCN, en]) {
      for (const section of ['setting', 'activityType', 'audience', 'mode', 'status', 'areaLevel', 'campaign', 'roles']) {
        expect(Object.keys(messages)).not.toContain(section)
      }
      expect(Object.keys(messages.report)).not.toContain('statusLabel')
      expect(Object.keys(messages.prefs)).not.toContain('channel')
    }
  })

  it('come from the catalogue in the current language, and again when it changes', async () => {
    const fetchMock = vi.fn((request: Request) =>
      Promise.resolve(
        jsonResponse(200, {
          setting: [{ value: 'village', label: request.headers.get('Accept-Language') === 'en' ? 'Village' : '进村户' }],
        }),
      ),
    )
    vi.stubGlobal('fetch', fetchMock)
    setLocale('zh-CN')
    setActivePinia(createPinia())
    const choices = useChoicesStore()
    await choices.load()
    expect(pathOf(requestsOf(fetchMock)[0]!)).toBe('/api/v1/meta/choices/')
    expect(choices.label('setting', 'village')).toBe('进村户')
    expect(choices.options('setting')).toEqual([{ value: 'village', label: '进村户' }])
    await choices.load()
    expect(fetchMock).toHaveBeenCalledTimes(1)

    setLocale('en')
    await vi.waitFor(() => expect(choices.label('setting', 'village')).toBe('Village'))
    expect(fetchMock).toHaveBeenCalledTimes(2)
    setLocale('zh-CN')
  })

  it('fall back to the value itself while the catalogue is missing', () => {
    setActivePinia(createPinia())
    expect(useChoicesStore().label('activity_type', 'lecture')).toBe('lecture')
  })
})
