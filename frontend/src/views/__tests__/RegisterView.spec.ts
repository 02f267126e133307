import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import RegisterView from '@/views/RegisterView.vue'
import { appPlugins, jsonResponse, pathOf, requestsOf } from '@/test/setup'

const POLICY = { version: '2026-12-01', effective: '2026-12-01', language: 'zh-hans', title: '隐私政策', introduction: [], sections: [] }
const fetchMock = vi.fn()

/** The API as the form meets it: the policy, the code request, then `answer` to the sign-up itself. */
function serve(answer: Response): void {
  fetchMock.mockImplementation(async (request: Request) => {
    const path = pathOf(request)
    if (path === '/api/v1/auth/privacy-policy/') return jsonResponse(200, POLICY)
    if (path === '/api/v1/auth/sms-code/') return jsonResponse(202, { detail: '短信已发送至 138****1234。', expires_in: 300, resend_in: 60 })
    return answer
  })
}

async function mountForm(): Promise<ReturnType<typeof mount>> {
  vi.stubGlobal('fetch', fetchMock)
  const { plugins, router } = appPlugins('zh-CN')
  await router.push('/register')
  const wrapper = mount(RegisterView, { global: { plugins }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

async function fillAndSubmit(wrapper: ReturnType<typeof mount>, { consent = true } = {}): Promise<void> {
  await wrapper.get('input[data-test="phone"]').setValue('13800001234')
  await wrapper.get('[data-test="send-code"]').trigger('click')
  await flushPromises()
  await wrapper.get('input[data-test="code"]').setValue('123456')
  await wrapper.get('input[data-test="name"]').setValue('王小明')
  await wrapper.get('input[data-test="password"]').setValue('long-enough-pw')
  if (consent) await wrapper.get('[data-test="privacy-consent"] input').setValue(true)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
  await flushPromises()
}

function signUpRequests(): Request[] {
  return requestsOf(fetchMock).filter((request) => pathOf(request) === '/api/v1/auth/register/')
}

describe('RegisterView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  it('asks for a code, then sends it with the consent to the policy version the API serves', async () => {
    serve(jsonResponse(400, { detail: '验证码不正确。', errors: { code: ['验证码不正确。'] } }))
    const wrapper = await mountForm()
    await fillAndSubmit(wrapper)

    const codeRequest = requestsOf(fetchMock).find((request) => pathOf(request) === '/api/v1/auth/sms-code/')
    expect(JSON.parse(await codeRequest!.text())).toEqual({ phone: '13800001234', purpose: 'register' })
    expect(wrapper.get('[data-test="code-sent"]').text()).toBe('短信已发送至 138****1234。')
    expect(wrapper.get('[data-test="send-code"]').text()).toMatch(/\d+ 秒后重新获取/)
    await vi.waitFor(() => expect(signUpRequests()).toHaveLength(1))
    expect(JSON.parse(await signUpRequests()[0]!.text())).toEqual({
      phone: '13800001234',
      code: '123456',
      name: '王小明',
      password: 'long-enough-pw',
      language: 'zh-hans',
      privacy_consent: true,
      privacy_policy_version: '2026-12-01',
    })
    await vi.waitFor(() => expect(wrapper.find('.el-form-item__error').exists()).toBe(true))
    const codeItem = wrapper.get('input[data-test="code"]').element.closest('.el-form-item')
    expect(codeItem?.querySelector('.el-form-item__error')?.textContent).toContain('验证码不正确。')
    // The message sits next to its field, so no duplicate banner.
    expect(wrapper.find('[data-test="form-error"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('does not sign up without the consent box ticked', async () => {
    serve(jsonResponse(201, {}))
    const wrapper = await mountForm()
    await fillAndSubmit(wrapper, { consent: false })
    expect(signUpRequests()).toHaveLength(0)
    await vi.waitFor(() => expect(wrapper.text()).toContain('请阅读并同意隐私政策'))
    expect(wrapper.get('[data-test="privacy-link"]').attributes('href')).toBe('/privacy')
    wrapper.unmount()
  })

  it('shows a banner for errors that belong to no field', async () => {
    serve(jsonResponse(429, { detail: '请求过于频繁。' }))
    const wrapper = await mountForm()
    await fillAndSubmit(wrapper)
    await vi.waitFor(() => expect(wrapper.find('[data-test="form-error"]').exists()).toBe(true))
    expect(wrapper.get('[data-test="form-error"]').text()).toContain('请求过于频繁。')
    wrapper.unmount()
  })

  it('drops a field message once the person edits that field', async () => {
    serve(jsonResponse(400, { detail: '该手机号已注册。', errors: { phone: ['该手机号已注册。'] } }))
    const wrapper = await mountForm()
    await fillAndSubmit(wrapper)
    await vi.waitFor(() => expect(wrapper.find('.el-form-item__error').exists()).toBe(true))
    await wrapper.get('input[data-test="phone"]').setValue('13800001235')
    await flushPromises()
    const phoneItem = wrapper.get('input[data-test="phone"]').element.closest('.el-form-item')
    expect(phoneItem?.querySelector('.el-form-item__error')?.textContent ?? '').not.toContain('该手机号已注册。')
    wrapper.unmount()
  })
})
