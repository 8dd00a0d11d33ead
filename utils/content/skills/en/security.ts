import type { SkillCard } from '../../types';

export const SECURITY_CARDS_EN: SkillCard[] = [
  {
    id: 'securityPasswordSecret',
    area: 'security',
    ageGroups: ['preschool'],
    title: 'A password is a secret',
    body: [
      'A password is like the key to your home.',
      'Only mum and dad may know your password.',
    ],
    check: {
      question: 'A friend at school asks for your tablet password. What do you do?',
      options: [
        { text: 'Don’t tell, because it is a secret for you and your parents.', correct: true, feedback: 'Great job! Only you and your parents know the password.' },
        { text: 'Tell your friend.', correct: false, feedback: 'Your friend is nice, but you keep the password to yourself.' },
      ],
    },
  },
  {
    id: 'securityAskBeforeInstall',
    area: 'security',
    ageGroups: ['preschool'],
    title: 'Want a new game?',
    body: [
      'If you want a new game, ask mum or dad first.',
      'They will check that the game is safe.',
    ],
  },
  {
    id: 'securityStrangeWindow',
    area: 'security',
    ageGroups: ['preschool'],
    title: 'A strange window pops up',
    body: [
      'Sometimes a strange box pops up and tells you to tap it.',
      'Don’t tap it, show it to a grown-up instead.',
    ],
    check: {
      question: 'A strange box pops up and flashes. What do you do?',
      options: [
        { text: 'Show it to a grown-up.', correct: true, feedback: 'That’s right! A grown-up will know how to close it.' },
        { text: 'Tap it to see what happens.', correct: false, feedback: 'Strange boxes can harm the device. Ask a grown-up.' },
      ],
    },
  },
  {
    id: 'securityStrongPassword',
    area: 'security',
    ageGroups: ['primary'],
    title: 'Strong passwords',
    body: [
      'A strong password is a long phrase only you remember, such as a few unrelated words joined together.',
      'Don’t use your birthday or your name as a password.',
      'Don’t lend your password to friends, not even your best friend.',
    ],
    check: {
      question: 'Which password is stronger?',
      options: [
        { text: 'A long phrase made of several unrelated words.', correct: true, feedback: 'Yes! A long phrase is much harder to guess.' },
        { text: 'Your name and birthday.', correct: false, feedback: 'Other people can guess your name and birthday. Choose a longer phrase.' },
      ],
    },
  },
  {
    id: 'securityFreeGifts',
    area: 'security',
    ageGroups: ['primary'],
    title: 'Free gifts in games',
    body: [
      'Links that promise free diamonds or skins are usually traps.',
      'They trick you into typing your login so they can steal your account.',
      'Only collect rewards inside the game itself, and ask a parent if you are unsure.',
    ],
    check: {
      question: 'Someone sends a link: “Free diamonds, just log in.” What do you do?',
      options: [
        { text: 'Don’t tap it, and tell a parent.', correct: true, feedback: 'Exactly! That is how account thieves work.' },
        { text: 'Log in just once to try.', correct: false, feedback: 'Once is enough to lose your account. Leave the link alone.' },
      ],
    },
  },
  {
    id: 'securityOfficialStore',
    area: 'security',
    ageGroups: ['primary'],
    title: 'Where to get apps',
    body: [
      'Only get apps from official stores like Google Play or the App Store.',
      'Ask a parent before downloading anything.',
      'Files from unknown sites can carry malware.',
    ],
  },
  {
    id: 'securityTwoStep',
    area: 'security',
    ageGroups: ['lowerSecondary'],
    title: 'Turn on two-step verification',
    body: [
      'Two-step verification asks for an extra code when someone signs in on a new device.',
      'Even if someone learns your password, they still struggle to get into your account.',
      'Turn it on for your email and your main social accounts.',
    ],
  },
  {
    id: 'securityNeverShareCodes',
    area: 'security',
    ageGroups: ['lowerSecondary'],
    title: 'Never give out a one-time code',
    body: [
      'A one-time code sent by text message is the last key to your account.',
      'No real phone company, bank or game asks for that code in a message.',
      'Anyone who asks for your code is suspicious, even a “best friend”, because their account may have been taken over.',
    ],
    check: {
      question: 'Your best friend texts: “Send me the code that just came to your phone, I typed the wrong number.” What do you do?',
      options: [
        { text: 'Don’t send it, and call your friend to ask.', correct: true, feedback: 'Exactly. Their account may have been taken over, and the scammer is now after yours.' },
        { text: 'Send it, since it is your best friend.', correct: false, feedback: 'Sending the code hands your account to someone else. Call to check first.' },
      ],
    },
  },
  {
    id: 'securityFakeLogin',
    area: 'security',
    ageGroups: ['lowerSecondary'],
    title: 'Fake login pages',
    body: [
      'A fake page can look exactly like Facebook or your school’s site.',
      'Check the address in the browser bar carefully before typing a password.',
      'If the link came in a message, type the site’s address yourself instead of tapping it.',
    ],
  },
  {
    id: 'securityPasswordManager',
    area: 'security',
    ageGroups: ['upperSecondary'],
    title: 'One password per account',
    body: [
      'When one site leaks its data, attackers try the same password on other sites.',
      'A password manager gives you a different password for each account without you having to remember them all.',
      'Start with your email, because email can unlock every other account.',
    ],
    check: {
      question: 'Why shouldn’t you use one password everywhere?',
      options: [
        { text: 'A leak on one site exposes all your other accounts.', correct: true, feedback: 'Right. Separate passwords limit the damage.' },
        { text: 'Sites forbid reusing passwords.', correct: false, feedback: 'Sites can’t tell that you reuse them. The real reason is that one leak shouldn’t open everything else.' },
      ],
    },
  },
  {
    id: 'securityApkRemoteControl',
    area: 'security',
    ageGroups: ['upperSecondary'],
    title: 'APK files and remote-control apps',
    body: [
      'Scammers often send APK files or ask you to install a “support” app from outside the official store.',
      'Such an app can read your messages, grab one-time codes and take over your phone.',
      'Never install an app because a stranger tells you to, even if they claim to be a government office.',
    ],
  },
  {
    id: 'securityHackedAccount',
    area: 'security',
    ageGroups: ['upperSecondary'],
    title: 'When your account is taken over',
    body: [
      'Change your password straight away from a safe device and sign out of every unknown session.',
      'Use the platform’s official account recovery.',
      'Warn your friends so they don’t trust requests for money sent from your account.',
    ],
    check: {
      question: 'Your account is messaging friends to borrow money. What comes first?',
      options: [
        { text: 'Recover the account, change the password and warn your friends.', correct: true, feedback: 'Right order. Take back control, then warn others.' },
        { text: 'Make a new account and abandon the old one.', correct: false, feedback: 'The old account keeps scamming your friends. Recover it and report it.' },
      ],
    },
  },
];
