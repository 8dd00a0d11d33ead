import type { Language } from './types';

/**
 * The national child-protection hotline, Tổng đài quốc gia bảo vệ trẻ em 111. Its own site,
 * tongdai111.vn, states that it is staffed every day around the clock, charges callers neither
 * call nor counselling fees, and also takes reports through its Zalo account.
 * NOTE: no Zalo link is given because none could be verified, so the text asks people to
 * search for the account by name.
 */
export const HELPLINE = {
  number: '111',
  telUri: 'tel:111',
  websiteHost: 'tongdai111.vn',
  websiteUrl: 'https://tongdai111.vn/',
  zaloAccountName: 'Tổng đài 111',
} as const;

export interface HelplineText {
  name: string;
  shortName: string;
  /** One line for a button or a block page, for example "Gọi 111". */
  callLabel: string;
  free: string;
  hours: string;
  whoCanCall: string;
  website: string;
  zalo: string;
}

export const HELPLINE_TEXT: Record<Language, HelplineText> = {
  vi: {
    name: 'Tổng đài quốc gia bảo vệ trẻ em',
    shortName: 'Tổng đài 111',
    callLabel: 'Gọi 111',
    free: 'Gọi miễn phí, không mất cước điện thoại và phí tư vấn.',
    hours: 'Trực máy cả ngày lẫn đêm, tất cả các ngày trong tuần (24/7).',
    whoCanCall: 'Trẻ em, cha mẹ, thầy cô và bất kỳ ai lo cho an toàn của một đứa trẻ đều có thể gọi.',
    website: 'Trang web chính thức: tongdai111.vn',
    zalo: 'Trên Zalo: tìm tài khoản chính thức “Tổng đài 111” để nhắn tin.',
  },
  en: {
    name: 'National Child Protection Hotline',
    shortName: '111 Hotline',
    callLabel: 'Call 111',
    free: 'Free to call, with no phone or counselling charges.',
    hours: 'Answers day and night, every day of the week (24/7).',
    whoCanCall: 'Children, parents, teachers and anyone worried about a child’s safety can call.',
    website: 'Official website: tongdai111.vn',
    zalo: 'On Zalo: search for the official “Tổng đài 111” account to send a message.',
  },
};
