import { http, type Page } from './http'
import type { Area } from './types'

export const areasApi = {
  list: (query: { page?: number; page_size?: number; parent?: number; level?: string } = {}) =>
    http.get<Page<Area>>('/api/v1/areas/', { query }),
}
