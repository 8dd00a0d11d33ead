import { useEffect, useRef, useState } from 'preact/hooks';
import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import type { Screenshot } from '../../utils/report/schema';
import { decodeScreenshot, drawRedacted, rectangleBetween } from './redact-screenshot';
import type { Redaction } from './redact-screenshot';

/** Rectangles smaller than this (in screenshot pixels) are taken as a slip, not a black-out. */
const MIN_REDACTION_SIZE = 4;

interface Props {
  language: Language;
  screenshot: Screenshot;
  redactions: Redaction[];
  onChange: (redactions: Redaction[]) => void;
}

/**
 * Shows the screenshot before it is sent and lets the child black out parts of it by dragging
 * rectangles, with undo. The rectangles are applied to the pixels when the report is sent.
 *
 * NOTE: black-outs are drawn with a pointer (mouse, touch or pen) only. A keyboard user can untick
 * the checkbox above and send without the screenshot instead.
 */
export function ScreenshotEditor({ language, screenshot, redactions, onChange }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [image, setImage] = useState<ImageBitmap | null>(null);
  const [dragFrom, setDragFrom] = useState<{ x: number; y: number } | null>(null);
  const [draft, setDraft] = useState<Redaction | null>(null);

  useEffect(() => {
    let live = true;
    void decodeScreenshot(screenshot).then((decoded) => live && setImage(decoded));
    return () => {
      live = false;
    };
  }, [screenshot]);

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context || !image) return;
    drawRedacted(context, image, draft ? [...redactions, draft] : redactions);
  }, [image, redactions, draft]);

  const toImagePoint = (event: PointerEvent) => {
    const bounds = canvasRef.current!.getBoundingClientRect();
    return {
      x: ((event.clientX - bounds.left) / bounds.width) * screenshot.width,
      y: ((event.clientY - bounds.top) / bounds.height) * screenshot.height,
    };
  };
  const finish = (event: PointerEvent) => {
    if (!dragFrom) return;
    const box = rectangleBetween(dragFrom, toImagePoint(event));
    setDragFrom(null);
    setDraft(null);
    if (box.width >= MIN_REDACTION_SIZE && box.height >= MIN_REDACTION_SIZE) onChange([...redactions, box]);
  };

  return (
    <div class="screenshot-editor">
      <p class="muted">{translate(language, 'reportFormRedactHelp')}</p>
      <canvas
        ref={canvasRef}
        width={screenshot.width}
        height={screenshot.height}
        role="img"
        aria-label={translate(language, 'reportFormRedactCanvasLabel')}
        data-testid="screenshot-canvas"
        data-redactions={redactions.length}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          setDragFrom(toImagePoint(event));
        }}
        onPointerMove={(event) => dragFrom && setDraft(rectangleBetween(dragFrom, toImagePoint(event)))}
        onPointerUp={finish}
        onPointerCancel={() => {
          setDragFrom(null);
          setDraft(null);
        }}
      />
      <button type="button" class="secondary" disabled={redactions.length === 0} onClick={() => onChange(redactions.slice(0, -1))}>
        ↶ {translate(language, 'reportFormRedactUndo')}
      </button>
    </div>
  );
}
