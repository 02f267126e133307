import { listAll } from './http'
import type { Material } from './types'

export const materialsApi = {
  all: () => listAll<Material>('/api/v1/materials/'),
}
