import type { IndexQuestionnaire } from './scoring'

/**
 * The Career Center Index questions for 2026. Weights say how much a question matters within its
 * factor (1–3) and how much a factor counts overall (1–2): the things that keep a student safe or
 * decide whether they are treated fairly weigh most.
 */
export const defaultQuestionnaire: IndexQuestionnaire = {
  year: 2026,
  factors: [
    {
      key: 'policies',
      title: 'Policies',
      weight: 2,
      questions: [
        {
          key: 'policies-nondiscrimination',
          text: 'Does your centre follow a written non-discrimination policy that names sexual orientation and gender identity and expression?',
          weight: 3,
          recommendation:
            'Adopt a non-discrimination policy for the centre that names sexual orientation and gender identity and expression explicitly, or get the institution-wide policy amended to include them.',
        },
        {
          key: 'policies-published',
          text: 'Does your centre make that policy easy for students to find, on its website and in its welcome materials?',
          weight: 1,
          recommendation: 'Link the policy from the centre’s homepage and booking pages, and mention it in the materials every new student receives.',
        },
        {
          key: 'policies-reporting',
          text: 'Does your centre have a clear way for students to report discrimination by staff, employers or recruiters, and a named person who follows up?',
          weight: 2,
          recommendation:
            'Set up a reporting route (a form, an email address, or a named staff member) and write down who responds and within how many working days.',
        },
      ],
    },
    {
      key: 'staff-training',
      title: 'Staff training',
      weight: 2,
      questions: [
        {
          key: 'staff-training-all-staff',
          text: 'Does your centre give every advising and front-desk staff member training on supporting LGBTQ+ students?',
          weight: 3,
          recommendation:
            'Make LGBTQ+ inclusion training part of onboarding for every role that meets students, including student workers and temporary staff.',
        },
        {
          key: 'staff-training-refreshed',
          text: 'Does your centre refresh that training at least every two years?',
          weight: 1,
          recommendation: 'Schedule a refresher session on a fixed cycle and keep a simple record of who attended and when their next one is due.',
        },
        {
          key: 'staff-training-workplace',
          text: 'Does your centre include career-specific topics in that training, such as coming out at work, transitioning on the job and questions at interview?',
          weight: 2,
          recommendation:
            'Add worked advising scenarios on disclosure at interview, name changes on references and transitioning in a new job to the training materials.',
        },
      ],
    },
    {
      key: 'inclusive-forms-and-pronouns',
      title: 'Inclusive forms and pronouns',
      weight: 2,
      questions: [
        {
          key: 'forms-chosen-name',
          text: 'Does your centre let students use a chosen name in its booking system, job board and correspondence?',
          weight: 3,
          recommendation:
            'Add a chosen-name field to every system the centre controls and show it wherever a name is displayed, keeping the legal name only where the law requires it.',
        },
        {
          key: 'forms-pronouns',
          text: 'Does your centre give students an optional place to share their pronouns, and show them to the advisers they meet?',
          weight: 2,
          recommendation: 'Add an optional pronouns field to the student profile and make sure advisers see it before an appointment starts.',
        },
        {
          key: 'forms-gender-options',
          text: 'Does your centre ask about gender only when it needs to, with options beyond two and a way to skip the question?',
          weight: 1,
          recommendation:
            'Review each form for gender questions, remove the ones the centre does not use, and offer an open answer and a “prefer not to say” option on the rest.',
        },
      ],
    },
    {
      key: 'lgbtq-resources',
      title: 'LGBTQ+ resources',
      weight: 1,
      questions: [
        {
          key: 'resources-guides',
          text: 'Does your centre offer job-search guidance written for LGBTQ+ students, for example on disclosure, references or legal protections?',
          weight: 2,
          recommendation:
            'Publish a short guide covering disclosure choices, legal protections at work and how to research an employer’s inclusion, and review it each year.',
        },
        {
          key: 'resources-visible',
          text: 'Does your centre make those resources easy to find online and in its physical space?',
          weight: 1,
          recommendation: 'Give LGBTQ+ career resources their own page on the centre’s website and a visible spot in the waiting area or resource library.',
        },
        {
          key: 'resources-referrals',
          text: 'Does your centre have working contacts with the campus LGBTQ+ centre or student groups, so it can refer students both ways?',
          weight: 2,
          recommendation: 'Agree a named contact at the campus LGBTQ+ centre or student society and meet each term to share referrals and plan joint work.',
        },
      ],
    },
    {
      key: 'employer-partnerships',
      title: 'Employer partnerships',
      weight: 2,
      questions: [
        {
          key: 'employers-vetting',
          text: 'Does your centre look at an employer’s LGBTQ+ inclusion (policies, benefits, track record) before promoting it to students?',
          weight: 3,
          recommendation:
            'Add questions on inclusion policies, trans-inclusive benefits and employee networks to the centre’s employer sign-up process, and record the answers.',
        },
        {
          key: 'employers-introductions',
          text: 'Does your centre connect students with employers that have shown their workplaces are inclusive, for example through introductions or targeted postings?',
          weight: 2,
          recommendation:
            'Keep a list of employers with strong inclusion practices and share it with students through introductions, featured postings or employer visits.',
        },
        {
          key: 'employers-expectations',
          text: 'Does your centre tell recruiters it works with what inclusive conduct it expects from them on campus?',
          weight: 1,
          recommendation:
            'Write a one-page code of conduct for recruiters (names, pronouns, respectful questions) and ask every employer to accept it before attending an event.',
        },
      ],
    },
    {
      key: 'events',
      title: 'Events',
      weight: 1,
      questions: [
        {
          key: 'events-lgbtq-programming',
          text: 'Does your centre run at least one LGBTQ+-focused career event each year?',
          weight: 2,
          recommendation:
            'Plan a yearly LGBTQ+ career event, such as a panel of out professionals or a workshop on job hunting, with students helping to choose the topic.',
        },
        {
          key: 'events-co-organised',
          text: 'Does your centre plan those events together with LGBTQ+ students, alumni or campus groups?',
          weight: 1,
          recommendation: 'Invite LGBTQ+ student groups and alumni onto the planning of each event, and credit them as co-organisers.',
        },
        {
          key: 'events-inclusive-general',
          text: 'Does your centre make its general events welcoming, for example with name badges that show pronouns and accessible, gender-neutral facilities?',
          weight: 2,
          recommendation:
            'Add an inclusion checklist to event planning covering pronoun badges, gender-neutral toilets nearby and a named contact for concerns on the day.',
        },
      ],
    },
    {
      key: 'confidentiality',
      title: 'Confidentiality',
      weight: 2,
      questions: [
        {
          key: 'confidentiality-disclosure',
          text: 'Does your centre leave it to the student to decide whether their sexual orientation or gender identity is shared with employers or other staff?',
          weight: 3,
          recommendation:
            'Write down that identity is never shared without the student’s explicit agreement, and ask before passing on anything a student has disclosed.',
        },
        {
          key: 'confidentiality-records',
          text: 'Does your centre keep notes about a student’s identity out of records that employers or other departments can see?',
          weight: 2,
          recommendation:
            'Check which fields in the centre’s systems are visible to employers or other offices, and move identity-related notes to a restricted field or remove them.',
        },
        {
          key: 'confidentiality-documents',
          text: 'Does your centre help students whose name or gender differs across documents such as transcripts, references and ID?',
          weight: 1,
          recommendation:
            'Prepare guidance and a contact at the registry for students whose records show a former name, so references and transcripts can be handled discreetly.',
        },
      ],
    },
    {
      key: 'assessment-and-improvement',
      title: 'Assessment and improvement',
      weight: 1,
      questions: [
        {
          key: 'assessment-feedback',
          text: 'Does your centre collect feedback from LGBTQ+ students about their experience of its services?',
          weight: 2,
          recommendation:
            'Add an optional, anonymous question on identity to the centre’s feedback survey so LGBTQ+ students’ experience can be seen on its own.',
        },
        {
          key: 'assessment-yearly-review',
          text: 'Does your centre review its LGBTQ+ inclusion every year and set goals for the next?',
          weight: 2,
          recommendation: 'Take this index each year, pick two or three recommendations as goals, and put a review date in the calendar.',
        },
        {
          key: 'assessment-shared-results',
          text: 'Does your centre share what it has learned and changed with students and campus partners?',
          weight: 1,
          recommendation: 'Publish a short yearly note on what the centre heard from students and what it changed as a result.',
        },
      ],
    },
  ],
}
