export { CrmLogGenerator, GENERATOR_NOW, MAX_APPEND, TOUCH_MIX, activityCounts, type CrmLogOptions, type GeneratedAppend, type GeneratedStaff } from './crm-log.generator.js';
export { loadLog, type LoadedLog } from './load-log.js';
export { Prng } from './prng.js';
export { GENERATOR_ACTOR, StreamWriter } from './stream-writer.js';
