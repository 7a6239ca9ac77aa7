import * as migration_20261201_093000_directory_words from './20261201_093000_directory_words';

export const migrations = [
  {
    up: migration_20261201_093000_directory_words.up,
    down: migration_20261201_093000_directory_words.down,
    name: '20261201_093000_directory_words'
  },
];
