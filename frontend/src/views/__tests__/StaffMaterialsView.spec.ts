import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import StaffMaterialsView from '@/views/StaffMaterialsView.vue'
import { appPlugins, jsonResponse, pathOf } from '@/test/setup'

const BROCHURE = {
  id: 1,
  name: '防诈骗手册',
  kind: 'brochure',
  unit: '份',
  description: '',
  is_active: true,
  created_at: '2026-03-01T08:00:00+08:00',
  updated_at: '2026-03-01T08:00:00+08:00',
}

describe('StaffMaterialsView', () => {
  const fetchMock = vi.fn()

  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  function mountWith(allowed: string[]) {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockImplementation((request: Request) =>
      Promise.resolve(
        pathOf(request).startsWith('/api/v1/materials/')
          ? jsonResponse(200, { count: 1, next: null, previous: null, results: [BROCHURE], allowed_actions: allowed })
          : jsonResponse(200, { count: 0, next: null, previous: null, results: [] }),
      ),
    )
    const { plugins } = appPlugins('zh-CN')
    return mount(StaffMaterialsView, { global: { plugins } })
  }

  it('offers adding, changing and deleting entries when the API says the caller keeps the catalog', async () => {
    const wrapper = mountWith(['create', 'change', 'delete'])
    await flushPromises()

    expect(wrapper.find('[data-test="material-new"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="material-edit"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="material-delete"]').exists()).toBe(true)
  })

  it('shows the catalog read-only to staff who may not change it', async () => {
    const wrapper = mountWith([])
    await flushPromises()

    expect(wrapper.get('[data-test="material-table"]').text()).toContain('防诈骗手册')
    expect(wrapper.find('[data-test="material-new"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="material-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="material-delete"]').exists()).toBe(false)
  })
})
