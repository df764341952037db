import * as migration_20261125_071230_initial from './20261125_071230_initial';

export const migrations = [
  {
    up: migration_20261125_071230_initial.up,
    down: migration_20261125_071230_initial.down,
    name: '20261125_071230_initial'
  },
];
