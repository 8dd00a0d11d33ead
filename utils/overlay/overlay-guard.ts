/**
 * Keeps the overlay host in the page: a direct child of <html>, its last child (so that page
 * layers with the same maximum z-index, which paint in document order, stay below it), and with
 * only the attributes the overlay set. A page script that removes unknown nodes or restyles the
 * host is undone at the next mutation.
 *
 * A script that fights back in its own MutationObserver would make both sides repair forever and
 * freeze the page, so repairs are limited to MAX_REPAIRS_PER_SECOND; past that the guard waits
 * COOL_DOWN_MS before its next repair, and the button comes back then.
 */
const MAX_REPAIRS_PER_SECOND = 20;
const COOL_DOWN_MS = 1_000;

export interface OverlayGuard {
  /** Re-checks the host now, for a caller that just changed it on purpose. */
  repair(): void;
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

  return {
    repair,
    stop: () => {
      observer.disconnect();
      clearTimeout(coolDown);
    },
  };
}

function isIntact(host: HTMLElement, style: string): boolean {
  const root = document.documentElement;
  return host.parentNode === root && root.lastElementChild === host && host.attributes.length === 1 && host.getAttribute('style') === style;
}

function restore(host: HTMLElement, style: string): void {
  for (const attribute of [...host.attributes]) {
    if (attribute.name !== 'style') host.removeAttribute(attribute.name);
  }
  if (host.getAttribute('style') !== style) host.setAttribute('style', style);

  const root = document.documentElement;
  if (host.parentNode !== root || root.lastElementChild !== host) root.append(host);
}
