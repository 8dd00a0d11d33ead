/** The fixed prose of docs/benchmarks.md: how each figure is measured, and what would change it. */

export const METHOD = `## Method

All browsers are Debian's Chromium, headless, started by Playwright with a fresh profile and the
same loopback-only flags as the tests (every host name resolves to 127.0.0.1). Four variants take
part:

- **bare**: no extension.
- **floor**: \`bench/floor-extension\`, a minimal extension with the same permissions and
  host permissions as Khiên Xanh, one static rule that matches nothing and an empty service
  worker. Once an extension with declarativeNetRequest rules is installed, Chromium checks every
  request against its rulesets in the browser process, so this is a cost no such blocker avoids.
- **Khiên Xanh**: the build in \`.output/chrome-mv3\`, waited on until its service worker has
  enabled every category ruleset (the default age group).
- **plain redirect**: a copy of the build whose rules redirect with \`redirect.extensionPath\`
  instead of \`regexFilter\` + \`regexSubstitution\`, with the same \`requestDomains\`. It is not a
  product variant (its block page cannot show the blocked address); it prices the regex.

**Page load.** The pages in \`bench/pages\` are served by a loopback server with
\`Cache-Control: no-store\`, so every load fetches every subresource. All four browsers stay
open with one tab each. A round loads the small page, the heavy page and the single-page app in
each browser, one load at a time, with the browsers in a new random order for every page. The
first rounds are warm-up and are dropped. \`load\` is \`loadEventStart\` of the Navigation Timing
entry and FCP the \`first-contentful-paint\` Paint Timing entry, both from navigation start. For
the single-page app the harness also times ten \`pushState\` route changes, each fetching a JSON
document and rendering it.

**Intervals.** The budget is on the median, so the reported figure is the ratio of medians. Its
95% interval is a percentile bootstrap (2,000 resamples, fixed seed). Because the four variants
are measured back to back within a round, the bootstrap resamples whole rounds (a paired
bootstrap). Load from other processes that hits a whole round then cancels out of the ratio, as
in a paired t-test on log times, but without assuming that the log times are normal, which the
long right tails of page loads contradict.

**Content script.** Bytes are those of \`content-scripts/content.js\` (gzip at level 9). The main-thread
time at injection is read from a Chrome trace (CDP \`Tracing\`, categories \`devtools.timeline\`
and \`v8\`): the duration of the \`EvaluateScript\` event whose URL is the content script. That
event covers compiling and running the script's top level in the isolated world, which includes
WXT's wrapper and the synchronous \`main()\` that builds the button. The style and layout of the
button happen later, in the page's next frame, and are not in this figure. A
\`performance.mark\` in the script could time only what runs after it, not the compile or
WXT's code before \`main()\`. The first injection in each tab is dropped (no code cache yet). Memory per tab is
\`JSHeapUsedSize\` from CDP \`Performance.getMetrics\` after \`HeapProfiler.collectGarbage\`, on a new
tab of the small page, bare vs floor vs Khiên Xanh. It covers the page's main world and the
content script's isolated world, which share one V8 heap.

**Service worker.** An extension page (\`options.html\`, which sends no request by itself once
loaded) stays open. The harness stops the worker with CDP \`ServiceWorker.stopAllWorkers\` from
that page's session, waits for the \`stopped\` status, then times
\`chrome.runtime.sendMessage({type: 'getStatus', data: {}})\` in the page: the browser starts the
worker, runs its top level and start-up, and the handler reads settings and both report stores.
Memory is the proportional set size (PSS, from \`/proc/PID/smaps_rollup\`) of the extension
renderer process of a freshly started browser, in which only the service worker runs, for the
floor's empty worker and for Khiên Xanh's.

**Blocking.** A reused tab navigates to a domain of the gambling ruleset; the block page's
Navigation Timing includes the redirect, so its FCP is navigation start of the blocked address
to the block page's first paint. Start-up launches a fresh profile each time, so Chromium installs
the unpacked extension and indexes its rulesets, as on a first install.

**Reporting.** The harness presses the overlay, picks "Bắt nạt, chế giễu, đe dọa" (a category that
takes a screenshot) and submits as soon as the preview is shown. A script in the report frame
records the change, preview, submit and status times with \`performance.now()\`. Without an
endpoint the status appears once the report is saved in IndexedDB, so category → status is
click-to-saved. It includes Playwright's own steps between the preview and the submit click (tens
of milliseconds), so it overstates what a child would wait. With the loopback receiver the
status appears after the delivery attempt; saved-to-delivered is the difference of the two
submit → status medians, an estimate from two sets of runs.

**Package.** The zip size is computed exactly for deflate level 9 without writing the archive
(\`bench/lib/zip-size.ts\`); \`_metadata/\`, which Chromium writes into a loaded unpacked build, is
left out. Entry points are counted with every script and stylesheet they load.

**Limits of these figures.** The machine is shared: other jobs ran during the run (see the load
average above), which widens every interval and can bias a single figure. Loopback pages load
faster than real sites, so a fixed cost per request shows as a larger share here than on a real
network. A Chromebook's CPU is slower than this server's, so absolute times will be higher there;
the ratios are the figures to compare.`;

