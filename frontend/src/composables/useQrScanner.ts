import { onBeforeUnmount, ref, shallowRef } from 'vue'

/** The part of the Barcode Detection API we use; not yet in TypeScript's DOM library. */
interface DetectedBarcode {
  rawValue: string
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>
}
type BarcodeDetectorCtor = new (options: { formats: string[] }) => BarcodeDetectorLike

function detectorClass(): BarcodeDetectorCtor | null {
  const candidate = (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector
  return typeof candidate === 'function' ? candidate : null
}

/** Reads QR codes from the phone camera where the browser can (Chrome on Android); else typing stays. */
export function useQrScanner(onCode: (code: string) => void) {
  const supported = detectorClass() !== null && !!navigator.mediaDevices?.getUserMedia
  const scanning = ref(false)
  const error = ref('')
  const video = shallowRef<HTMLVideoElement | null>(null)
  let stream: MediaStream | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastCode = ''

  async function start(element: HTMLVideoElement): Promise<void> {
    const Detector = detectorClass()
    if (!Detector) return
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
    const detector = new Detector({ formats: ['qr_code'] })
    const tick = async () => {
      if (!scanning.value || !video.value) return
      try {
        const codes = await detector.detect(video.value)
        const value = codes[0]?.rawValue.trim()
        // The same code stays in view for a while; report it once until another one shows up.
        if (value && value !== lastCode) {
          lastCode = value
          onCode(value)
        }
      } catch {
        // A frame that cannot be read is skipped.
      }
      timer = setTimeout(tick, 300)
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
