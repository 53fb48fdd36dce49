import { useEffect, useRef, useState } from 'react';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';
import { type CameraFacing, useDeskSettings } from '../lib/desk-settings-store';
import { createFrameDecoder } from '../lib/qr-decoder';

/** The same code seen again within this time is the same person still holding up their phone. */
export const REPEAT_IGNORE_MS = 3000;
const FRAME_EVERY_MS = 120;

type CameraState = 'starting' | 'running' | 'denied' | 'unavailable';

interface TorchCapabilities extends MediaTrackCapabilities {
  torch?: boolean;
}

/** Keeps a code from firing again while it stays in front of the camera. */
export function createRepeatFilter(now: () => number = () => performance.now()) {
  let lastCode = '';
  let firedAt = -Infinity;
  return (code: string) => {
    const at = now();
    if (code === lastCode && at - firedAt < REPEAT_IGNORE_MS) return false;
    lastCode = code;
    firedAt = at;
    return true;
  };
}

/**
 * The camera: the back one by default with a switch, the torch where the track has one,
 * decoding a few frames a second.
 */
export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const facing = useDeskSettings((s) => s.facing);
  const setFacing = useDeskSettings((s) => s.setFacing);
  const [state, setState] = useState<CameraState>('starting');
  const [track, setTrack] = useState<MediaStreamTrack | null>(null);
  const [torch, setTorch] = useState(false);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const fresh = createRepeatFilter();
    const start = async (mode: CameraFacing) => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setState('unavailable');
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: { ideal: mode }, width: { ideal: 1280 }, height: { ideal: 720 } },
          audio: false,
        });
      } catch (error) {
        setState(
          error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'unavailable',
        );
        return;
      }
      if (stopped || !video.current) return stream.getTracks().forEach((tr) => tr.stop());
      video.current.srcObject = stream;
      await video.current.play().catch(() => undefined);
      setTrack(stream.getVideoTracks()[0] ?? null);
      setState('running');
      const decode = await createFrameDecoder();
      const tick = async () => {
        if (stopped || !video.current) return;
        const code = await decode(video.current).catch(() => null);
        if (code && fresh(code)) onCodeRef.current(code);
        timer = setTimeout(() => void tick(), FRAME_EVERY_MS);
      };
      void tick();
    };
    void start(facing);
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((tr) => tr.stop());
      setTrack(null);
      setTorch(false);
    };
  }, [facing]);

  const hasTorch = !!track && !!(track.getCapabilities?.() as TorchCapabilities | undefined)?.torch;
  const toggleTorch = async () => {
    if (!track) return;
    const next = !torch;
    try {
      await track.applyConstraints({ advanced: [{ torch: next } as MediaTrackConstraintSet] });
      setTorch(next);
    } catch {
      // Some phones list a torch they will not switch; the button simply does nothing then.
    }
  };

  return (
    <div className="space-y-2">
      <div className="relative aspect-video w-full overflow-hidden rounded-lg bg-slate-900">
        <video
          ref={video}
          muted
          playsInline
          className="size-full object-cover"
          aria-label={t('desk.cameraView')}
        />
        {state !== 'running' ? (
          <p
            role="status"
            className="absolute inset-0 flex items-center justify-center p-4 text-center text-white"
          >
            {t(`desk.camera.${state}`)}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={secondaryButton}
          onClick={() => setFacing(facing === 'environment' ? 'user' : 'environment')}
        >
          {facing === 'environment' ? t('desk.useFrontCamera') : t('desk.useBackCamera')}
        </button>
        {hasTorch ? (
          <button
            type="button"
            aria-pressed={torch}
            className={secondaryButton}
            onClick={() => void toggleTorch()}
          >
            {t('desk.torch')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
