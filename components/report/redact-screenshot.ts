import type { Screenshot } from '../../utils/report/schema';

/** A black-out rectangle in the screenshot's own pixels. */
export interface Redaction {
  x: number;
  y: number;
  width: number;
  height: number;
}

const JPEG_QUALITY = 0.85;

/** Decodes a screenshot into an image the canvas can draw. */
export async function decodeScreenshot(screenshot: Screenshot): Promise<ImageBitmap> {
  const response = await fetch(`data:${screenshot.mediaType};base64,${screenshot.data}`);
  return createImageBitmap(await response.blob());
}

/** Draws the screenshot with its black-outs on `context`, which must be the screenshot's size. */
export function drawRedacted(context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, image: ImageBitmap, redactions: Redaction[]): void {
  context.drawImage(image, 0, 0);
  context.fillStyle = '#000000';
  for (const box of redactions) context.fillRect(box.x, box.y, box.width, box.height);
}

/**
 * Returns a new JPEG of the screenshot with the black-outs burned into its pixels. This runs in the
 * report form, on the device; the original pixels under a black-out never leave it. With no
 * black-outs the screenshot is returned as it is.
 */
export async function redactScreenshot(screenshot: Screenshot, redactions: Redaction[]): Promise<Screenshot> {
  if (redactions.length === 0) return screenshot;

  const image = await decodeScreenshot(screenshot);
  const canvas = new OffscreenCanvas(image.width, image.height);
  drawRedacted(canvas.getContext('2d')!, image, redactions);
  image.close();
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
  return { ...screenshot, data: await base64Of(blob) };
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

/** Returns the rectangle between two points, with a positive width and height. */
export function rectangleBetween(from: { x: number; y: number }, to: { x: number; y: number }): Redaction {
  return {
    x: Math.round(Math.min(from.x, to.x)),
    y: Math.round(Math.min(from.y, to.y)),
    width: Math.round(Math.abs(to.x - from.x)),
    height: Math.round(Math.abs(to.y - from.y)),
  };
}
