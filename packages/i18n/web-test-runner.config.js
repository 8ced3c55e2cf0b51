import { testRunnerConfig } from '../../scripts/wtr-config.js';

export default testRunnerConfig();
