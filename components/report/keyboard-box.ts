import type { Redaction } from './redact-screenshot';

/** The size of the screenshot, in its own pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

/** One arrow-key press moves or resizes the frame by this fraction of the picture's side. */
const STEP_FRACTION = 0.04;
/** The frame never gets smaller than this fraction of the picture's side. */
const MIN_FRACTION = 0.02;

const ARROW_DIRECTIONS: Record<string, { dx: number; dy: number }> = {
  ArrowLeft: { dx: -1, dy: 0 },
  ArrowRight: { dx: 1, dy: 0 },
  ArrowUp: { dx: 0, dy: -1 },
  ArrowDown: { dx: 0, dy: 1 },
};

/** Returns the frame a keyboard user starts from: a quarter of the width, an eighth of the height, centred. */
export function initialKeyboardBox(image: ImageSize): Redaction {
  const width = Math.round(image.width / 4);
  const height = Math.round(image.height / 8);
  return { x: Math.round((image.width - width) / 2), y: Math.round((image.height - height) / 2), width, height };
}

/**
 * Returns the frame after an arrow key: moved, or with `resize` (Shift held) made wider or taller
 * with Right and Down and narrower or shorter with Left and Up. The frame stays inside the
 * picture. Returns null for any key that is not an arrow.
 */
export function moveKeyboardBox(box: Redaction, key: string, resize: boolean, image: ImageSize): Redaction | null {
  const direction = ARROW_DIRECTIONS[key];
  if (!direction) return null;

  const stepX = Math.max(1, Math.round(image.width * STEP_FRACTION));
  const stepY = Math.max(1, Math.round(image.height * STEP_FRACTION));
  if (resize) {
    const width = clamp(box.width + direction.dx * stepX, Math.round(image.width * MIN_FRACTION), image.width - box.x);
    const height = clamp(box.height + direction.dy * stepY, Math.round(image.height * MIN_FRACTION), image.height - box.y);
    return { ...box, width, height };
  }
  return {
    ...box,
    x: clamp(box.x + direction.dx * stepX, 0, image.width - box.width),
    y: clamp(box.y + direction.dy * stepY, 0, image.height - box.height),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
