import fc from 'fast-check';

// Property tests draw their inputs from one fixed seed, so `npm test` gives the same answer on every
// run; `PROPERTY_SEED=random` (with `PROPERTY_RUNS=5000`, say) explores new inputs, and a failure it
// finds belongs in the property's `examples`.
const seed = process.env.PROPERTY_SEED ?? '20261130';
if (seed !== 'random') fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(seed) });
