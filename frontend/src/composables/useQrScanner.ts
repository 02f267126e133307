import { onBeforeUnmount, ref, shallowRef } from 'vue'

/** The part of the Barcode Detection API we use; not yet in TypeScript's DOM library. */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<Array<{ rawValue: string }>>
}
type BarcodeDetectorCtor = new (options: { formats: string[] }) => BarcodeDetectorLike

type Decoder = (video: HTMLVideoElement) => Promise<string | null>

const SCAN_WIDTH = 480

function nativeDecoder(): Decoder | null {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector
  if (typeof Detector !== 'function') return null
  const detector = new Detector({ formats: ['qr_code'] })
  return async (video) => (await detector.detect(video))[0]?.rawValue ?? null
}

/** Browsers without BarcodeDetector (Safari, desktop Firefox) decode frames in JavaScript. */
async function scriptDecoder(): Promise<Decoder> {
  const { default: jsQR } = await import('jsqr')
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  return async (video) => {
    if (!context || !video.videoWidth) return null
    const scale = Math.min(1, SCAN_WIDTH / video.videoWidth)
    canvas.width = Math.round(video.videoWidth * scale)
    canvas.height = Math.round(video.videoHeight * scale)
    context.drawImage(video, 0, 0, canvas.width, canvas.height)
    const frame = context.getImageData(0, 0, canvas.width, canvas.height)
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data ?? null
  }
}

/** Reads QR codes from the phone camera (needs HTTPS or localhost); typing the code always works too. */
export function useQrScanner(onCode: (code: string) => void) {
  const supported = typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia
  const scanning = ref(false)
  const error = ref('')
  const video = shallowRef<HTMLVideoElement | null>(null)
  let stream: MediaStream | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastCode = ''

  async function start(element: HTMLVideoElement): Promise<void> {
    error.value = ''
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err)
      return
    }
    video.value = element
    element.srcObject = stream
    await element.play().catch(() => undefined)
    scanning.value = true
    const decode = nativeDecoder() ?? (await scriptDecoder())
    const tick = async () => {
      if (!scanning.value || !video.value) return
      try {
        const value = (await decode(video.value))?.trim()
        // The same code stays in view for a while; report it once until another one shows up.
        if (value && value !== lastCode) {
          lastCode = value
          onCode(value)
        }
      } catch {
        // A frame that cannot be read is skipped.
      }
      timer = setTimeout(tick, 250)
    }
    void tick()
  }

  function stop(): void {
    scanning.value = false
    if (timer) clearTimeout(timer)
    timer = null
    stream?.getTracks().forEach((track) => track.stop())
    stream = null
    if (video.value) video.value.srcObject = null
    lastCode = ''
  }

  onBeforeUnmount(stop)

  return { supported, scanning, error, start, stop }
}
