/** Licence facts and the credit text that each blocklist source's licence requires. */
interface SourceCredit {
  title: string;
  homepage: string;
  licence: string;
  /** Notice lines shipped with the data, as the licence requires or as a courtesy. */
  notice: readonly string[];
}

const SOURCE_CREDITS: Readonly<Record<string, SourceCredit>> = {
  ut1: {
    title: 'UT1 blacklists',
    homepage: 'https://dsi.ut-capitole.fr/blacklists/',
    licence: 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
    notice: [
      'Created by Université Toulouse Capitole (maintainer: Fabrice Prigent) and obtained',
      'through the GitHub mirror https://github.com/olbat/ut1-blacklists.',
      'Licence: https://creativecommons.org/licenses/by-sa/4.0/',
      'Modified: IP addresses and malformed entries were removed, names were lowercased and',
      'de-duplicated, then merged with the other lists of the same category, hosts already',
      'covered by a parent domain were dropped, and the result was converted to browser rules.',
      'The rulesets named above are adaptations of these lists. They are shared under the GNU',
      'GPL version 3, which Creative Commons lists as a licence compatible with BY-SA 4.0, and',
      'they keep this attribution and the licence link.',
    ],
  },
  hostsvn: {
    title: 'hostsVN',
    homepage: 'https://github.com/bigdargon/hostsVN',
    licence: 'MIT License',
    notice: ['Copyright (c) 2026 BigDargon.'],
  },
  hagezi: {
    title: 'HaGeZi DNS Blocklists',
    homepage: 'https://github.com/hagezi/dns-blocklists',
    licence: 'GNU General Public License v3.0 (GPL-3.0)',
    notice: [
      'The rulesets built from these lists are distributed under the GPL-3.0. Their source form',
      'is the list files above together with the ruleset compiler in the extension\'s source code.',
    ],
  },
  sinfonietta: {
    title: 'Sinfonietta hostfiles',
    homepage: 'https://github.com/Sinfonietta/hostfiles',
    licence: 'MIT License',
    notice: ['Copyright (c) 2016 Sinfonietta.'],
  },
  blocklistproject: {
    title: 'The Block List Project',
    homepage: 'https://github.com/blocklistproject/Lists',
    licence: 'The Unlicense (public domain dedication); the list file headers say MIT',
    notice: ['No attribution is required; credited with thanks.'],
  },
  chongluadao: {
    title: 'ChongLuaDao Phishing Blocklist',
    homepage: 'https://github.com/elliotwutingfeng/ChongLuaDao-Phishing-Blocklist',
    licence: 'BSD 3-Clause License (the compilation)',
    notice: [
      'Copyright (c) 2023 Wu Tingfeng. Entries compiled by the Chống Lừa Đảo project',
      '(https://chongluadao.vn). Neither name endorses or promotes this extension.',
    ],
  },
};

/** Use of one source by the build: its files, the rulesets built from them and its licence copy. */
export interface SourceUsage {
  source: string;
  files: readonly { file: string; url: string | undefined }[];
  rulesetIds: readonly string[];
  /** Path of the copied licence file inside the extension package, if one was copied. */
  licencePath: string | undefined;
}

/**
 * Builds THIRD-PARTY-NOTICES.txt for the sources used. Throws for a source with no credit
 * text here, so that no list ships without its attribution.
 */
export function buildThirdPartyNotices(usages: readonly SourceUsage[]): string {
  const sections = usages.map((usage) => buildSourceSection(usage));
  const header = [
    'Khiên Xanh: third-party notices for the bundled blocklist data',
    '',
    'The files in rulesets/ are compiled from the published domain lists below. Each section',
    'names the list files used, where they were taken from, their licence and the notice',
    'that licence requires. Licence texts are in the licenses/ folder.',
  ];
  return `${[...header, ...sections].join('\n')}\n`;
}

function buildSourceSection(usage: SourceUsage): string {
  const credit = SOURCE_CREDITS[usage.source];
  if (credit === undefined) {
    throw new Error(
      `No third-party notice is defined for blocklist source "${usage.source}". Add its ` +
        'licence and attribution to SOURCE_CREDITS before bundling its lists.',
    );
  }

  const files = usage.files.map(({ file, url }) => `  - ${file}${url === undefined ? '' : ` (from ${url})`}`);
  const licenceLine = usage.licencePath === undefined ? [] : [`Licence text: ${usage.licencePath}`];
  return [
    '',
    `== ${credit.title} ==`,
    `Homepage: ${credit.homepage}`,
    `Licence: ${credit.licence}`,
    ...licenceLine,
    `Used in rulesets: ${usage.rulesetIds.join(', ')}`,
    'Files:',
    ...files,
    ...credit.notice,
  ].join('\n');
}
