import type { operations } from './schema'
import { api, buildUrl, unwrap, type Schemas } from './client'

export type PopulationFigure = Schemas['PopulationOutput']
export type PopulationInput = Schemas['PopulationInputRequest']
export type PopulationYearsRow = Schemas['PopulationYearsRow']
export type PopulationPreview = Schemas['PopulationImportPreview']
export type ImportProblem = Schemas['ImportProblem']
export type PopulationYearsQuery = NonNullable<operations['population_years_list']['parameters']['query']>

// Router-made routes document their ids as strings.
const byId = (id: number) => ({ params: { path: { id: String(id) } } })

function fileForm(body: { file: Blob }): FormData {
  const form = new FormData()
  form.append('file', body.file)
  return form
}

export const populationApi = {
  /** Each area of the staff member's subtree with its own figures of the last years. */
  years: (query: PopulationYearsQuery, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/population/years/', { params: { query }, signal })),
  create: (input: PopulationInput) => unwrap(api.POST('/api/v1/population/', { body: input })),
  update: (id: number, input: Partial<PopulationInput>) =>
    unwrap(api.PATCH('/api/v1/population/{id}/', { ...byId(id), body: input })),
  remove: (id: number) => unwrap(api.DELETE('/api/v1/population/{id}/', byId(id))),
  /** What importing the file would do; nothing is written. */
  preview: (file: File) =>
    unwrap(api.POST('/api/v1/population/import/preview/', { body: { file }, bodySerializer: fileForm })),
  /** All lines or none. */
  import: (file: File) => unwrap(api.POST('/api/v1/population/import/', { body: { file }, bodySerializer: fileForm })),
  templateUrl: (format: 'xlsx' | 'csv', year?: number) =>
    buildUrl('/api/v1/population/import/template/', { format, year }),
}
