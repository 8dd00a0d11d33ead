/**
 * Keeps the overlay host in the page: a direct child of <html>, shown in the top layer as a
 * manual popover (the top layer paints above every z-index, so page layers added later cannot
 * cover it), and with only the attributes the overlay set. A page script that removes unknown
 * nodes, restyles the host or closes popovers is undone at the next mutation or toggle.
 *
 * A script that fights back in its own MutationObserver would make both sides repair forever and
 * freeze the page. So repairs are limited to MAX_REPAIRS_PER_SECOND, and past that the guard waits
 * COOL_DOWN_MS before its next repair, when the button comes back.
 *
 * NOTE: a removed host takes the open report form with it (an iframe reloads when it is moved or
 * re-inserted), so what the child typed is lost if a page removes the overlay while the form is open.
 */
const MAX_REPAIRS_PER_SECOND = 20;
const COOL_DOWN_MS = 1_000;

export interface OverlayGuard {
  stop(): void;
}

export function guardOverlayHost(host: HTMLElement, expectedStyle: () => string, isAlive: () => boolean, onDead: () => void): OverlayGuard {
  let windowStart = 0;
  let repairsInWindow = 0;
  let coolDown: ReturnType<typeof setTimeout> | undefined;
  let observedRoot = document.documentElement;
  const observer = new MutationObserver(() => repair());

  const repair = (): void => {
    if (!isAlive()) return onDead();
    if (document.documentElement !== observedRoot) {
      observedRoot = document.documentElement;
      observer.observe(observedRoot, { childList: true });
    }
    if (coolDown !== undefined || isIntact(host, expectedStyle())) return;

    const now = Date.now();
    if (now - windowStart > 1_000) {
      windowStart = now;
      repairsInWindow = 0;
    }
    repairsInWindow += 1;
    if (repairsInWindow > MAX_REPAIRS_PER_SECOND) {
      coolDown = setTimeout(() => {
        coolDown = undefined;
        windowStart = 0;
        repair();
      }, COOL_DOWN_MS);
      return;
    }
    restore(host, expectedStyle());
  };

  observer.observe(document, { childList: true });
  observer.observe(observedRoot, { childList: true });
  observer.observe(host, { attributes: true });
  host.addEventListener('toggle', repair);
  restore(host, expectedStyle());

  return {
    stop: () => {
      observer.disconnect();
      host.removeEventListener('toggle', repair);
      clearTimeout(coolDown);
    },
  };
}

const OWN_ATTRIBUTES = new Set(['style', 'popover']);

function isIntact(host: HTMLElement, style: string): boolean {
  return (
    host.parentNode === document.documentElement &&
    host.attributes.length === OWN_ATTRIBUTES.size &&
    host.getAttribute('popover') === 'manual' &&
    host.getAttribute('style') === style &&
    host.matches(':popover-open')
  );
}

function restore(host: HTMLElement, style: string): void {
  for (const attribute of [...host.attributes]) {
    if (!OWN_ATTRIBUTES.has(attribute.name)) host.removeAttribute(attribute.name);
  }
  if (host.getAttribute('style') !== style) host.setAttribute('style', style);
  if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
  if (host.parentNode !== document.documentElement) document.documentElement.append(host);
  if (!host.matches(':popover-open')) host.showPopover();
}
