import * as migration_20261125_073629_initial from './20261125_073629_initial';

export const migrations = [
  {
    up: migration_20261125_073629_initial.up,
    down: migration_20261125_073629_initial.down,
    name: '20261125_073629_initial'
  },
];
