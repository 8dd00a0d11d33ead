import { z } from 'zod/mini';
import { describeValue } from './describe-value';
import { endpointSchema } from './endpoint';

// Digits with the separators people write in phone numbers: "1800 1567", "+84 24 3936 1234",
// "(024) 3936-1234". Short hotlines such as "111" are valid.
const PHONE_PATTERN = /^\+?[\d\s().-]+$/;
const MIN_PHONE_DIGITS = 3;

function countDigits(text: string): number {
  return text.replace(/\D/g, '').length;
}

function textField(fieldName: string) {
  return z
    .string({ error: (issue) => `Expected ${fieldName} as text, got ${describeValue(issue.input)}.` })
    .check(z.trim(), z.minLength(1, `The ${fieldName} is empty; remove the field or fill it in.`));
}

const phoneSchema = textField('phone number').check(
  z.refine((phone) => PHONE_PATTERN.test(phone) && countDigits(phone) >= MIN_PHONE_DIGITS, {
    error: (issue) => `${describeValue(issue.input)} is not a phone number; use digits, spaces, "+", "-", "." or brackets.`,
  }),
);

/**
 * A person or service that a child or parent can contact for help. Only `name` is required.
 * Unknown fields are rejected so that a misspelt field name is reported instead of silently
 * dropped.
 */
export const helpContactSchema = z.strictObject(
  {
    name: textField('name'),
    phone: z.optional(phoneSchema),
    hours: z.optional(textField('opening hours')),
    address: z.optional(textField('address')),
    url: z.optional(endpointSchema),
  },
  {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `Unknown field ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; a contact has name, phone, hours, address and url.`;
      }
      return `Expected a contact object with a name, got ${describeValue(issue.input)}.`;
    },
  },
);

export type HelpContact = z.infer<typeof helpContactSchema>;

export const helpContactListSchema = z.array(helpContactSchema, {
  error: (issue) => `Expected a list of contacts, got ${describeValue(issue.input)}.`,
});
