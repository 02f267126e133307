import { api, unwrap, type Schemas } from './client'

/** Every list of choices the API uses, labelled in the request's language. */
export type ChoiceCatalogue = Schemas['ChoiceCatalogue']
export type ChoiceKind = keyof ChoiceCatalogue
export type ChoiceOption = Schemas['Option']

export const metaApi = {
  choices: () => unwrap(api.GET('/api/v1/meta/choices/')),
}
