// Loaded lazily by document-card.tsx, so pdf.js (~135 KiB gzip, and its worker ~370 KiB) reaches
// only a reviewer who opens a PDF, never the citizen's bundle (docs/decisions/008-staff-pdf-viewer.md).
import { useEffect, useRef, useState } from 'react';
import {
  getDocument,
  GlobalWorkerOptions,
  RenderingCancelledException,
  VerbosityLevel,
  version,
} from 'pdfjs-dist';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
// The worker is a file of our own build, served from our origin (CSP worker-src 'self').
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { Button } from '@/components/ui/button.tsx';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { PdfFailed } from './pdf-failed.tsx';
import { useZoomRotate, ViewerTools } from './viewer-tools.tsx';

GlobalWorkerOptions.workerSrc = workerUrl;

// Copied there by apps/web/vite.config.ts (pdfjsAssets): CMaps, standard fonts, JS decoders.
const assetBase = new URL(`${import.meta.env.BASE_URL}assets/pdfjs-${version}/`, document.baseURI)
  .href;

// A zoomed page is drawn at most this many device pixels (64 MB of canvas); beyond that it is
// drawn coarser and scaled up, rather than risk the tab running out of memory at 400 %.
const MAX_CANVAS_PIXELS = 4096 * 4096;
// The upload rule's limit for one image (40 megapixels); an image inside a
// PDF that is larger is not drawn.
const MAX_IMAGE_PIXELS = 40_000_000;

type Loaded =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; pdf: PDFDocumentProxy };

async function openPdf(url: string, signal: AbortSignal) {
  // One ordinary same-origin GET with the session cookie, so the view is audited once; pdf.js
  // itself never fetches the document (no range requests, nothing from another origin).
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const data = new Uint8Array(await response.arrayBuffer());
  return getDocument({
    data,
    // pdf.js 5.7 removed isEvalSupported: the code it generated from a PDF (PostScript
    // functions) is now compiled to Wasm instead, so turning Wasm off keeps every PDF
    // interpreted, never compiled (the CSP has no 'wasm-unsafe-eval' either).
    useWasm: false,
    wasmUrl: `${assetBase}wasm/`,
    cMapUrl: `${assetBase}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assetBase}standard_fonts/`,
    enableXfa: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    verbosity: VerbosityLevel.ERRORS,
  });
}

export function PdfViewer({
  url,
  downloadUrl,
  label,
}: {
  url: string;
  downloadUrl: string;
  /** What the document is, e.g. "Proof of settlement abroad". */
  label: string;
}) {
  const t = useT();
  const view = useZoomRotate();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [pageNumber, setPageNumber] = useState(1);
  const [frameWidth, setFrameWidth] = useState(0);
  const [drawing, setDrawing] = useState(true);
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    let task: ReturnType<typeof getDocument> | undefined;
    openPdf(url, controller.signal)
      .then(async (loadingTask) => {
        task = loadingTask;
        const pdf = await loadingTask.promise;
        if (!controller.signal.aborted) setLoaded({ state: 'ready', pdf });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed' });
      });
    return () => {
      controller.abort();
      void task?.destroy();
    };
  }, [url]);

  // The page is drawn to fit the frame's width at 100 %, so it follows the layout (360 px phone
  // or desktop column) instead of the PDF's own size.
  const ready = loaded.state === 'ready';
  useEffect(() => {
    const frame = frameRef.current;
    if (!ready || !frame) return undefined;
    // The observer reports the first size at once, then every change.
    const observer = new ResizeObserver(() => setFrameWidth(frame.clientWidth));
    observer.observe(frame);
    return () => observer.disconnect();
  }, [ready]);

  const pdf = loaded.state === 'ready' ? loaded.pdf : undefined;
  const { zoom, rotation } = view;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!pdf || !canvas || frameWidth <= 0) return undefined;
    let cancelled = false;
    let task: RenderTask | undefined;
    void (async () => {
      const page = await pdf.getPage(pageNumber);
      if (cancelled) return;
      setDrawing(true);
      const turn = (page.rotate + rotation) % 360;
      const natural = page.getViewport({ scale: 1, rotation: turn });
      const scale = (frameWidth / natural.width) * zoom;
      const css = page.getViewport({ scale, rotation: turn });
      const density = Math.min(
        window.devicePixelRatio || 1,
        Math.sqrt(MAX_CANVAS_PIXELS / (css.width * css.height)),
      );
      const viewport = page.getViewport({ scale: scale * density, rotation: turn });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(css.width)}px`;
      canvas.style.height = `${Math.floor(css.height)}px`;
      task = page.render({ canvas, viewport });
      await task.promise;
      if (!cancelled) setDrawing(false);
    })().catch((error: unknown) => {
      if (!cancelled && !(error instanceof RenderingCancelledException)) {
        setLoaded({ state: 'failed' });
      }
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, pageNumber, zoom, rotation, frameWidth]);

  if (loaded.state === 'failed') return <PdfFailed downloadUrl={downloadUrl} label={label} />;
  if (loaded.state === 'loading') {
    return (
      <p className="viewer__state" role="status">
        {t('staff.pdf.loading')}
      </p>
    );
  }

  const pages = loaded.pdf.numPages;
  const pageLabel = t('staff.pdf.pageAlt', { page: pageNumber, pages, document: label });
  return (
    <div className="viewer">
      <ViewerTools label={t('staff.pdf.tools')} view={view} />
      <div className="viewer__tools" role="group" aria-label={t('staff.pdf.pages')}>
        {/* aria-disabled, not disabled: the last "next" must keep the keyboard focus. */}
        {pages > 1 ? (
          <Button
            variant="secondary"
            onClick={() => setPageNumber((n) => Math.max(1, n - 1))}
            aria-disabled={pageNumber <= 1}
          >
            {t('staff.pdf.previous')}
          </Button>
        ) : null}
        {pages > 1 ? (
          <Button
            variant="secondary"
            onClick={() => setPageNumber((n) => Math.min(pages, n + 1))}
            aria-disabled={pageNumber >= pages}
          >
            {t('staff.pdf.next')}
          </Button>
        ) : null}
        <span className="viewer__state" aria-live="polite">
          {t('staff.pdf.page', { page: pageNumber, pages })}
        </span>
      </div>
      {/* The frame scrolls, not the page, so a zoomed page never widens the screen (WCAG 1.4.10). */}
      <div
        className="viewer__frame viewer__frame--pdf"
        tabIndex={0}
        role="region"
        aria-label={label}
        aria-busy={drawing}
        ref={frameRef}
      >
        <canvas className="viewer__canvas" ref={canvasRef} role="img" aria-label={pageLabel} />
      </div>
    </div>
  );
}
