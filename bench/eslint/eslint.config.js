// eslint-plugin-security's recommended rules, for bench/scripts.sh.
const security = require('eslint-plugin-security');

module.exports = [
  security.configs.recommended,
  { languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
];
