import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { Affiliations } from './collections/Affiliations'
import { Blocks } from './collections/Blocks'
import { BookingLocks } from './collections/BookingLocks'
import { ConductReports } from './collections/ConductReports'
import { ContactMessages } from './collections/ContactMessages'
import { EmailChanges } from './collections/EmailChanges'
import { Emails } from './collections/Emails'
import { Events } from './collections/Events'
import { IndexAssessments } from './collections/IndexAssessments'
import { Industries } from './collections/Industries'
import { Media } from './collections/Media'
import { MatchPreferences } from './collections/MatchPreferences'
import { MatchRounds } from './collections/MatchRounds'
import { Meetings } from './collections/Meetings'
import { MentorProfiles } from './collections/MentorProfiles'
import { MentorshipAgreements } from './collections/MentorshipAgreements'
import { MentorshipFeedback } from './collections/MentorshipFeedback'
import { MentorshipRequests } from './collections/MentorshipRequests'
import { Opportunities } from './collections/Opportunities'
import { Organizations } from './collections/Organizations'
import { Policies } from './collections/Policies'
import { PolicyAcceptances } from './collections/PolicyAcceptances'
import { ProfilePhotos } from './collections/ProfilePhotos'
import { ProgramAcceptances } from './collections/ProgramAcceptances'
import { ProgramAgreements } from './collections/ProgramAgreements'
import { ProgramInvitations } from './collections/ProgramInvitations'
import { ProgramMemberships } from './collections/ProgramMemberships'
import { Programs } from './collections/Programs'
import { RequestMessages } from './collections/RequestMessages'
import { Resources } from './collections/Resources'
import { ResumeDownloads } from './collections/ResumeDownloads'
import { Resumes } from './collections/Resumes'
import { RoleGuides } from './collections/RoleGuides'
import { Skills } from './collections/Skills'
import { Users } from './collections/Users'
import { Footer } from './globals/Footer'
import { IndexQuestionnaire } from './globals/IndexQuestionnaire'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { adminOnly, closeBuiltInAccess, mayRunJobs } from './src/access/built-ins'
import { withPolicyGate } from './src/accounts/policy-gate'
import { databaseAdapter } from './src/db/adapter'
import { requireMongoTransactions } from './src/db/transactions'
import { linkedRecordsMustExist } from './src/db/linked-records-exist'
import { tuneDatabase } from './src/db/tune'
import { declareDirectoryTextIndex, mongoDirectorySearch } from './src/directory/mongo-search-index'
import { queueContactEmailsTask } from './src/contact/store'
import { emailAdapter } from './src/email/adapter'
import { sendEmailTask } from './src/email/outbox'
import { remindAboutMeetingTask } from './src/meetings/tasks'
import { resolveDatabaseTarget } from './src/lib/database'
import { runsScheduledJobs } from './src/lib/jobs-runner'
import { expireRequestTask, remindAboutRequestTask } from './src/mentorship/tasks'
import { askForCheckInTask, askForClosingFeedbackTask } from './src/mentorship/shape-tasks'
import { closeOpportunityTask } from './src/opportunities/tasks'
import { resolvePayloadSecret } from './src/lib/secret'
import { answerPayloadLockAsWrongPassword } from './src/limits/payload-lock'
import { explainMissingRelation } from './src/server/explain-missing-relation'
import { objectStorage } from './src/storage/plugin'
import { healthEndpoint } from './src/server/health'
import { memberSummaryEndpoint } from './src/server/member-summary'
import { programReportCsvEndpoint } from './src/server/program-reports'
import { programMatchingEndpoints } from './src/server/program-matching'
import { revalidatePagesEndpoint } from './src/server/revalidate-pages'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The whole platform for a given database; tests also build it on other adapters. */
export const platformConfig = ({ db, secret }: Pick<Config, 'db' | 'secret'>): Config => ({
  serverURL: process.env.SERVER_URL || '',
  secret,
  admin: {
    user: 'users',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Pride Career Network' },
    components: {
      beforeDashboard: ['@/components/admin/programs/ApprovalQueue#ApprovalQueue'],
      // Programme reports for programme staff: /admin/program-reports and /admin/program-reports/<id>.
      afterNavLinks: ['@/components/admin/program-reports/ReportsNavLink#ReportsNavLink'],
      views: {
        programReports: {
          Component: '@/components/admin/program-reports/ProgramReportsView#ProgramReportsView',
          path: '/program-reports',
          meta: { title: 'Programme reports' },
        },
        // Programme staff's matching round, for programmes whose staff propose the pairs: /admin/program-matching/<id>.
        programMatching: {
          Component: '@/components/admin/program-matching/ProgramMatchingView#ProgramMatchingView',
          path: '/program-matching',
          meta: { title: 'Matching round' },
        },
        // The health of a programme's mentorships for its staff: /admin/program-health and /admin/program-health/<id>.
        programHealth: {
          Component: '@/components/admin/program-health/ProgramHealthView#ProgramHealthView',
          path: '/program-health',
          meta: { title: 'Mentorships’ health' },
        },
      },
    },
  },
  collections: [
    Users,
    MentorProfiles,
    Industries,
    Skills,
    Organizations,
    Affiliations,
    IndexAssessments,
    Media,
    ProfilePhotos,
    Policies,
    PolicyAcceptances,
    RoleGuides,
    Events,
    Opportunities,
    Resources,
    Resumes,
    ResumeDownloads,
    MentorshipRequests,
    RequestMessages,
    ConductReports,
    ContactMessages,
    Emails,
    Blocks,
    EmailChanges,
    Programs,
    ProgramAgreements,
    ProgramAcceptances,
    ProgramMemberships,
    ProgramInvitations,
    Meetings,
    MatchPreferences,
    MentorshipAgreements,
    MentorshipFeedback,
    MatchRounds,
    BookingLocks,
  ].map(withPolicyGate),
  globals: [SiteSettings, Navigation, Footer, IndexQuestionnaire],
  // GET /api/health for the proxy and healthchecks; GET /api/member-summary for the site's header; POST /api/revalidate-pages for the jobs worker;
  // GET /api/program-reports/<id>/<table>.csv for programme staff's report downloads.
  endpoints: [healthEndpoint, memberSummaryEndpoint, revalidatePagesEndpoint, programReportCsvEndpoint, ...programMatchingEndpoints],
  editor: lexicalEditor(),
  db,
  email: emailAdapter(),
  sharp,
  graphQL: { disablePlaygroundInProduction: true },
  jobs: {
    // Only admins, or a scheduler holding JOBS_SECRET, run or schedule jobs through the API; the
    // platform queues its own jobs through the local API.
    access: { run: mayRunJobs, queue: adminOnly, cancel: adminOnly },
    // Runs scheduled policy publishing, request reminders and expiry, closing jobs at their deadline, and the email outbox inside the server. Requests that
    // queue an email also start a run at once; the schedule picks up retries and leftovers.
    tasks: [
      sendEmailTask,
      queueContactEmailsTask,
      remindAboutRequestTask,
      expireRequestTask,
      closeOpportunityTask,
      remindAboutMeetingTask,
      askForCheckInTask,
      askForClosingFeedbackTask,
    ],
    autoRun: [
      { cron: '* * * * *', limit: 20, queue: 'default' },
      { cron: '*/10 * * * * *', limit: 200, queue: 'email' },
    ],
    shouldAutoRun: () => runsScheduledJobs(),
  },
  onInit: async (payload) => {
    requireMongoTransactions(payload)
    await tuneDatabase(payload)
    declareDirectoryTextIndex(payload)
    // A web server's process loads its pool of profiles for suggested mentors in the background as
    // Payload starts (src/matching/suggest.ts), so the first student to ask does not wait for it.
    // Here, and not in Next's instrumentation hook: that hook is bundled apart, and a Payload it
    // started would throw errors the API routes' own copy of Payload does not recognise.
    if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
      void import('./src/matching/suggest')
        .then(({ warmMatchingPool }) => warmMatchingPool(payload))
        .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Loading the suggested mentors pool failed; the first suggestion will load it.' }))
    }
  },
  // A write naming a record that does not exist is answered with a 400 that says so.
  hooks: { afterError: [explainMissingRelation, answerPayloadLockAsWrongPassword] },
  // Links to records that do not exist are refused by validation, before anything is written.
  // On MongoDB, directory profiles also keep their distinct words for prefix search.
  // Uploads are kept in the bucket named by S3_BUCKET when one is set (src/storage/).
  plugins: [linkedRecordsMustExist, mongoDirectorySearch, objectStorage()],
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Only `npm run generate:types` writes the committed types. Payload otherwise rewrites them
    // whenever it starts outside production, for whichever database it is on: each test file on
    // MongoDB turned every id into a string under other running type checks.
    autoGenerate: false,
  },
})

const database = resolveDatabaseTarget()

export default buildConfig(platformConfig({ db: databaseAdapter(database), secret: resolvePayloadSecret(database) })).then(closeBuiltInAccess)
