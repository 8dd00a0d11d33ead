import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openOptionsAfterInstall } from '../utils/background/first-run';
import { backgroundHandlers, isTrustedSender } from '../utils/background/handlers';
import {
  broadcastOverlaySettings,
  handleReportCommand,
  handleReportMenuClick,
  registerReportMenu,
  setUpReportEntryPoints,
} from '../utils/background/report-entry-points';
import { injectAfterLoad, WEB_PAGE_NAVIGATIONS } from '../utils/background/inject-after-load';
import { recordStart, startUpDoneThisSession } from '../utils/background/start-up-record';
import { createLogger } from '../utils/logger';
import { handleBackgroundRequests } from '../utils/messages';
import { deleteExpiredReceipts } from '../utils/report/outbox';
import { deliverNow } from '../utils/report/report-service';
import { DELIVERY_ALARM } from '../utils/report/retry-alarm';
import { armListRefreshAlarm, queueListRefresh, REFRESH_ALARM } from '../utils/extra-lists/refresh-lists';
import { queueRulesetSync } from '../utils/rulesets';
import {
  POLICY_RECHECK_ALARM,
  refreshManagedPolicy,
  restrictStorageToExtensionPages,
  watchManagedPolicy,
} from '../utils/settings/managed-policy';
import { loadSettings, watchEffectiveSettings } from '../utils/settings/stored-settings';

const log = createLogger('background');

export default defineBackground(() => {
  // Listeners are registered synchronously so that Chrome delivers the events that woke the worker.
  handleBackgroundRequests(backgroundHandlers, isTrustedSender);
  browser.commands.onCommand.addListener((command, tab) => void handleReportCommand(command, tab).catch(logFailure('Report shortcut')));
  browser.contextMenus.onClicked.addListener((info, tab) => void handleReportMenuClick(info, tab).catch(logFailure('Report menu')));
  browser.webNavigation.onCompleted.addListener((details) => void injectAfterLoad(details).catch(logFailure('Page injection')), WEB_PAGE_NAVIGATIONS);
  browser.runtime.onInstalled.addListener(() => {
    void loadSettings()
      .then((settings) => setUpReportEntryPoints(settings.language))
      .catch(logFailure('Report entry points set-up'));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DELIVERY_ALARM) void ready.then(deliverNow).catch(logFailure('Scheduled delivery'));
    if (alarm.name === POLICY_RECHECK_ALARM) void refreshManagedPolicy('recheck').catch(logFailure('Policy recheck'));
    if (alarm.name === REFRESH_ALARM) {
      void ready.then(refreshListsNow).catch(logFailure('List refresh'));
      void deleteExpiredReceipts().catch(logFailure('Receipt clean-up'));
    }
  });
  watchEffectiveSettings(() => {
    void queueRulesetSync(loadSettings).catch(logFailure('Ruleset update'));
    void refreshListsNow().catch(logFailure('List refresh'));
    // Reports kept while no endpoint was set wait for this: deliverNow arms no alarm without one.
    void ready.then(deliverNow).catch(logFailure('Delivery after a settings change'));
  });
  watchEffectiveSettings(({ settings }) => {
    // Pages loaded from now on get the flags with their injection; open tabs get a message.
    void broadcastOverlaySettings(settings.reportButtonVisible).catch(logFailure('Report button update'));
    void registerReportMenu(settings.language).catch(logFailure('Report menu update'));
  });
  watchManagedPolicy(() => void refreshManagedPolicy('change').catch(logFailure('Policy update')));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void openOptionsAfterInstall(reason).catch(logFailure('Opening the options page after install'));
  });

  const ready = start();
  ready.catch(logFailure('Start-up'));
});

/**
 * Applies the stored settings and resumes delivery. Each step runs even when an earlier one
 * failed, so that, say, a rejected rule update cannot keep queued reports from being sent.
 *
 * Chrome stops the worker after 30 s without events and starts it again for the next event, the
 * `load` of any page included. The steps run at the first start in a browser session (and after
 * an update), and again only after a start where one failed. Later changes wake the worker through
 * their own events: settings and policy through `storage.onChanged`, retries, the policy recheck
 * and the daily list refresh (with the receipt clean-up) through alarms.
 */
async function start(): Promise<void> {
  // A record that cannot be read counts as no record: the steps are safe to repeat.
  const done = await startUpDoneThisSession().catch((error: unknown) => {
    logFailure('Reading the start-up record')(error);
    return false;
  });
  if (done) {
    await recordStart(null);
    return;
  }

  const failed: string[] = [];
  const attempt = (what: string, step: () => Promise<unknown>): Promise<void> =>
    step().then(
      () => undefined,
      (error: unknown) => {
        failed.push(what);
        logFailure(what)(error);
      },
    );

  await attempt('Storage access level', restrictStorageToExtensionPages);
  await attempt('Ruleset update', () => queueRulesetSync(loadSettings));
  await attempt('List refresh alarm', armListRefreshAlarm);
  void refreshListsNow().catch(logFailure('List refresh'));
  // Policy can take seconds to load after launch; the rulesets above already use the cached policy.
  void refreshManagedPolicy('startup').catch(logFailure('Policy read'));
  await attempt('Receipt clean-up', deleteExpiredReceipts);
  await attempt('Report delivery', deliverNow);
  // Diagnostics and tests read this to know the worker has applied the stored settings once.
  await recordStart(failed);
}

function logFailure(what: string): (error: unknown) => void {
  return (error) => log.error(`${what} failed: ${String(error)}`, error);
}

async function refreshListsNow(): Promise<void> {
  const settings = await loadSettings();
  await queueListRefresh(settings.extraListUrls, settings.ageGroup !== 'off');
}
