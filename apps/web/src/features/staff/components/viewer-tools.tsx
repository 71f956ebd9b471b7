import { useState } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { useT } from '@/lib/i18n/i18n-provider.tsx';

const MIN_ZOOM = 0.5;
const MAX_ZOOM = 4;
const ZOOM_STEP = 0.5;

export interface ZoomRotate {
  /** 1 fits the frame's width. */
  zoom: number;
  /** Clockwise quarter turns, in degrees: 0, 90, 180 or 270. */
  rotation: number;
  zoomIn: () => void;
  zoomOut: () => void;
  rotate: () => void;
}

export function useZoomRotate(): ZoomRotate {
  const [zoom, setZoom] = useState(1);
  const [rotation, setRotation] = useState(0);
  return {
    zoom,
    rotation,
    zoomIn: () => setZoom((z) => Math.min(MAX_ZOOM, z + ZOOM_STEP)),
    zoomOut: () => setZoom((z) => Math.max(MIN_ZOOM, z - ZOOM_STEP)),
    rotate: () => setRotation((r) => (r + 90) % 360),
  };
}

/** Zoom and rotate buttons shared by the image and the PDF viewer, so both work the same way. */
export function ViewerTools({ label, view }: { label: string; view: ZoomRotate }) {
  const t = useT();
  return (
    <div className="viewer__tools" role="group" aria-label={label}>
      {/* aria-disabled, not disabled, at the limits: a disabled button would drop the focus of
          a reviewer pressing it from the keyboard. */}
      <Button variant="secondary" onClick={view.zoomIn} aria-disabled={view.zoom >= MAX_ZOOM}>
        {t('staff.viewer.zoomIn')}
      </Button>
      <Button variant="secondary" onClick={view.zoomOut} aria-disabled={view.zoom <= MIN_ZOOM}>
        {t('staff.viewer.zoomOut')}
      </Button>
      <Button variant="secondary" onClick={view.rotate}>
        {t('staff.viewer.rotate')}
      </Button>
      <span className="viewer__state" aria-live="polite">
        {t('staff.viewer.state', { zoom: Math.round(view.zoom * 100), rotation: view.rotation })}
      </span>
    </div>
  );
}
