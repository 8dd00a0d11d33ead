import type { Tip } from './types';

/** English tips, one shown each day by `tipOfTheDay`. */
export const TIPS_EN: readonly Tip[] = [
  { id: 'preschoolWithGrownUp', ageGroups: ['preschool'], text: 'Use the phone together with mum or dad.' },
  { id: 'preschoolAskBeforeTap', ageGroups: ['preschool'], text: 'See a strange button? Ask a grown-up before you tap.' },
  { id: 'preschoolScaredTell', ageGroups: ['preschool'], text: 'If something scares you, tell mum or dad straight away.' },
  { id: 'preschoolPasswordSecret', ageGroups: ['preschool'], text: 'A password is a secret for you and your parents.' },
  { id: 'preschoolHomeIsPrivate', ageGroups: ['preschool'], text: 'Where you live is private, so don’t say it online.' },
  { id: 'preschoolRestEyes', ageGroups: ['preschool'], text: 'After watching a little while, rest your eyes and go and play.' },
  { id: 'preschoolBodyIsYours', ageGroups: ['preschool'], text: 'Your body is yours, and nobody may ask for photos of your private parts.' },
  { id: 'preschoolNumber111', ageGroups: ['preschool'], text: 'The number 111 helps children, and calling it is free.' },

  { id: 'primaryStrangersInGames', ageGroups: ['primary'], text: 'Someone you play with online may be an adult you don’t know.' },
  { id: 'primaryNoSecretGifts', ageGroups: ['primary'], text: 'A gift that comes with “don’t tell anyone” is a sign to tell an adult.' },
  { id: 'primaryStrongPassword', ageGroups: ['primary'], text: 'A long phrase of several words makes a better password than your name or birthday.' },
  { id: 'primaryPrizeTricks', ageGroups: ['primary'], text: 'A “You won a prize” message is usually a trick, so close it.' },
  { id: 'primaryAskBeforePosting', ageGroups: ['primary'], text: 'Ask your friend before you send a photo of them.' },
  { id: 'primaryBlockAndTell', ageGroups: ['primary'], text: 'If someone’s messages upset you, block them and tell an adult.' },
  { id: 'primaryReportButton', ageGroups: ['primary'], text: 'Khiên Xanh’s report button sends a report only when you press send.' },
  { id: 'primaryCall111', ageGroups: ['primary'], text: 'You can call 111 day or night, and it is free.' },

  { id: 'lowerSecondaryOtp', ageGroups: ['lowerSecondary'], text: 'Nobody genuinely needs your one-time code, not even your best friend.' },
  { id: 'lowerSecondaryTwoStep', ageGroups: ['lowerSecondary'], text: 'Turn on two-step verification for your email and main social accounts.' },
  { id: 'lowerSecondaryLocation', ageGroups: ['lowerSecondary'], text: 'Turn off location for apps that don’t need it.' },
  { id: 'lowerSecondaryScreenshots', ageGroups: ['lowerSecondary'], text: 'A deleted post can live on in other people’s screenshots.' },
  { id: 'lowerSecondarySecretsSign', ageGroups: ['lowerSecondary'], text: 'A new contact who wants you to hide things from your family is a sign to stop.' },
  { id: 'lowerSecondaryRewardGames', ageGroups: ['lowerSecondary'], text: 'A game where you pay in and cash out real money is gambling.' },
  { id: 'lowerSecondaryCheckAddress', ageGroups: ['lowerSecondary'], text: 'Check the page address carefully before typing a password.' },
  { id: 'lowerSecondaryFriendInNeed', ageGroups: ['lowerSecondary'], text: 'If a friend says they are being threatened, find an adult together or call 111.' },

  { id: 'upperSecondaryDeepfakeCalls', ageGroups: ['upperSecondary'], text: 'If someone you know video-calls asking for money urgently, call back on their usual number.' },
  { id: 'upperSecondaryDontPay', ageGroups: ['upperSecondary'], text: 'If someone threatens to share your photos, don’t pay, keep the evidence and get help.' },
  { id: 'upperSecondaryFakePolice', ageGroups: ['upperSecondary'], text: 'Real police never ask you to hide things from your family or rent a room alone.' },
  { id: 'upperSecondaryDeposits', ageGroups: ['upperSecondary'], text: 'A job that asks for a deposit or money up front is a scam sign.' },
  { id: 'upperSecondaryIdCard', ageGroups: ['upperSecondary'], text: 'Don’t send a photo of your ID card to someone you only know online.' },
  { id: 'upperSecondaryUniquePasswords', ageGroups: ['upperSecondary'], text: 'Use a different password for each account, and let a password manager remember them.' },
  { id: 'upperSecondaryNoApk', ageGroups: ['upperSecondary'], text: 'Don’t install APK files or “support” apps because a stranger says so.' },
  { id: 'upperSecondary111Advice', ageGroups: ['upperSecondary'], text: 'The 111 helpline also gives advice on stress, relationships and family.' },
];
