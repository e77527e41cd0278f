import { benchRules } from './bench/engine.js';
const r = await benchRules();
console.log(r.perSecondPerCore);
