import * as migration_20261125_073635_initial from './20261125_073635_initial';
import * as migration_20261125_195214_media_visibility from './20261125_195214_media_visibility';
import * as migration_20261125_202417_calendar_mail from './20261125_202417_calendar_mail';
import * as migration_20261125_224727_review_levels_personal_data_mourning from './20261125_224727_review_levels_personal_data_mourning';
import * as migration_20261125_224802_search_entries from './20261125_224802_search_entries';
import * as migration_20261126_001320_citizens from './20261126_001320_citizens';
import * as migration_20261126_020505_request_documents from './20261126_020505_request_documents';
import * as migration_20261126_024219_monitoring_annual_reports_search_letters from './20261126_024219_monitoring_annual_reports_search_letters';
import * as migration_20261126_024523_object_storage from './20261126_024523_object_storage';
import * as migration_20261126_025925_unit_kind_indexes from './20261126_025925_unit_kind_indexes';
import * as migration_20261126_031320_monitoring_accessibility from './20261126_031320_monitoring_accessibility';
import * as migration_20261126_050037_catalogue_counts from './20261126_050037_catalogue_counts';
import * as migration_20261126_163842_list_indexes_id from './20261126_163842_list_indexes_id';

export const migrations = [
  {
    up: migration_20261125_073635_initial.up,
    down: migration_20261125_073635_initial.down,
    name: '20261125_073635_initial',
  },
  {
    up: migration_20261125_195214_media_visibility.up,
    down: migration_20261125_195214_media_visibility.down,
    name: '20261125_195214_media_visibility',
  },
  {
    up: migration_20261125_202417_calendar_mail.up,
    down: migration_20261125_202417_calendar_mail.down,
    name: '20261125_202417_calendar_mail',
  },
  {
    up: migration_20261125_224727_review_levels_personal_data_mourning.up,
    down: migration_20261125_224727_review_levels_personal_data_mourning.down,
    name: '20261125_224727_review_levels_personal_data_mourning',
  },
  {
    up: migration_20261125_224802_search_entries.up,
    down: migration_20261125_224802_search_entries.down,
    name: '20261125_224802_search_entries',
  },
  {
    up: migration_20261126_001320_citizens.up,
    down: migration_20261126_001320_citizens.down,
    name: '20261126_001320_citizens',
  },
  {
    up: migration_20261126_020505_request_documents.up,
    down: migration_20261126_020505_request_documents.down,
    name: '20261126_020505_request_documents',
  },
  {
    up: migration_20261126_024219_monitoring_annual_reports_search_letters.up,
    down: migration_20261126_024219_monitoring_annual_reports_search_letters.down,
    name: '20261126_024219_monitoring_annual_reports_search_letters',
  },
  {
    up: migration_20261126_024523_object_storage.up,
    down: migration_20261126_024523_object_storage.down,
    name: '20261126_024523_object_storage',
  },
  {
    up: migration_20261126_025925_unit_kind_indexes.up,
    down: migration_20261126_025925_unit_kind_indexes.down,
    name: '20261126_025925_unit_kind_indexes',
  },
  {
    up: migration_20261126_031320_monitoring_accessibility.up,
    down: migration_20261126_031320_monitoring_accessibility.down,
    name: '20261126_031320_monitoring_accessibility',
  },
  {
    up: migration_20261126_050037_catalogue_counts.up,
    down: migration_20261126_050037_catalogue_counts.down,
    name: '20261126_050037_catalogue_counts',
  },
  {
    up: migration_20261126_163842_list_indexes_id.up,
    down: migration_20261126_163842_list_indexes_id.down,
    name: '20261126_163842_list_indexes_id'
  },
];
