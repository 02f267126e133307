import { api, unwrap, type Schemas } from './client'

export type User = Schemas['MeOutput']
export type LoginInput = Schemas['LoginInputRequest']
export type RegisterInput = Schemas['RegisterInputRequest']
export type ProfileInput = Schemas['PatchedMeUpdateInputRequest']
export type CodePurpose = Schemas['SmsCodeInputRequest']['purpose']
export type CodeSent = Schemas['SmsCodeSent']
export type CodeLoginInput = Schemas['CodeLoginInputRequest']
export type PasswordResetInput = Schemas['PasswordResetInputRequest']
export type PrivacyPolicy = Schemas['PrivacyPolicy']

export const authApi = {
  /** Sets the csrftoken cookie; call once when the app starts. */
  csrf: () => unwrap(api.GET('/api/v1/auth/csrf/')),
  me: () => unwrap(api.GET('/api/v1/auth/me/')),
  login: (input: LoginInput) => unwrap(api.POST('/api/v1/auth/login/', { body: input })),
  register: (input: RegisterInput) => unwrap(api.POST('/api/v1/auth/register/', { body: input })),
  /** Texts a verification code; the answer is the same whether or not the number has an account. */
  sendCode: (phone: string, purpose: CodePurpose) =>
    unwrap(api.POST('/api/v1/auth/sms-code/', { body: { phone, purpose } })),
  loginWithCode: (input: CodeLoginInput) => unwrap(api.POST('/api/v1/auth/login/sms/', { body: input })),
  /** A forgotten password: a new one with the code texted to the number. */
  resetPassword: (input: PasswordResetInput) => unwrap(api.POST('/api/v1/auth/password-reset/', { body: input })),
  privacyPolicy: () => unwrap(api.GET('/api/v1/auth/privacy-policy/')),
  logout: () => unwrap(api.POST('/api/v1/auth/logout/')),
  updateMe: (input: ProfileInput) => unwrap(api.PATCH('/api/v1/auth/me/', { body: input })),
  /** Other sessions and API tokens end; this one stays signed in. */
  changePassword: (input: Schemas['PasswordChangeInputRequest']) =>
    unwrap(api.POST('/api/v1/auth/me/password/', { body: input })),
  deleteAccount: (password: string) => unwrap(api.DELETE('/api/v1/auth/me/', { body: { password } })),
  /** Everything the service keeps about the person, as a JSON download. */
  exportUrl: '/api/v1/auth/me/export/',
}
