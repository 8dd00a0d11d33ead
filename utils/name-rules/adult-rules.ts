import type { NameRule } from './name-rule';

/** Host-name patterns of adult sites, in English and in Vietnamese without diacritics. */
export const ADULT_NAME_RULES: readonly NameRule[] = [
  {
    id: 'adult-sex-token',
    category: 'adult',
    // A '.' must follow, so "sex-education.org" and other hyphenated health names never match.
    regex: '(?:phim|clip|chat|truyen|anh)?sex(?:[0-9]+|viet|vn|hay|tube|hd)?\\.[a-z0-9.-]*',
    atHostEnd: true,
    comment: '"sex" as a whole token, alone or joined to Vietnamese words for film, clip, chat, story or photo.',
    positives: ['sex.com', 'phimsex.net', 'clipsexviet.com', 'sex88.xyz', 'm.phim-sex.tv', 'sexhay.blogspot.com'],
    negatives: ['essex.ac.uk', 'sussex.ac.uk', 'middlesex.edu', 'unisex-fashion.vn', 'sex-education.org', 'sextant.org'],
  },
  {
    id: 'adult-porn-xxx-jav',
    category: 'adult',
    regex: '(?:porn|xxx|jav)(?:[0-9]+|hub|hd|vn|viet|sub|o)?',
    comment: '"porn", "xxx" and "jav" (Japanese adult video) as whole tokens, with a number or a common suffix.',
    positives: ['pornhub.com', 'porno.vn', 'xxx.com', 'xxx88.net', 'javhd.pro', 'jav-vietsub.net'],
    negatives: ['javascript.info', 'java.com', 'xxxl-fashion.vn', 'pornography-research.org'],
  },
  {
    id: 'adult-vi-words',
    category: 'adult',
    regex: '(?:phimheo|phimnguoilon|gaigoi|phimjav|phimcap3)[a-z0-9]*',
    comment: 'Vietnamese adult words without diacritics: "phim heo", "phim người lớn", "gái gọi", "phim cấp 3".',
    positives: ['phimheo.net', 'phimnguoilon.tv', 'gaigoi-hanoi.com', 'phimjav.vip', 'phimcap3.club'],
    negatives: ['phimmoi.net', 'phim.vn', 'nguoilon.vn'],
  },
];
