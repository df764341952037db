import * as migration_20261125_073629_initial from './20261125_073629_initial';
import * as migration_20261125_195157_media_visibility from './20261125_195157_media_visibility';
import * as migration_20261125_202335_calendar_mail from './20261125_202335_calendar_mail';
import * as migration_20261125_224737_review_levels_personal_data_mourning from './20261125_224737_review_levels_personal_data_mourning';
import * as migration_20261125_224752_search_entries from './20261125_224752_search_entries';
import * as migration_20261126_001329_citizens from './20261126_001329_citizens';
import * as migration_20261126_020458_request_documents from './20261126_020458_request_documents';
import * as migration_20261126_024215_monitoring_annual_reports_search_letters from './20261126_024215_monitoring_annual_reports_search_letters';
import * as migration_20261126_024514_object_storage from './20261126_024514_object_storage';
import * as migration_20261126_025921_unit_kind_indexes from './20261126_025921_unit_kind_indexes';
import * as migration_20261126_050042_catalogue_counts from './20261126_050042_catalogue_counts';
import * as migration_20261126_163837_list_indexes_id from './20261126_163837_list_indexes_id';

export const migrations = [
  {
    up: migration_20261125_073629_initial.up,
    down: migration_20261125_073629_initial.down,
    name: '20261125_073629_initial',
  },
  {
    up: migration_20261125_195157_media_visibility.up,
    down: migration_20261125_195157_media_visibility.down,
    name: '20261125_195157_media_visibility',
  },
  {
    up: migration_20261125_202335_calendar_mail.up,
    down: migration_20261125_202335_calendar_mail.down,
    name: '20261125_202335_calendar_mail',
  },
  {
    up: migration_20261125_224737_review_levels_personal_data_mourning.up,
    down: migration_20261125_224737_review_levels_personal_data_mourning.down,
    name: '20261125_224737_review_levels_personal_data_mourning',
  },
  {
    up: migration_20261125_224752_search_entries.up,
    down: migration_20261125_224752_search_entries.down,
    name: '20261125_224752_search_entries',
  },
  {
    up: migration_20261126_001329_citizens.up,
    down: migration_20261126_001329_citizens.down,
    name: '20261126_001329_citizens',
  },
  {
    up: migration_20261126_020458_request_documents.up,
    down: migration_20261126_020458_request_documents.down,
    name: '20261126_020458_request_documents',
  },
  {
    up: migration_20261126_024215_monitoring_annual_reports_search_letters.up,
    down: migration_20261126_024215_monitoring_annual_reports_search_letters.down,
    name: '20261126_024215_monitoring_annual_reports_search_letters',
  },
  {
    up: migration_20261126_024514_object_storage.up,
    down: migration_20261126_024514_object_storage.down,
    name: '20261126_024514_object_storage',
  },
  {
    up: migration_20261126_025921_unit_kind_indexes.up,
    down: migration_20261126_025921_unit_kind_indexes.down,
    name: '20261126_025921_unit_kind_indexes',
  },
  {
    up: migration_20261126_050042_catalogue_counts.up,
    down: migration_20261126_050042_catalogue_counts.down,
    name: '20261126_050042_catalogue_counts',
  },
  {
    up: migration_20261126_163837_list_indexes_id.up,
    down: migration_20261126_163837_list_indexes_id.down,
    name: '20261126_163837_list_indexes_id'
  },
];
