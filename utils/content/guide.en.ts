import type { GuideSection } from './types';

/** English guide for parents and teachers, in reading order. */
export const GUIDE_EN: readonly GuideSection[] = [
  {
    id: 'talkingWithChild',
    title: 'Talking with your child about what they saw',
    paragraphs: [
      'Stay calm. An adult’s face and voice tell a child whether it is safe to speak. A line such as “Thank you for telling me” helps them keep going.',
      'Listen first, ask later. Use open questions like “What happened?” or “How did you feel?”, and let the child tell it their own way.',
      'Don’t blame the child. Abusers and scammers set out to trick children, and being tricked is not the child’s fault. Blame teaches a child to stay silent next time, when things may be more serious.',
      'Don’t take away the phone or computer as a punishment. Many children hide what happened only because they fear losing their device. If you do need to limit screen time, say clearly that it is for safety, not a penalty.',
      'Keep evidence: screenshot the messages, account names, links and times. Sexual images or videos involving a child are the exception. Don’t save or forward them, even as evidence, and note only the link.',
      'Report: use Khiên Xanh’s report button or the platform’s own, and call the 111 hotline when a child is being threatened, groomed or abused. If the child is in danger right now, call the police on 113.',
    ],
  },
  {
    id: 'whatItDoes',
    title: 'What Khiên Xanh does',
    paragraphs: [
      'Khiên Xanh blocks websites in categories that don’t suit the chosen age group, such as adult content, gambling and scams. Each age group has its own set of blocked categories, and the block page explains why in words that suit the child’s age.',
      'A child can report a web page that scared or upset them. A report is sent only when the child chooses to send it, and it goes to the receiving address that the school or parent configured.',
      'Khiên Xanh also has short lessons and a daily tip for each age group, covering the internet, security, privacy, recognising abuse and where to get help.',
    ],
  },
  {
    id: 'whatItDoesNot',
    title: 'What Khiên Xanh does not do',
    paragraphs: [
      'Khiên Xanh does not record a child’s browsing history and does not send it to anyone, including the school and parents.',
      'When a child reports sexual content involving a child, Khiên Xanh sends only the page address, never a picture.',
      'Khiên Xanh cannot see inside apps such as Zalo, Messenger or games, and it does not protect other devices in the home.',
      'No filter is perfect. Some harmful sites will get through, and now and then a harmless page is blocked by mistake. Talking with your child often remains the most important protection.',
    ],
  },
  {
    id: 'howReportsAreHandled',
    title: 'How reports are handled',
    paragraphs: [
      'When the child presses send, the report is queued on that device. If the device is offline, the report is kept and sent once the connection is back.',
      'The report is delivered to the school’s or agency’s focal point, at the address that was configured. The person there reviews it and decides what happens next.',
      'A report through Khiên Xanh does not replace talking to a real person. When a child is threatened or abused, call the 111 hotline for direct advice and support.',
    ],
  },
  {
    id: 'whereToGetHelp',
    title: 'Where to get help',
    paragraphs: [
      'The National Child Protection Hotline 111 is free to call and answers day and night (24/7). Children, parents, teachers and anyone worried about a child can call.',
      'The hotline’s website is tongdai111.vn. On Zalo, search for the official “Tổng đài 111” account to send a message.',
      'If a child is in danger right now, call the police on 113.',
      'For harmful posts or accounts on social networks, also use that platform’s own report feature.',
    ],
  },
  {
    id: 'teachersOnlineClasses',
    title: 'For teachers: keeping online classes safe',
    paragraphs: [
      'Share meeting links and recordings only in the class’s official channels, never on public pages or open groups. If a link leaks, create a new one for the next lesson.',
      'Turn on a waiting room or passcode, admit only people on the class list, and turn off student screen sharing when it isn’t needed.',
      'Protect students’ personal data: don’t post lists with birth dates, addresses, phone numbers or marks in shared groups. Keep recordings only as long as they are needed, then delete them.',
    ],
  },
  {
    id: 'teachersHandlingAbuse',
    title: 'For teachers: spotting and handling abuse in class channels',
    paragraphs: [
      'Signs to watch for: unknown accounts joining the class group, adults messaging students privately, repeated bullying or mockery, images being passed around, or a student who suddenly goes quiet or seems anxious.',
      'When you spot it, remove the content and the account from the group and note the account name, link and time. Don’t save or forward sexual images involving a child.',
      'Talk privately with the student affected, calmly and without blame, then inform the family and the school’s designated staff member.',
      'Reports that students send through Khiên Xanh go to the school’s focal point, at the address set in the managed policy. Teachers should know who that focal point is, and call the 111 hotline when they need specialist support.',
    ],
  },
];
