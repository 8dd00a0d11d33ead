/**
 * Styles of the in-page report overlay. Every size is in px, never rem or em, so a page's
 * `html { font-size }` cannot shrink the button; `all: initial` on the host stops inherited and
 * universal page rules from reaching it, and the shadow root keeps page selectors out.
 */
export const OVERLAY_HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'right: 16px',
  'bottom: 16px',
  'z-index: 2147483647',
  'display: block',
  'width: auto',
  'height: auto',
].join(' !important; ') + ' !important';

export const OVERLAY_SHADOW_CSS = `
:host { all: initial; }
.button {
  all: initial;
  box-sizing: border-box;
  display: flex;
  align-items: center;
  gap: 6px;
  min-width: 48px;
  min-height: 44px;
  padding: 10px 16px;
  border-radius: 22px;
  background: #0f7a3d;
  color: #ffffff;
  font: 600 15px/20px system-ui, "Segoe UI", Roboto, Arial, sans-serif;
  cursor: pointer;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.3);
}
.button:hover { background: #0b6331; }
.button:focus-visible { outline: 3px solid #ffbf00; outline-offset: 2px; }
.panel {
  all: initial;
  display: block;
  position: fixed;
  right: 16px;
  bottom: 72px;
  width: 380px;
  height: 560px;
  max-height: calc(100vh - 88px);
  border: 0;
  border-radius: 12px;
  background: #ffffff;
  box-shadow: 0 4px 24px rgba(0, 0, 0, 0.35);
}
.panel[hidden] { display: none; }
`;
