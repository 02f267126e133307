import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import StaffReturnView from '@/views/StaffReturnView.vue'
import { appPlugins, jsonResponse, pathOf, requestsOf } from '@/test/setup'

const TABLES = {
  title: '2026 科普统计年报',
  header_block: [
    { label: '地区', value: '昆都仑区' },
    { label: '数据口径', value: '正式数据(仅含已审核总结)' },
  ],
  tables: [
    {
      title: '科普人员',
      headers: ['指标', '单位', '数值'],
      rows: [
        ['科普专职人员', '人', 68],
        ['科普志愿服务时长', '小时', '1248.5'],
      ],
    },
    {
      title: '科普场地',
      headers: ['类型', '单位', '数量', '建筑面积（平方米）'],
      rows: [['城市社区科普(技)专用活动室', '个', 33, '-']],
    },
  ],
}

describe('StaffReturnView', () => {
  const fetchMock = vi.fn()

  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  function mountView() {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockImplementation((request: Request) =>
      Promise.resolve(
        pathOf(request).startsWith('/api/v1/reports/annual/')
          ? jsonResponse(200, TABLES)
          : jsonResponse(200, { count: 0, next: null, previous: null, results: [] }),
      ),
    )
    const { plugins } = appPlugins('zh-CN')
    return mount(StaffReturnView, { global: { plugins } })
  }

  it('shows the tables of the return in the order the API gives them, numbers grouped as printed', async () => {
    const wrapper = mountView()
    await flushPromises()

    const titles = wrapper.findAll('h2').map((h) => h.text())
    expect(titles).toEqual(['科普人员', '科普场地'])
    const personnel = wrapper.get('[data-test="return-table-0"]')
    expect(personnel.findAll('tbody tr').at(1)?.text()).toContain('1,248.5')
    expect(wrapper.get('[data-test="return-table-1"]').find('tbody td.is-number:last-child').text()).toBe('-')
    expect(wrapper.get('[data-test="return-header"]').text()).toContain('正式数据')
  })

  it('asks for provisional figures and downloads the same files when switched', async () => {
    const wrapper = mountView()
    await flushPromises()

    await wrapper.get('[data-test="return-provisional"] input').setValue(true)
    await flushPromises()

    const asked = requestsOf(fetchMock).map(pathOf).filter((path) => path.includes('/tables/'))
    expect(asked.at(-1)).toContain('provisional=true')
    const pdf = wrapper.get('[data-test="return-pdf"]').element.closest('a')
    expect(pdf?.getAttribute('href')).toMatch(/\/api\/v1\/reports\/annual\/\d{4}\/\?.*format=pdf.*provisional=true/)
  })
})
