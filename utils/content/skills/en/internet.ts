import type { SkillCard } from '../../types';

export const INTERNET_CARDS_EN: SkillCard[] = [
  {
    id: 'internetWhatIsIt',
    area: 'internet',
    ageGroups: ['preschool'],
    title: 'What is the internet?',
    body: [
      'The internet joins lots of computers and phones together.',
      'It has cartoons, songs and games.',
      'Use the internet with a grown-up, okay?',
    ],
    check: {
      question: 'Who should you use the internet with?',
      options: [
        { text: 'With mum, dad or a grown-up you trust.', correct: true, feedback: 'That’s right! With a grown-up beside you, it is more fun and safer.' },
        { text: 'All alone, without telling anyone.', correct: false, feedback: 'Ask mum, dad or a grown-up to watch with you.' },
      ],
    },
  },
  {
    id: 'internetAskFirst',
    area: 'internet',
    ageGroups: ['preschool'],
    title: 'Ask before you tap',
    body: [
      'If a strange button pops up, don’t tap it yet.',
      'Ask a grown-up first.',
    ],
  },
  {
    id: 'internetScaryThing',
    area: 'internet',
    ageGroups: ['preschool'],
    title: 'If something scares you',
    body: [
      'If you see a picture that makes you scared or sad, turn the screen over.',
      'Then call mum, dad or your teacher straight away.',
      'You have done nothing wrong.',
    ],
    check: {
      question: 'You see a picture that scares you. What do you do?',
      options: [
        { text: 'Turn the screen over and call a grown-up.', correct: true, feedback: 'Well done! A grown-up will help you.' },
        { text: 'Hide it and tell nobody.', correct: false, feedback: 'You can always tell a grown-up, and you won’t be in trouble.' },
      ],
    },
  },
  {
    id: 'internetNotAllTrue',
    area: 'internet',
    ageGroups: ['primary'],
    title: 'Not everything online is true',
    body: [
      'Anyone can post things online, even things that are wrong.',
      'When you see strange news, ask a teacher or a parent if it is true.',
      'Don’t share it until you are sure.',
    ],
    check: {
      question: 'You read online that there is no school tomorrow. What do you do?',
      options: [
        { text: 'Ask a teacher or a parent before believing it.', correct: true, feedback: 'Right! Asking someone you trust tells you if it is real.' },
        { text: 'Send it to the whole class at once.', correct: false, feedback: 'If it is wrong, the whole class gets fooled too. Check first.' },
      ],
    },
  },
  {
    id: 'internetPopups',
    area: 'internet',
    ageGroups: ['primary'],
    title: 'Ads and “You won!” messages',
    body: [
      'Messages like “You won a prize!” are usually ads or tricks.',
      'Close them and never type your name or phone number into them.',
      'If you can’t close one, ask a grown-up to help.',
    ],
  },
  {
    id: 'internetGameStrangers',
    area: 'internet',
    ageGroups: ['primary'],
    title: 'People you play games with',
    body: [
      'The people you play with in a game may be adults you don’t know.',
      'Talk only about the game and keep your private life to yourself.',
      'If someone makes you uncomfortable, leave the game room and tell a parent.',
    ],
    check: {
      question: 'Another player asks which school you go to. What do you say?',
      options: [
        { text: 'Nothing, because that is private.', correct: true, feedback: 'Exactly! Keeping private things private is smart.' },
        { text: 'Tell them, because they play well.', correct: false, feedback: 'Playing well doesn’t make someone safe. Keep your school’s name to yourself.' },
      ],
    },
  },
  {
    id: 'internetFeeds',
    area: 'internet',
    ageGroups: ['lowerSecondary'],
    title: 'Who picks what your feed shows?',
    body: [
      'Social apps pick videos based on what you watched for a long time.',
      'That is why you can get pulled into the same kind of content for hours.',
      'You can tap “Not interested” and set your own breaks.',
    ],
    check: {
      question: 'Why does your feed keep showing the same kind of video?',
      options: [
        { text: 'The app learns from what you watch longest.', correct: true, feedback: 'Yes. You can retrain it by skipping or tapping “Not interested”.' },
        { text: 'Those are the only videos online.', correct: false, feedback: 'Not at all. The app is choosing for you based on your habits.' },
      ],
    },
  },
  {
    id: 'internetCheckSources',
    area: 'internet',
    ageGroups: ['lowerSecondary'],
    title: 'Check before you share',
    body: [
      'Shocking stories spread faster than true ones because they make readers angry or afraid.',
      'Before sharing, look at who posted it, when, and whether trusted news outlets report it.',
      'Sharing false news can hurt real people.',
    ],
  },
  {
    id: 'internetFootprint',
    area: 'internet',
    ageGroups: ['lowerSecondary'],
    title: 'Your digital footprint',
    body: [
      'What you post can be screenshotted and stay around for a long time.',
      'Deleting a post doesn’t mean everyone has stopped seeing it.',
      'Ask yourself: would I mind if my teachers or family read this?',
    ],
    check: {
      question: 'You deleted an angry comment. What could still happen?',
      options: [
        { text: 'Someone already screenshotted and shared it.', correct: true, feedback: 'Right. That is why it pays to cool down before posting.' },
        { text: 'Nothing, deleting removes it for good.', correct: false, feedback: 'Sadly not. Screenshots can outlive the original post.' },
      ],
    },
  },
  {
    id: 'internetDeepfakes',
    area: 'internet',
    ageGroups: ['upperSecondary'],
    title: 'Videos and voices can be faked',
    body: [
      'AI tools can swap faces and copy the voice of a real person.',
      'Scammers use fake videos to get money or to smear people.',
      'If someone you know video-calls asking for money urgently, call them back on the number you already use.',
    ],
    check: {
      question: 'Your cousin video-calls, the picture is blurry, and he asks you to transfer money fast. What do you do?',
      options: [
        { text: 'Hang up and call him back on his usual number.', correct: true, feedback: 'Spot on. Calling back on a channel you know is the quickest way to catch a fake call.' },
        { text: 'Transfer it, since you saw his face.', correct: false, feedback: 'A face in a video can be fake. Check through another channel first.' },
        { text: 'Ask for his Facebook password to be sure.', correct: false, feedback: 'No need, and not a good idea. Calling his usual number is enough.' },
      ],
    },
  },
  {
    id: 'internetPaidPromotion',
    area: 'internet',
    ageGroups: ['upperSecondary'],
    title: 'Influencers get paid to advertise',
    body: [
      'Many “review” videos are really paid ads.',
      'Promises of “easy money online” often lead to investment scams or gambling.',
      'Look for independent reviews before you buy or top up.',
    ],
  },
  {
    id: 'internetOwnTime',
    area: 'internet',
    ageGroups: ['upperSecondary'],
    title: 'Your time is yours',
    body: [
      'Apps are designed to keep you scrolling as long as possible.',
      'Turning off some notifications and keeping your phone out of the bedroom helps you sleep better.',
      'If scrolling leaves you drained or anxious, take a break and talk to someone you trust.',
    ],
  },
];
