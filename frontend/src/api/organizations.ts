import { listAll } from './http'
import type { Organization } from './types'

export const organizationsApi = {
  all: (query: { area?: number; setting?: string } = {}) => listAll<Organization>('/api/v1/organizations/', query),
}
