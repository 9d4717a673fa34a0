/**
 * The English language pack: every word list, word class and gazetteer the pipeline's rules consult, one module per
 * kind of knowledge, with the generated data in ./data. A second language would be a sibling folder exporting the
 * same names (the `LanguagePack` type in ../index.ts says which).
 */
export * from './calendar';
export * from './grammar';
export * from './names';
export * from './organisations';
export * from './places';
export * from './quote-marks';
export * from './speech-verbs';
export * from './titles';
