import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import LoginView from '@/views/LoginView.vue'
import { appPlugins, jsonResponse, pathOf, requestsOf } from '@/test/setup'

const fetchMock = vi.fn()

describe('LoginView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  it('asks for the number and password only, and leaves the number rule to the API', async () => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockResolvedValue(jsonResponse(400, { detail: '手机号或密码不正确。' }))
    const { plugins, router } = appPlugins('zh-CN')
    await router.push('/login')
    const wrapper = mount(LoginView, { global: { plugins }, attachTo: document.body })
    expect(wrapper.find('input[data-test="name"]').exists()).toBe(false)
    // Not a mainland mobile number: the app sends it as typed and shows what the API answers.
    await wrapper.get('input[data-test="phone"]').setValue(' 128 1234 5678 ')
    await wrapper.get('input[data-test="password"]').setValue('whatever')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled())
    await flushPromises()

    const [request] = requestsOf(fetchMock)
    expect(pathOf(request!)).toBe('/api/v1/auth/login/')
    expect(JSON.parse(await request!.text())).toEqual({ phone: '128 1234 5678', password: 'whatever' })
    await vi.waitFor(() => expect(wrapper.find('[data-test="form-error"]').exists()).toBe(true))
    expect(wrapper.get('[data-test="form-error"]').text()).toContain('手机号或密码不正确。')
    wrapper.unmount()
  })
})
