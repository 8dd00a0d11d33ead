import type { Report } from '../../utils/report/schema';

/**
 * Saves a report as files the child can show a parent or teacher: the report as JSON, in the
 * exact format an endpoint accepts (so it can still be sent later), and the screenshot as a JPEG.
 */
export function saveReportFiles(report: Report): string[] {
  const stem = `khien-xanh-report-${report.createdAt.slice(0, 10)}-${report.id.slice(0, 8)}`;
  const names = [`${stem}.json`];
  download(names[0]!, new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' }));

  if (report.screenshot) {
    names.push(`${stem}.jpg`);
    const bytes = Uint8Array.from(atob(report.screenshot.data), (character) => character.charCodeAt(0));
    download(names[1]!, new Blob([bytes], { type: report.screenshot.mediaType }));
  }
  return names;
}

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the URL once click() returns; revoke it a little later anyway.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
