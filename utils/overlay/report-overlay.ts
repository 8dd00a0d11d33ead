import { extensionApi } from '../extension-api';
import { parseContentRequest } from './content-request';
import type { ContentRequest } from './content-request';
import { guardOverlayHost } from './overlay-guard';
import { OVERLAY_CORNERS, OVERLAY_SHADOW_CSS, overlayHostStyle } from './overlay-style';
import type { OverlayCorner } from './overlay-style';

const HOST_TAG = 'khien-xanh-overlay';

export interface ReportOverlay {
  showForm(targetUrl?: string): void;
  closeForm(): void;
  setHidden(hidden: boolean): Promise<void>;
  setButtonVisible(visible: boolean): void;
  isAttached(): boolean;
  remove(): void;
}

interface OverlayState {
  corner: OverlayCorner;
  hidden: boolean;
  collapsed: boolean;
  panel: HTMLIFrameElement | null;
  panelTarget: string | undefined;
}

/**
 * Draws the "Báo cáo / Report" button in a closed shadow root and, when it is pressed, the report
 * form as an iframe of the extension's own page. The page can neither style the button nor read
 * what the child types, because the form lives in the extension's origin. The child can collapse
 * the button to a small shield and move it to another corner of the window.
 */
export function createReportOverlay(): ReportOverlay {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const state: OverlayState = { corner: 'bottomRight', hidden: false, collapsed: false, panel: null, panelTarget: undefined };
  const hostStyle = () => overlayHostStyle(state.corner, state.hidden);

  const frame = document.createElement('div');
  const style = document.createElement('style');
  style.textContent = OVERLAY_SHADOW_CSS;
  const controls = createControls();
  frame.append(controls.dock);
  shadow.append(style, frame);

  const render = (): void => {
    frame.className = `corner-${state.corner}${state.collapsed ? ' collapsed' : ''}`;
    controls.collapse.textContent = state.collapsed ? '›' : '×';
    controls.collapse.setAttribute('aria-label', state.collapsed ? 'Mở rộng / Expand' : 'Thu nhỏ / Collapse');
    controls.report.setAttribute('aria-expanded', String(state.panel !== null));
    host.setAttribute('style', hostStyle());
  };

  const showForm = (targetUrl?: string): void => {
    if (state.panel && state.panelTarget !== targetUrl) closePanel(state);
    state.panel ??= createPanel(frame, targetUrl);
    state.panelTarget = targetUrl;
    render();
    state.panel.focus();
  };
  const closeForm = (): void => {
    closePanel(state);
    render();
    controls.report.focus();
  };

  controls.report.addEventListener('click', () => (state.panel ? closeForm() : showForm()));
  controls.collapse.addEventListener('click', () => {
    state.collapsed = !state.collapsed;
    render();
  });
  controls.move.addEventListener('click', () => {
    state.corner = OVERLAY_CORNERS[(OVERLAY_CORNERS.indexOf(state.corner) + 1) % OVERLAY_CORNERS.length]!;
    render();
  });

  render();
  const remove = (): void => {
    guard.stop();
    host.remove();
  };
  const guard = guardOverlayHost(host, hostStyle, () => extensionApi().runtime?.id !== undefined, remove);

  return {
    showForm,
    closeForm,
    setHidden: async (hidden) => {
      state.hidden = hidden;
      render();
      await nextPaint();
    },
    setButtonVisible: (visible) => {
      controls.dock.hidden = !visible;
    },
    isAttached: () => host.isConnected,
    remove,
  };
}

function createControls() {
  const dock = document.createElement('div');
  dock.className = 'dock';

  const report = document.createElement('button');
  report.className = 'report';
  report.type = 'button';
  report.title = 'Báo cáo nội dung xấu / Report harmful content';
  const icon = document.createElement('span');
  icon.textContent = '🛡';
  const label = document.createElement('span');
  label.className = 'label';
  label.textContent = 'Báo cáo / Report';
  report.append(icon, label);

  const move = smallButton('move', '⇆', 'Chuyển sang góc khác / Move to another corner');
  const collapse = smallButton('collapse', '×', 'Thu nhỏ / Collapse');
  dock.append(move, collapse, report);
  return { dock, report, move, collapse };
}

function smallButton(name: string, text: string, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.className = `small ${name}`;
  button.type = 'button';
  button.textContent = text;
  button.title = label;
  button.setAttribute('aria-label', label);
  return button;
}

function createPanel(frame: HTMLElement, targetUrl: string | undefined): HTMLIFrameElement {
  const panel = document.createElement('iframe');
  panel.className = 'panel';
  const query = targetUrl ? `?target=${encodeURIComponent(targetUrl)}` : '';
  panel.src = extensionApi().runtime.getURL(`/report.html${query}`);
  panel.title = 'Khiên Xanh – Báo cáo / Report';
  panel.setAttribute('allow', '');
  frame.append(panel);
  return panel;
}

function closePanel(state: OverlayState): void {
  state.panel?.remove();
  state.panel = null;
  state.panelTarget = undefined;
}

/** Resolves once a style change has been painted (two animation frames). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Handles the background's requests (hide for a screenshot, open or close the form, settings). */
export function listenForOverlayRequests(overlay: ReportOverlay): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): boolean => {
    const request = parseContentRequest(message);
    if (!request) return false;

    void applyRequest(overlay, request).then(() => sendResponse({ ok: true }));
    return true;
  };
  const { onMessage } = extensionApi().runtime;
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}

async function applyRequest(overlay: ReportOverlay, request: ContentRequest): Promise<void> {
  if (request.type === 'setOverlayHidden') return overlay.setHidden(request.hidden);
  if (request.type === 'showReportForm') return overlay.showForm(request.targetUrl);
  if (request.type === 'applyOverlaySettings') return overlay.setButtonVisible(request.buttonVisible);
  overlay.closeForm();
}
