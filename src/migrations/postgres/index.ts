import * as migration_20261125_073635_initial from './20261125_073635_initial';

export const migrations = [
  {
    up: migration_20261125_073635_initial.up,
    down: migration_20261125_073635_initial.down,
    name: '20261125_073635_initial'
  },
];
