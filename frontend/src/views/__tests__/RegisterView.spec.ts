import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import RegisterView from '@/views/RegisterView.vue'
import { appPlugins, jsonResponse, pathOf, requestsOf } from '@/test/setup'

async function fillAndSubmit(wrapper: ReturnType<typeof mount>): Promise<void> {
  await wrapper.get('input[data-test="phone"]').setValue('13800001234')
  await wrapper.get('input[data-test="name"]').setValue('王小明')
  await wrapper.get('input[data-test="password"]').setValue('long-enough-pw')
  await wrapper.get('form').trigger('submit')
  await flushPromises()
  await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled())
  await flushPromises()
}

const fetchMock = vi.fn()

describe('RegisterView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  it('shows the API per-field message next to the field', async () => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockResolvedValue(
      jsonResponse(400, { detail: '该手机号已注册。', errors: { phone: ['该手机号已注册。'] } }),
    )
    const { plugins, router } = appPlugins('zh-CN')
    await router.push('/register')
    const wrapper = mount(RegisterView, { global: { plugins }, attachTo: document.body })
    await fillAndSubmit(wrapper)

    const [request] = requestsOf(fetchMock)
    expect(pathOf(request!)).toBe('/api/v1/auth/register/')
    expect(JSON.parse(await request!.text())).toEqual({
      phone: '13800001234',
      name: '王小明',
      password: 'long-enough-pw',
      language: 'zh-hans',
    })
    await vi.waitFor(() => expect(wrapper.find('.el-form-item__error').exists()).toBe(true))
    const phoneItem = wrapper.get('[data-test="phone"]').element.closest('.el-form-item')
    expect(phoneItem?.querySelector('.el-form-item__error')?.textContent).toContain('该手机号已注册。')
    // The message sits next to its field, so no duplicate banner.
    expect(wrapper.find('[data-test="form-error"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows a banner for errors that belong to no field', async () => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockResolvedValue(jsonResponse(429, { detail: '请求过于频繁。' }))
    const { plugins, router } = appPlugins('zh-CN')
    await router.push('/register')
    const wrapper = mount(RegisterView, { global: { plugins }, attachTo: document.body })
    await fillAndSubmit(wrapper)
    await vi.waitFor(() => expect(wrapper.find('[data-test="form-error"]').exists()).toBe(true))
    expect(wrapper.get('[data-test="form-error"]').text()).toContain('请求过于频繁。')
    wrapper.unmount()
  })
})

describe('RegisterView after an error', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  it('drops a field message once the person edits that field', async () => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockResolvedValue(jsonResponse(400, { detail: '该手机号已注册。', errors: { phone: ['该手机号已注册。'] } }))
    const { plugins, router } = appPlugins('zh-CN')
    await router.push('/register')
    const wrapper = mount(RegisterView, { global: { plugins }, attachTo: document.body })
    await fillAndSubmit(wrapper)
    await vi.waitFor(() => expect(wrapper.find('.el-form-item__error').exists()).toBe(true))
    await wrapper.get('input[data-test="phone"]').setValue('13800001235')
    await flushPromises()
    const phoneItem = wrapper.get('input[data-test="phone"]').element.closest('.el-form-item')
    expect(phoneItem?.querySelector('.el-form-item__error')?.textContent ?? '').not.toContain('该手机号已注册。')
    wrapper.unmount()
  })
})
