import type { SkillCard } from '../../types';

export const HELP_CARDS_EN: SkillCard[] = [
  {
    id: 'helpTrustedGrownUps',
    area: 'help',
    ageGroups: ['preschool'],
    title: 'Grown-ups you trust',
    body: [
      'Mum, dad, your grandparents and your teacher are grown-ups you trust.',
      'When you feel scared or worried, find one of them.',
    ],
    check: {
      question: 'Who can help you when you feel scared?',
      options: [
        { text: 'Mum, dad, grandma, grandpa or your teacher.', correct: true, feedback: 'That’s right! They are always happy to help you.' },
        { text: 'A stranger on the internet.', correct: false, feedback: 'You don’t know if a stranger is kind. Find a grown-up you trust.' },
      ],
    },
  },
  {
    id: 'helpTellingIsBrave',
    area: 'help',
    ageGroups: ['preschool'],
    title: 'Telling is brave',
    body: [
      'Telling a grown-up about something that scared you is very brave.',
      'You won’t be told off for telling.',
    ],
  },
  {
    id: 'helpNumberForKids',
    area: 'help',
    ageGroups: ['preschool'],
    title: 'The number 111',
    body: [
      'The number 111 is a phone number that helps children.',
      'Calling it costs nothing.',
      'A grown-up can call it with you.',
    ],
    check: {
      question: 'What is the phone number that helps children?',
      options: [
        { text: 'One, one, one.', correct: true, feedback: 'Brilliant! Remember 111.' },
        { text: 'I don’t need to remember.', correct: false, feedback: 'Let’s try to remember it: one, one, one.' },
      ],
    },
  },
  {
    id: 'helpReportButton',
    area: 'help',
    ageGroups: ['primary'],
    title: 'Khiên Xanh’s report button',
    body: [
      'If a web page scares or upsets you, press Khiên Xanh’s report button.',
      'A report is sent only when you press send.',
      'Then tell a parent or a teacher.',
    ],
    check: {
      question: 'When does Khiên Xanh send a report?',
      options: [
        { text: 'When you press send yourself.', correct: true, feedback: 'Right! You decide whether to send it.' },
        { text: 'Every time you open a web page.', correct: false, feedback: 'No. Khiên Xanh sends a report only when you choose to send it.' },
      ],
    },
  },
  {
    id: 'helpCall111',
    area: 'help',
    ageGroups: ['primary'],
    title: 'Call 111',
    body: [
      'The 111 helpline helps children who are in unsafe situations.',
      'You can call day or night, and it is free.',
      'You can call for yourself or for a friend who needs help.',
    ],
  },
  {
    id: 'helpBlockAndTell',
    area: 'help',
    ageGroups: ['primary'],
    title: 'Block and tell',
    body: [
      'If someone sends you messages that upset you, you can block them.',
      'Don’t delete the messages, so an adult can see them.',
      'Then tell a parent or a teacher.',
    ],
    check: {
      question: 'Someone keeps sending you threatening messages. What do you do first?',
      options: [
        { text: 'Block them and tell an adult.', correct: true, feedback: 'Yes! You don’t have to deal with it alone.' },
        { text: 'Delete all the messages so you feel less scared.', correct: false, feedback: 'Keep the messages so an adult can help you.' },
      ],
    },
  },
  {
    id: 'helpKeepEvidence',
    area: 'help',
    ageGroups: ['lowerSecondary'],
    title: 'Keep evidence',
    body: [
      'Screenshot the messages, the account name and the link before you block.',
      'If it is a sexual image of a child, don’t save or forward the image, and note only the link.',
      'Give the evidence to an adult you trust or report it through Khiên Xanh.',
    ],
    check: {
      question: 'You see an intimate photo of a classmate being passed around. What do you do?',
      options: [
        { text: 'Don’t share it, note the link and tell an adult.', correct: true, feedback: 'Right. Sharing it, even as a warning, hurts your classmate more.' },
        { text: 'Save the photo as evidence.', correct: false, feedback: 'Saving or sending such a photo spreads abuse material. The link is all that is needed.' },
      ],
    },
  },
  {
    id: 'helpPlatformReports',
    area: 'help',
    ageGroups: ['lowerSecondary'],
    title: 'Reporting on the platform',
    body: [
      'Facebook, TikTok, Zalo and YouTube all have buttons to report posts and accounts.',
      'The person you report isn’t told who reported them.',
      'You can report on the platform and tell an adult at the same time.',
    ],
  },
  {
    id: 'helpFriendInTrouble',
    area: 'help',
    ageGroups: ['lowerSecondary'],
    title: 'When a friend confides in you',
    body: [
      'If a friend tells you they are being threatened or abused, listen and believe them.',
      'Don’t promise to keep it secret when they are in danger.',
      'Go with them to find a trusted adult, or call 111 together.',
    ],
    check: {
      question: 'Your best friend says a stranger is threatening to share their photos and asks you to keep it secret. What do you do?',
      options: [
        { text: 'Support them and find an adult or call 111 together.', correct: true, feedback: 'Right. Helping them get help is the best way to be a good friend.' },
        { text: 'Promise to keep it secret and do nothing.', correct: false, feedback: 'Your friend is in danger and needs an adult’s help. Go with them.' },
      ],
    },
  },
  {
    id: 'helpEmergency113',
    area: 'help',
    ageGroups: ['upperSecondary'],
    title: 'When there is danger right now',
    body: [
      'If you or someone else is in immediate danger, call the police on 113.',
      'For abuse, threats or when you need advice, call the 111 helpline, free and at any hour.',
      'You don’t need to be completely sure before you call.',
    ],
    check: {
      question: 'Someone is threatening to come to your home tonight. Which number do you call first?',
      options: [
        { text: 'The police on 113, then tell your family.', correct: true, feedback: 'Right. For immediate danger, call 113.' },
        { text: 'Nobody, it might just be a threat.', correct: false, feedback: 'You don’t need to be sure before calling. Your safety matters more.' },
      ],
    },
  },
  {
    id: 'helpRemovingImages',
    area: 'help',
    ageGroups: ['upperSecondary'],
    title: 'Getting shared images taken down',
    body: [
      'Report each post that shows your image through the platform’s report button, choosing a reason such as private images or child abuse.',
      'Ask an adult or the 111 helpline to help you contact the authorities.',
      'You don’t have to look at or collect those images yourself.',
    ],
  },
  {
    id: 'helpTalkingHelps',
    area: 'help',
    ageGroups: ['upperSecondary'],
    title: 'Talking it out helps',
    body: [
      'Pressure from school, relationships or gossip online can wear you out.',
      'The 111 helpline also gives advice about feelings, friends and family, not only about abuse.',
      'Finding someone to talk to is a strong thing to do, not a weak one.',
    ],
  },
];
