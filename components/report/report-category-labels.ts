import type { MessageKey } from '../../utils/i18n';
import type { ReportCategory } from '../../utils/report/schema';

/** Report categories a child can choose, in the order shown, with an icon each. */
export const CHILD_REPORT_CATEGORIES: { id: Exclude<ReportCategory, 'unblockRequest'>; icon: string; label: MessageKey }[] = [
  { id: 'childSexualAbuse', icon: '🚫', label: 'reportCategoryChildSexualAbuse' },
  { id: 'grooming', icon: '🤫', label: 'reportCategoryGrooming' },
  { id: 'bullying', icon: '😢', label: 'reportCategoryBullying' },
  { id: 'selfHarm', icon: '🆘', label: 'reportCategorySelfHarm' },
  { id: 'scam', icon: '🎣', label: 'reportCategoryScam' },
  { id: 'gambling', icon: '🎲', label: 'reportCategoryGambling' },
  { id: 'personalInfo', icon: '🔒', label: 'reportCategoryPersonalInfo' },
  { id: 'other', icon: '⚠️', label: 'reportCategoryOther' },
];
