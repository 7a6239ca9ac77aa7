/*
 * The words of a mentorship's shape: its agreement, check-ins, worries and closing feedback
 * (src/mentorship/shape.ts), kept apart so forms running in the browser can list them.
 */

/** What a member tells the platform privately about a mentorship. */
export const feedbackKinds = [
  ['check-in', 'Check-in'],
  ['worry', 'I’m worried'],
  ['end', 'Closing feedback'],
] as const
export type FeedbackKind = (typeof feedbackKinds)[number][0]

/** The answers to "how is it going?". */
export const feedbackMoods = [
  ['going-well', 'It’s going well'],
  ['okay', 'It’s okay'],
  ['not-well', 'It isn’t going well'],
] as const
export type FeedbackMood = (typeof feedbackMoods)[number][0]

/** How the two mean to meet, agreed at the start. */
export const agreementWays = [
  ['video', 'Video calls'],
  ['phone', 'Phone calls'],
  ['in-person', 'In person'],
  ['messages', 'Mostly messages here'],
  ['mixed', 'A mix'],
] as const
export type AgreementWay = (typeof agreementWays)[number][0]

/** The platform's own template, for mentorships outside a programme or a programme that set none. */
export const defaultAgreementTemplate = {
  goalsPrompt: 'What would you like to get out of this mentorship? Two or three goals, in your own words.',
  lengthWeeks: 12,
  checkInEveryWeeks: 4,
  terms: 'We will keep to the Code of Conduct, tell each other early if a meeting cannot happen, and keep what the other shares private.',
} as const
