import type { SkillCard } from '../../types';

export const PRIVACY_CARDS_EN: SkillCard[] = [
  {
    id: 'privacyOwnDetails',
    area: 'privacy',
    ageGroups: ['preschool'],
    title: 'Your name and your home',
    body: [
      'Your full name, where you live and your school are private.',
      'Don’t say them on the internet.',
      'If someone asks, call mum or dad.',
    ],
    check: {
      question: 'Someone you don’t know online asks where you live. What do you do?',
      options: [
        { text: 'Don’t tell, and call mum or dad.', correct: true, feedback: 'Well done! Your home is private.' },
        { text: 'Tell them.', correct: false, feedback: 'Don’t tell them, call mum or dad to come and look.' },
      ],
    },
  },
  {
    id: 'privacyPhotosAskFirst',
    area: 'privacy',
    ageGroups: ['preschool'],
    title: 'Ask before taking photos',
    body: [
      'Before you take or send a photo, ask mum or dad.',
      'For a photo of a friend, ask your friend first too.',
    ],
  },
  {
    id: 'privacyCameraPermission',
    area: 'privacy',
    ageGroups: ['preschool'],
    title: 'The device asks to use the camera',
    body: [
      'Sometimes the device asks to turn on the camera or microphone.',
      'Don’t say yes by yourself, ask a grown-up first.',
    ],
    check: {
      question: 'The screen asks “Allow camera?”. What do you do?',
      options: [
        { text: 'Ask mum or dad first.', correct: true, feedback: 'That’s right! They will help you choose.' },
        { text: 'Tap yes by yourself.', correct: false, feedback: 'Wait for mum or dad to look with you.' },
      ],
    },
  },
  {
    id: 'privacyWhatNotToShare',
    area: 'privacy',
    ageGroups: ['primary'],
    title: 'What not to share online',
    body: [
      'Don’t share your home address, school name, phone number or passwords.',
      'Don’t say when your parents are away from home either.',
      'If someone keeps asking about these things, tell a parent.',
    ],
    check: {
      question: 'What can you share with a friend you play games with?',
      options: [
        { text: 'Your favourite food.', correct: true, feedback: 'Right! Hobbies are fine to share, private details are not.' },
        { text: 'Your mum’s phone number.', correct: false, feedback: 'A phone number is private. Keep it to yourself.' },
        { text: 'Your home address.', correct: false, feedback: 'An address tells strangers where you live. Don’t share it.' },
      ],
    },
  },
  {
    id: 'privacyPhotoClues',
    area: 'privacy',
    ageGroups: ['primary'],
    title: 'Photos tell more than you think',
    body: [
      'A photo showing your uniform, your school sign or your house number tells strangers where you are.',
      'Before sending a photo, look carefully at what is behind you.',
      'Ask a parent before posting a photo online.',
    ],
  },
  {
    id: 'privacyFriendsPhotos',
    area: 'privacy',
    ageGroups: ['primary'],
    title: 'Photos of your friends',
    body: [
      'A photo of your friend belongs to your friend.',
      'Ask before you post or send a photo that shows them.',
      'Don’t post photos that embarrass a friend, even as a joke.',
    ],
    check: {
      question: 'You have a funny photo of a friend dozing off in class. What do you do?',
      options: [
        { text: 'Don’t post it, or ask your friend first.', correct: true, feedback: 'Great! You respect your friend.' },
        { text: 'Post it in the class group for a laugh.', correct: false, feedback: 'Your friend might feel hurt and embarrassed. Ask first.' },
      ],
    },
  },
  {
    id: 'privacyLocation',
    area: 'privacy',
    ageGroups: ['lowerSecondary'],
    title: 'Your location',
    body: [
      'Check-ins, live location and location-tagged photos tell others where you are.',
      'Turn off location for apps that don’t need it.',
      'Share your live location only with family, never with people you just met online.',
    ],
    check: {
      question: 'Who should see your live location?',
      options: [
        { text: 'Only family or someone you really trust.', correct: true, feedback: 'Right. Live location is very private information.' },
        { text: 'All your followers.', correct: false, feedback: 'Your followers may include strangers. Narrow it down.' },
      ],
    },
  },
  {
    id: 'privacySettings',
    area: 'privacy',
    ageGroups: ['lowerSecondary'],
    title: 'Privacy settings',
    body: [
      'Set your account to private so only people you approve can see it.',
      'Now and then, review your friends list and remove people you don’t know in real life.',
      'Turn off the options that let strangers message or tag you.',
    ],
  },
  {
    id: 'privacyOthersConsent',
    area: 'privacy',
    ageGroups: ['lowerSecondary'],
    title: 'Private messages are private',
    body: [
      'Screenshotting a private chat and passing it on can hurt someone who trusted you.',
      'Ask the people in a photo before you post it.',
      'If someone shares your private things, you can ask for them to be removed and get an adult to help.',
    ],
  },
  {
    id: 'privacyIntimateImages',
    area: 'privacy',
    ageGroups: ['upperSecondary'],
    title: 'Intimate images: once sent, out of your hands',
    body: [
      'A sent image can be saved, forwarded or used as a threat, even by someone who was once your partner.',
      'An intimate image of anyone under eighteen is child sexual abuse material, even if you took it yourself.',
      'You can always say no to a request for photos, however much someone pleads or sulks.',
    ],
    check: {
      question: 'Your partner pushes you to send an intimate photo “to prove you care”. What is true?',
      options: [
        { text: 'Saying no is your right, and someone who respects you will accept it.', correct: true, feedback: 'Yes. Real feelings don’t need that kind of proof.' },
        { text: 'It’s fine because the photo deletes itself after a few seconds.', correct: false, feedback: 'A “disappearing” photo can still be screenshotted or filmed. Don’t rely on that feature.' },
      ],
    },
  },
  {
    id: 'privacyIdCards',
    area: 'privacy',
    ageGroups: ['upperSecondary'],
    title: 'ID card photos and bank details',
    body: [
      'Don’t send photos of your ID card, bank details or one-time codes to recruiters, “partners” or strangers.',
      'Scammers use them to open accounts, borrow money or cheat others in your name.',
      'If you already sent them, tell an adult and your bank straight away.',
    ],
  },
  {
    id: 'privacyAppPermissions',
    area: 'privacy',
    ageGroups: ['upperSecondary'],
    title: 'App permissions',
    body: [
      'Personality quizzes and photo-editing apps may ask to read your contacts, photos and location.',
      'Grant only the permissions an app really needs for what you are doing.',
      'Every so often, open your settings and take back permissions from apps you rarely use.',
    ],
    check: {
      question: 'A flashlight app asks to read your contacts. What do you do?',
      options: [
        { text: 'Refuse, because a flashlight doesn’t need contacts.', correct: true, feedback: 'Spot on. An unrelated permission is a warning sign.' },
        { text: 'Allow it to get going faster.', correct: false, feedback: 'Your contacts could be sold or used to scam people you know. Refuse.' },
      ],
    },
  },
];
