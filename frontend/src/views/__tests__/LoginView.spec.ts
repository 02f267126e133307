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

describe('LoginView with an SMS code', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  it('signs in with the code texted to the number instead of the password', async () => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockImplementation(async (request: Request) =>
      pathOf(request) === '/api/v1/auth/sms-code/'
        ? jsonResponse(202, { detail: '短信已发送至 138****1234。', expires_in: 300, resend_in: 60 })
        : jsonResponse(400, { detail: '验证码不正确。', errors: { code: ['验证码不正确。'] } }),
    )
    const { plugins, router } = appPlugins('zh-CN')
    await router.push('/login')
    const wrapper = mount(LoginView, { global: { plugins }, attachTo: document.body })
    await wrapper.get('[data-test="method-code"] input').setValue(true)
    await flushPromises()
    expect(wrapper.find('input[data-test="password"]').exists()).toBe(false)
    await wrapper.get('input[data-test="phone"]').setValue('13800001234')
    await wrapper.get('[data-test="send-code"]').trigger('click')
    await flushPromises()
    await wrapper.get('input[data-test="code"]').setValue('654321')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(requestsOf(fetchMock)).toHaveLength(2))
    const [sent, login] = requestsOf(fetchMock)
    expect(JSON.parse(await sent!.text())).toEqual({ phone: '13800001234', purpose: 'login' })
    expect(pathOf(login!)).toBe('/api/v1/auth/login/sms/')
    expect(JSON.parse(await login!.text())).toEqual({ phone: '13800001234', code: '654321' })
    expect(wrapper.get('[data-test="forgot-password"]').attributes('href')).toBe('/password-reset')
    wrapper.unmount()
  })
})
