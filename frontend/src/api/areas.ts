import { listAll } from './http'
import type { Area } from './types'

export const areasApi = {
  all: () => listAll<Area>('/api/v1/areas/'),
}
