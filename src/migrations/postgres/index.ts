import * as migration_20261125_065636_initial from './20261125_065636_initial';

export const migrations = [
  {
    up: migration_20261125_065636_initial.up,
    down: migration_20261125_065636_initial.down,
    name: '20261125_065636_initial'
  },
];
