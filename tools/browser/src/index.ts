export { CHROMIUM_ARGS, launchChromium, NON_SECURE_HOST, nonSecureUrl } from './chromium.js';
export { RENDER_PROBE, type Renders } from './renderProbe.js';
