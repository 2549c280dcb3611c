import archiveEn from './archive.en.json' with { type: 'json' };
import archiveNb from './archive.nb.json' with { type: 'json' };
import archiveNn from './archive.nn.json' with { type: 'json' };
import auditLogEn from './auditLog.en.json' with { type: 'json' };
import auditLogNb from './auditLog.nb.json' with { type: 'json' };
import auditLogNn from './auditLog.nn.json' with { type: 'json' };
import backupEn from './backup.en.json' with { type: 'json' };
import backupNb from './backup.nb.json' with { type: 'json' };
import backupNn from './backup.nn.json' with { type: 'json' };
import caseEn from './case.en.json' with { type: 'json' };
import caseNb from './case.nb.json' with { type: 'json' };
import caseNn from './case.nn.json' with { type: 'json' };
import casesEn from './cases.en.json' with { type: 'json' };
import casesNb from './cases.nb.json' with { type: 'json' };
import casesNn from './cases.nn.json' with { type: 'json' };
import dashboardsEn from './dashboards.en.json' with { type: 'json' };
import dashboardsNb from './dashboards.nb.json' with { type: 'json' };
import dashboardsNn from './dashboards.nn.json' with { type: 'json' };
import desktopEn from './desktop.en.json' with { type: 'json' };
import desktopNb from './desktop.nb.json' with { type: 'json' };
import desktopNn from './desktop.nn.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import enumsEn from './enums.en.json' with { type: 'json' };
import enumsNb from './enums.nb.json' with { type: 'json' };
import enumsNn from './enums.nn.json' with { type: 'json' };
import errorsEn from './errors.en.json' with { type: 'json' };
import errorsNb from './errors.nb.json' with { type: 'json' };
import errorsNn from './errors.nn.json' with { type: 'json' };
import importFileEn from './importFile.en.json' with { type: 'json' };
import importFileNb from './importFile.nb.json' with { type: 'json' };
import importFileNn from './importFile.nn.json' with { type: 'json' };
import importRowsEn from './importRows.en.json' with { type: 'json' };
import importRowsNb from './importRows.nb.json' with { type: 'json' };
import importRowsNn from './importRows.nn.json' with { type: 'json' };
import importsEn from './imports.en.json' with { type: 'json' };
import importsNb from './imports.nb.json' with { type: 'json' };
import importsNn from './imports.nn.json' with { type: 'json' };
import lettersEn from './letters.en.json' with { type: 'json' };
import lettersNb from './letters.nb.json' with { type: 'json' };
import lettersNn from './letters.nn.json' with { type: 'json' };
import nb from './nb.json' with { type: 'json' };
import nn from './nn.json' with { type: 'json' };
import planEn from './plan.en.json' with { type: 'json' };
import planNb from './plan.nb.json' with { type: 'json' };
import planNn from './plan.nn.json' with { type: 'json' };
import plansEn from './plans.en.json' with { type: 'json' };
import plansNb from './plans.nb.json' with { type: 'json' };
import plansNn from './plans.nn.json' with { type: 'json' };
import printEn from './print.en.json' with { type: 'json' };
import printNb from './print.nb.json' with { type: 'json' };
import printNn from './print.nn.json' with { type: 'json' };
import registerExportEn from './registerExport.en.json' with { type: 'json' };
import registerExportNb from './registerExport.nb.json' with { type: 'json' };
import registerExportNn from './registerExport.nn.json' with { type: 'json' };
import reportsEn from './reports.en.json' with { type: 'json' };
import reportsNb from './reports.nb.json' with { type: 'json' };
import reportsNn from './reports.nn.json' with { type: 'json' };
import reportTablesEn from './reportTables.en.json' with { type: 'json' };
import reportTablesNb from './reportTables.nb.json' with { type: 'json' };
import reportTablesNn from './reportTables.nn.json' with { type: 'json' };
import retentionEn from './retention.en.json' with { type: 'json' };
import retentionNb from './retention.nb.json' with { type: 'json' };
import retentionNn from './retention.nn.json' with { type: 'json' };
import trainingEn from './training.en.json' with { type: 'json' };
import trainingNb from './training.nb.json' with { type: 'json' };
import trainingNn from './training.nn.json' with { type: 'json' };

/**
 * The UI texts per language. Large features keep their texts in their own file (`cases` is the
 * case list, registration and protocol; `case` is the case page and its steps; `enums` the labels
 * of the domain's values that many screens show: a case's status, the rights, decision outcomes,
 * channels, applicants, relations and step kinds; `training` is the Opplæring area; `plans` is the
 * Individuelle planer list; `plan` is one plan's page; `dashboards` is Oversikt; `reports` the
 * Rapporter area; `reportTables` the report's figure names, also used by core's exports; `print`
 * the print layouts; `letters` the letters; `backup` the backups, restoring and the screens for a
 * lost key file or a damaged register; `auditLog` the Logg and its print), merged here.
 */
export const uiTexts = {
  nb: {
    ...nb,
    ...enumsNb,
    ...casesNb,
    ...caseNb,
    ...trainingNb,
    ...plansNb,
    ...planNb,
    ...dashboardsNb,
    ...reportsNb,
    ...reportTablesNb,
    ...printNb,
    ...lettersNb,
    ...backupNb,
    ...importFileNb,
    ...importRowsNb,
    ...importsNb,
    ...registerExportNb,
    ...retentionNb,
    ...desktopNb,
    ...archiveNb,
    ...auditLogNb,
  },
  nn: {
    ...nn,
    ...enumsNn,
    ...casesNn,
    ...caseNn,
    ...trainingNn,
    ...plansNn,
    ...planNn,
    ...dashboardsNn,
    ...reportsNn,
    ...reportTablesNn,
    ...printNn,
    ...lettersNn,
    ...backupNn,
    ...importFileNn,
    ...importRowsNn,
    ...importsNn,
    ...registerExportNn,
    ...retentionNn,
    ...desktopNn,
    ...archiveNn,
    ...auditLogNn,
  },
  en: {
    ...en,
    ...enumsEn,
    ...casesEn,
    ...caseEn,
    ...trainingEn,
    ...plansEn,
    ...planEn,
    ...dashboardsEn,
    ...reportsEn,
    ...reportTablesEn,
    ...printEn,
    ...lettersEn,
    ...backupEn,
    ...importFileEn,
    ...importRowsEn,
    ...importsEn,
    ...registerExportEn,
    ...retentionEn,
    ...desktopEn,
    ...archiveEn,
    ...auditLogEn,
  },
};

export const errorTexts = { nb: errorsNb, nn: errorsNn, en: errorsEn };