export const RECOMMENDATIONS = `## What would change the figures (recommendations)

These are for the product code, which the benchmark does not change.

1. **The declarativeNetRequest floor is a design limit.** The "floor vs bare" column is the cost
   of holding the permission with one rule. Khiên Xanh cannot go below it while it blocks with
   declarativeNetRequest, and the page-load budget is therefore set against the floor.
2. **Regex rules.** Every rule is \`regexFilter: "^.+$"\` with \`requestDomains\` and a
   \`regexSubstitution\` that carries the blocked URL to the block page. Chromium matches regex
   rules in a separate matcher (\`regex_rules_matcher\` in its declarativeNetRequest code, built
   on RE2's \`FilteredRE2\`), whose prefilter skips rules by literal substrings of the pattern.
   \`^.+$\` has none, so every regex rule is probably a candidate for every request. Compare the
   "plain redirect vs floor" column with "Khiên Xanh vs floor": where the plain redirect is
   clearly cheaper, the regex is what costs.
   A cheaper design would use \`redirect.extensionPath\` (no regex) and have the block page
   obtain the blocked address another way, for example from the service worker, which could
   record each tab's pending main-frame URL with \`webNavigation.onBeforeNavigate\` (a new
   \`webNavigation\` permission). Sub-frame blocks and tabs opened directly on a blocked address
   would need checking in that design.
3. **Content script memory.** A content script gives each tab a V8 isolated world with its own
   global object and \`chrome.*\` bindings, whatever the script does. The manifest entry already
   injects into the top frame only (\`all_frames\` defaults to false). How much of the heap added
   per tab is the world itself and how much is the script could be split by measuring an empty
   content script (not measured here). Going lower would mean injecting on demand with
   \`chrome.scripting\` from the popup or a context menu, and giving up the always-visible button.
4. **Injection time.** The \`EvaluateScript\` figure covers the whole script: WXT's content-script
   context (an \`AbortController\` and a \`postMessage\` that tells an older copy of the script to
   stop) and the first use of \`chrome.runtime\` in the isolated world. Since the button's shadow
   root, its message listener and its settings request moved into an idle callback, the injection
   task no longer includes them; that work still runs on the main thread, in an idle moment.
5. **Install time.** Chromium parses and indexes all ruleset JSON (about 11 MB) when the
   extension is installed or updated, which the start-up table shows against the floor. The time
   grows with the number of domains, so pruning domains that no longer resolve (for example with
   a periodic DNS check at build time) would shorten it. Fewer rules with longer
   \`requestDomains\` lists would not change the number of domains to index.
6. **Two content scripts per page.** The on-device page check is a second script
   (\`page-check.js\`, about 12 KB) registered for every page except allowed hosts, and its idle-time
   check is part of the page-load figures above. Merging it into \`content.js\`, or skipping the
   check on hosts already checked in the same session, would cut one script evaluation per page.
   The small page shows the largest ratio because its own load is short (about 40 ms), so a few
   milliseconds of extension work are a large fraction of it.`;
