/**
 * Styles of the in-page report overlay. The host is a manual popover in the top layer, so its
 * inline style also undoes the browser's default popover look (centred, bordered, opaque). Every size is in px, never rem or em, so a page's
 * `html { font-size }` cannot shrink the button. The host's inline declarations are `!important`,
 * which no page style sheet can override (inline important declarations win over author ones);
 * `all: initial` stops inherited page rules, and the closed shadow root keeps page selectors out.
 */
export type OverlayCorner = 'bottomRight' | 'bottomLeft' | 'topLeft' | 'topRight';

/** The order in which the move button cycles through the corners. */
export const OVERLAY_CORNERS: readonly OverlayCorner[] = ['bottomRight', 'bottomLeft', 'topLeft', 'topRight'];

const CORNER_OFFSETS: Record<OverlayCorner, string[]> = {
  bottomRight: ['right: 16px', 'bottom: 16px', 'left: auto', 'top: auto'],
  bottomLeft: ['left: 16px', 'bottom: 16px', 'right: auto', 'top: auto'],
  topLeft: ['left: 16px', 'top: 16px', 'right: auto', 'bottom: auto'],
  topRight: ['right: 16px', 'top: 16px', 'left: auto', 'bottom: auto'],
};

/** Returns the host's inline style for a corner; `opacity` hides it for a screenshot. */
export function overlayHostStyle(corner: OverlayCorner, hidden: boolean): string {
  const declarations = [
    'all: initial',
    'position: fixed',
    'inset: auto',
    ...CORNER_OFFSETS[corner],
    'z-index: 2147483647',
    'display: block',
    'overflow: visible',
    'border: 0',
    'background: transparent',
    'visibility: visible',
    'width: auto',
    'height: auto',
    'margin: 0',
    'padding: 0',
    'transform: none',
    'filter: none',
    'clip-path: none',
    'pointer-events: auto',
    `opacity: ${hidden ? '0' : '1'}`,
  ];
  return declarations.map((declaration) => `${declaration} !important`).join('; ');
}

export const OVERLAY_SHADOW_CSS = `
:host { all: initial; }
.dock { all: initial; display: flex; align-items: center; gap: 4px; }
.dock[hidden] { display: none; }
.corner-bottomLeft .dock, .corner-topLeft .dock { flex-direction: row-reverse; }
button {
  all: initial;
  box-sizing: border-box;
  display: flex;
  align-items: center;
  justify-content: center;
  gap: 6px;
  min-height: 44px;
  border-radius: 22px;
  background: #0f7a3d;
  color: #ffffff;
  font: 600 15px/20px system-ui, "Segoe UI", Roboto, Arial, sans-serif;
  cursor: pointer;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.3);
}
button:hover { background: #0b6331; }
button:focus-visible { outline: 3px solid #ffbf00; outline-offset: 2px; }
button[hidden] { display: none; }
.report { padding: 10px 16px; min-width: 48px; }
.small { width: 32px; min-height: 32px; height: 32px; border-radius: 16px; background: #ffffff; color: #0b6331; font-size: 16px; }
.small:hover { background: #e6f4ec; }
.collapsed .report { padding: 10px 12px; }
.collapsed .label, .collapsed .move { display: none; }
.panel {
  all: initial;
  display: block;
  position: fixed;
  width: 380px;
  height: 600px;
  max-width: calc(100vw - 32px);
  max-height: calc(100vh - 88px);
  border: 0;
  border-radius: 12px;
  background: #ffffff;
  box-shadow: 0 4px 24px rgba(0, 0, 0, 0.35);
}
.corner-bottomRight .panel { right: 16px; bottom: 72px; }
.corner-bottomLeft .panel { left: 16px; bottom: 72px; }
.corner-topLeft .panel { left: 16px; top: 72px; }
.corner-topRight .panel { right: 16px; top: 72px; }
`;
