import { api, unwrap, type Schemas } from './client'

export type CheckInList = Schemas['CheckInList']
export type DoorRegistration = Schemas['DoorRegistration']
export type CheckInCounter = Schemas['CheckInCounter']
export type ScanResult = Schemas['ScanResult']
export type ScanInput = Schemas['ScanInputRequest']

const byId = (id: number) => ({ params: { path: { id } } })

export const doorApi = {
  /** Codes, masked names and seats of an event's registrants, for a device to keep offline. */
  list: (eventId: number) => unwrap(api.GET('/api/v1/events/{id}/check-in-list/', byId(eventId))),
  /** A device's queued scans; sending the same scans again records nothing new. */
  sync: (eventId: number, device: string, scans: ScanInput[]) =>
    unwrap(api.POST('/api/v1/events/{id}/check-ins/', { ...byId(eventId), body: { device, scans } })),
  checkInRegistration: (registrationId: number) =>
    unwrap(api.POST('/api/v1/registrations/{id}/check-in/', byId(registrationId))),
  undoCheckIn: (registrationId: number) =>
    unwrap(api.POST('/api/v1/registrations/{id}/check-in/undo/', byId(registrationId))),
}
