import type { operations } from './schema'
import { api, buildUrl, unwrap, type Schemas } from './client'

export type FundingRecord = Schemas['FundingRecord']
export type FundingInput = Schemas['FundingInputRequest']
export type FundingTotals = Schemas['FundingTotals']
export type FundingPreview = Schemas['FundingImportPreview']
export type FundingAttachment = Schemas['FundingAttachment']
export type FundingQuery = NonNullable<operations['funding_list']['parameters']['query']>
export type FundingFilters = Omit<FundingQuery, 'page' | 'page_size' | 'ordering'>
export type Target = Schemas['Target']
export type TargetInput = Schemas['TargetInputRequest']
export type TargetProgress = Schemas['TargetProgress']
export type TargetQuery = NonNullable<operations['targets_progress_list']['parameters']['query']>

// Router-made routes document their ids as strings.
const byId = (id: number) => ({ params: { path: { id: String(id) } } })

function fileForm(body: { file: Blob }): FormData {
  const form = new FormData()
  form.append('file', body.file)
  return form
}

export const fundingApi = {
  list: (query: FundingQuery, signal?: AbortSignal) => unwrap(api.GET('/api/v1/funding/', { params: { query }, signal })),
  /** Totals of the same filters, by the statistics' rules. */
  totals: (filters: FundingFilters, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/funding/totals/', { params: { query: filters }, signal })),
  create: (input: FundingInput) => unwrap(api.POST('/api/v1/funding/', { body: input })),
  update: (id: number, input: Partial<FundingInput>) =>
    unwrap(api.PATCH('/api/v1/funding/{id}/', { ...byId(id), body: input })),
  remove: (id: number) => unwrap(api.DELETE('/api/v1/funding/{id}/', byId(id))),
  attach: (id: number, file: File) =>
    unwrap(api.POST('/api/v1/funding/{id}/attachments/', { ...byId(id), body: { file }, bodySerializer: fileForm })),
  detach: (id: number, attachmentId: number) =>
    unwrap(
      api.DELETE('/api/v1/funding/{id}/attachments/{attachment_id}/', {
        params: { path: { id: String(id), attachment_id: String(attachmentId) } },
      }),
    ),
  exportUrl: (filters: FundingFilters, format: 'xlsx' | 'csv') => buildUrl('/api/v1/funding/export/', { ...filters, format }),
  preview: (file: File) =>
    unwrap(api.POST('/api/v1/funding/import/preview/', { body: { file }, bodySerializer: fileForm })),
  import: (file: File) => unwrap(api.POST('/api/v1/funding/import/', { body: { file }, bodySerializer: fileForm })),
}

export const targetsApi = {
  /** Targets with how far their year has come. */
  progress: (query: TargetQuery, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/targets/progress/', { params: { query }, signal })),
  create: (input: TargetInput) => unwrap(api.POST('/api/v1/targets/', { body: input })),
  update: (id: number, input: Partial<TargetInput>) =>
    unwrap(api.PATCH('/api/v1/targets/{id}/', { ...byId(id), body: input })),
  remove: (id: number) => unwrap(api.DELETE('/api/v1/targets/{id}/', byId(id))),
}
