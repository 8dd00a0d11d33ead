import type { CategoryTexts } from './types';

/** English names, parent descriptions and block-page text for each block reason. */
export const CATEGORY_TEXTS_EN: CategoryTexts = {
  adult: {
    name: 'Adult content',
    parentDescription: 'Pornography and sexual content meant for adults.',
    child: {
      preschool: 'This page is for grown-ups. Let’s go back and pick another page.',
      primary: 'This page is only for adults, so Khiên Xanh blocked it. If you saw something that upset you, tell a parent or teacher.',
      lowerSecondary: 'This page has adult content that doesn’t suit your age. If someone sent you this link, you can tell an adult you trust.',
      upperSecondary: 'This page has pornographic content, so it is blocked by the settings for your age group. If someone sends it to you or pressures you to watch it, that is worth reporting.',
    },
  },
  gambling: {
    name: 'Gambling and betting',
    parentDescription: 'Bookmakers, online casinos, sports betting and games that pay out real money.',
    child: {
      preschool: 'This page is a money game for grown-ups. Let’s pick a different game.',
      primary: 'This is a gambling page, where people can lose real money. Khiên Xanh blocked it to keep you safe.',
      lowerSecondary: 'This page is gambling or a prize-redemption game. Pages like this are made so that players lose more than they win.',
      upperSecondary: 'This page is online betting or gambling. If you or a friend find it hard to stop, the 111 hotline can give advice.',
    },
  },
  scam: {
    name: 'Scams and phishing',
    parentDescription: 'Scam sites, fake sites that steal passwords or money, and sites that spread malware.',
    child: {
      preschool: 'This page is not safe. Call a grown-up to come and look.',
      primary: 'This page may try to trick you out of passwords or money. Don’t type anything into it, and tell an adult.',
      lowerSecondary: 'This page is known to be a scam or a fake. Never type a password or one-time code into a page you don’t know.',
      upperSecondary: 'This page is on a list of scam or fake sites. If you already typed a password or bank details, change the password and tell an adult straight away.',
    },
  },
  bypass: {
    name: 'Filter bypass (VPN, proxy)',
    parentDescription: 'VPNs, proxies, redirect sites and private DNS services that can be used to get around the filter.',
    child: {
      preschool: 'This page won’t open. Ask a grown-up.',
      primary: 'This page helps get around the safety filter, so it is blocked. If a page you need is blocked by mistake, ask a parent or teacher to look.',
      lowerSecondary: 'This is a VPN or proxy service used to get around the filter. If you think a page is blocked by mistake, tell a parent or teacher.',
      upperSecondary: 'This page is a VPN, proxy or DNS service that can get around the filter, so it is blocked. If you need a page that is blocked by mistake, talk to your family or school.',
    },
  },
  drugs: {
    name: 'Drugs',
    parentDescription: 'Sites that sell or promote illegal drugs and addictive substances.',
    child: {
      preschool: 'This page is not for children. Let’s pick another page.',
      primary: 'This page is about drugs that harm your health. If you have questions, ask a parent or teacher.',
      lowerSecondary: 'This page sells or advertises illegal drugs. If someone asks you to try them, you have every right to say no and tell an adult.',
      upperSecondary: 'This page sells or promotes illegal drugs. If you or someone you know is struggling with drugs, the 111 hotline can listen and guide you.',
    },
  },
  violence: {
    name: 'Violence and gore',
    parentDescription: 'Violent, bloody or gruesome images and videos.',
    child: {
      preschool: 'This page has unhappy pictures. Let’s pick another page.',
      primary: 'This page has violent pictures that could scare you. If you saw something frightening, tell an adult.',
      lowerSecondary: 'This page has violent or bloody content. If you saw something that upset you, talking to someone you trust can help.',
      upperSecondary: 'This page has violent or gruesome content. If you saw it and can’t stop thinking about it, talk to someone you trust or call 111.',
    },
  },
  weapons: {
    name: 'Weapons',
    parentDescription: 'Sites that sell weapons or explain how to make weapons or explosives.',
    child: {
      preschool: 'This page is not for children. Let’s pick another page.',
      primary: 'This page is about dangerous weapons, so it is blocked. You can ask an adult if you have questions.',
      lowerSecondary: 'This page sells weapons or gives instructions about them. If someone threatens to use a weapon, tell an adult straight away.',
      upperSecondary: 'This page sells weapons or explains how to make them. If you know someone plans to hurt others, tell an adult or call 113.',
    },
  },
  dating: {
    name: 'Dating',
    parentDescription: 'Adult dating sites and apps, where strangers can reach children.',
    child: {
      preschool: 'This page is for grown-ups. Let’s pick another page.',
      primary: 'This is a dating page for adults. It is full of strangers, so it isn’t safe for you.',
      lowerSecondary: 'This is a dating site for adults. There, adults can pretend to be your age to get to know children.',
      upperSecondary: 'Dating sites are blocked by the settings for your age group. On them, strangers can use fake profiles to groom or blackmail people.',
    },
  },
  chat: {
    name: 'Chat with strangers',
    parentDescription: 'Anonymous chat sites that pair users with random strangers by text or camera.',
    child: {
      preschool: 'This page is for talking to strangers. Let’s play on another page.',
      primary: 'This page lets strangers talk to each other. Only chat with people you know in real life.',
      lowerSecondary: 'This is a site for anonymous chat with strangers. People with bad intentions often use sites like this to approach children.',
      upperSecondary: 'Anonymous chat with strangers is blocked by the settings for your age group. Sextortionists and groomers often look for targets in places like this.',
    },
  },
  social: {
    name: 'Social networks',
    parentDescription: 'Large social networks. Families or schools can choose to block this category for young children or during lessons.',
    child: {
      preschool: 'This page is for bigger children. Let’s pick another page.',
      primary: 'This social network is for people older than you. Your parents or teachers chose to block it for now.',
      lowerSecondary: 'Your family or school chose to block this social network on this device for now. If you need it for schoolwork, ask them.',
      upperSecondary: 'This social network is blocked by your family’s or school’s settings. If you need it, talk it over with them.',
    },
  },
  piracy: {
    name: 'Pirated films and games',
    parentDescription: 'Sites for pirated films, comics or game downloads, often full of gambling ads and malware.',
    child: {
      preschool: 'This page won’t open. Ask a grown-up to find the cartoon somewhere else.',
      primary: 'This page shows films or games without permission and often has nasty ads. Ask a parent to find an official site.',
      lowerSecondary: 'Pirate film and game sites often come with gambling ads, adult content and malware. Choose an official service.',
      upperSecondary: 'This page streams or shares pirated content, usually with betting ads and malware. Use an official service instead.',
    },
  },
  pageContent: {
    name: 'Words on the page',
    parentDescription: 'The page is blocked because its own text looked harmful, even though its address is not on a blocklist. This check can block pages by mistake.',
    child: {
      preschool: 'This page might have something not nice. Call a grown-up to look with you.',
      primary: 'Khiên Xanh found words on this page that aren’t safe, so it blocked it for now. If you need this page for school, ask an adult to check.',
      lowerSecondary: 'Khiên Xanh found words on this page that could be harmful. If this is a mistake, you can ask an adult to check.',
      upperSecondary: 'This page is blocked because its own content showed signs of harm. The filter can get it wrong, so if you need the page, ask your family or a teacher to review it.',
    },
  },
  allowOnly: {
    name: 'Approved sites only',
    parentDescription: 'A mode for young children: only approved sites open, and every other site is blocked.',
    child: {
      preschool: 'You can only open the pages mum and dad chose. Let’s go back to a page you know.',
      primary: 'This device only opens pages that your parents or teachers chose. If you want this page, ask them.',
      lowerSecondary: 'The current mode opens only approved pages, and this one isn’t on the list yet. You can ask your family or a teacher to add it.',
      upperSecondary: 'The current mode opens only approved pages. If you need this page, ask your family or school to add it to the list.',
    },
  },
};
