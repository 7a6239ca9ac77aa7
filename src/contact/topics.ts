/** What a contact-form message can be about. */
export const contactTopics = [
  ['general', 'A general question'],
  ['partnership', 'Company partnerships'],
  ['membership', 'Career Center membership'],
  ['mentoring', 'Becoming a Mentor or Connector'],
  ['privacy', 'Privacy and my data'],
  ['accessibility', 'Accessibility'],
] as const

export type ContactTopic = (typeof contactTopics)[number][0]
export const contactTopicLabel = (topic: string) => contactTopics.find(([value]) => value === topic)?.[1] ?? topic
