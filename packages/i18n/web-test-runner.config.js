import { testRunnerConfig } from '../../scripts/wtr-config.js';

export default testRunnerConfig({ port: 8701 });
