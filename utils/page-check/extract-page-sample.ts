import type { PageSample } from './page-sample';
import { DEFAULT_PAGE_SAMPLE_LIMITS } from './page-sample-limits';
import type { PageSampleLimits } from './page-sample-limits';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content a reader never sees as text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);

const BUTTON_SELECTOR =
  'button, input[type="submit"], input[type="button"], a[role="button"], a[class*="btn"], a[class*="button"]';

/** Input attributes that reveal a one-time code or card field. */
const SECRET_AUTOCOMPLETE = new Set(['one-time-code', 'cc-number', 'cc-csc', 'cc-exp']);
const SECRET_NAME = /otp|cvv|cvc|card|sothe|so-the|ma-xac|maxac/i;

/**
 * Collects what the page check scores: title, meta description, h1 to h3, button labels, a bounded
 * sample of visible body text and counts of password and one-time-code or card inputs.
 *
 * NOTE: hidden text is detected from the `hidden` and `aria-hidden` attributes and inline
 * `display: none` or `visibility: hidden` only. Text hidden by a stylesheet is still sampled,
 * because reading computed styles would cost a layout per element.
 */
export function extractPageSample(document: Document, limits: PageSampleLimits = {}): PageSample {
  const bounds = { ...DEFAULT_PAGE_SAMPLE_LIMITS, ...limits };
  const inputs = countInputs(document);

  return {
    title: clean(document.title).slice(0, 500),
    description: readDescription(document),
    headings: textsOf(document, 'h1, h2, h3', bounds.maxHeadings, 200),
    buttonLabels: readButtonLabels(document, bounds.maxButtons),
    text: collectVisibleText(document.body, bounds.maxTextChars, bounds.maxNodes),
    passwordInputs: inputs.passwordInputs,
    secretInputs: inputs.secretInputs,
  };
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function readDescription(document: Document): string {
  const meta = document.querySelector('meta[name="description"], meta[property="og:description"]');
  return clean(meta?.getAttribute('content')).slice(0, 1000);
}

function textsOf(document: Document, selector: string, maxCount: number, maxLength: number): string[] {
  const texts: string[] = [];
  for (const element of Array.from(document.querySelectorAll(selector))) {
    if (texts.length >= maxCount) break;
    const text = clean(element.textContent).slice(0, maxLength);
    if (text !== '') texts.push(text);
  }
  return texts;
}

function readButtonLabels(document: Document, maxCount: number): string[] {
  const labels: string[] = [];
  for (const element of Array.from(document.querySelectorAll(BUTTON_SELECTOR))) {
    if (labels.length >= maxCount) break;
    const label = clean(element.textContent || element.getAttribute('value')).slice(0, 100);
    if (label !== '') labels.push(label);
  }
  return labels;
}

function countInputs(document: Document): { passwordInputs: number; secretInputs: number } {
  let passwordInputs = 0;
  let secretInputs = 0;
  for (const input of Array.from(document.querySelectorAll('input'))) {
    const type = (input.getAttribute('type') ?? '').toLowerCase();
    if (type === 'password') passwordInputs += 1;
    else if (isSecretInput(input)) secretInputs += 1;
  }
  return { passwordInputs, secretInputs };
}

function isSecretInput(input: Element): boolean {
  const autocomplete = (input.getAttribute('autocomplete') ?? '').toLowerCase();
  if (SECRET_AUTOCOMPLETE.has(autocomplete)) return true;

  const names = [input.getAttribute('name'), input.getAttribute('id'), input.getAttribute('placeholder')];
  return names.some((name) => name !== null && SECRET_NAME.test(name));
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;

  const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Walks the DOM depth first with an explicit stack, stopping at the character or node limit. */
function collectVisibleText(root: Element | null, maxChars: number, maxNodes: number): string {
  if (root === null || maxChars === 0) return '';

  const parts: string[] = [];
  const stack: Node[] = [root];
  let length = 0;
  let visited = 0;
  while (stack.length > 0 && length < maxChars && visited < maxNodes) {
    const node = stack.pop() as Node;
    visited += 1;
    if (node.nodeType === TEXT_NODE) {
      const text = clean(node.textContent);
      if (text !== '') parts.push(text);
      length += text.length + 1;
    } else if (node.nodeType === ELEMENT_NODE) {
      pushVisibleChildren(node as Element, stack);
    }
  }
  return parts.join(' ').slice(0, maxChars);
}

/**
 * Pushes an element's children in reverse, so they pop in document order. Skipped and hidden
 * elements push nothing.
 */
function pushVisibleChildren(element: Element, stack: Node[]): void {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || isHidden(element)) return;

  const children = element.childNodes;
  for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as Node);
}
