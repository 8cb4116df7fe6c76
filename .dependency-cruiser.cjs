// Architecture rules, checked by `npm run lint`:
//  - no import cycles anywhere in src/
//  - a desk (src/server/modules/<desk>/) reaches another desk only through that desk's index.ts
//  - shared/ is pure: it imports nothing from server, web or cli
//  - the web app never imports server code
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
    {
      name: 'desk-through-index',
      comment: 'A desk speaks to another desk only through its index.ts',
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/', pathNot: '\\.table\\.ts$' },
      to: { path: '^src/server/modules/([^/]+)/(?!index\\.ts$)', pathNot: '^src/server/modules/$1/' },
    },
    {
      name: 'tables-import-tables',
      comment: 'A table file may reference table files (foreign keys) and type vocabularies (.types.ts), and nothing else of a desk',
      severity: 'error',
      from: { path: '\\.table\\.ts$' },
      to: { path: '^src/server/modules/', pathNot: '\\.(table|types)\\.ts$' },
    },
    {
      name: 'outside-through-index',
      comment: 'Code outside the desks reaches a desk only through its index.ts (db/schema.ts gathers tables)',
      severity: 'error',
      from: { path: '^src/(server|cli)/', pathNot: ['^src/server/modules/', '^src/server/db/schema\\.ts$'] },
      to: { path: '^src/server/modules/[^/]+/(?!index\\.ts$)' },
    },
    { name: 'shared-is-pure', severity: 'error', from: { path: '^src/shared/' }, to: { path: '^src/(server|web|cli)/' } },
    { name: 'web-not-server', severity: 'error', from: { path: '^src/web/' }, to: { path: '^src/(server|cli)/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|dist|\\.test\\.ts$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
