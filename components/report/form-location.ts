/** Parameters the report form reads from its own URL, set by the content script or the background. */
export interface FormLocation {
  /** The link or image chosen in the context menu, if the form was opened from it. */
  targetUrl: string | undefined;
  /** True when the form is in its own window instead of inside the page. */
  inWindow: boolean;
}

export function readFormLocation(search = location.search): FormLocation {
  const query = new URLSearchParams(search);
  const target = query.get('target');
  return {
    targetUrl: target && /^https?:\/\//i.test(target) ? target : undefined,
    inWindow: query.has('window'),
  };
}
