import * as migration_20261122_060703_initial from './20261122_060703_initial';
import * as migration_20261122_064102_organizations from './20261122_064102_organizations';
import * as migration_20261122_070710_directory from './20261122_070710_directory';
import * as migration_20261122_070711_directory_search from './20261122_070711_directory_search';
import * as migration_20261122_073819_outbox from './20261122_073819_outbox';
import * as migration_20261122_092010_mentorship_requests from './20261122_092010_mentorship_requests';
import * as migration_20261122_093648_contact_notifications from './20261122_093648_contact_notifications';
import * as migration_20261122_104006_postings_and_resumes from './20261122_104006_postings_and_resumes';
import * as migration_20261201_085429_blocks_and_email_changes from './20261201_085429_blocks_and_email_changes';
import * as migration_20261201_114958_storage_object_keys from './20261201_114958_storage_object_keys';
import * as migration_20261201_145946_request_messages_read_at from './20261201_145946_request_messages_read_at';
import * as migration_20261201_150329_email_text_part from './20261201_150329_email_text_part';
import * as migration_20261201_150428_profile_photos from './20261201_150428_profile_photos';
import * as migration_20261201_150429_restore_directory_search from './20261201_150429_restore_directory_search';
import * as migration_20261201_150621_organization_time_zone from './20261201_150621_organization_time_zone';
import * as migration_20261201_161909_profile_photo_visibility from './20261201_161909_profile_photo_visibility';
import * as migration_20261201_183651_programmes from './20261201_183651_programmes';
import * as migration_20261202_001847_meetings from './20261202_001847_meetings';
import * as migration_20261202_023617_matching_and_shape from './20261202_023617_matching_and_shape';
import * as migration_20261202_071500_shapes_for_accepted_mentorships from './20261202_071500_shapes_for_accepted_mentorships';

export const migrations = [
  {
    up: migration_20261122_060703_initial.up,
    down: migration_20261122_060703_initial.down,
    name: '20261122_060703_initial',
  },
  {
    up: migration_20261122_064102_organizations.up,
    down: migration_20261122_064102_organizations.down,
    name: '20261122_064102_organizations',
  },
  {
    up: migration_20261122_070710_directory.up,
    down: migration_20261122_070710_directory.down,
    name: '20261122_070710_directory',
  },
  {
    up: migration_20261122_070711_directory_search.up,
    down: migration_20261122_070711_directory_search.down,
    name: '20261122_070711_directory_search',
  },
  {
    up: migration_20261122_073819_outbox.up,
    down: migration_20261122_073819_outbox.down,
    name: '20261122_073819_outbox',
  },
  {
    up: migration_20261122_092010_mentorship_requests.up,
    down: migration_20261122_092010_mentorship_requests.down,
    name: '20261122_092010_mentorship_requests',
  },
  {
    up: migration_20261122_093648_contact_notifications.up,
    down: migration_20261122_093648_contact_notifications.down,
    name: '20261122_093648_contact_notifications',
  },
  {
    up: migration_20261122_104006_postings_and_resumes.up,
    down: migration_20261122_104006_postings_and_resumes.down,
    name: '20261122_104006_postings_and_resumes',
  },
  {
    up: migration_20261201_085429_blocks_and_email_changes.up,
    down: migration_20261201_085429_blocks_and_email_changes.down,
    name: '20261201_085429_blocks_and_email_changes',
  },
  {
    up: migration_20261201_114958_storage_object_keys.up,
    down: migration_20261201_114958_storage_object_keys.down,
    name: '20261201_114958_storage_object_keys',
  },
  {
    up: migration_20261201_145946_request_messages_read_at.up,
    down: migration_20261201_145946_request_messages_read_at.down,
    name: '20261201_145946_request_messages_read_at',
  },
  {
    up: migration_20261201_150329_email_text_part.up,
    down: migration_20261201_150329_email_text_part.down,
    name: '20261201_150329_email_text_part',
  },
  {
    up: migration_20261201_150428_profile_photos.up,
    down: migration_20261201_150428_profile_photos.down,
    name: '20261201_150428_profile_photos',
  },
  {
    up: migration_20261201_150429_restore_directory_search.up,
    down: migration_20261201_150429_restore_directory_search.down,
    name: '20261201_150429_restore_directory_search',
  },
  {
    up: migration_20261201_150621_organization_time_zone.up,
    down: migration_20261201_150621_organization_time_zone.down,
    name: '20261201_150621_organization_time_zone',
  },
  {
    up: migration_20261201_161909_profile_photo_visibility.up,
    down: migration_20261201_161909_profile_photo_visibility.down,
    name: '20261201_161909_profile_photo_visibility',
  },
  {
    up: migration_20261201_183651_programmes.up,
    down: migration_20261201_183651_programmes.down,
    name: '20261201_183651_programmes',
  },
  {
    up: migration_20261202_001847_meetings.up,
    down: migration_20261202_001847_meetings.down,
    name: '20261202_001847_meetings',
  },
  {
    up: migration_20261202_023617_matching_and_shape.up,
    down: migration_20261202_023617_matching_and_shape.down,
    name: '20261202_023617_matching_and_shape'
  },
  {
    up: migration_20261202_071500_shapes_for_accepted_mentorships.up,
    down: migration_20261202_071500_shapes_for_accepted_mentorships.down,
    name: '20261202_071500_shapes_for_accepted_mentorships',
  },
];
