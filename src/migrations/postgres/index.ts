import * as migration_20261125_035604_initial from './20261125_035604_initial';

export const migrations = [
  {
    up: migration_20261125_035604_initial.up,
    down: migration_20261125_035604_initial.down,
    name: '20261125_035604_initial'
  },
];
