import { http, type Page } from './http'
import type { Organization } from './types'

export const organizationsApi = {
  list: (query: { page?: number; page_size?: number; area?: number; setting?: string; q?: string } = {}) =>
    http.get<Page<Organization>>('/api/v1/organizations/', { query }),
}
