import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { api, ApiError, buildUrl, onApiError, parseErrorBody, setAcceptLanguageProvider, unwrap } from '@/api/client'
import { jsonResponse, lastRequest, pathOf } from '@/test/setup'

describe('API client', () => {
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    document.cookie = 'csrftoken=tok123; path=/'
    setAcceptLanguageProvider(() => 'zh-hans')
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    document.cookie = 'csrftoken=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  })

  it('sends the CSRF token from the cookie on unsafe methods', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { id: 1 }))
    await unwrap(api.POST('/api/v1/auth/login/', { body: { phone: '13800000000', password: 'x' } }))
    const request = lastRequest(fetchMock)
    expect(request.method).toBe('POST')
    expect(request.credentials).toBe('same-origin')
    expect(request.headers.get('X-CSRFToken')).toBe('tok123')
    expect(request.headers.get('Content-Type')).toBe('application/json')
    expect(await request.text()).toBe(JSON.stringify({ phone: '13800000000', password: 'x' }))
  })

  it('does not send the CSRF token on safe methods', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { count: 0, results: [] }))
    await unwrap(api.GET('/api/v1/events/'))
    expect(lastRequest(fetchMock).headers.get('X-CSRFToken')).toBeNull()
  })

  it('asks the API to answer in the current language', async () => {
    setAcceptLanguageProvider(() => 'en')
    fetchMock.mockResolvedValue(jsonResponse(200, {}))
    await unwrap(api.GET('/api/v1/auth/me/'))
    expect(lastRequest(fetchMock).headers.get('Accept-Language')).toBe('en')
  })

  it('encodes query parameters and skips empty ones', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { count: 0, results: [] }))
    const query = { setting: 'school', q: '', area: undefined, upcoming: true, page: 2 } as const
    await unwrap(api.GET('/api/v1/events/', { params: { query } }))
    expect(pathOf(lastRequest(fetchMock))).toBe('/api/v1/events/?setting=school&upcoming=true&page=2')
  })

  it('returns null for 204 No Content', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await expect(unwrap(api.POST('/api/v1/auth/logout/'))).resolves.toBeNull()
  })

  it('parses the API error shape into an ApiError with per-field messages', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(400, { detail: 'This number is taken.', errors: { phone: ['This number is taken.'] } }),
    )
    const body = {
      phone: '13800000000',
      code: '123456',
      name: 'x',
      password: 'x',
      language: 'en',
      privacy_consent: true,
      privacy_policy_version: '2026-12-01',
    } as const
    const error = await unwrap(api.POST('/api/v1/auth/register/', { body })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(400)
    expect(apiError.detail).toBe('This number is taken.')
    expect(apiError.errors).toEqual({ phone: ['This number is taken.'] })
    expect(apiError.fieldErrors('phone')).toEqual(['This number is taken.'])
    expect(apiError.fieldErrors('name')).toEqual([])
  })

  it('keeps the detail of a 403 without field errors', async () => {
    fetchMock.mockResolvedValue(jsonResponse(403, { detail: 'Not allowed.' }))
    const error = (await unwrap(api.GET('/api/v1/auth/me/')).catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(403)
    expect(error.detail).toBe('Not allowed.')
    expect(error.errors).toEqual({})
  })

  it('turns a non-JSON server error into an ApiError', async () => {
    fetchMock.mockResolvedValue(
      new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }),
    )
    const error = (await unwrap(api.GET('/api/v1/events/')).catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(502)
    expect(error.detail).toBe('')
  })

  it('tells the error listeners about every error answer', async () => {
    const heard: number[] = []
    const stop = onApiError((error) => heard.push(error.status))
    fetchMock.mockResolvedValue(jsonResponse(401, { detail: 'Log in first.' }))
    await unwrap(api.GET('/api/v1/auth/me/')).catch(() => undefined)
    stop()
    await unwrap(api.GET('/api/v1/auth/me/')).catch(() => undefined)
    expect(heard).toEqual([401])
  })

  it('lets an aborted request end as an AbortError, not an API error', async () => {
    fetchMock.mockImplementation((request: Request) =>
      request.signal.aborted ? Promise.reject(new DOMException('Aborted', 'AbortError')) : Promise.resolve(jsonResponse(200, {})),
    )
    const controller = new AbortController()
    controller.abort()
    const error = await unwrap(api.GET('/api/v1/auth/me/', { signal: controller.signal })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DOMException)
    expect((error as DOMException).name).toBe('AbortError')
  })

  it('reports a network failure as status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const error = (await unwrap(api.GET('/api/v1/events/')).catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.isNetworkError).toBe(true)
  })
})

describe('parseErrorBody', () => {
  it('reads plain DRF validation bodies as field errors', () => {
    const error = parseErrorBody(400, { password: ['Too short.'], non_field_errors: ['Bad.'] })
    expect(error.errors).toEqual({ password: ['Too short.'], non_field_errors: ['Bad.'] })
    expect(error.detail).toBe('Too short.')
  })

  it('leaves the detail empty when the body has no message', () => {
    expect(parseErrorBody(500, null).detail).toBe('')
    expect(parseErrorBody(502, '<html>Bad gateway</html>').detail).toBe('')
  })
})

describe('buildUrl', () => {
  it('repeats array values', () => {
    expect(buildUrl('/x/', { audience: ['youth', 'elderly'] })).toBe('/x/?audience=youth&audience=elderly')
  })
})
