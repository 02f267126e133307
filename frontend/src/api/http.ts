/**
 * The one HTTP client of the app. Every request goes through `request()`, which
 * - sends the session cookie (same origin) and the CSRF token on unsafe methods,
 * - asks the API to answer in the current UI language,
 * - turns every non-2xx answer into an `ApiError` with the API's `{detail, errors}` shape.
 */

export type FieldErrors = Record<string, string[]>

export class ApiError extends Error {
  readonly status: number
  readonly detail: string
  readonly errors: FieldErrors

  /** `detail` is the API's own message, or '' when it sent none (the UI then says something generic). */
  constructor(status: number, detail: string, errors: FieldErrors = {}) {
    super(detail || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.detail = detail
    this.errors = errors
  }

  /** Messages for one field, `[]` when the API said nothing about it. */
  fieldErrors(field: string): string[] {
    return this.errors[field] ?? []
  }

  get isNetworkError(): boolean {
    return this.status === 0
  }
}

export interface Page<T> {
  count: number
  next: string | null
  previous: string | null
  results: T[]
}

export type QueryValue = string | number | boolean | null | undefined | Array<string | number>
export type Query = Record<string, QueryValue>

export interface RequestOptions {
  query?: Query
  body?: unknown
  signal?: AbortSignal
  headers?: Record<string, string>
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])
export const CSRF_COOKIE = 'csrftoken'

let acceptLanguage: () => string = () => 'zh-hans'
const errorListeners = new Set<(error: ApiError) => void>()

/** Called with every error answer (not network failures); returns a function that unsubscribes. */
export function onApiError(listener: (error: ApiError) => void): () => void {
  errorListeners.add(listener)
  return () => errorListeners.delete(listener)
}

/** The i18n module registers how to read the current language, without this module importing it. */
export function setAcceptLanguageProvider(provider: () => string): void {
  acceptLanguage = provider
}

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) {
      for (const item of value) params.append(key, String(item))
    } else {
      params.append(key, String(value))
    }
  }
  const qs = params.toString()
  if (!qs) return path
  return path + (path.includes('?') ? '&' : '?') + qs
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asMessages(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => String(item))
  if (typeof value === 'string') return [value]
  return []
}

/** Reads the API's error body; also copes with plain DRF bodies (`{field: [..]}`) and non-JSON pages. */
export function parseErrorBody(status: number, body: unknown): ApiError {
  if (!isRecord(body)) return new ApiError(status, '')
  const errors: FieldErrors = {}
  if (isRecord(body.errors)) {
    for (const [field, value] of Object.entries(body.errors)) {
      const messages = asMessages(value)
      if (messages.length) errors[field] = messages
    }
  } else if (!('detail' in body)) {
    for (const [field, value] of Object.entries(body)) {
      const messages = asMessages(value)
      if (messages.length) errors[field] = messages
    }
  }
  let detail = typeof body.detail === 'string' ? body.detail : ''
  if (!detail) {
    detail = Object.values(errors)[0]?.[0] ?? ''
  }
  return new ApiError(status, detail, errors)
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return null
  const text = await response.text()
  if (!text) return null
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown
    } catch {
      return text
    }
  }
  return text
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const verb = method.toUpperCase()
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': acceptLanguage(),
    ...options.headers,
  }
  let body: BodyInit | undefined
  if (options.body instanceof FormData) {
    body = options.body
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  if (!SAFE_METHODS.has(verb)) {
    const token = readCookie(CSRF_COOKIE)
    if (token) headers['X-CSRFToken'] = token
  }

  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: verb,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(0, error instanceof Error ? error.message : String(error))
  }

  const data = await readBody(response)
  if (!response.ok) {
    const error = parseErrorBody(response.status, data)
    for (const listener of errorListeners) listener(error)
    throw error
  }
  return data as T
}

/** Follows `next` links to collect a whole (small) list; stops after `maxPages` to stay bounded. */
export async function listAll<T>(path: string, query: Query = {}, maxPages = 20): Promise<T[]> {
  const items: T[] = []
  for (let page = 1; page <= maxPages; page += 1) {
    const result = await request<Page<T>>('GET', path, { query: { ...query, page, page_size: 100 } })
    items.push(...result.results)
    if (!result.next) break
  }
  return items
}

export const http = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T = null>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
}

/** Whether an error is the API saying "you are not logged in". */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 403)
}
