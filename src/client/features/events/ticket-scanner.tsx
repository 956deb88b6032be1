import { useEffect, useRef } from 'preact/hooks';

interface Detector { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> }
type DetectorClass = new (opts: { formats: string[] }) => Detector;

/**
 * Reads QR codes from the camera: the browser's BarcodeDetector where it exists, otherwise the
 * `jsqr` decoder, loaded only then. Calls onText for each code read; stops when unmounted. When
 * there is no camera (or no permission), onError lets the screen say so: the typed code still works.
 */
export function TicketScanner({ onText, onError }: { onText: (text: string) => void; onError: (error: unknown) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const start = async () => {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      const el = video.current;
      if (!el || stopped) return;
      el.srcObject = stream;
      await el.play();
      const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
      const detector = Native ? new Native({ formats: ['qr_code'] }) : null;
      const jsQR = detector ? null : (await import('jsqr')).default;
      const tick = async () => {
        if (stopped) return;
        if (detector) {
          for (const code of await detector.detect(el)) onText(code.rawValue);
        } else if (jsQR && el.videoWidth > 0) {
          canvas.width = el.videoWidth;
          canvas.height = el.videoHeight;
          const ctx = canvas.getContext('2d');
          ctx?.drawImage(el, 0, 0);
          const image = ctx?.getImageData(0, 0, canvas.width, canvas.height);
          const found = image && jsQR(image.data, image.width, image.height);
          if (found) onText(found.data);
        }
        setTimeout(() => void tick(), 300);
      };
      void tick();
    };
    start().catch((error: unknown) => {
      console.error('camera unavailable', error);
      if (!stopped) onError(error);
    });
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  return <video ref={video} class="scanner" muted playsInline />;
}
