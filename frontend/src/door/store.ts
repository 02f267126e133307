/**
 * What a door device keeps in IndexedDB, so check-in goes on without a network: the last check-in
 * list of each event and the queue of scans not yet confirmed by the server.
 */
import type { CheckInList, ScanResult } from '@/api/door'

const DB_NAME = 'kepu-door'
const VERSION = 1

export interface QueuedScan {
  id: string
  eventId: number
  code: string
  scannedAt: string
  /** The server's decision, once synced. */
  result?: ScanResult
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

let opening: Promise<IDBDatabase> | null = null

function database(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, VERSION)
    req.onupgradeneeded = () => {
      const db = req.result
      db.createObjectStore('lists')
      db.createObjectStore('scans', { keyPath: 'id' }).createIndex('eventId', 'eventId')
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => {
      opening = null
      reject(req.error)
    }
  })
  return opening
}

async function store(name: 'lists' | 'scans', mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await database()).transaction(name, mode).objectStore(name)
}

export async function saveList(eventId: number, list: CheckInList): Promise<void> {
  await request((await store('lists', 'readwrite')).put(list, eventId))
}

export async function loadList(eventId: number): Promise<CheckInList | null> {
  return ((await request((await store('lists', 'readonly')).get(eventId))) as CheckInList | undefined) ?? null
}

export async function saveScan(scan: QueuedScan): Promise<void> {
  await request((await store('scans', 'readwrite')).put(scan))
}

export async function loadScans(eventId: number): Promise<QueuedScan[]> {
  const index = (await store('scans', 'readonly')).index('eventId')
  const scans = (await request(index.getAll(eventId))) as QueuedScan[]
  return scans.sort((a, b) => a.scannedAt.localeCompare(b.scannedAt))
}

/** Everything the device keeps, gone (signing out hands the device to someone else). */
export async function forgetAll(): Promise<void> {
  for (const name of ['lists', 'scans'] as const) await request((await store(name, 'readwrite')).clear())
}

/** A random id for a scan (crypto.randomUUID needs a secure page; a LAN address over http is not one). */
export function newScanId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

const DEVICE_KEY = 'kepu.door.device'

/** A short name of this device, shown to the other devices at the same door. */
export function deviceName(fallbackPrefix: string): string {
  let name = localStorage.getItem(DEVICE_KEY)
  if (!name) {
    name = `${fallbackPrefix} ${newScanId().slice(0, 4).toUpperCase()}`
    localStorage.setItem(DEVICE_KEY, name)
  }
  return name
}

export function setDeviceName(name: string): void {
  localStorage.setItem(DEVICE_KEY, name.trim().slice(0, 64))
}
