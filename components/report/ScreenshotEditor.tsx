import { useEffect, useRef, useState } from 'preact/hooks';
import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import type { Screenshot } from '../../utils/report/schema';
import { initialKeyboardBox, moveKeyboardBox } from './keyboard-box';
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
 * Shows the screenshot before it is sent and lets the child black out parts of it, with undo. A
 * pointer drags rectangles. From the keyboard, the focused picture shows a frame that the arrow
 * keys move (with Shift, resize) and Enter or Space blacks out. The rectangles are applied to the
 * pixels when the report is sent.
 */
export function ScreenshotEditor({ language, screenshot, redactions, onChange }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [image, setImage] = useState<ImageBitmap | null>(null);
  const [dragFrom, setDragFrom] = useState<{ x: number; y: number } | null>(null);
  const [draft, setDraft] = useState<Redaction | null>(null);
  // The frame is drawn only while the picture has keyboard focus, not after a click on it.
  const [keyboardBox, setKeyboardBox] = useState<Redaction | null>(null);
  const [keyboardFocus, setKeyboardFocus] = useState(false);

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
    if (keyboardFocus && keyboardBox) drawKeyboardFrame(context, keyboardBox);
  }, [image, redactions, draft, keyboardFocus, keyboardBox]);

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

  const handleKey = (event: KeyboardEvent) => {
    if (!keyboardBox) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onChange([...redactions, keyboardBox]);
      return;
    }
    const moved = moveKeyboardBox(keyboardBox, event.key, event.shiftKey, screenshot);
    if (!moved) return;
    event.preventDefault();
    setKeyboardBox(moved);
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
        aria-describedby="redact-keyboard-help"
        tabIndex={0}
        data-testid="screenshot-canvas"
        data-redactions={redactions.length}
        onFocus={(event) => {
          if (!event.currentTarget.matches(':focus-visible')) return;
          setKeyboardBox((current) => current ?? initialKeyboardBox(screenshot));
          setKeyboardFocus(true);
        }}
        onBlur={() => setKeyboardFocus(false)}
        onKeyDown={handleKey}
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
      <p id="redact-keyboard-help" class="muted">
        {translate(language, 'reportFormRedactKeyboardHelp')}
      </p>
      <button type="button" class="secondary" disabled={redactions.length === 0} onClick={() => onChange(redactions.slice(0, -1))}>
        ↶ {translate(language, 'reportFormRedactUndo')}
      </button>
    </div>
  );
}

/** Outlines the keyboard frame in white and black, so it shows on light and dark pages. */
function drawKeyboardFrame(context: CanvasRenderingContext2D, box: Redaction): void {
  const lineWidth = Math.max(2, Math.round(context.canvas.width / 160));
  context.lineWidth = lineWidth * 2;
  context.strokeStyle = '#ffffff';
  context.setLineDash([]);
  context.strokeRect(box.x, box.y, box.width, box.height);
  context.lineWidth = lineWidth;
  context.strokeStyle = '#000000';
  context.setLineDash([lineWidth * 4, lineWidth * 3]);
  context.strokeRect(box.x, box.y, box.width, box.height);
  context.setLineDash([]);
}
