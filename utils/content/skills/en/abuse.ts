import type { SkillCard } from '../../types';

export const ABUSE_CARDS_EN: SkillCard[] = [
  {
    id: 'abuseNoSecrets',
    area: 'abuse',
    ageGroups: ['preschool'],
    title: 'Unhappy secrets are for telling',
    body: [
      'Good grown-ups never ask you to keep secrets from mum and dad.',
      'If someone says “don’t tell anyone”, tell mum or dad straight away.',
    ],
    check: {
      question: 'Someone online says: “Don’t tell your parents.” What do you do?',
      options: [
        { text: 'Tell mum or dad straight away.', correct: true, feedback: 'You did the right thing! Mum and dad always want to hear.' },
        { text: 'Keep the secret.', correct: false, feedback: 'You can tell mum and dad about secrets like that. You have done nothing wrong.' },
      ],
    },
  },
  {
    id: 'abuseBodyPrivate',
    area: 'abuse',
    ageGroups: ['preschool'],
    title: 'Your body belongs to you',
    body: [
      'The parts your swimsuit covers are private.',
      'Nobody may ask to see or take photos of them on a phone.',
      'If someone asks, say “No!” and tell mum or dad.',
    ],
  },
  {
    id: 'abuseUnkindWords',
    area: 'abuse',
    ageGroups: ['preschool'],
    title: 'Unkind words',
    body: [
      'If someone says something online that makes you sad, you don’t have to answer.',
      'Tell mum, dad or your teacher so they can help.',
    ],
    check: {
      question: 'Someone sends you mean words that make you sad. What do you do?',
      options: [
        { text: 'Tell a grown-up.', correct: true, feedback: 'That’s right! A grown-up will help you.' },
        { text: 'Send mean words back.', correct: false, feedback: 'You don’t need to answer. Tell a grown-up instead.' },
      ],
    },
  },
  {
    id: 'abuseGiftsFromStrangers',
    area: 'abuse',
    ageGroups: ['primary'],
    title: 'Gifts from online “friends”',
    body: [
      'Strangers may give you game cards or items to become your friend.',
      'Later they may ask for photos, want to meet, or tell you to keep it secret.',
      'If someone does this, tell a parent or teacher right away.',
    ],
    check: {
      question: 'An older player gives you a top-up card and says “don’t tell anyone”. What do you do?',
      options: [
        { text: 'Tell a parent or teacher.', correct: true, feedback: 'Yes! Being told to keep a secret is a sign to tell an adult.' },
        { text: 'Take the gift and keep the secret.', correct: false, feedback: 'A gift that comes with a secret is not a good gift. Tell an adult, you won’t be in trouble.' },
      ],
    },
  },
  {
    id: 'abuseBullyingPrimary',
    area: 'abuse',
    ageGroups: ['primary'],
    title: 'When you are bullied online',
    body: [
      'Being mocked, threatened or left out on purpose online is bullying.',
      'Don’t hit back, take a screenshot and block the person.',
      'Tell an adult you trust, because you deserve help.',
    ],
  },
  {
    id: 'abuseFakeAuthority',
    area: 'abuse',
    ageGroups: ['primary'],
    title: 'Scary phone calls',
    body: [
      'Someone calls, says they are the police and tells you that you are in trouble.',
      'Real police don’t call children to ask for money or to demand secrets.',
      'Hang up and tell your parents straight away.',
    ],
    check: {
      question: 'A caller says they are the police and tells you to transfer your mum’s money. What do you do?',
      options: [
        { text: 'Hang up and tell your parents.', correct: true, feedback: 'Exactly right! That is a scammer pretending to be the police.' },
        { text: 'Do as they say because you are scared.', correct: false, feedback: 'Feeling scared is normal, but real police don’t do this. Hang up and tell your parents.' },
      ],
    },
  },
  {
    id: 'abuseGroomingSigns',
    area: 'abuse',
    ageGroups: ['lowerSecondary'],
    title: 'Signs of grooming',
    body: [
      'They flatter you constantly, say only they understand you, and give you gifts or money.',
      'They want to move to private chat, ask about your body or ask for photos.',
      'They tell you to hide things from your family and friends.',
      'Just one of these signs is enough reason to stop and tell an adult.',
    ],
    check: {
      question: 'Which one is a warning sign?',
      options: [
        { text: 'Someone you just met wants to move to private chat and keep it secret.', correct: true, feedback: 'Right. Cutting you off from the people close to you is a familiar groomer’s step.' },
        { text: 'A classmate invites you to the class study group.', correct: false, feedback: 'A class group with teachers and classmates you know is normal.' },
      ],
    },
  },
  {
    id: 'abuseSextortionBasics',
    area: 'abuse',
    ageGroups: ['lowerSecondary'],
    title: 'Threats to share your photos',
    body: [
      'Someone may threaten to share your photos unless you send more photos or money.',
      'Don’t give in, because they usually keep asking for more.',
      'Keep the messages, block them, and tell an adult at once or call 111.',
      'This is not your fault.',
    ],
  },
  {
    id: 'abuseGamblingGames',
    area: 'abuse',
    ageGroups: ['lowerSecondary'],
    title: 'Prize-redemption games are gambling',
    body: [
      'Some games let you pay in to spin or bet and then cash out real money.',
      'That is gambling dressed up as a game, and you are far more likely to lose than win.',
      'If friends invite you or you see ads like this, say no and tell an adult.',
    ],
    check: {
      question: 'What is an ad saying “Top up a little, cash out a lot, instant prizes”?',
      options: [
        { text: 'An invitation to gamble.', correct: true, feedback: 'Yes. The house always comes out ahead, and players lose money.' },
        { text: 'A way to earn pocket money.', correct: false, feedback: 'It is gambling, and players usually lose money. Stay away.' },
      ],
    },
  },
  {
    id: 'abuseBullyingTeens',
    area: 'abuse',
    ageGroups: ['lowerSecondary', 'upperSecondary'],
    title: 'Online bullying is not a joke',
    body: [
      'Group chats for mocking someone, spreading edited photos or pushing someone out of a group are all bullying.',
      'If you are bullied, save the evidence, block, and report it on the platform.',
      'If you see someone else being bullied, a message checking on them or a word to a teacher can help a lot.',
    ],
  },
  {
    id: 'abuseSextortion',
    area: 'abuse',
    ageGroups: ['upperSecondary'],
    title: 'Sextortion',
    body: [
      'Sextortionists often pose as someone your age, get a photo, then threaten to send it to your family unless you pay.',
      'They may also use AI to put your face onto fake images.',
      'Don’t pay, don’t send more, keep the evidence, report the account and reach out to an adult or call 111.',
      'You are the victim, not the one to blame.',
    ],
    check: {
      question: 'Someone threatens to share your photos unless you pay. What helps you?',
      options: [
        { text: 'Don’t pay, keep the evidence and get help from an adult or 111.', correct: true, feedback: 'Right. Paying rarely makes them stop, and with support you don’t face it alone.' },
        { text: 'Pay so they delete the photos.', correct: false, feedback: 'Sextortionists usually demand more after the first payment. Stop replying and get help.' },
        { text: 'Delete all the messages and stay quiet.', correct: false, feedback: 'The messages are evidence that helps stop them. Keep them and tell someone you trust.' },
      ],
    },
  },
  {
    id: 'abuseOnlineKidnapping',
    area: 'abuse',
    ageGroups: ['upperSecondary'],
    title: 'Fake police and “online kidnapping”',
    body: [
      'Scammers video-call pretending to be police, say you are linked to a crime and forbid you to tell anyone.',
      'They tell you to rent a room alone and cut contact with your family, then call your parents demanding a ransom.',
      'Real police don’t handle cases over video calls and never ask you to hide things from your family.',
      'Hang up and call your parents or an adult you trust right away.',
    ],
    check: {
      question: 'Someone claiming to be police tells you to go to a hotel alone and not tell your family. What is this?',
      options: [
        { text: 'A scam: hang up and call your family.', correct: true, feedback: 'Exactly. Being told to cut yourself off from family is the clearest sign of an “online kidnapping” scam.' },
        { text: 'A real investigation that must stay secret.', correct: false, feedback: 'The authorities don’t investigate like this. Call your family now.' },
      ],
    },
  },
  {
    id: 'abuseFakeJobs',
    area: 'abuse',
    ageGroups: ['upperSecondary'],
    title: 'Easy work, big pay',
    body: [
      'Offers to be a “collaborator”, confirm orders or “complete tasks” often make you pay in first before any commission.',
      'Offers of very well-paid work abroad can lead to scam compounds or human trafficking.',
      'A real job doesn’t ask for a deposit, for secrecy or for a photo of your ID card over chat.',
    ],
  },
  {
    id: 'abuseBettingApps',
    area: 'abuse',
    ageGroups: ['upperSecondary'],
    title: 'Betting apps',
    body: [
      'Football betting and online casino apps are advertised as easy wins with fast payouts.',
      'They are built to keep you playing, and many people end up in debt, including debt to loan apps.',
      'If you find it hard to stop, talk to an adult you trust or call 111 for advice.',
    ],
  },
];
