import { browser } from 'wxt/browser';
import { parseContentRequest } from './content-request';
import type { ContentRequest } from './content-request';
import { OVERLAY_HOST_STYLE, OVERLAY_SHADOW_CSS } from './overlay-style';

const HOST_TAG = 'khien-xanh-overlay';

export interface ReportOverlay {
  showForm(): void;
  closeForm(): void;
  setHidden(hidden: boolean): Promise<void>;
  remove(): void;
}

/**
 * Draws the "Báo cáo / Report" button in a closed shadow root and, when it is pressed, the report
 * form as an iframe of the extension's own page. The page can neither style the button nor read
 * what the child types, because the form lives in the extension's origin.
 */
export function createReportOverlay(): ReportOverlay {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('style', OVERLAY_HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });

  const style = document.createElement('style');
  style.textContent = OVERLAY_SHADOW_CSS;
  const button = createButton();
  let panel: HTMLIFrameElement | null = null;

  const showForm = (): void => {
    panel ??= createPanel(shadow);
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    panel.focus();
  };
  const closeForm = (): void => {
    panel?.remove();
    panel = null;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  };
  button.addEventListener('click', () => (panel ? closeForm() : showForm()));

  shadow.append(style, button);
  document.documentElement.append(host);

  return {
    showForm,
    closeForm,
    setHidden: (hidden) => setHostHidden(host, hidden),
    remove: () => host.remove(),
  };
}

function createButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.className = 'button';
  button.type = 'button';
  button.textContent = '🛡 Báo cáo / Report';
  button.title = 'Báo cáo nội dung xấu / Report harmful content';
  button.setAttribute('aria-expanded', 'false');
  return button;
}

function createPanel(shadow: ShadowRoot): HTMLIFrameElement {
  const panel = document.createElement('iframe');
  panel.className = 'panel';
  panel.src = browser.runtime.getURL('/report.html');
  panel.title = 'Khiên Xanh – Báo cáo / Report';
  panel.setAttribute('allow', '');
  shadow.append(panel);
  return panel;
}

/** Hides or shows the overlay and resolves once the change has been painted. */
async function setHostHidden(host: HTMLElement, hidden: boolean): Promise<void> {
  // Opacity, unlike visibility, cannot be undone by the `all: initial` rules inside the shadow root.
  host.style.setProperty('opacity', hidden ? '0' : '1', 'important');
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Answers the background's requests (hide for a screenshot, open or close the form). */
export function listenForOverlayRequests(overlay: ReportOverlay): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): boolean => {
    const request = parseContentRequest(message);
    if (!request) return false;

    void applyRequest(overlay, request).then(() => sendResponse({ ok: true }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

async function applyRequest(overlay: ReportOverlay, request: ContentRequest): Promise<void> {
  if (request.type === 'setOverlayHidden') return overlay.setHidden(request.hidden);
  if (request.type === 'showReportForm') return overlay.showForm();
  overlay.closeForm();
}
