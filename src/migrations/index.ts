import * as migration_20261122_035312_initial from './20261122_035312_initial';
import * as migration_20261122_050713_accounts from './20261122_050713_accounts';
import * as migration_20261122_052301_anonymous_acceptances from './20261122_052301_anonymous_acceptances';
import * as migration_20261122_055712_involvement_pause from './20261122_055712_involvement_pause';

export const migrations = [
  {
    up: migration_20261122_035312_initial.up,
    down: migration_20261122_035312_initial.down,
    name: '20261122_035312_initial',
  },
  {
    up: migration_20261122_050713_accounts.up,
    down: migration_20261122_050713_accounts.down,
    name: '20261122_050713_accounts',
  },
  {
    up: migration_20261122_052301_anonymous_acceptances.up,
    down: migration_20261122_052301_anonymous_acceptances.down,
    name: '20261122_052301_anonymous_acceptances',
  },
  {
    up: migration_20261122_055712_involvement_pause.up,
    down: migration_20261122_055712_involvement_pause.down,
    name: '20261122_055712_involvement_pause'
  },
];
