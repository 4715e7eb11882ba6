export * from './shared';
export * from './source';
export * from './case';
export * from './catalogue';
export * from './curation';
export * from './cues';
export * from './pack';
export * from './lesson';
