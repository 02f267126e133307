/**
 * The one HTTP client of the app: `openapi-fetch` over the types generated from the API's OpenAPI
 * schema (`schema.d.ts`, `npm run api-types`). Every request goes through `api`, which
 * - sends the session cookie (same origin) and the CSRF token on unsafe methods,
 * - asks the API to answer in the current UI language,
 * and `unwrap()` turns every non-2xx answer into an `ApiError` with the API's `{detail, errors}` shape.
 */
import createClient, { type Middleware } from 'openapi-fetch'

import type { components, paths } from './schema'

/** The API's resource shapes, as its OpenAPI schema documents them. */
export type Schemas = components['schemas']

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

/** One page of a paginated list, as every list endpoint answers. */
export interface Page<T> {
  count: number
  next?: string | null
  previous?: string | null
  results: T[]
}

export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number>
export type Query = Record<string, QueryValue>

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

/** `a=1&b=x&b=y`: empty values left out, arrays repeated (as django-filter reads them). */
export function queryString(query: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item))
  }
  return params.toString()
}

/** A same-origin URL with a query, for links the browser opens itself (downloads, calendar feeds). */
export function buildUrl(path: string, query?: Query): string {
  const qs = queryString(query)
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

const sessionHeaders: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json')
    request.headers.set('Accept-Language', acceptLanguage())
    if (!SAFE_METHODS.has(request.method.toUpperCase())) {
      const token = readCookie(CSRF_COOKIE)
      if (token) request.headers.set('X-CSRFToken', token)
    }
    return request
  },
}

/** Typed access to every path of the API: `api.GET('/api/v1/events/{id}/', { params: { path: { id } } })`. */
export const api = createClient<paths>({
  // Absolute, so requests can be built outside a browser page too (unit tests).
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  querySerializer: queryString,
  // Looked up on every call rather than once, so tests can stand in for the network.
  fetch: (request) => globalThis.fetch(request),
})
api.use(sessionHeaders)

interface Answer<D> {
  data?: D
  error?: unknown
  response: Response
}

/**
 * The data of a successful answer (`null` for 204 No Content). Anything else is thrown: an
 * `ApiError` with the API's messages, status 0 for a network failure, or the `AbortError` itself.
 */
export async function unwrap<D>(pending: Promise<Answer<D>>): Promise<D> {
  let answer: Answer<D>
  try {
    answer = await pending
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(0, error instanceof Error ? error.message : String(error))
  }
  if (!answer.response.ok) {
    const error = parseErrorBody(answer.response.status, answer.error)
    for (const listener of errorListeners) listener(error)
    throw error
  }
  return (answer.data ?? null) as D
}

/** Follows pages to collect a whole (small) list; stops after `maxPages` to stay bounded. */
export async function listAll<T>(
  fetchPage: (query: { page: number; page_size: number }) => Promise<Page<T>>,
  maxPages = 20,
): Promise<T[]> {
  const items: T[] = []
  for (let page = 1; page <= maxPages; page += 1) {
    const result = await fetchPage({ page, page_size: 100 })
    items.push(...result.results)
    if (!result.next) break
  }
  return items
}

/** Whether an error is the API saying "you are not logged in". */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 403)
}
