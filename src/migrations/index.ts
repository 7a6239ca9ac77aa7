import * as migration_20261122_060703_initial from './20261122_060703_initial';
import * as migration_20261122_064102_organizations from './20261122_064102_organizations';

export const migrations = [
  {
    up: migration_20261122_060703_initial.up,
    down: migration_20261122_060703_initial.down,
    name: '20261122_060703_initial',
  },
  {
    up: migration_20261122_064102_organizations.up,
    down: migration_20261122_064102_organizations.down,
    name: '20261122_064102_organizations'
  },
];
