// The bundled suite (tests.cjs): mocha loads it after exposing describe/it, in this order.
import './activation.test.js';
import './diagnostics.test.js';
import './completion.test.js';
import './quick-fix.test.js';
import './navigation.test.js';
import './formatting.test.js';
import './runner.test.js';
