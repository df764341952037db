import * as migration_20261125_073635_initial from './20261125_073635_initial';
import * as migration_20261125_195214_media_visibility from './20261125_195214_media_visibility';

export const migrations = [
  {
    up: migration_20261125_073635_initial.up,
    down: migration_20261125_073635_initial.down,
    name: '20261125_073635_initial',
  },
  {
    up: migration_20261125_195214_media_visibility.up,
    down: migration_20261125_195214_media_visibility.down,
    name: '20261125_195214_media_visibility'
  },
];
