import type { NameRule } from './name-rule';

/** A Vietnamese bank whose name phishing hosts borrow, with the domains the bank really uses. */
interface ImpersonatedBank {
  token: string;
  officialDomains: string[];
}

const IMPERSONATED_BANKS: readonly ImpersonatedBank[] = [
  { token: 'vietcombank', officialDomains: ['vietcombank.com.vn'] },
  { token: 'techcombank', officialDomains: ['techcombank.com', 'techcombank.com.vn'] },
  { token: 'bidv', officialDomains: ['bidv.com.vn'] },
  { token: 'vietinbank', officialDomains: ['vietinbank.vn'] },
  { token: 'agribank', officialDomains: ['agribank.com.vn'] },
  { token: 'mbbank', officialDomains: ['mbbank.com.vn'] },
];

/**
 * Words that phishing hosts put next to a bank name: "xác minh" (verify), "khách hàng" (customer),
 * "hỗ trợ" (support), "nâng hạn mức" (raise the card limit) and "cập nhật" (update).
 */
const PHISHING_WORDS = '(?:xacminh|khachhang|hotro|nanghanmuc|capnhat)';

/** Builds the two rules for one bank: bank name first, and phishing word first. */
function bankLookalikeRules(bank: ImpersonatedBank): NameRule[] {
  const { token, officialDomains } = bank;
  const official = officialDomains[0] ?? `${token}.com.vn`;
  return [
    {
      id: `scam-bank-${token}`,
      category: 'scam',
      regex: `${token}[a-z0-9.-]*${PHISHING_WORDS}[a-z0-9]*`,
      excludedDomains: officialDomains,
      comment: `"${token}" followed by a phishing word in a host outside the bank's own domains.`,
      positives: [`${token}-xacminh.com`, `${token}.khachhang-hotro.com`, `${token}nanghanmuc.weebly.com`],
      negatives: [official, `hotro.${official}`, `${token}-tower.vn`],
    },
    {
      id: `scam-bank-${token}-reversed`,
      category: 'scam',
      regex: `${PHISHING_WORDS}[a-z0-9.-]*${token}[a-z0-9]*`,
      excludedDomains: officialDomains,
      comment: `A phishing word followed by "${token}" in a host outside the bank's own domains.`,
      positives: [`xacminh-${token}.online`, `hotro${token}.web.app`, `capnhat.${token}-vn.com`],
      negatives: [official, `xacminh.${official}`, 'hotro.vn'],
    },
  ];
}

const STATE_SERVICE_RULES: readonly NameRule[] = [
  {
    id: 'scam-state-portal-lookalike',
    category: 'scam',
    regex: '(?:dichvucong|bocongan|vneid)[a-z0-9]*',
    comment: 'Names of the public-service portal, the Ministry of Public Security and the VNeID app, outside gov.vn.',
    positives: ['dichvucong-vn.com', 'dichvucongquocgia.web.app', 'bocongan-xacminh.top', 'vneid-capnhat.com'],
    negatives: ['dichvucong.gov.vn', 'dichvucong.bocongan.gov.vn', 'vneid.gov.vn', 'congdichvu.vn'],
  },
  {
    id: 'scam-police-lookalike',
    category: 'scam',
    regex: 'cong-?an[a-z0-9]*[.-]?(?:xacminh|tracuu|hotro|dieutra|lenhbat)',
    comment: '"công an" (police) joined to "verify", "look up", "support", "investigation" or "arrest warrant".',
    positives: ['congan-tracuu.com', 'cong-an-xacminh.net', 'conganhanoi-dieutra.site', 'congan.lenhbat.online'],
    negatives: ['congan.com.vn', 'cand.com.vn', 'congan.hanoi.gov.vn'],
  },
  {
    id: 'scam-fake-gov-vn',
    category: 'scam',
    regex: 'gov[.-]?vn[a-z0-9]*',
    comment: '"gov.vn" or "gov-vn" inside a host that does not end in gov.vn, as in "bocongan.gov.vn.example.top".',
    positives: ['dichvu-gov-vn.com', 'thue.gov.vn.hoantien.top', 'govvn-hotro.site'],
    negatives: ['chinhphu.gov.vn', 'thuvienphapluat.vn', 'govietnam.com'],
  },
];

/** Host-name patterns of phishing sites that pose as Vietnamese banks, police or state portals. */
export const SCAM_NAME_RULES: readonly NameRule[] = [
  ...IMPERSONATED_BANKS.flatMap(bankLookalikeRules),
  ...STATE_SERVICE_RULES,
];
