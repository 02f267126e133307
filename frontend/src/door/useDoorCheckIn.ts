import { computed, onBeforeUnmount, onMounted, ref, shallowRef } from 'vue'

import { ApiError } from '@/api/client'
import { doorApi, type CheckInCounter, type CheckInList, type DoorRegistration, type ScanResult } from '@/api/door'

import { loadList, loadScans, newScanId, saveList, saveScan, type QueuedScan } from './store'

/** What the screen says about one code just presented. */
export type DoorOutcome =
  | { kind: 'queued' | 'accepted'; code: string; person: DoorRegistration | null; at: string }
  | { kind: 'already'; code: string; person: DoorRegistration; at: string; device: string | null }
  | { kind: 'waitlisted' | 'cancelled'; code: string; person: DoorRegistration; at: string }
  | { kind: 'duplicate' | 'refused'; code: string; person: DoorRegistration | null; at: string; reason: string }

const POLL_MS = 20_000

export function normaliseCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, '')
}

/**
 * The door of one event on this device. The check-in list is downloaded while online and kept in
 * IndexedDB; codes are judged against it at once, queued with an id made here, and sent whenever the
 * network is there (the server records each scan once, so sending again is harmless). The server has
 * the last word: a code also used on another device comes back as a duplicate, and the list tells
 * the device that accepted it first.
 */
export function useDoorCheckIn(eventId: number, device: () => string) {
  const list = shallowRef<CheckInList | null>(null)
  const scans = ref<QueuedScan[]>([])
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
  const syncing = ref(false)
  const loading = ref(true)
  const error = shallowRef<unknown>(null)
  const recent = ref<DoorOutcome[]>([])
  let timer: ReturnType<typeof setInterval> | null = null

  const byCode = computed(() => new Map((list.value?.registrations ?? []).map((row) => [row.code, row])))
  const pending = computed(() => scans.value.filter((scan) => !scan.result))

  /** The server's counter, plus the people this device let in that the server has not heard of yet. */
  const counter = computed<CheckInCounter>(() => {
    const base = list.value?.counter ?? { checked_in: 0, expected: 0, companions: 0, registrations: 0, duplicates: 0 }
    let people = 0
    let companions = 0
    let registrations = 0
    for (const scan of pending.value) {
      const person = byCode.value.get(scan.code)
      if (!person || person.checked_in_at || person.status !== 'confirmed') continue
      people += 1 + person.companions
      companions += person.companions
      registrations += 1
    }
    return {
      ...base,
      checked_in: base.checked_in + people,
      companions: base.companions + companions,
      registrations: base.registrations + registrations,
    }
  })

  /** Codes this device let in that were also shown on another device (the server refused those). */
  const usedElsewhere = computed(() => {
    const mine = new Set(scans.value.filter((scan) => scan.result?.outcome === 'accepted').map((scan) => scan.code))
    return (list.value?.duplicates ?? []).filter((dup) => mine.has(dup.code) && dup.device !== device())
  })

  const duplicatesHere = computed(() => scans.value.filter((scan) => scan.result?.outcome === 'duplicate'))

  async function refreshList(): Promise<void> {
    const fresh = await doorApi.list(eventId)
    list.value = fresh
    await saveList(eventId, fresh)
  }

  function remember(outcome: DoorOutcome): DoorOutcome {
    recent.value = [outcome, ...recent.value].slice(0, 30)
    return outcome
  }

  function applyResult(result: ScanResult): void {
    const scan = scans.value.find((item) => item.id === result.id)
    if (!scan) return
    scan.result = result
    void saveScan({ ...scan, result: { ...result } })
    const entry = recent.value.find((item) => item.code === scan.code && item.kind === 'queued')
    if (!entry) return
    if (result.outcome === 'accepted') {
      Object.assign(entry, { kind: 'accepted' })
    } else {
      Object.assign(entry, { kind: result.outcome === 'duplicate' ? 'duplicate' : 'refused', reason: result.reason })
    }
  }

  /** Sends what is queued; quietly waits for the next chance when the network is not there. */
  async function sync(): Promise<void> {
    if (syncing.value) return
    syncing.value = true
    try {
      const queue = pending.value.map((scan) => ({ id: scan.id, code: scan.code, scanned_at: scan.scannedAt }))
      if (queue.length) {
        const answer = await doorApi.sync(eventId, device(), queue)
        answer.results.forEach(applyResult)
      }
      await refreshList()
      online.value = true
      error.value = null
    } catch (err) {
      if (err instanceof ApiError && err.isNetworkError) online.value = false
      else error.value = err
    } finally {
      syncing.value = false
    }
  }

  /** Judge a code against the list on this device, queue it, and send it if the network allows. */
  function checkIn(raw: string): DoorOutcome | null {
    const code = normaliseCode(raw)
    if (!code) return null
    const at = new Date().toISOString()
    const person = byCode.value.get(code) ?? null
    if (person?.status === 'waitlisted') return remember({ kind: 'waitlisted', code, person, at })
    const earlier = scans.value.find(
      (scan) => scan.code === code && (!scan.result || scan.result.outcome === 'accepted'),
    )
    if (person && (person.checked_in_at || earlier)) {
      return remember({
        kind: 'already',
        code,
        person,
        at: person.checked_in_at ?? earlier!.scannedAt,
        device: person.checked_in_device ?? (earlier ? device() : null),
      })
    }
    const scan: QueuedScan = { id: newScanId(), eventId, code, scannedAt: at }
    scans.value.push(scan)
    void saveScan({ ...scan })
    const outcome = remember({ kind: 'queued', code, person, at })
    void sync()
    return outcome
  }

  function onOnline(): void {
    online.value = true
    void sync()
  }

  function onOffline(): void {
    online.value = false
  }

  async function start(): Promise<void> {
    loading.value = true
    try {
      list.value = await loadList(eventId)
      scans.value = await loadScans(eventId)
      await sync()
      if (!list.value && error.value === null && !online.value) error.value = new ApiError(0, '')
    } finally {
      loading.value = false
    }
  }

  onMounted(() => {
    window.addEventListener('online', onOnline)
    window.addEventListener('offline', onOffline)
    timer = setInterval(() => void sync(), POLL_MS)
    void start()
  })

  onBeforeUnmount(() => {
    window.removeEventListener('online', onOnline)
    window.removeEventListener('offline', onOffline)
    if (timer) clearInterval(timer)
  })

  return { list, scans, pending, online, syncing, loading, error, recent, counter, usedElsewhere, duplicatesHere, checkIn, sync, refreshList }
}
