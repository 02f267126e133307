import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import type { Plugin } from 'vue'

import { apiLanguage, i18n, setLocale, type Locale } from '@/i18n'
import { routes } from '@/router'
import { useChoicesStore } from '@/stores/choices'
import { testCatalogue } from '@/test/choices'

/** Plugins a component needs to mount as in the app, with the given UI language and its choice labels. */
export function appPlugins(locale: Locale = 'zh-CN'): { plugins: Plugin[]; router: Router } {
  setLocale(locale)
  const pinia = createPinia()
  setActivePinia(pinia)
  // The labels the app would have loaded from the API before showing anything.
  const choices = useChoicesStore()
  choices.catalogue = testCatalogue(locale)
  choices.language = apiLanguage(locale)
  const router = createRouter({ history: createMemoryHistory(), routes })
  return { plugins: [pinia, i18n, router, ElementPlus], router }
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === null ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

/** The request a `fetch` mock received last (the API client hands `fetch` a `Request`). */
export function lastRequest(mock: { mock: { calls: unknown[][] } }): Request {
  const request = mock.mock.calls.at(-1)?.[0]
  if (!(request instanceof Request)) throw new Error('fetch was not called with a Request')
  return request
}

/** Path and query of a request, as the app wrote them (the client makes them absolute). */
export function pathOf(request: Request): string {
  const url = new URL(request.url)
  return url.pathname + url.search
}

/** Every request a `fetch` mock received, in order. */
export function requestsOf(mock: { mock: { calls: unknown[][] } }): Request[] {
  return mock.mock.calls.map(([request]) => {
    if (!(request instanceof Request)) throw new Error('fetch was not called with a Request')
    return request
  })
}
