import * as migration_20261122_060703_initial from './20261122_060703_initial';

export const migrations = [
  {
    up: migration_20261122_060703_initial.up,
    down: migration_20261122_060703_initial.down,
    name: '20261122_060703_initial'
  },
];
