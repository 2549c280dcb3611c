import caseEn from './case.en.json' with { type: 'json' };
import caseNb from './case.nb.json' with { type: 'json' };
import caseNn from './case.nn.json' with { type: 'json' };
import casesEn from './cases.en.json' with { type: 'json' };
import casesNb from './cases.nb.json' with { type: 'json' };
import casesNn from './cases.nn.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import errorsEn from './errors.en.json' with { type: 'json' };
import errorsNb from './errors.nb.json' with { type: 'json' };
import errorsNn from './errors.nn.json' with { type: 'json' };
import nb from './nb.json' with { type: 'json' };
import nn from './nn.json' with { type: 'json' };
import planEn from './plan.en.json' with { type: 'json' };
import planNb from './plan.nb.json' with { type: 'json' };
import planNn from './plan.nn.json' with { type: 'json' };
import plansEn from './plans.en.json' with { type: 'json' };
import plansNb from './plans.nb.json' with { type: 'json' };
import plansNn from './plans.nn.json' with { type: 'json' };
import trainingEn from './training.en.json' with { type: 'json' };
import trainingNb from './training.nb.json' with { type: 'json' };
import trainingNn from './training.nn.json' with { type: 'json' };

/**
 * The UI texts per language. Large features keep their texts in their own file (`cases` is the
 * case list, registration and protocol; `case` is the case page and its steps; `training` is the
 * Opplæring area; `plans` is the Individuelle planer list; `plan` is one plan's page), merged here.
 */
export const uiTexts = {
  nb: { ...nb, ...casesNb, ...caseNb, ...trainingNb, ...plansNb, ...planNb },
  nn: { ...nn, ...casesNn, ...caseNn, ...trainingNn, ...plansNn, ...planNn },
  en: { ...en, ...casesEn, ...caseEn, ...trainingEn, ...plansEn, ...planEn },
};

export const errorTexts = { nb: errorsNb, nn: errorsNn, en: errorsEn };
