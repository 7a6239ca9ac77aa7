import * as migration_20261201_093000_directory_words from './20261201_093000_directory_words';
import * as migration_20261202_071500_shapes_for_accepted_mentorships from './20261202_071500_shapes_for_accepted_mentorships';

export const migrations = [
  {
    up: migration_20261201_093000_directory_words.up,
    down: migration_20261201_093000_directory_words.down,
    name: '20261201_093000_directory_words'
  },
  {
    up: migration_20261202_071500_shapes_for_accepted_mentorships.up,
    down: migration_20261202_071500_shapes_for_accepted_mentorships.down,
    name: '20261202_071500_shapes_for_accepted_mentorships',
  },
];
