import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers, isTrustedSender } from '../utils/background/handlers';
import {
  broadcastOverlaySettings,
  handleReportCommand,
  handleReportMenuClick,
  registerReportMenu,
  setUpReportEntryPoints,
} from '../utils/background/report-entry-points';
import { createLogger } from '../utils/logger';
import { handleBackgroundRequests } from '../utils/messages';
import { deleteExpiredReceipts } from '../utils/report/outbox';
import { deliverNow } from '../utils/report/report-service';
import { DELIVERY_ALARM } from '../utils/report/retry-alarm';
import { queueRulesetSync } from '../utils/rulesets';
import { refreshManagedPolicy, restrictStorageToExtensionPages, watchManagedPolicy } from '../utils/settings/managed-policy';
import { loadSettings, watchEffectiveSettings } from '../utils/settings/stored-settings';

const log = createLogger('background');

export default defineBackground(() => {
  // Listeners are registered synchronously so that Chrome delivers the events that woke the worker.
  handleBackgroundRequests(backgroundHandlers, isTrustedSender);
  browser.commands.onCommand.addListener((command, tab) => void handleReportCommand(command, tab).catch(logFailure('Report shortcut')));
  browser.contextMenus.onClicked.addListener((info, tab) => void handleReportMenuClick(info, tab).catch(logFailure('Report menu')));
  browser.runtime.onInstalled.addListener(() => {
    void loadSettings()
      .then((settings) => setUpReportEntryPoints(settings.language))
      .catch(logFailure('Report entry points set-up'));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DELIVERY_ALARM) void ready.then(deliverNow).catch(logFailure('Scheduled delivery'));
  });
  watchEffectiveSettings(() => void queueRulesetSync(currentAgeGroup).catch(logFailure('Ruleset update')));
  watchEffectiveSettings(({ settings }) => {
    void broadcastOverlaySettings(settings.reportButtonVisible).catch(logFailure('Report button update'));
    void registerReportMenu(settings.language).catch(logFailure('Report menu update'));
  });
  watchManagedPolicy(() => void refreshManagedPolicy('change').catch(logFailure('Policy update')));

  const ready = start();
  ready.catch(logFailure('Start-up'));
});

async function start(): Promise<void> {
  await restrictStorageToExtensionPages();
  await queueRulesetSync(currentAgeGroup);
  // Policy can take seconds to load after launch; the rulesets above already use the cached policy.
  void refreshManagedPolicy('startup').catch(logFailure('Policy read'));
  await deleteExpiredReceipts();
  await deliverNow();
}

function logFailure(what: string): (error: unknown) => void {
  return (error) => log.error(`${what} failed: ${String(error)}`, error);
}

async function currentAgeGroup() {
  return (await loadSettings()).ageGroup;
}
