/** The demo's start page: what to try, in Vietnamese and English. */
export function demoPage(blockedUrl: string, receiverUrl: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Khiên Xanh – demo</title>
<style>body{font:17px/1.5 system-ui,sans-serif;max-width:560px;margin:32px 0 32px 5vw;padding:0 20px}a{color:#0b6331}li{margin:8px 0}</style></head>
<body><h1>Khiên Xanh – trang thử / demo page</h1>
<ol>
<li>Mở một trang cờ bạc có trong danh sách chặn / Open a listed gambling site: <a id="blocked-link" href="${blockedUrl}">${blockedUrl}</a></li>
<li>Bấm nút <b>Báo cáo / Report</b> ở góc dưới bên phải trang này, chọn một mục rồi gửi / Press the <b>Báo cáo / Report</b> button at the bottom right of this page, choose a category and send.</li>
<li>Xem báo cáo đã nhận / See the received reports: <a href="${receiverUrl}">${receiverUrl}</a></li>
</ol></body></html>`;
}
