/**
 * Sites that no category may block: education, news, government, banking and everyday tools
 * that children, parents and schools in Vietnam use. The unit tests, the browser coverage check
 * and the rules benchmark check that no compiled ruleset matches any of them.
 */
export const BENIGN_SITES: Readonly<Record<string, readonly string[]>> = {
  educationVietnam: [
    'moet.gov.vn', 'vnu.edu.vn', 'hust.edu.vn', 'hcmus.edu.vn', 'hcmut.edu.vn', 'ueh.edu.vn', 'ftu.edu.vn',
    'neu.edu.vn', 'hnue.edu.vn', 'olm.vn', 'violympic.vn', 'ioe.vn', 'vnedu.vn', 'hocmai.vn', 'nxbgd.vn',
  ],
  education: [
    'wikipedia.org', 'vi.wikipedia.org', 'khanacademy.org', 'coursera.org', 'edx.org', 'mit.edu', 'harvard.edu',
    'britannica.com', 'duolingo.com', 'quizlet.com', 'geogebra.org', 'desmos.com', 'wolframalpha.com',
    'w3schools.com', 'code.org', 'scratch.mit.edu', 'pbskids.org', 'nationalgeographic.com', 'archive.org',
    'gutenberg.org', 'nasa.gov', 'researchgate.net', 'ted.com', 'bbc.co.uk', 'cambridge.org',
  ],
  schoolTools: [
    'classroom.google.com', 'docs.google.com', 'drive.google.com', 'forms.gle', 'meet.google.com',
    'translate.google.com', 'teams.microsoft.com', 'office.com', 'microsoft.com', 'zoom.us', 'canva.com',
    'github.com', 'stackoverflow.com', 'padlet.com', 'kahoot.it', 'quizizz.com',
  ],
  news: [
    'vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'dantri.com.vn', 'vietnamnet.vn', 'nhandan.vn', 'vtv.vn',
    'vov.vn', 'baochinhphu.vn', 'laodong.vn', 'bbc.com', 'reuters.com', 'apnews.com', 'theguardian.com',
    'nytimes.com',
  ],
  government: [
    'chinhphu.vn', 'dichvucong.gov.vn', 'mic.gov.vn', 'moh.gov.vn', 'molisa.gov.vn', 'mps.gov.vn',
    'vncert.gov.vn', 'usa.gov', 'gov.uk', 'who.int', 'unicef.org',
  ],
  banking: [
    'vietcombank.com.vn', 'techcombank.com.vn', 'bidv.com.vn', 'agribank.com.vn', 'vietinbank.vn', 'mbbank.com.vn',
    'vpbank.com.vn', 'acb.com.vn', 'sacombank.com.vn', 'tpb.vn', 'momo.vn', 'zalopay.vn', 'napas.com.vn',
  ],
  everyday: [
    'google.com', 'google.com.vn', 'bing.com', 'duckduckgo.com', 'coccoc.com', 'youtube.com', 'zalo.me',
    'shopee.vn', 'tiki.vn', 'lazada.vn', 'grab.com', 'weather.com',
  ],
};

export const ALL_BENIGN_SITES: readonly string[] = Object.values(BENIGN_SITES).flat();
